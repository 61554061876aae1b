// #/roster/household and #/roster/person — paged, searchable rosters; add, edit (with 生效日期), retire.
// Typing an ID number asks /api/catalog/check (debounced) and fills 出生日期 / 性别 / 年龄.
import { t, label, fmtDate, fmtNum, isZh } from './i18n.js';
import { Api, FindingsApi } from './api.js';
import { h, clear, statusLine, periodSelector, openDialog, tableWrap, announce, setFieldError, put, fill, errorText, messageText, showFailure } from './ui.js';
import { state, currentPeriod, setPeriod, loadCatalog, periodKeyOf, catalogField, catalogFields, entityTypeInfo, normType } from './state.js';
import { fieldControl, fieldGroups, FieldSet, groupFieldset, displayValue, genderText } from './fields.js';
import { showSaveError } from './form.js';
import { typedValues, keepTyped } from './keeptyped.js';
import { pageTitle } from './app.js';
import { rosterExportLinks } from './rosterexport.js';

const PAGE_SIZE = 20;
const REF_PAGE = 100; // the API's largest page (RosterApi.MaxPageSize)
const RETIRE_REASONS = ['death', 'movedOut', 'dissolved', 'duplicate', 'other'];
const KEY_COLUMNS = {
  household: ['name', 'household_number', 'address', 'dibao_status'],
  person: ['name', 'id_number', 'gender', 'age', 'household', 'relation_to_head'],
};
const DERIVED = ['birth_date', 'gender', 'age'];
// The filters and orders the API knows (FormHub.Filing/Rosters): one more filter is one more entry here and a text in i18n.js.
const AGE_BANDS = ['0-17', '18-59', '60-', '60-79', '80-'];
const STATUSES = ['current', 'all', 'retired', 'death', 'movedOut', 'dissolved', 'duplicate', 'other'];
const FACTS = { person: ['dibao', 'tekun', 'disability', 'retiree'], household: ['dibao', 'tekun', 'disability'] };
const SORTS = { person: ['name', 'age', 'household', 'status', 'findings'], household: ['name', 'household_number', 'status', 'findings'] };
/** The roster's state as URL keys: search text, filters, order, page. */
const STATE_KEYS = ['q', 'age', 'status', ...new Set(Object.values(FACTS).flat()), 'check', 'sort', 'desc', 'page'];

/** The roster state found in a URL query under `prefix` (the review page keeps its own keys beside it). */
export function rosterStateFrom(query, prefix = '') {
  const st = {};
  for (const k of STATE_KEYS) if (query[prefix + k]) st[k] = query[prefix + k];
  return st;
}

/** The URL query for a roster state (empty values and defaults left out). */
export function rosterStateQuery(st, prefix = '') {
  const out = {};
  for (const k of STATE_KEYS) if (st[k] !== undefined && st[k] !== '' && st[k] !== null) out[prefix + k] = String(st[k]);
  return out;
}

export async function render(ctx) {
  const me = state.me;
  const entityType = ctx.params.entityType;
  const village = me.captureScope && me.captureScope.code;
  if (!village) {
    fill(ctx.main, h('div', { class: 'panel panel-error', role: 'alert' }, t('error.noCapture')));
    return;
  }
  const period = ctx.query.period || currentPeriod();
  await loadCatalog();
  let summary = null;
  try { summary = await Api.form(village, period); } catch (err) { if (err.status === 401) throw err; }
  if (!ctx.isCurrent()) return;
  const periodKey = (summary && summary.period && summary.period.key) || period;
  if (periodKey) setPeriod(periodKey);
  const periodText = (summary && summary.period && summary.period.display) || periodKey;
  const editable = summary ? !!summary.editable : true;
  const title = t(`roster.${entityType}`);
  pageTitle(title);

  const pageStatus = statusLine('roster-status-line');
  const env = { ctx, village, entityType, periodKey, periodText, summary, editable, readOnly: !editable };
  const list = rosterList(env, {
    onOpen: (item) => openEntityEditor(env, item, { onDone: (msg) => { pageStatus.ok(msg); list.reload(); } }),
    initial: rosterStateFrom(ctx.query),
    // the filters live in the URL, so a copied link opens the same list; replaceState: no new history entry per keystroke
    onState: (st) => {
      const params = new URLSearchParams({ ...(ctx.query.period ? { period: ctx.query.period } : {}), ...rosterStateQuery(st) });
      const hash = `#/roster/${entityType}${params.toString() ? `?${params}` : ''}`;
      if (location.hash !== hash) history.replaceState(history.state, '', hash);
    },
  });
  const add = h('button', {
    type: 'button', id: 'roster-add', class: 'btn btn-primary', 'data-testid': 'roster-add', disabled: !editable,
    onclick: () => openEntityEditor(env, null, { onDone: (msg) => { pageStatus.ok(msg); list.reload(); } }),
  }, t('roster.add'));

  fill(ctx.main, 
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'roster-title' }, title),
        h('p', { class: 'muted' }, [summary && summary.village ? summary.village.name : village, periodText].filter(Boolean).join(' · '))),
      periodSelector(periodKeyOf(me.currentPeriod) || periodKey, periodKey, (key) => {
        setPeriod(key);
        ctx.navigate(`#/roster/${entityType}?period=${encodeURIComponent(key)}`);
      })),
    !editable ? h('p', { class: 'panel muted', 'data-testid': 'not-editable' }, t('submit.notEditable')) : null,
    h('section', { class: 'panel roster', 'data-testid': 'roster', 'data-entity-type': entityType },
      h('div', { class: 'roster-tools' }, list.searchBox, h('div', { class: 'roster-actions' }, add, rosterExportLinks({ unit: village, entityType, periodKey, periodText }))),
      pageStatus.el,
      list.el));
  await list.reload();
}

// ---- the list --------------------------------------------------------------------------------

/** How a record reads in a reference: a household by head and register number, anything else by name. */
function refText(type, e) {
  const f = (e && e.fields) || {};
  const text = type === 'household' ? [f.name, f.household_number].filter(Boolean).join(' · ') : f.name;
  return text || String(e.id);
}

/** Every household's name by id (retired ones too), for the person list's 户 column: the first page, then the rest at once. */
async function householdNames(village, periodKey) {
  const page = (skip) => Api.entities(village, 'household', { skip, take: REF_PAGE, includeRetired: true, period: periodKey });
  const first = await page(0);
  const total = first.total || 0;
  const rest = [];
  for (let skip = REF_PAGE; skip < total; skip += REF_PAGE) rest.push(page(skip));
  const map = new Map();
  for (const res of [first, ...await Promise.all(rest)]) {
    for (const e of res.items || []) map.set(String(e.id), refText('household', e));
  }
  return map;
}

/** Up to one page of current records of a type, matching `search` (names, household numbers): { options, total }. */
async function findRefs(village, type, periodKey, search) {
  const res = await Api.entities(village, type, { search, skip: 0, take: REF_PAGE, period: periodKey });
  return { options: (res.items || []).map((e) => ({ value: String(e.id), label: refText(type, e) })), total: res.total || 0 };
}

/** 搜索户主姓名或户号 and the like; 搜索 for a type without its own wording. */
function searchLabel(type) {
  const text = t(`roster.search.${type}`);
  return text.startsWith('roster.') ? t('common.search') : text;
}

function columnsFor(entityType) {
  const wanted = KEY_COLUMNS[entityType] || catalogFields(entityType).slice(0, 4).map((f) => f.name);
  return wanted.filter((n) => DERIVED.includes(n) || catalogField(entityType, n));
}

/** The last day of the period: ages are computed as of it everywhere (roster, record, the ID check), and say so. */
function asOfDate(env) {
  return (env && env.summary && env.summary.period && env.summary.period.end) || null;
}

function columnTitle(entityType, name, asOf) {
  if (name === 'age' && asOf) return t('entity.ageAsOf', { date: fmtDate(asOf) });
  const f = catalogField(entityType, name);
  if (f) return label(f, name);
  return DERIVED.includes(name) ? t(`entity.${name}`) : name;
}

export function retiredText(retired) {
  if (!retired) return t('roster.active');
  return t('roster.retiredWith', { reason: t(`reason.${retired.reason}`), date: fmtDate(retired.date) });
}

export function cellText(entityType, name, entity, refNames) {
  const v = (entity.fields || {})[name];
  if (name === 'gender') return genderText(v);
  if (name === 'birth_date') return fmtDate(v);
  if (name === 'age') return v === null || v === undefined ? '' : fmtNum(v);
  const f = catalogField(entityType, name);
  return displayValue(f, v, refNames);
}

/**
 * A paged, searchable, filterable, sortable list of one entity type. env: { village, entityType, periodKey, readOnly }.
 * `initial` is a state from the URL (rosterStateFrom); `onState` hears every change of it. Returns { el, searchBox, reload }.
 */
export function rosterList(env, { onOpen, idPrefix = 'roster', initial = {}, onState } = {}) {
  const { village, entityType, periodKey } = env;
  const st = { ...initial };
  let skip = Math.max(0, (parseInt(st.page, 10) || 1) - 1) * PAGE_SIZE; let total = 0; let refNames = null;
  let timer = null; let seq = 0;
  const cols = columnsFor(entityType);
  const facts = (FACTS[entityType] || []).filter((f) => f !== 'retiree' || catalogField(entityType, 'employment_status'));
  const sorts = (SORTS[entityType] || ['name', 'status']).filter((k) => k === 'status' || k === 'findings' || cols.includes(k));
  const hasAge = cols.includes('age');

  const changed = () => { skip = 0; load(); };
  const searchId = `${idPrefix}-search`;
  const search = h('input', {
    id: searchId, type: 'search', name: 'search', autocomplete: 'off', 'data-testid': searchId, value: st.q || '',
    placeholder: t(`roster.search.${entityType}`) === `roster.search.${entityType}` ? '' : t(`roster.search.${entityType}`),
    oninput: () => { clearTimeout(timer); timer = setTimeout(changed, 300); },
  });
  const select = (key, values, text, withAny) => {
    const el = h('select', { id: `${idPrefix}-${key}`, 'data-testid': `${idPrefix}-${key}`, onchange: changed },
      withAny ? h('option', { value: '' }, t('roster.filter.any')) : null,
      values.map((v) => h('option', { value: v }, text(v))));
    el.value = st[key] || (withAny ? '' : values[0]);
    return el;
  };
  const age = hasAge ? select('age', AGE_BANDS, (v) => ageBandText(v), true) : null;
  const status = select('status', STATUSES.filter((r) => r !== 'dissolved' || entityType === 'household'),
    (v) => t(`roster.filter.status.${v}`), false);
  if (!st.status && initial.includeRetired) status.value = 'all';
  const factBoxes = facts.map((f) => {
    const box = h('input', { type: 'checkbox', id: `${idPrefix}-${f}`, 'data-testid': `${idPrefix}-${f}`, onchange: changed });
    box.checked = st[f] === 'true';
    return h('label', { class: 'check-label', for: `${idPrefix}-${f}` }, box, t(`roster.filter.${f}.${entityType}`));
  });
  // 未通过校验: the month's checks that name records of this type, with how many each names (filled in once read)
  const check = h('select', { id: `${idPrefix}-check`, 'data-testid': `${idPrefix}-check`, onchange: changed },
    h('option', { value: '' }, t('roster.filter.any')), h('option', { value: 'any' }, t('roster.filter.check.any')),
    st.check && st.check !== 'any' ? h('option', { value: st.check }, st.check) : null);
  check.value = st.check || '';
  let failing = new Map(); // record id → titles of the checks it fails, for the badge beside its name
  const findingsRead = FindingsApi.list(village, periodKey, 'check').then((res) => {
    const byRule = new Map();
    failing = new Map();
    for (const f of (res && res.items) || []) {
      if (f.entityType !== entityType) continue;
      const title = (!isZh() && f.ruleTitleEn) || f.ruleTitle;
      const r = byRule.get(f.ruleId) || { title, n: 0 };
      r.n++; byRule.set(f.ruleId, r);
      failing.set(String(f.entityId), [...(failing.get(String(f.entityId)) || []), title]);
    }
    const keep = check.value;
    for (const o of [...check.options].slice(2)) o.remove();
    for (const [id, r] of byRule) check.append(h('option', { value: id }, t('roster.filter.check.rule', { title: r.title, n: fmtNum(r.n) })));
    if (keep && keep !== 'any' && !byRule.has(keep)) check.append(h('option', { value: keep }, keep));
    check.value = keep;
    check.options[1].textContent = t('roster.filter.check.anyCount', { n: fmtNum(failing.size) });
  }).catch(() => { /* the filter still works from the URL; only the names and counts are missing */ });
  const sort = select('sort', sorts, (v) => (v === 'status' ? t('roster.status') : v === 'findings' ? t('roster.sort.findings') : columnTitle(entityType, v)), true);
  sort.options[0].textContent = t('roster.sort.default');
  const desc = h('select', { id: `${idPrefix}-desc`, 'data-testid': `${idPrefix}-desc`, onchange: changed },
    h('option', { value: '' }, t('roster.sort.asc')), h('option', { value: 'true' }, t('roster.sort.desc')));
  desc.value = st.desc === 'true' ? 'true' : '';
  const clearBtn = h('button', { type: 'button', class: 'btn btn-small', id: `${idPrefix}-clear`, 'data-testid': `${idPrefix}-clear`,
    onclick: () => {
      search.value = ''; status.value = 'current'; sort.value = ''; desc.value = '';
      if (age) age.value = '';
      check.value = '';
      for (const l of factBoxes) l.querySelector('input').checked = false;
      changed();
    } }, t('roster.filter.clear'));
  const labelled = (forId, text, control) => h('div', { class: 'field' }, h('label', { for: forId }, text), control);
  // On a phone the filters took a whole screen: they fold behind one 筛选 button that says how many are on. Open from the
  // start on a PC, and whenever the link already carries filters (a copied link shows what it filters by).
  const filterCount = () => { const { q, page, ...on } = current(); return Object.keys(on).length; };
  const filterButton = h('summary', { class: 'btn btn-small filter-toggle', 'data-testid': `${idPrefix}-filters-toggle` }, t('roster.filter.button'));
  const showCount = () => { const n = filterCount(); filterButton.textContent = n ? t('roster.filter.buttonActive', { n: fmtNum(n) }) : t('roster.filter.button'); };
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 640px)').matches;
  const searchBox = h('div', { class: 'search-box' },
    labelled(searchId, searchLabel(entityType), search),
    h('details', { class: 'roster-filter-fold', 'data-testid': `${idPrefix}-filter-fold`, open: wide || Object.keys(initial).some((k) => k !== 'q' && k !== 'page') || null },
      filterButton,
      h('fieldset', { class: 'roster-filters', 'data-testid': `${idPrefix}-filters` },
      h('legend', null, t('roster.filter.title')),
      age ? labelled(`${idPrefix}-age`, t('roster.filter.age'), age) : null,
      labelled(`${idPrefix}-status`, t('roster.status'), status),
      factBoxes.length ? h('div', { class: 'roster-facts' }, factBoxes) : null,
      labelled(`${idPrefix}-check`, t('roster.filter.check'), check),
      labelled(`${idPrefix}-sort`, t('roster.sort.by'), sort),
      labelled(`${idPrefix}-desc`, t('roster.sort.order'), desc),
      clearBtn)));

  /** The state as the URL and the API name it. */
  function current() {
    const out = { q: search.value.trim() };
    if (age && age.value) out.age = age.value;
    if (status.value !== 'current') out.status = status.value;
    factBoxes.forEach((l, i) => { if (l.querySelector('input').checked) out[facts[i]] = 'true'; });
    if (check.value) out.check = check.value;
    if (sort.value) { out.sort = sort.value; if (desc.value) out.desc = 'true'; }
    if (skip > 0) out.page = String(Math.floor(skip / PAGE_SIZE) + 1);
    return out;
  }

  const headCells = cols.map((c) => {
    const title = columnTitle(entityType, c, asOfDate(env));
    if (!sorts.includes(c)) return h('th', { scope: 'col' }, title);
    // a header click orders by that column, a second click reverses it
    return h('th', { scope: 'col', 'data-sort': c }, h('button', { type: 'button', class: 'link-button sort-button', 'data-testid': `${idPrefix}-sort-${c}`,
      onclick: () => {
        if (sort.value === c) desc.value = desc.value ? '' : 'true'; else { sort.value = c; desc.value = ''; }
        changed();
      } }, title));
  });
  const statusHead = h('th', { scope: 'col', 'data-sort': 'status' }, t('roster.status'));
  const body = h('tbody');
  const table = h('table', { class: 'table table-click', id: `${idPrefix}-table`, 'data-testid': `${idPrefix}-table` },
    h('thead', null, h('tr', null, headCells, statusHead)),
    body);
  const info = h('span', { class: 'page-info', 'data-testid': `${idPrefix}-page-info`, 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', class: 'btn', id: `${idPrefix}-prev`, onclick: () => { skip = Math.max(0, skip - PAGE_SIZE); load(); } }, t('common.prev'));
  const next = h('button', { type: 'button', class: 'btn', id: `${idPrefix}-next`, onclick: () => { skip += PAGE_SIZE; load(); } }, t('common.next'));
  const pager = h('div', { class: 'pager', 'data-testid': `${idPrefix}-pager` }, prev, info, next);
  const errorBox = h('div', { class: 'status-line', 'aria-live': 'polite' });
  const el = h('div', { class: 'roster-list' }, errorBox, tableWrap(table, label(entityTypeInfo(entityType))), pager);

  async function load() {
    const my = ++seq;
    const now = current();
    if (onState) onState(now);
    showCount();
    for (const th of table.querySelectorAll('th[data-sort]')) {
      th.setAttribute('aria-sort', now.sort === th.dataset.sort ? (now.desc ? 'descending' : 'ascending') : 'none');
    }
    body.setAttribute('aria-busy', 'true');
    try {
      const needRefs = entityType === 'person' && cols.includes('household') && !refNames;
      const { q, page, ...filters } = now;
      const [res, names] = await Promise.all([
        Api.entities(village, entityType, { search: q, skip, take: PAGE_SIZE, period: periodKey, filters }),
        needRefs ? householdNames(village, periodKey).catch(() => new Map()) : Promise.resolve(refNames),
        findingsRead,
      ]);
      if (my !== seq) return;
      refNames = names;
      total = res.total || 0;
      const items = res.items || [];
      clear(errorBox); errorBox.className = 'status-line';
      clear(body);
      if (!items.length) {
        put(body, h('tr', null, h('td', { colspan: String(cols.length + 1), class: 'empty' }, t('roster.empty'))));
      }
      for (const item of items) {
        const open = () => onOpen && onOpen(item);
        const row = h('tr', {
          'data-testid': 'roster-row', 'data-id': String(item.id), class: item.retired ? 'is-retired' : null,
          onclick: (e) => { if (!e.target.closest('button')) open(); },
        }, cols.map((c, i) => {
          const text = cellText(entityType, c, item, refNames);
          const masked = (item.masked || []).includes(c);
          if (i === 0) {
            const fails = failing.get(String(item.id));
            return h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', 'data-testid': 'roster-open', onclick: open }, text || '—'),
              fails ? h('span', { class: 'badge badge-warning roster-fails', 'data-testid': 'roster-fails', title: fails.join(isZh() ? '；' : '; ') },
                t('roster.fails', { n: fmtNum(fails.length) })) : null);
          }
          return h('td', { class: masked ? 'mono masked' : (c === 'id_number' ? 'mono' : null), 'data-col': c }, text);
        }),
        h('td', { 'data-testid': 'roster-status', class: item.retired ? 'retired' : null }, retiredText(item.retired)));
        put(body, row);
      }
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      info.textContent = t('roster.pageInfo', { page: Math.floor(skip / PAGE_SIZE) + 1, pages, total: fmtNum(total) });
      prev.disabled = skip === 0;
      next.disabled = skip + PAGE_SIZE >= total;
    } catch (err) {
      if (my !== seq) return;
      errorBox.className = 'status-line status-error';
      errorBox.setAttribute('role', 'alert');
      errorBox.textContent = errorText(err);
    } finally {
      if (my === seq) body.removeAttribute('aria-busy');
    }
  }

  return { el, searchBox, reload: load, refNames: () => refNames };
}

function ageBandText(band) {
  const [from, to] = band.split('-');
  return to ? t('roster.filter.ageRange', { from, to }) : t('roster.filter.ageFrom', { from });
}

// ---- the editor ------------------------------------------------------------------------------

function defaultValidFrom(summary) {
  const today = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const todayIso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const end = summary && summary.period && summary.period.end ? String(summary.period.end).slice(0, 10) : null;
  return end && end < todayIso ? end : todayIso;
}

/**
 * Open the add/edit dialog. `item` null → create. env: { village, entityType, periodKey, periodText, summary, readOnly }.
 * `typed`: what the user typed before a save lost to another window or person (409), shown beside the current values.
 */
export async function openEntityEditor(env, item, { onDone, typed = null } = {}) {
  const { village, entityType, periodKey, summary } = env;
  const typeLabel = isZh() ? label(entityTypeInfo(entityType)) : label(entityTypeInfo(entityType)).toLowerCase();
  const isNew = !item;
  const readOnly = !!env.readOnly || !!(item && item.retired);
  const d = openDialog({
    id: 'entity-dialog', testid: 'entity-dialog',
    title: isNew ? t('entity.new', { type: typeLabel }) : t(readOnly ? 'entity.view' : 'entity.edit', { type: typeLabel, name: (item.fields || {}).name || item.id }),
  });
  const status = statusLine('entity-status');
  put(d.body, h('p', { class: 'loading' }, t('common.loading')));

  let entity = item;
  try {
    if (!isNew) entity = await Api.entity(village, entityType, item.id, periodKey);
  } catch { entity = item; }

  const fields = catalogFields(entityType);
  const hasIdNumber = fields.some((f) => normType(f.type) === 'idnumber');
  const values = (entity && entity.fields) || {};
  // A reference picker lists one page of records; a village with more gets a search box (see fieldControl).
  const refFields = fields.filter((f) => normType(f.type) === 'entityref');
  const refs = {};
  for (const rt of new Set(refFields.map((f) => f.refEntityType || 'household'))) {
    try { refs[rt] = await findRefs(village, rt, periodKey, ''); } catch { refs[rt] = { options: [], total: 0 }; }
    refs[rt].shown = refs[rt].options.length;
  }
  // the record's own links by name, also when they are not on that page (or retired)
  for (const f of refFields) {
    const rt = f.refEntityType || 'household';
    const id = values[f.name] ? String(values[f.name]) : null;
    if (!id || refs[rt].options.some((o) => o.value === id)) continue;
    try { refs[rt].options.push({ value: id, label: refText(rt, await Api.entity(village, rt, id, periodKey)) }); } catch { /* shown by id */ }
  }

  const periodicValues = (entity && entity.periodic) || {};
  const masked = new Set((entity && entity.masked) || []);
  const fs = new FieldSet();

  // derived from the ID number: read-only
  const derivedInputs = {};
  const derivedBox = hasIdNumber ? h('fieldset', { class: 'group derived field-wide', 'data-testid': 'derived' },
    h('legend', null, t('entity.derived')),
    h('div', { class: 'fields fields-3' }, DERIVED.map((name) => {
      const input = h('input', { id: `derived-${name}`, 'data-testid': `derived-${name}`, readonly: true, tabindex: '-1', value: derivedText(name, values[name]) });
      derivedInputs[name] = input;
      return h('div', { class: `field derived-${name}` }, h('label', { for: `derived-${name}` }, columnTitle(entityType, name, asOfDate(env))), input);
    }))) : null;
  const setDerived = (derived) => {
    for (const name of DERIVED) if (derivedInputs[name]) derivedInputs[name].value = derivedText(name, derived ? derived[name] : null);
  };

  let checkSeq = 0;
  const timers = new Map();
  const runCheck = (ctrl) => {
    clearTimeout(timers.get(ctrl.field.name));
    timers.set(ctrl.field.name, setTimeout(async () => {
      const my = ++checkSeq;
      const raw = ctrl.raw();
      const isId = ctrl.type === 'idnumber';
      if (raw.trim() === '') { ctrl.setError(null); if (isId) setDerived(null); return; }
      try {
        const res = await Api.check(entityType, { [ctrl.field.name]: raw }, asOfDate(env));
        if (ctrl.raw() !== raw) return; // typed on since
        const errs = (res && res.errors) || {};
        const msg = errs[ctrl.field.name];
        ctrl.setError(msg ? messageText(msg) : null);
        if (isId && my === checkSeq) setDerived(msg ? null : res.derived);
      } catch { /* the save will validate again */ }
    }, ctrl.type === 'idnumber' ? 250 : 400));
  };

  const groups = fieldGroups(entityType, summary, { basics: true, all: true });
  const fieldsets = groups.map((g) => {
    const controls = g.fields.map((f) => {
      const rt = f.refEntityType || 'household';
      const ref = refs[rt] || {};
      return fs.add(fieldControl(f, {
        idPrefix: 'field',
        value: f.kind === 'periodic' ? periodicValues[f.name] : values[f.name],
        readOnly,
        masked: masked.has(f.name),
        refOptions: ref.options,
        refTotal: ref.total,
        refShown: ref.shown,
        refSearch: (text) => findRefs(village, rt, periodKey, text),
        refSearchLabel: searchLabel(rt),
        usedByReports: !!g.used || !!g.periodic,
        onInput: (c) => { c.setError(null); runCheck(c); },
      }));
    });
    const fsEl = groupFieldset(g.periodic ? t('entity.periodic', { period: env.periodText || periodKey }) : g.title, controls, `group-${g.key}`);
    if (g.periodic) fsEl.querySelector('legend').after(h('p', { class: 'hint' }, t('periodic.hint')));
    // the derived block goes right after the group that holds the ID number
    const idCtrl = controls.find((c) => c.type === 'idnumber');
    if (derivedBox && idCtrl) idCtrl.wrapper.after(derivedBox);
    return fsEl;
  });
  if (derivedBox && !fieldsets.some((f) => f.contains(derivedBox))) fieldsets.push(derivedBox);
  const keptNote = typed ? keepTyped(fs, typed) : null;

  const validFrom = h('input', { id: 'entity-valid-from', type: 'date', name: 'validFrom', 'data-testid': 'entity-valid-from', value: defaultValidFrom(summary), 'aria-describedby': 'entity-valid-from-hint entity-valid-from-error' });
  const validFromErr = h('div', { class: 'field-error', id: 'entity-valid-from-error', role: 'alert', hidden: true });
  const validFromBox = readOnly ? null : h('div', { class: 'field valid-from' },
    h('label', { for: 'entity-valid-from' }, t('entity.validFrom')),
    validFrom,
    h('div', { class: 'hint', id: 'entity-valid-from-hint' }, t('entity.validFromHint')),
    validFromErr);

  const save = h('button', { type: 'submit', id: 'entity-save', class: 'btn btn-primary', 'data-testid': 'entity-save' }, t('common.save'));
  const cancel = h('button', { type: 'button', id: 'entity-cancel', class: 'btn', onclick: d.close }, readOnly ? t('common.close') : t('common.cancel'));
  const retireBtn = !isNew && !readOnly
    ? h('button', { type: 'button', id: 'entity-retire', class: 'btn btn-danger', 'data-testid': 'entity-retire', onclick: () => showRetire() }, t('entity.retire'))
    : null;

  const form = h('form', {
    id: 'entity-form', novalidate: true, 'data-testid': 'entity-form',
    onsubmit: async (e) => {
      e.preventDefault();
      if (readOnly) return;
      fs.clearErrors();
      setFieldError(validFrom, validFromErr, null);
      status.clear();
      const v = fs.values({ all: isNew });
      if (isNew) {
        for (const k of Object.keys(v.fields)) if (v.fields[k] === null) delete v.fields[k];
        for (const k of Object.keys(v.periodic)) if (v.periodic[k] === null) delete v.periodic[k];
      }
      if (!isNew && v.count === 0) { status.info(t('save.nothing')); return; }
      const op = isNew
        ? { op: 'create', entityType, fields: v.fields }
        : { op: 'change', id: entity.id, version: entity.version, fields: v.fields };
      if (Object.keys(v.periodic).length) {
        op.periodic = v.periodic;
        // the version of each value as read, so a value someone else saved meanwhile is not overwritten unseen (409)
        const read = (entity && entity.periodicVersions) || {};
        if (!isNew) op.periodicVersions = Object.fromEntries(Object.keys(v.periodic).map((k) => [k, read[k] || 0]));
      }
      if (validFrom.value) op.validFrom = validFrom.value;
      save.disabled = true;
      status.info(t('common.saving'));
      try {
        await Api.changes(village, { period: periodKey, operations: [op] });
        const msg = isNew ? t('entity.created') : t('entity.saved');
        announce(msg, 'ok');
        d.close();
        if (onDone) onDone(msg);
      } catch (err) {
        save.disabled = false;
        const vfMsg = err.errors && Object.entries(err.errors).find(([k]) => /validFrom$/i.test(k));
        if (vfMsg) setFieldError(validFrom, validFromErr, messageText(vfMsg[1]));
        // Reloading after a conflict keeps what was typed, so it can be set beside the current values and used again.
        const kept = err.status === 409 ? typedValues(fs) : null;
        showSaveError(err, fs, status, {
          ctx: { rerender: () => { d.close(); openEntityEditor(env, item, { onDone, typed: kept }); } },
        }, 'entity-reload');
      }
    },
  },
  fieldsets,
  validFromBox);

  // retire: date, reason, note
  const retireBox = h('fieldset', { class: 'group retire-box', id: 'retire-form', 'data-testid': 'retire-form', hidden: true });
  function showRetire() {
    clear(retireBox);
    const date = h('input', { id: 'retire-date', type: 'date', value: defaultValidFrom(summary), required: true });
    const reason = h('select', { id: 'retire-reason', required: true },
      h('option', { value: '' }, t('entity.chooseRef')),
      RETIRE_REASONS.filter((r) => r !== 'dissolved' || entityType === 'household').map((r) => h('option', { value: r }, t(`reason.${r}`))));
    const note = h('textarea', { id: 'retire-note', rows: '2' });
    const rStatus = statusLine('retire-status');
    const confirm = h('button', { type: 'button', id: 'retire-confirm', class: 'btn btn-danger', 'data-testid': 'retire-confirm' }, t('retire.confirm'));
    put(retireBox, 
      h('legend', null, t('entity.retireTitle')),
      h('div', { class: 'fields' },
        h('div', { class: 'field' }, h('label', { for: 'retire-date' }, t('retire.date')), date),
        h('div', { class: 'field' }, h('label', { for: 'retire-reason' }, t('retire.reason')), reason),
        h('div', { class: 'field field-wide' }, h('label', { for: 'retire-note' }, t('retire.note')), note)),
      h('div', { class: 'actions' }, confirm, rStatus.el));
    retireBox.hidden = false;
    reason.focus();
    confirm.addEventListener('click', async () => {
      if (!date.value || !reason.value) { rStatus.error(t('retire.required')); return; }
      confirm.disabled = true;
      try {
        await Api.changes(village, {
          period: periodKey,
          operations: [{ op: 'retire', id: entity.id, version: entity.version, date: date.value, reason: reason.value, note: note.value.trim() || null }],
        });
        announce(t('retire.ok'), 'ok');
        d.close();
        if (onDone) onDone(t('retire.ok'));
      } catch (err) {
        confirm.disabled = false;
        const msgs = err.errors ? messageText(Object.values(err.errors).flat()) : '';
        showFailure(rStatus, err, {
          message: [errorText(err), msgs].filter(Boolean).join(' '),
          reloadId: 'retire-reload',
          onReload: () => { d.close(); openEntityEditor(env, item, { onDone }); },
        });
      }
    });
  }

  fill(d.body, 
    keptNote,
    entity && entity.retired ? h('p', { class: 'panel retired-note', 'data-testid': 'entity-retired' }, retiredText(entity.retired), entity.retired.note ? ` · ${entity.retired.note}` : '') : null,
    form, retireBox);
  // the save result sits in the footer, always in view on a phone
  put(d.footer, status.el, cancel, retireBtn, readOnly ? null : save);
  save.setAttribute('form', 'entity-form');
  const first = fs.controls.find((c) => !c.input.readOnly && !c.input.disabled);
  if (first) first.input.focus(); else cancel.focus();
}

function derivedText(name, value) {
  if (value === null || value === undefined || value === '') return '';
  if (name === 'birth_date') return fmtDate(value);
  if (name === 'gender') return genderText(value);
  if (name === 'age') return t('age.value', { n: value });
  return String(value);
}
