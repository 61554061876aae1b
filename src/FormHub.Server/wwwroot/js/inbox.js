// #/inbox — what the user's subscriptions told them (收件箱), newest first; opening an item marks it read and shows the report.
import { t, fmtDateTime, fmtNum } from './i18n.js';
import { Api } from './api.js';
import { h, fill, announce, statusLine, errorText } from './ui.js';
import { state } from './state.js';
import { pageTitle } from './app.js';

const POLL_MS = 10_000;

/** The report view for an inbox item (the same link the notifier puts in feeds and webhooks). */
export function reportHref(templateId, unitCode, period) {
  return `#/reports/${encodeURIComponent(templateId)}/${encodeURIComponent(unitCode)}${period ? `?period=${encodeURIComponent(period)}` : ''}`;
}

/** Show the unread count on the 收件箱 nav entry (called after every header render and after marking read). */
export function showUnread(unread) {
  const badge = document.querySelector('[data-testid=inbox-unread]');
  if (!badge) return;
  const n = Number(unread) || 0;
  badge.textContent = n ? fmtNum(n) : '';
  badge.hidden = n === 0;
  const link = badge.closest('a');
  if (link) link.setAttribute('aria-label', n ? t('inbox.navUnread', { n }) : t('nav.inbox'));
}

export async function refreshUnread() {
  if (!state.me || state.me.role === 'cadre' || !document.querySelector('[data-testid=inbox-unread]')) return;
  try { showUnread((await Api.inbox()).unread); } catch { /* the badge is a hint only */ }
}

const KIND_CLASS = { ready: 'badge-ready', revised: 'badge-revised' };

export async function render(ctx) {
  const inbox = await Api.inbox();
  if (!ctx.isCurrent()) return;
  pageTitle(t('inbox.title'));

  const count = h('span', { class: 'count', 'data-testid': 'inbox-count', 'aria-live': 'polite' });
  const list = h('ul', { class: 'inbox-list', id: 'inbox-list', 'data-testid': 'inbox-list', 'aria-labelledby': 'inbox-title' });
  const status = statusLine('inbox-status');
  let signature = null; // null: nothing drawn yet (an empty inbox too must draw its hint once)

  const open = async (item, e) => {
    e.preventDefault();
    const href = reportHref(item.templateId, item.unitCode, item.period);
    if (!item.readAt) {
      try { await Api.markRead(item.id); } catch (err) { if (err.status === 401) return; /* open the report anyway */ }
    }
    if (ctx.isCurrent()) ctx.navigate(href);
  };

  const draw = (data) => {
    const items = [...(data.items || [])].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || b.id - a.id);
    const sig = items.map((i) => `${i.id}:${i.readAt ? 1 : 0}`).join(',');
    if (sig === signature) return;
    signature = sig;
    count.textContent = t('inbox.unreadCount', { n: fmtNum(data.unread || 0) });
    showUnread(data.unread);
    fill(list, items.length ? items.map((item) => {
      const unread = !item.readAt;
      return h('li', {
        class: `inbox-item${unread ? ' is-unread' : ''}`, 'data-testid': 'inbox-item', 'data-unread': String(unread),
        'data-id': String(item.id), 'data-template-id': item.templateId, 'data-period': item.period, 'data-kind': item.kind,
      },
      h('a', {
        href: reportHref(item.templateId, item.unitCode, item.period), class: 'inbox-link', id: `inbox-item-${item.id}`,
        onclick: (e) => open(item, e),
      },
      h('span', { class: 'inbox-head' },
        unread ? h('span', { class: 'unread-dot', 'aria-hidden': 'true' }) : null,
        h('span', { class: 'inbox-title' }, item.title),
        unread ? h('span', { class: 'badge badge-unread', 'data-testid': 'unread-badge' }, t('inbox.unread')) : null,
        KIND_CLASS[item.kind] ? h('span', { class: `badge ${KIND_CLASS[item.kind]}` }, t(`sub.state.${item.kind}`)) : null),
      item.body ? h('span', { class: 'inbox-body' }, item.body) : null,
      h('span', { class: 'inbox-time muted small' }, fmtDateTime(item.createdAt))));
    }) : h('li', { class: 'inbox-empty', 'data-testid': 'inbox-empty' },
      h('p', { class: 'muted' }, t('inbox.empty')),
      h('a', { href: '#/reports', class: 'btn', id: 'inbox-to-reports' }, t('inbox.toReports'))));
  };

  const reload = async (quiet) => {
    try {
      const data = await Api.inbox();
      if (!ctx.isCurrent()) return;
      draw(data);
      if (!quiet) announce(t('inbox.refreshed'));
      status.clear();
    } catch (err) {
      if (!ctx.isCurrent() || err.status === 401) return;
      if (!quiet) status.error(errorText(err));
    }
  };

  const refresh = h('button', { type: 'button', id: 'inbox-refresh', class: 'btn btn-small', 'data-testid': 'inbox-refresh', onclick: () => reload(false) }, t('inbox.refresh'));

  fill(ctx.main,
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', id: 'inbox-title', 'data-testid': 'inbox-title' }, t('inbox.title'), count),
        h('p', { class: 'muted' }, t('inbox.subtitle'))),
      h('div', { class: 'head-actions' }, refresh, h('a', { href: '#/reports', class: 'btn btn-small', id: 'inbox-manage' }, t('inbox.manage')))),
    status.el,
    h('section', { class: 'panel inbox', 'data-testid': 'inbox-page' }, list));
  draw(inbox);

  // New notifications arrive while the page is open: look again now and then, while this page is shown.
  const timer = setInterval(() => { if (!ctx.isCurrent()) clearInterval(timer); else reload(true); }, POLL_MS);
}
