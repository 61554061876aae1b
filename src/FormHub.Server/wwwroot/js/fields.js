// Inputs for catalog fields: the right control per field type, labels, units, inline errors,
// reading values back, and mapping the server's `operations[i].fields.<name>` errors onto them.
import { t, label, fmtDate, fmtNum, isZh, getLang } from './i18n.js';
import { valueText, unitText } from './glossary.js';
import { h, fill, setFieldError, messages, messageText, errorText } from './ui.js';
import { state, catalogField, catalogFields, normType } from './state.js';

function optionValue(o) { return typeof o === 'object' && o !== null ? (o.value ?? o.key ?? o.name) : o; }
function optionText(o) {
  if (typeof o !== 'object' || o === null) return String(valueText(String(o)));
  return label(o, String(optionValue(o)));
}

/** Value from the store → the string an input holds. */
export function toInputString(type, value) {
  if (value === null || value === undefined) return '';
  if (type === 'bool') return value === true || value === 'true' ? 'true' : value === false || value === 'false' ? 'false' : '';
  if (type === 'date') return String(value).slice(0, 10);
  return String(value);
}

/** The string an input holds → the JSON value to send (raw text when it does not parse: the server explains why). */
export function fromInputString(type, raw) {
  const s = (raw ?? '').trim();
  if (s === '') return null;
  if (type === 'int') {
    const c = s.replace(/[,，\s]/g, '');
    return /^[-+]?\d+$/.test(c) ? parseInt(c, 10) : s;
  }
  if (type === 'decimal') {
    const c = s.replace(/[,，\s]/g, '');
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(c) ? Number(c) : s;
  }
  if (type === 'bool') return s === 'true' ? true : s === 'false' ? false : s;
  return s;
}

export function genderText(value) {
  if (value === null || value === undefined || value === '') return '';
  const v = String(value).toLowerCase();
  if (v === 'male' || v === 'm' || v === '男') return t('gender.male');
  if (v === 'female' || v === 'f' || v === '女') return t('gender.female');
  return String(value);
}

/** A value for display in a table or a read-only view. */
export function displayValue(field, value, refNames) {
  if (value === null || value === undefined || value === '') return '';
  const type = normType(field && field.type);
  if (field && field.name === 'gender') return genderText(value);
  if (type === 'bool') return value === true || value === 'true' ? t('common.yes') : value === false || value === 'false' ? t('common.no') : String(value);
  if (type === 'date') return fmtDate(value);
  if (type === 'entityref' && refNames && refNames.has(String(value))) return refNames.get(String(value));
  if ((type === 'int' || type === 'decimal') && typeof value === 'number') {
    return new Intl.NumberFormat(isZh() ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 }).format(value);
  }
  if (type === 'enum') return String(valueText(String(value)));
  return String(value);
}

/**
 * One labelled control for a catalog field.
 * opts: { idPrefix, value, readOnly, masked, refOptions: [{value,label}], refTotal, refShown, refSearch(text) → {options,total},
 *         refSearchLabel, onInput(ctrl), onBlur(ctrl) }
 * A reference whose list holds only refShown of its refTotal records gets a search box above the list.
 */
export function fieldControl(field, opts = {}) {
  const type = normType(field.type);
  const id = `${opts.idPrefix || 'field'}-${field.name}`;
  const errId = `${id}-error`;
  const unitId = `${id}-unit`;
  const readOnly = !!opts.readOnly || !!opts.masked;
  const initial = toInputString(type, opts.value);
  let input;
  let refBox = null;

  if (type === 'enum' && !opts.masked) {
    const options = (field.options || []).map((o) => ({ value: String(optionValue(o)), text: optionText(o) }));
    if (initial && !options.some((o) => o.value === initial)) options.push({ value: initial, text: initial });
    input = h('select', { id, name: field.name },
      h('option', { value: '' }, t('common.unset')),
      options.map((o) => h('option', { value: o.value }, o.text)));
    input.value = initial;
  } else if (type === 'bool' && !opts.masked) {
    input = h('select', { id, name: field.name },
      h('option', { value: '' }, t('common.unset')),
      h('option', { value: 'true' }, t('common.yes')),
      h('option', { value: 'false' }, t('common.no')));
    input.value = initial;
  } else if (type === 'entityref' && !opts.masked) {
    input = h('select', { id, name: field.name });
    const first = opts.refOptions || [];
    const ref = refList(input, first, initial);
    const shown = opts.refShown ?? first.length;
    if (opts.refSearch && !readOnly && (opts.refTotal || 0) > shown) {
      refBox = refSearchBox(id, ref, first, { ...opts, refShown: shown });
    }
  } else {
    const attrs = { id, name: field.name, type: 'text', autocomplete: 'off', value: initial };
    if (opts.masked) Object.assign(attrs, { readonly: true });
    else if (type === 'date') attrs.type = 'date';
    else if (type === 'int') Object.assign(attrs, { inputmode: 'numeric', pattern: '[-0-9,]*' });
    else if (type === 'decimal') Object.assign(attrs, { inputmode: 'decimal' });
    else if (type === 'idnumber') Object.assign(attrs, { inputmode: 'text', maxlength: '18', spellcheck: 'false', autocapitalize: 'characters', class: 'mono' });
    else if (type === 'phone') Object.assign(attrs, { type: 'tel', inputmode: 'tel', maxlength: '20' });
    else if (type === 'uscc') Object.assign(attrs, { maxlength: '18', spellcheck: 'false', autocapitalize: 'characters', class: 'mono' });
    input = h('input', attrs);
  }
  if (readOnly) {
    if (input.tagName === 'SELECT') input.disabled = true; else input.readOnly = true;
  }
  const describedBy = [];
  const unit = field.unit && unitText(field.unit) ? h('span', { class: 'unit', id: unitId }, unitText(field.unit)) : null;
  if (unit) describedBy.push(unitId);
  if (refBox) describedBy.push(refBox.hintId);
  describedBy.push(errId);
  input.setAttribute('aria-describedby', describedBy.join(' '));
  input.dataset.field = field.name;

  const errorEl = h('div', { class: 'field-error', id: errId, role: 'alert', hidden: true, 'data-field': field.name });
  const note = opts.masked ? h('span', { class: 'field-note' }, t('entity.masked')) : null;
  // 必填 and 报表用 marks: what must be given, and what a report reads (the rest is kept for the village's own use).
  const required = field.required ? h('span', { class: 'field-required', 'data-testid': 'field-required', title: t('entity.required') }, ` * ${t('entity.requiredShort')}`) : null;
  const used = opts.usedByReports ? h('span', { class: 'badge badge-used', 'data-testid': 'field-used' }, t('entity.usedByReports')) : null;
  if (field.required) input.setAttribute('aria-required', 'true');
  const wrapper = h('div', { class: `field field-${type}`, 'data-field': field.name, 'data-used': opts.usedByReports ? 'true' : null },
    h('label', { for: id }, label(field, field.name), required, used, note),
    refBox ? refBox.search : null,
    h('div', { class: 'input-row' }, input, unit),
    refBox ? refBox.hint : null,
    errorEl);

  let baseline = input.value;
  const ctrl = {
    field, type, id, input, wrapper, errorEl,
    periodic: field.kind === 'periodic',
    raw: () => input.value,
    value: () => fromInputString(type, input.value),
    dirty: () => input.value !== baseline,
    setValue(v) { input.value = toInputString(type, v); },
    markClean() { baseline = input.value; },
    setError(msg) { setFieldError(input, errorEl, msg); wrapper.classList.toggle('has-error', !!msg); },
  };
  input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', () => {
    if (opts.onInput) opts.onInput(ctrl);
  });
  if (opts.onBlur) input.addEventListener('blur', () => opts.onBlur(ctrl));
  return ctrl;
}

/**
 * The options of a reference <select>: 请选择, then the records by name. The chosen record stays listed whatever
 * set() is given, so a search never drops what the user picked. Returns { set(options) }.
 */
function refList(select, options, initial) {
  const known = new Map(options.map((o) => [String(o.value), o.label]));
  if (initial && !known.has(initial)) known.set(initial, initial);
  const collator = new Intl.Collator(getLang());
  let filled = false;
  const set = (list) => {
    const chosen = filled ? select.value : initial;
    filled = true;
    for (const o of list) known.set(String(o.value), o.label);
    const shown = list.map((o) => String(o.value));
    if (chosen && !shown.includes(chosen)) shown.unshift(chosen);
    const items = shown.map((value) => ({ value, text: known.get(value) || value }))
      .sort((a, b) => collator.compare(a.text, b.text));
    fill(select, h('option', { value: '' }, t('entity.chooseRef')), items.map((o) => h('option', { value: o.value }, o.text)));
    select.value = chosen || '';
  };
  set(options);
  return { set };
}

/** The search box over a reference list that holds only part of the records; the server does the matching. */
function refSearchBox(id, ref, first, opts) {
  const hintId = `${id}-search-hint`;
  const more = () => t('ref.more', { total: fmtNum(opts.refTotal), shown: fmtNum(opts.refShown) });
  const hint = h('div', { class: 'hint', id: hintId, 'aria-live': 'polite', 'data-testid': `${id}-search-hint` }, more());
  let timer = null; let seq = 0;
  const run = async () => {
    clearTimeout(timer);
    const my = ++seq;
    const text = search.value.trim();
    if (!text) { ref.set(first); hint.textContent = more(); return; }
    hint.textContent = t('ref.searching');
    try {
      const found = await opts.refSearch(text);
      if (my !== seq) return;
      ref.set(found.options);
      hint.textContent = !found.options.length ? t('ref.none')
        : found.total > found.options.length ? t('ref.foundMore', { total: fmtNum(found.total), shown: fmtNum(found.options.length) })
          : t('ref.found', { total: fmtNum(found.total) });
    } catch (err) {
      if (my === seq) hint.textContent = errorText(err);
    }
  };
  const search = h('input', {
    id: `${id}-search`, type: 'search', autocomplete: 'off', class: 'ref-search', 'data-testid': `${id}-search`,
    'aria-label': opts.refSearchLabel || t('common.search'), placeholder: opts.refSearchLabel || t('common.search'),
    'aria-controls': id, 'aria-describedby': hintId,
    oninput: () => { clearTimeout(timer); timer = setTimeout(run, 300); },
    // Enter searches at once instead of submitting the record's form
    onkeydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); run(); } },
  });
  return { search, hint, hintId };
}

/**
 * The groups of fields to show for an entity type: the form summary's sections, then periodic fields of the
 * period that no section lists. With `basics`, identity fields (name, ID number, entity refs) come first when
 * no section carries them, so a new record can always be created.
 */
export function fieldGroups(entityType, summary, { basics = false, all = false } = {}) {
  const groups = [];
  const seen = new Set();
  const take = (name) => {
    if (seen.has(name)) return null;
    const f = catalogField(entityType, name);
    if (!f || f.derived) return null;
    seen.add(name);
    return f;
  };
  const sections = summary && summary.sections ? summary.sections.filter((s) => s.entityType === entityType) : [];
  const periodicNames = [];
  for (const s of sections) {
    const fields = (s.fields || []).map(take).filter(Boolean);
    if (fields.length) groups.push({ key: s.key || s.entityType, title: label(s), fields, used: true });
    periodicNames.push(...(s.periodicFields || []));
  }
  // periodic values of the period: each section's periodicFields (older drafts of the API had them at the top level)
  periodicNames.push(...((summary && summary.periodicFields && summary.periodicFields[entityType]) || []));
  const periodic = periodicNames.map(take).filter(Boolean);
  if (periodic.length) groups.push({ key: 'periodic', title: null, periodic: true, fields: periodic });

  if (!sections.length && !periodic.length) {
    // no summary (or no section for this type): every catalog field of the type
    const all = catalogFields(entityType).map((f) => take(f.name)).filter(Boolean);
    if (all.length) groups.push({ key: 'all', title: null, fields: all });
  } else if (basics) {
    const basic = catalogFields(entityType)
      .filter((f) => f.name === 'name' || ['idnumber', 'entityref'].includes(normType(f.type)))
      .map((f) => take(f.name)).filter(Boolean);
    if (basic.length) groups.unshift({ key: 'basic', title: t('entity.basic'), fields: basic });
  }
  if (all && (sections.length || periodic.length)) {
    // Every other field the catalog keeps for the type (与户主关系, 住址, 联系电话, 民族 …): kept even when no report reads it.
    const rest = catalogFields(entityType).filter((f) => f.kind !== 'periodic').map((f) => take(f.name)).filter(Boolean);
    if (rest.length) groups.push({ key: 'other', title: t('entity.otherFields'), fields: rest });
  }
  return groups;
}

/** Collects the controls of one record; diff, values and server errors. */
export class FieldSet {
  constructor() { this.controls = []; }
  add(ctrl) { this.controls.push(ctrl); return ctrl; }
  get(name) { return this.controls.find((c) => c.field.name === name); }

  /** { fields, periodic } — only what changed unless `all`. */
  values({ all = false } = {}) {
    const fields = {}; const periodic = {};
    let count = 0;
    for (const c of this.controls) {
      if (c.input.readOnly || c.input.disabled) continue;
      if (!all && !c.dirty()) continue;
      (c.periodic ? periodic : fields)[c.field.name] = c.value();
      count++;
    }
    return { fields, periodic, count };
  }

  markClean() { for (const c of this.controls) c.markClean(); }
  clearErrors() { for (const c of this.controls) c.setError(null); }

  /**
   * Put ProblemDetails errors next to their fields. Keys look like `operations[0].fields.id_number`
   * (also accepted: `operations[0].periodic.x`, `fields.x`, `x`). Returns the messages no field claimed.
   */
  applyErrors(errors, opIndex = 0) {
    const unclaimed = [];
    let shown = 0;
    for (const [key, value] of Object.entries(errors || {})) {
      const msgs = messages(value);
      let rest = key;
      const m = /^operations\[(\d+)\]\.?(.*)$/i.exec(key);
      if (m) {
        if (+m[1] !== opIndex) { unclaimed.push(...msgs); continue; }
        rest = m[2];
      }
      rest = rest.replace(/^(fields|periodic|values)\./i, '');
      const ctrl = this.controls.find((c) => c.field.name.toLowerCase() === rest.toLowerCase());
      if (ctrl) { ctrl.setError(messageText(msgs)); shown++; } else unclaimed.push(...msgs);
    }
    const first = this.controls.find((c) => !c.errorEl.hidden);
    if (first) first.input.focus();
    return { unclaimed, shown };
  }
}

/** A <fieldset> for one group of controls. */
export function groupFieldset(title, controls, testid) {
  return h('fieldset', { class: 'group', 'data-testid': testid || null },
    title ? h('legend', null, title) : null,
    h('div', { class: 'fields' }, controls.map((c) => c.wrapper)));
}

export function hasCatalog() { return !!state.catalog; }
