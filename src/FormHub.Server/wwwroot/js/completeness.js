// #/completeness?period=YYYY-MM[&unit=] — 报送情况: for the user's scope (or an area under it) and a filing month,
// every report due with that month: reporting rate, on-time rate, and the villages that are late.
import { t, fmtNum, fmtPercent, fmtDate, fmtPeriodKey, titleOf } from './i18n.js';
import { Api } from './api.js';
import { h, fill, periodSelector, statusBadge } from './ui.js';
import { state, currentPeriod, setPeriod, periodKeyOf } from './state.js';
import { pageTitle } from './app.js';
import { reportHref } from './inbox.js';

const MONTH = /^\d{4}-\d{2}$/;

export async function render(ctx) {
  const me = state.me;
  const scope = me.viewScope || me.captureScope;
  const unit = ctx.query.unit || (scope && scope.code);
  const saved = currentPeriod();
  const month = ctx.query.period || (MONTH.test(saved) ? saved : periodKeyOf(me.currentPeriod));
  const list = await Api.completeness(unit, month);
  if (!ctx.isCurrent()) return;
  if (MONTH.test(month)) setPeriod(month);
  pageTitle(t('completeness.title'));
  const unitName = unit === (scope && scope.code) ? scope.name : unit;
  const query = (key) => `#/completeness?period=${encodeURIComponent(key)}${ctx.query.unit ? `&unit=${encodeURIComponent(ctx.query.unit)}` : ''}`;

  const totals = list.reduce((a, c) => ({ villages: a.villages + c.villages, late: a.late + (c.late || []).length }), { villages: 0, late: 0 });

  fill(ctx.main,
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'completeness-title' }, t('completeness.title')),
        h('p', { class: 'muted', 'data-testid': 'completeness-subtitle' }, t('completeness.subtitle', { unit: unitName, period: fmtPeriodKey(month) }))),
      periodSelector(periodKeyOf(me.currentPeriod) || month, month, (key) => { setPeriod(key); ctx.navigate(query(key)); })),
    ctx.query.unit && scope && ctx.query.unit !== scope.code
      ? h('p', null, h('a', { href: `#/completeness?period=${encodeURIComponent(month)}`, class: 'back-link', id: 'completeness-scope' }, t('completeness.backToScope', { unit: scope.name })))
      : null,
    h('p', { class: 'muted', 'data-testid': 'completeness-summary' }, t('completeness.summary', { reports: fmtNum(list.length), late: fmtNum(totals.late) })),
    list.length
      ? h('div', { class: 'completeness-grid', 'data-testid': 'completeness' }, list.map((c) => card(c, unit)))
      : h('p', { class: 'panel muted', 'data-testid': 'completeness-empty' }, t('completeness.none')));
}

function card(c, unit) {
  const late = c.late || [];
  const filed = (c.submitted || 0) + (c.approved || 0);
  // 及时率 counts only villages whose timeliness is decided (filed, or late): with none it is not a figure yet, not 100%.
  const undecided = filed + late.length === 0;
  const meter = (id, labelKey, value) => h('div', { class: 'rate' },
    h('label', { for: value === null ? null : id, class: 'rate-label' }, t(labelKey), h('span', { class: 'rate-value', 'data-testid': `${id.split('-')[0]}-value` }, fmtPercent(value))),
    value === null ? null
      : h('meter', { id, min: '0', max: '100', low: '60', high: '90', optimum: '100', value: String(Math.max(0, Math.min(100, Number(value) || 0))) }, fmtPercent(value)));
  return h('section', {
    class: 'panel completeness-card', 'data-testid': `completeness-${c.templateId}`, 'data-template-id': c.templateId,
    'aria-labelledby': `completeness-${c.templateId}-title`,
  },
  h('h2', { id: `completeness-${c.templateId}-title`, class: 'card-title' },
    h('a', { href: reportHref(c.templateId, unit, c.reportPeriod) }, titleOf(c))),
  h('p', { class: 'muted small' }, t('completeness.meta', { period: fmtPeriodKey(c.reportPeriod), due: fmtDate(c.dueDate) })),
  h('dl', { class: 'facts facts-counts' },
    h('dt', null, t('completeness.villages')), h('dd', { 'data-testid': 'count-villages' }, fmtNum(c.villages)),
    h('dt', null, t('completeness.filed')), h('dd', { 'data-testid': 'count-filed' }, fmtNum(filed)),
    h('dt', null, t('completeness.approved')), h('dd', { 'data-testid': 'count-approved' }, fmtNum(c.approved)),
    h('dt', null, t('completeness.onTime')), h('dd', { 'data-testid': 'count-ontime' }, fmtNum(c.onTime)),
    c.revised ? [h('dt', null, t('completeness.revised')), h('dd', { 'data-testid': 'count-revised' }, fmtNum(c.revised))] : null),
  h('div', { class: 'rates' },
    meter(`reporting-${c.templateId}`, 'completeness.reportingRate', c.reportingRate),
    meter(`ontime-${c.templateId}`, 'completeness.onTimeRate', undecided ? null : c.onTimeRate),
    undecided ? h('p', { class: 'muted small', 'data-testid': 'ontime-undecided' }, t('completeness.onTimeUndecided')) : null),
  late.length
    ? h('div', { class: 'late-box' },
      h('h3', null, t('completeness.lateList', { n: fmtNum(late.length) })),
      h('ul', { class: 'late-list', 'data-testid': 'late-villages' }, late.map((v) => h('li', { 'data-testid': 'late-village', 'data-code': v.code },
        h('span', { class: 'late-name' }, v.name),
        v.township ? h('span', { class: 'muted small' }, v.township) : null,
        statusBadge(v.status)))))
    : h('p', { class: 'ok-text small', 'data-testid': 'no-late' }, t('completeness.noLate')));
}
