// fetch wrapper: JSON in and out, the antiforgery header on every state-changing request,
// Accept-Language from the language switch, ProblemDetails turned into ApiError.
import { getLang, t } from './i18n.js';

let csrfToken = null;

export function setCsrfToken(token) { csrfToken = token || null; }

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || t('error.generic', { status }));
    this.status = status;
    this.problem = problem || {};
  }
  /** ProblemDetails `errors`: { key: [message] } (values may also be plain strings). */
  get errors() { return this.problem.errors || {}; }
  get detail() { return this.problem.detail || this.problem.title || this.message; }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function refreshCsrfToken() {
  try {
    const res = await fetch('/api/session/antiforgery', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': getLang() },
      cache: 'no-store',
    });
    if (res.ok) {
      const body = await res.json();
      csrfToken = body.token || body.requestToken || null;
    }
  } catch { /* offline: the request itself will report it */ }
  return csrfToken;
}

function looksLikeAntiforgeryFailure(status, problem) {
  if (status !== 400 || !problem || problem.errors) return false;
  const text = `${problem.title || ''} ${problem.detail || ''} ${problem.type || ''}`;
  return /antiforgery|csrf|xsrf|防伪|令牌|页面已过期|page has expired/i.test(text);
}

async function readBody(res) {
  if (res.status === 204) return null;
  const type = res.headers.get('content-type') || '';
  if (type.includes('json')) {
    try { return await res.json(); } catch { return null; }
  }
  // A non-JSON answer (a proxy's HTML error page) is not a message for a cadre: the caller falls back to a translated one.
  return null;
}

/**
 * Call the API. Resolves to the parsed JSON (or null for 204); rejects with ApiError.
 * A 401 on anything but the session endpoints fires `formhub:unauthorized` so the app can show the login page.
 */
export async function api(method, path, body, { retried = false } = {}) {
  method = method.toUpperCase();
  const headers = { Accept: 'application/json', 'Accept-Language': getLang() };
  // A file (Blob) goes as it is: the import upload reads the raw body.
  const raw = typeof Blob !== 'undefined' && body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
  if (UNSAFE.has(method)) {
    if (!csrfToken) await refreshCsrfToken();
    if (csrfToken) headers['X-CSRF-TOKEN'] = csrfToken;
  }
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { title: t('error.network'), detail: t('error.network') });
  }
  const data = await readBody(res);
  if (res.ok) return data;

  if (UNSAFE.has(method) && !retried && looksLikeAntiforgeryFailure(res.status, data)) {
    csrfToken = null;
    await refreshCsrfToken();
    return api(method, path, body, { retried: true });
  }
  if (res.status === 401 && !path.startsWith('/api/session/')) {
    window.dispatchEvent(new CustomEvent('formhub:unauthorized'));
  }
  throw new ApiError(res.status, data || { title: res.status >= 500 ? t('error.server') : t('error.generic', { status: res.status }) });
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});

/** Build a query string, leaving out empty values. */
export function qs(params) {
  const parts = [];
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

const enc = encodeURIComponent;

// ---- endpoints (docs/api.md) -------------------------------------------------------------------

export const Api = {
  me: () => get('/api/session/me'),
  login: (userName, password) => post('/api/session/login', { userName, password }),
  logout: () => post('/api/session/logout'),

  catalog: () => get('/api/catalog'),
  check: (entityType, values, asOf) => post('/api/catalog/check', { entityType, values, asOf: asOf || null }),

  form: (village, period) => get(`/api/villages/${enc(village)}/form${qs({ period })}`),
  // filters: RosterCriteria's keys (age, status, dibao …) and sort/desc, passed through as the URL names them
  entities: (village, type, { search, skip, take, includeRetired, period, filters } = {}) =>
    get(`/api/villages/${enc(village)}/entities/${enc(type)}${qs({ search, skip, take, includeRetired: includeRetired ? 'true' : undefined, period, ...(filters || {}) })}`),
  entity: (village, type, id, period) => get(`/api/villages/${enc(village)}/entities/${enc(type)}/${enc(id)}${qs({ period })}`),
  changes: (village, batch) => post(`/api/villages/${enc(village)}/changes`, batch),
  checks: (village, period) => get(`/api/villages/${enc(village)}/checks${qs({ period })}`),
  reports: (village, period) => get(`/api/villages/${enc(village)}/reports${qs({ period })}`),
  audit: (village, period) => get(`/api/villages/${enc(village)}/audit${qs({ period })}`),
  submission: (village, body) => post(`/api/villages/${enc(village)}/submission`, body),

  reviewList: (unit, period) => get(`/api/review/${enc(unit)}/villages${qs({ period })}`),
  review: (village, body) => post(`/api/review/villages/${enc(village)}`, body),
  monthChanges: (village, period, entityType) => get(`/api/review/villages/${enc(village)}/changes${qs({ period, entityType })}`),
  duplicates: (unit) => get(`/api/review/${enc(unit)}/duplicates`),
  retireDuplicate: (id, version, note) => post(`/api/review/duplicates/${enc(id)}/retire`, { version, note: note || null }),
  liveReports: () => get('/api/admin/live-reports'),
  retryQuarantined: () => post('/api/admin/live-reports/retry'),

  burden: (unit, period) => get(`/api/units/${enc(unit)}/burden${qs({ period })}`),

  // departments: published reports, report views with drill-down, completeness, subscriptions, inbox
  publishedReports: () => get('/api/reports'),
  reportView: (templateId, unit, period, approvedOnly) => get(`/api/reports/${enc(templateId)}/${enc(unit)}${qs({ period, approvedOnly: approvedOnly ? 'true' : undefined })}`),
  completeness: (unit, period) => get(`/api/completeness/${enc(unit)}${qs({ period })}`),
  subscriptions: () => get('/api/subscriptions'),
  subscribe: (templateId, unitCode, webhookUrl) => post('/api/subscriptions', { templateId, unitCode: unitCode || null, webhookUrl: webhookUrl || null }),
  unsubscribe: (id) => api('DELETE', `/api/subscriptions/${enc(id)}`),
  deliveries: (id) => get(`/api/subscriptions/${enc(id)}/deliveries`),
  inbox: () => get('/api/inbox'),
  markRead: (id) => post(`/api/inbox/${enc(id)}/read`),

  // 名册导入: upload for a unit, then runs in the background whose progress is polled
  uploadImport: (unit, file, { entityType, encoding } = {}) =>
    api('POST', `/api/units/${enc(unit)}/imports${qs({ fileName: file.name, entityType, encoding })}`, file),
  importProfiles: () => get('/api/imports/profiles'),
  runImport: (id, body) => post(`/api/imports/${enc(id)}/runs`, body),
  importStatus: (id) => get(`/api/imports/${enc(id)}`),
};

/** Plain download URLs (the answer is a file with Content-Disposition: attachment). */
export const Downloads = {
  xlsx: (templateId, unit, period, layout = 'generated', approvedOnly = false) =>
    `/api/reports/${enc(templateId)}/${enc(unit)}/xlsx${qs({ period, layout, approvedOnly: approvedOnly ? 'true' : undefined })}`,
  pdf: (templateId, unit, period, approvedOnly = false) => `/api/reports/${enc(templateId)}/${enc(unit)}/pdf${qs({ period, approvedOnly: approvedOnly ? 'true' : undefined })}`,
  importProblems: (id) => `/api/imports/${enc(id)}/problems`,
  roster: (unit, type, format, period) => `/api/units/${enc(unit)}/roster/${enc(type)}${qs({ format, period })}`,
};

// ---- accounts (账号管理, admins), own password, first admin ---------------------------------------

export const CatalogAdminApi = {
  get: () => get('/api/admin/catalog'),
  history: () => get('/api/admin/catalog/history'),
  shipped: () => get('/api/admin/catalog/shipped'),
  applyShipped: (version, key) => post('/api/admin/catalog/shipped/apply', { version, key }),
  add: (body) => post('/api/admin/catalog/fields', body),
  change: (entityType, name, body) => api('PUT', `/api/admin/catalog/fields/${enc(entityType)}/${enc(name)}`, body),
  remove: (entityType, name, version) => api('DELETE', `/api/admin/catalog/fields/${enc(entityType)}/${enc(name)}${qs({ version })}`),
};

export const AccountsApi = {
  list: () => get('/api/accounts'),
  create: (body) => post('/api/accounts', body),
  createCadres: (csv) => post('/api/accounts/csv', { csv }),
  update: (userName, body) => api('PUT', `/api/accounts/${enc(userName)}`, body),
  disable: (userName) => post(`/api/accounts/${enc(userName)}/disable`),
  enable: (userName) => post(`/api/accounts/${enc(userName)}/enable`),
  reset: (userName) => post(`/api/accounts/${enc(userName)}/reset`),
  signOutEverywhere: (userName) => post(`/api/accounts/${enc(userName)}/signout-everywhere`),
  phone: (userName) => get(`/api/accounts/${enc(userName)}/phone`),
  audit: (actor, subject) => get(`/api/accounts/audit${qs({ actor, subject })}`),
  changePassword: (currentPassword, newPassword) => post('/api/session/password', { currentPassword, newPassword }),
  signOutMyEverywhere: () => post('/api/session/signout-everywhere'),
  setupState: () => get('/api/setup'),
  setupAdmin: (body) => post('/api/setup/admin', body),
};

// ---- findings of record rules (智能校验) and eligibility lists (免申即享) --------------------------

export const FindingsApi = {
  list: (unit, period, kind, template, rule, gap) => get(`/api/findings/${enc(unit)}${qs({ period, kind, template, rule, gap })}`),
  recordOutcome: (ruleId, entityId, outcome, reason) => post('/api/findings/outcomes', { ruleId, entityId, outcome, reason: reason || null }),
};
