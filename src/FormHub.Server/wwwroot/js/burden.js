// #/burden — the burden figure (减负账) for the user's view scope and a period.
import { t, fmtNum, fmtPercent, fmtPeriodKey } from './i18n.js';
import { Api } from './api.js';
import { h, periodSelector, fill, statCard } from './ui.js';
import { state, currentPeriod, setPeriod, periodKeyOf } from './state.js';
import { pageTitle } from './app.js';

export async function render(ctx) {
  const me = state.me;
  const unit = (me.viewScope && me.viewScope.code) || (me.captureScope && me.captureScope.code);
  const period = ctx.query.period || currentPeriod();
  const b = await Api.burden(unit, period);
  if (!ctx.isCurrent()) return;
  const periodKey = b.period || period;
  setPeriod(periodKey);
  pageTitle(t('burden.title'));

  const rate = Math.max(0, Math.min(100, Number(b.fillFreeRate) || 0));

  fill(ctx.main, 
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'burden-title' }, t('burden.title')),
        h('p', { class: 'muted' }, t('burden.subtitle', { unit: b.unitName || unit, period: fmtPeriodKey(periodKey) }))),
      periodSelector(periodKeyOf(me.currentPeriod) || periodKey, periodKey, (key) => {
        setPeriod(key);
        ctx.navigate(`#/burden?period=${encodeURIComponent(key)}`);
      })),
    h('section', { class: 'cards', 'data-testid': 'burden', 'aria-label': t('burden.title') },
      statCard('burden-fill-free', t('burden.fillFree'), fmtPercent(b.fillFreeRate)),
      statCard('burden-reports', t('burden.reports'), fmtNum(b.reports)),
      statCard('burden-villages', t('burden.villages'), fmtNum(b.villages)),
      statCard('burden-cells', t('burden.cells'), fmtNum(b.cellsDelivered)),
      statCard('burden-typed', t('burden.typed'), fmtNum(b.valuesTyped))),
    h('section', { class: 'panel' },
      h('label', { for: 'burden-meter', class: 'meter-label' }, t('burden.fillFree'), ' ', fmtPercent(b.fillFreeRate)),
      h('meter', { id: 'burden-meter', min: '0', max: '100', low: '50', high: '70', optimum: '100', value: String(rate) }, fmtPercent(b.fillFreeRate)),
      b.summary ? h('p', { class: 'burden-summary', 'data-testid': 'burden-summary' }, b.summary) : null,
      h('p', { class: 'muted small' }, t('burden.explain'))));
}
