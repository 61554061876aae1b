// Session-wide state shared by the pages.
import { Api } from './api.js';

export const state = {
  me: null,
  period: null,      // the period key the user picked (kept across pages for this tab)
  catalog: null,     // { entityTypes, fields }
};

const PERIOD_KEY = 'formhub.period';

export function periodKeyOf(p) {
  if (!p) return '';
  return typeof p === 'string' ? p : (p.key || '');
}

export function currentPeriod() {
  if (state.period) return state.period;
  let saved = null;
  try { saved = sessionStorage.getItem(PERIOD_KEY); } catch { /* ignore */ }
  state.period = saved || periodKeyOf(state.me && state.me.currentPeriod) || '';
  return state.period;
}

export function setPeriod(key) {
  state.period = key;
  try { sessionStorage.setItem(PERIOD_KEY, key); } catch { /* ignore */ }
}

export function clearSession() {
  state.me = null;
  state.period = null;
  state.catalog = null;
  try { sessionStorage.removeItem(PERIOD_KEY); } catch { /* ignore */ }
}

// Read again after a minute: an admin may have added a field since (the catalog is versioned in the store).
const CATALOG_MAX_AGE_MS = 60_000;
let catalogLoadedAt = 0;

export async function loadCatalog() {
  if (!state.catalog || Date.now() - catalogLoadedAt > CATALOG_MAX_AGE_MS) {
    state.catalog = await Api.catalog();
    catalogLoadedAt = Date.now();
  }
  return state.catalog;
}

export function normType(type) {
  return String(type || 'text').replace(/[-_]/g, '').toLowerCase();
}

export function catalogField(entityType, name) {
  const c = state.catalog;
  if (!c || !c.fields) return null;
  return c.fields.find((f) => f.entityType === entityType && f.name === name) || null;
}

export function catalogFields(entityType) {
  const c = state.catalog;
  if (!c || !c.fields) return [];
  return c.fields.filter((f) => f.entityType === entityType);
}

export function entityTypeInfo(key) {
  const c = state.catalog;
  return (c && c.entityTypes && c.entityTypes.find((e) => e.key === key)) || { key, labelZh: key, labelEn: key };
}
