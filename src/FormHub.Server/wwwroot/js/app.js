// Entry point: session, header, hash router.
import { t, getLang, setLang, isZh, onLangChange } from './i18n.js';
import { Api, ApiError, setCsrfToken, refreshCsrfToken } from './api.js';
import { h, clear, errorPanel, loading, put, fill, clearAnnouncement } from './ui.js';
import { state, clearSession } from './state.js';
import * as loginPage from './login.js';
import * as formPage from './form.js';
import * as rosterPage from './roster.js';
import * as reviewPage from './review.js';
import * as burdenPage from './burden.js';
import * as inboxPage from './inbox.js';
import * as reportsPage from './reports.js';
import * as reportViewPage from './reportview.js';
import * as completenessPage from './completeness.js';
import * as accountsPage from './accounts.js';
import * as accountAuditPage from './accountaudit.js';
import * as catalogPage from './catalog.js';
import * as passwordPage from './password.js';
import * as setupPage from './setup.js';
import * as eligibilityPage from './findings.js';
import * as importPage from './import.js';
import * as templatesPage from './templates.js';
import * as settingsPage from './settings.js';

const NEXT_KEY = 'formhub.next';
// Set while signed in, so a first visit goes straight to the login page without a 401 from /api/session/me.
const SIGNED_IN_KEY = 'formhub.signedIn';

function rememberSignedIn(yes) {
  try { if (yes) localStorage.setItem(SIGNED_IN_KEY, '1'); else localStorage.removeItem(SIGNED_IN_KEY); } catch { /* ignore */ }
}

function maybeSignedIn() {
  try { return localStorage.getItem(SIGNED_IN_KEY) === '1'; } catch { return true; }
}

const routes = [
  { re: /^\/login$/, page: loginPage, public: true },
  { re: /^\/form$/, page: formPage },
  { re: /^\/roster\/(person|household)$/, page: rosterPage, params: ['entityType'] },
  { re: /^\/review$/, page: reviewPage, params: [] },
  { re: /^\/review\/([0-9A-Za-z]+)$/, page: reviewPage, params: ['villageCode'] },
  { re: /^\/burden$/, page: burdenPage },
  { re: /^\/inbox$/, page: inboxPage, departments: true },
  { re: /^\/reports$/, page: reportsPage, departments: true },
  { re: /^\/reports\/([A-Za-z0-9_.%-]+)\/([0-9]+)$/, page: reportViewPage, params: ['templateId', 'unit'], departments: true },
  { re: /^\/completeness$/, page: completenessPage, departments: true },
  { re: /^\/eligibility$/, page: eligibilityPage },
  { re: /^\/accounts$/, page: accountsPage },
  { re: /^\/account-audit$/, page: accountAuditPage },
  { re: /^\/catalog$/, page: catalogPage },
  { re: /^\/password$/, page: passwordPage },
  { re: /^\/setup$/, page: setupPage, public: true },
  { re: /^\/import$/, page: importPage },
  { re: /^\/templates$/, page: templatesPage },
  { re: /^\/templates\/([A-Za-z0-9_.%-]+)$/, page: templatesPage, params: ['templateId'] },
  { re: /^\/admission$/, page: templatesPage },
  { re: /^\/settings$/, page: settingsPage },
];

let routeSeq = 0;

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

export function defaultRoute(me = state.me) {
  if (!me) return '#/login';
  if (me.mustChangePassword) return '#/password';
  switch (me.role) {
    case 'cadre': return '#/form';
    case 'reviewer': return '#/review';
    case 'admin': return '#/review';
    case 'department': return '#/inbox';
    default: return '#/burden';
  }
}

function navItems(me) {
  if (!me) return [];
  const items = [];
  if (me.role === 'cadre' || me.captureScope) {
    items.push(['#/form', 'nav.form'], ['#/roster/household', 'nav.household'], ['#/roster/person', 'nav.person']);
  }
  if (me.role === 'reviewer' || me.role === 'admin') items.push(['#/review', 'nav.review']);
  // Departments (and admins) receive reports; reviewers also see the filing status of their township.
  if (me.role === 'department' || me.role === 'admin') items.push(['#/inbox', 'nav.inbox'], ['#/reports', 'nav.reports']);
  if (me.role !== 'cadre') items.push(['#/completeness', 'nav.completeness']);
  if (me.role === 'cadre' || me.role === 'department') items.push(['#/eligibility', 'nav.eligibility']);
  items.push(['#/burden', 'nav.burden']);
  if (me.role === 'cadre' || me.role === 'admin') items.push(['#/import', 'nav.import']);
  if (me.role === 'admin') items.push(['#/catalog', 'nav.catalog'], ['#/accounts', 'nav.accounts'], ['#/account-audit', 'nav.accountAudit']);
  if (me.role === 'admin') items.push(['#/templates', 'nav.templates'], ['#/admission', 'nav.admission']);
  if (me.role === 'admin') items.push(['#/settings', 'nav.settings']);
  items.push(['#/password', 'nav.password']);
  return items;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '';
  const [path, q = ''] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(q));
  return { path: path || '/', query };
}

function renderHeader(activePath) {
  const header = document.getElementById('app-header');
  const me = state.me;
  const langBtn = h('button', {
    type: 'button', id: 'lang-switch', class: 'btn btn-ghost btn-small', 'data-testid': 'lang-switch',
    lang: isZh() ? 'en' : 'zh-CN',
    onclick: () => { setLang(isZh() ? 'en' : 'zh-CN'); },
  }, isZh() ? 'English' : '中文');

  const scope = me && (me.captureScope || me.viewScope);
  const userBox = me ? h('div', { class: 'user', 'data-testid': 'user' },
    h('span', { class: 'user-name', 'data-testid': 'user-name' }, me.displayName || me.userName),
    h('span', { class: 'user-scope', 'data-testid': 'user-scope', title: me.role ? t(`role.${me.role}`) : null }, scope ? scope.name : '')) : null;

  const logoutBtn = me ? h('button', { type: 'button', id: 'logout', class: 'btn btn-ghost btn-small', 'data-testid': 'logout', onclick: logout }, t('header.logout')) : null;

  const nav = me ? h('nav', { class: 'nav', 'aria-label': t('nav.label'), 'data-testid': 'nav' },
    h('ul', null, navItems(me).map(([href, key]) => {
      const active = activePath === href.slice(1) || (href === '#/review' && activePath.startsWith('/review'))
        || (href === '#/reports' && activePath.startsWith('/reports/'));
      return h('li', null, h('a', { href, 'aria-current': active ? 'page' : null, 'data-testid': `nav-${key.split('.')[1]}` }, t(key),
        href === '#/inbox' ? h('span', { class: 'nav-count', 'data-testid': 'inbox-unread', hidden: true }) : null));
    }))) : null;

  clear(header);
  put(header, 
    h('div', { class: 'header-inner container' },
      h('a', { class: 'brand', href: defaultRoute(), 'data-testid': 'brand' }, t('app.name')),
      h('div', { class: 'header-tools' }, userBox, langBtn, logoutBtn)),
    nav ? h('div', { class: 'nav-bar' }, h('div', { class: 'container' }, nav)) : null);
  const skip = document.getElementById('skip-link');
  if (skip) skip.textContent = t('app.skip');
  inboxPage.refreshUnread();
}

async function logout() {
  clearAnnouncement();
  try { await Api.logout(); } catch { /* signed out anyway */ }
  await signedOut();
}

/** Forgets the session on this page (after signing out, or after 退出所有设备 ended it on the server) and shows the login page. */
export async function signedOut() {
  clearSession();
  rememberSignedIn(false);
  setCsrfToken(null);
  await refreshCsrfToken();
  navigate('#/login');
}

export async function signedIn(result) {
  state.me = result.user || result.me || result;
  clearAnnouncement();
  rememberSignedIn(true);
  setCsrfToken(result.csrfToken || null);
  if (!result.csrfToken) await refreshCsrfToken();
  let next = null;
  try { next = sessionStorage.getItem(NEXT_KEY); sessionStorage.removeItem(NEXT_KEY); } catch { /* ignore */ }
  navigate(next && next !== '#/login' ? next : defaultRoute());
}

async function loadMe() {
  if (!maybeSignedIn()) { state.me = null; return null; }
  try {
    state.me = await Api.me();
  } catch (err) {
    if (!(err instanceof ApiError) || (err.status !== 401 && err.status !== 403)) throw err;
    state.me = null;
  }
  rememberSignedIn(!!state.me);
  return state.me;
}

async function route() {
  const seq = ++routeSeq;
  const main = document.getElementById('main-content');
  const { path, query } = parseHash();

  if (path === '/' || !path.startsWith('/')) { location.replace(defaultRoute()); return; }
  const match = routes.map((r) => ({ r, m: r.re.exec(path) })).find((x) => x.m);

  if (!state.me && !(match && match.r.public)) {
    try { sessionStorage.setItem(NEXT_KEY, location.hash); } catch { /* ignore */ }
    location.replace('#/login');
    return;
  }
  if (state.me && match && match.r === routes[0]) { location.replace(defaultRoute()); return; }
  // A one-time password opens only the page that replaces it.
  if (state.me?.mustChangePassword && path !== '/password') { location.replace('#/password'); return; }

  for (const d of document.querySelectorAll('dialog[open]')) d.close(); // a dialog belongs to the page it was opened on
  renderHeader(path);
  clear(main);
  if (!match) {
    put(main, h('h1', { tabindex: '-1' }, t('error.notFound')), h('p', null, h('a', { href: defaultRoute() }, t('app.name'))));
    return;
  }
  if (match.r.departments && state.me.role === 'cadre') {
    put(main, h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'page-error' }, h('p', null, t('error.departmentsOnly'))),
      h('p', null, h('a', { href: defaultRoute() }, t('app.name'))));
    return;
  }
  const params = {};
  (match.r.params || []).forEach((name, i) => { params[name] = match.m[i + 1]; });
  const ctx = {
    main, params, query, path,
    isCurrent: () => seq === routeSeq,
    navigate,
    rerender: () => { if (seq === routeSeq) route(); },
  };
  put(main, loading());
  try {
    await match.r.page.render(ctx);
  } catch (err) {
    if (!ctx.isCurrent()) return;
    console.warn(err);
    if (err instanceof ApiError && err.status === 401) return; // the unauthorized handler takes over
    clear(main);
    put(main, errorPanel(err, ctx.rerender));
  }
}

function focusMain(e) {
  e.preventDefault();
  const main = document.getElementById('main-content');
  const h1 = main.querySelector('h1');
  (h1 || main).focus();
}

window.addEventListener('formhub:unauthorized', () => {
  if (!state.me) return;
  clearSession();
  rememberSignedIn(false);
  setCsrfToken(null);
  try { sessionStorage.setItem(NEXT_KEY, location.hash); } catch { /* ignore */ }
  navigate('#/login');
});

/**
 * index.html is written in Chinese; before anything is awaited, its texts follow the language the user chose
 * (CSP allows no inline script, so this is the earliest point).
 */
function localizeShell() {
  document.documentElement.lang = getLang();
  document.title = t('app.name');
  const brand = document.querySelector('#app-header .brand');
  if (brand) brand.textContent = t('app.name');
  const skip = document.getElementById('skip-link');
  if (skip) skip.textContent = t('app.skip');
  fill(document.getElementById('main-content'), loading());
}

function boot() {
  localizeShell();
  document.getElementById('skip-link')?.addEventListener('click', focusMain);
  window.addEventListener('hashchange', route);
  // re-render everything in the other language (the API answers in it too)
  onLangChange(() => route());
  start();
}

/** Loads the session and routes; its retry button repeats only this, never the listeners above. */
async function start() {
  try {
    await loadMe();
    await refreshCsrfToken();
  } catch (err) {
    renderHeader('');
    const main = document.getElementById('main-content');
    clear(main);
    put(main, errorPanel(err, () => start()));
    return;
  }
  route();
}

export function pageTitle(text) {
  document.title = text ? `${text} · ${t('app.name')}` : t('app.name');
}

boot();
