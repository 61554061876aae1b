// #/account-audit — 账号审计 (admins): account changes and views of unmasked ID or phone numbers, filterable by who and whose.
import './accounttexts.js';
import { t, fmtDateTime } from './i18n.js';
import { AccountsApi } from './api.js';
import { h, fill, tableWrap } from './ui.js';
import { pageTitle } from './app.js';

export async function render(ctx) {
  pageTitle(t('audit.title'));
  const actor = ctx.query.actor || '';
  const subject = ctx.query.subject || '';
  const lines = await AccountsApi.audit(actor, subject);
  if (!ctx.isCurrent()) return;
  const actorInput = h('input', { id: 'audit-actor', name: 'actor', type: 'text', value: actor, autocapitalize: 'none' });
  const subjectInput = h('input', { id: 'audit-subject', name: 'subject', type: 'text', value: subject, autocapitalize: 'none' });
  const filter = h('form', {
    class: 'panel filters', 'data-testid': 'audit-filter',
    onsubmit: (e) => {
      e.preventDefault();
      const q = new URLSearchParams();
      if (actorInput.value.trim()) q.set('actor', actorInput.value.trim());
      if (subjectInput.value.trim()) q.set('subject', subjectInput.value.trim());
      ctx.navigate(`#/account-audit${q.toString() ? `?${q}` : ''}`);
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'audit-actor' }, t('audit.actor')), actorInput),
  h('div', { class: 'field' }, h('label', { for: 'audit-subject' }, t('audit.subject')), subjectInput),
  h('button', { type: 'submit', class: 'btn', 'data-testid': 'audit-filter-submit' }, t('audit.filter')));
  const table = lines.length === 0 ? h('p', { 'data-testid': 'audit-empty' }, t('audit.empty'))
    : tableWrap(h('table', { class: 'table', 'data-testid': 'audit-table' },
      h('thead', null, h('tr', null, ['at', 'actor', 'action', 'subject', 'detail'].map((k) => h('th', { scope: 'col' }, t(`audit.${k}`))))),
      h('tbody', null, lines.map((l) => h('tr', { 'data-testid': 'audit-row', 'data-action': l.action },
        h('td', null, fmtDateTime(l.at)), h('td', null, l.user), h('td', null, t(`audit.${l.action}`)), h('td', null, l.subject ?? ''), h('td', null, l.detail ?? ''))))),
    t('audit.title'));
  fill(ctx.main, h('section', { 'data-testid': 'account-audit-page' },
    h('h1', { tabindex: '-1' }, t('audit.title')), h('p', { class: 'muted' }, t('audit.intro')), filter, table));
}
