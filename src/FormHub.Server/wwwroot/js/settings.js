// #/settings — 启用月份 (admins): the first month each county of the admin's scope reports through FormHub, over the
// configured one, with who set what when. One card per county, so it reads on a 360 px phone.
import './settingstexts.js';
import { t, fmtDateTime, fmtPeriodKey } from './i18n.js';
import { api, get } from './api.js';
import { h, fill, statusLine, periodOptions, announce, errorText } from './ui.js';
import { pageTitle } from './app.js';

const URL = '/api/admin/reporting-start';
const MONTHS_OFFERED = 48;

export async function render(ctx) {
  pageTitle(t('settings.title'));
  const page = await get(URL);
  if (!ctx.isCurrent()) return;
  draw(ctx, page);
}

function monthText(m) { return m ? fmtPeriodKey(m.key) : ''; }

function draw(ctx, page) {
  fill(ctx.main, h('section', { 'data-testid': 'settings-page' },
    h('h1', { tabindex: '-1' }, t('settings.title')),
    h('p', { class: 'muted' }, t('settings.intro')),
    h('ul', { class: 'start-list' }, page.counties.map((c) => countyCard(ctx, page, c))),
    history(page)));
}

function countyCard(ctx, page, c) {
  const id = `start-${c.code}`;
  const select = h('select', { id, 'data-testid': `start-month-${c.code}` },
    h('option', { value: '' }, c.configured ? t('settings.useConfigured', { month: monthText(c.configured) }) : t('settings.useConfiguredNone')),
    periodOptions(page.currentMonth.key, MONTHS_OFFERED).map((k) => h('option', { value: k }, fmtPeriodKey(k))));
  // An admin's setting shows as chosen; the configured start as "back to the configured one".
  select.value = c.setBy && c.start ? c.start.key : '';
  const status = statusLine(`start-status-${c.code}`);
  const save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': `start-save-${c.code}` }, t('settings.save'));
  const form = h('form', {
    class: 'start-form', novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      save.disabled = true;
      status.clear();
      try {
        const month = select.value || null;
        const next = await api('PUT', `${URL}/${encodeURIComponent(c.code)}`, { month });
        const msg = month ? t('settings.saved', { county: c.name, month: fmtPeriodKey(month) }) : t('settings.savedConfigured', { county: c.name });
        announce(msg, 'ok');
        draw(ctx, next);
        const fresh = document.querySelector(`[data-testid="start-status-${c.code}"]`);
        if (fresh) { fresh.className = 'status-line status-ok'; fresh.setAttribute('role', 'status'); fresh.textContent = msg; }
      } catch (err) {
        if (err.status === 401) throw err;
        status.error(errorText(err));
        save.disabled = false;
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: id }, t('settings.month')), select),
  h('div', { class: 'actions' }, save, status.el));
  return h('li', { class: 'panel start-card', 'data-testid': `start-card-${c.code}` },
    h('h2', null, c.name, ' ', h('span', { class: 'muted small mono' }, c.code)),
    h('p', { class: 'start-now', 'data-testid': `start-now-${c.code}` }, c.start ? t('settings.start', { month: monthText(c.start) }) : t('settings.none')),
    h('p', { class: 'muted small' }, c.setBy ? t('settings.setBy', { user: c.setBy, at: fmtDateTime(c.setAt) }) : t('settings.fromConfig'),
      ' · ', c.configured ? t('settings.configured', { month: monthText(c.configured) }) : t('settings.configuredNone')),
    c.firstFiled ? h('p', { class: 'muted small', 'data-testid': `start-first-${c.code}` }, t('settings.firstFiled', { month: monthText(c.firstFiled) })) : null,
    form);
}

function history(page) {
  return h('section', { class: 'panel', 'data-testid': 'start-history', 'aria-labelledby': 'start-history-title' },
    h('h2', { id: 'start-history-title' }, t('settings.history')),
    page.history.length === 0 ? h('p', { class: 'muted' }, t('settings.historyEmpty'))
      : h('ul', { class: 'change-list' }, page.history.map((l) => h('li', { 'data-testid': 'start-history-line' },
        h('div', { class: 'change-head' }, h('strong', null, l.countyName), h('span', { class: 'muted small' }, t('settings.historyLine', { at: fmtDateTime(l.at), user: l.user }))),
        h('p', null, l.month ? t('settings.start', { month: monthText(l.month) }) : t('settings.fromConfig'))))));
}
