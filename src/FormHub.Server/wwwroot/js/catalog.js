// #/catalog — 数据目录 (admins): browse entity types and fields (owner, sensitivity, period, validation, the reports reading
// each), add or change a field, remove an unused one, and the version history. A field travels as the whole catalog model:
// properties this page does not edit are sent back as they came, so a property added to the model survives an edit.
import './catalogtexts.js';
import { t, isZh, fmtDateTime } from './i18n.js';
import { CatalogAdminApi } from './api.js';
import { h, fill, put, errorText, tableWrap, openDialog, messageText } from './ui.js';
import { pageTitle } from './app.js';

const TYPES = ['text', 'int', 'decimal', 'date', 'bool', 'enum', 'idNumber', 'phone', 'uscc', 'orgUnitRef', 'entityRef'];
const SENSITIVITIES = ['public', 'internal', 'sensitive', 'secret'];
const KINDS = ['attribute', 'periodic'];
const PERIODS = ['monthly', 'quarterly', 'yearly'];
const fieldLabel = (f) => (isZh() ? f.labelZh : f.labelEn || f.labelZh);
const keyOf = (f) => `${f.entityType}.${f.name}`;

function rulesText(f) {
  const v = f.validation || {};
  const parts = [];
  if (v.required) parts.push(t('catalog.rules.required'));
  if (v.min != null || v.max != null) parts.push(t('catalog.rules.range', { min: v.min ?? '', max: v.max ?? '' }));
  if (v.minLength != null || v.maxLength != null) parts.push(t('catalog.rules.length', { min: v.minLength ?? 0, max: v.maxLength ?? '' }));
  if (v.pattern) parts.push(t('catalog.rules.pattern', { pattern: v.pattern }));
  if (f.type === 'enum' && f.options?.length) parts.push(f.options.join(isZh() ? '、' : ', '));
  return parts.length ? parts.join(isZh() ? '；' : '; ') : t('catalog.rules.none');
}

function select(id, values, textOf, current) {
  const el = h('select', { id, name: id }, values.map((v) => h('option', { value: v }, textOf(v))));
  if (current != null) el.value = current;
  return el;
}

/** The form of one field (new when `field` is null); `model` tells whether the catalog model has a period property. */
function fieldForm(entityType, field, entityTypes, hasPeriod) {
  const f = field ?? { entityType, kind: 'attribute', sensitivity: 'internal', type: 'text', validation: {}, options: [], aliases: [] };
  const v = f.validation || {};
  const input = (name, value, attrs = {}) => h('input', { id: `cf-${name}`, name, type: 'text', value: value ?? '', ...attrs });
  const c = {
    name: input('name', f.name, { autocapitalize: 'none', spellcheck: 'false', disabled: !!field, 'aria-describedby': 'cf-name-hint' }),
    labelZh: input('labelZh', f.labelZh),
    labelEn: input('labelEn', f.labelEn),
    type: select('cf-type', TYPES, (x) => t(`catalog.type.${x}`), f.type),
    options: h('textarea', { id: 'cf-options', name: 'options', rows: 4 }),
    unit: input('unit', f.unit),
    ownerDepartment: input('ownerDepartment', f.ownerDepartment),
    sensitivity: select('cf-sensitivity', SENSITIVITIES, (x) => t(`catalog.sensitivity.${x}`), f.sensitivity),
    kind: select('cf-kind', KINDS, (x) => t(`catalog.kind.${x}`), f.kind),
    period: hasPeriod ? select('cf-period', PERIODS, (x) => t(`catalog.period.${x}`), f.ownPeriod ?? 'monthly') : null,
    refEntityType: select('cf-refEntityType', entityTypes.map((x) => x.key), (k) => fieldLabel(entityTypes.find((x) => x.key === k)), f.refEntityType),
    aliases: input('aliases', (f.aliases || []).join('、')),
    required: h('input', { id: 'cf-required', name: 'required', type: 'checkbox', checked: !!v.required }),
    min: input('min', v.min, { inputmode: 'decimal' }),
    max: input('max', v.max, { inputmode: 'decimal' }),
    minLength: input('minLength', v.minLength, { inputmode: 'numeric' }),
    maxLength: input('maxLength', v.maxLength, { inputmode: 'numeric' }),
    pattern: input('pattern', v.pattern, { spellcheck: 'false' }),
    patternMessage: input('patternMessage', v.patternMessage),
  };
  c.options.value = (f.options || []).join('\n');
  const errors = {};
  const row = (name, el, hint) => {
    if (!el) return null;
    errors[name] = h('div', { class: 'field-error', hidden: true, id: `cf-${name}-error` });
    const labelEl = h('label', { for: el.id }, t(`catalog.f.${name}`));
    return h('div', { class: name === 'required' ? 'field field-check' : 'field', 'data-field': name },
      name === 'required' ? h('label', { for: el.id }, el, ' ', t('catalog.f.required')) : [labelEl, el], hint, errors[name]);
  };
  const rows = {
    name: row('name', c.name, h('p', { class: 'hint muted', id: 'cf-name-hint' }, t('catalog.f.nameHint'))),
    labelZh: row('labelZh', c.labelZh), labelEn: row('labelEn', c.labelEn), type: row('type', c.type), options: row('options', c.options),
    unit: row('unit', c.unit), refEntityType: row('refEntityType', c.refEntityType), ownerDepartment: row('ownerDepartment', c.ownerDepartment),
    sensitivity: row('sensitivity', c.sensitivity), kind: row('kind', c.kind), period: row('period', c.period), aliases: row('aliases', c.aliases),
    required: row('required', c.required), min: row('min', c.min), max: row('max', c.max), minLength: row('minLength', c.minLength),
    maxLength: row('maxLength', c.maxLength), pattern: row('pattern', c.pattern), patternMessage: row('patternMessage', c.patternMessage),
  };
  // Show only what applies to the type and kind, as the catalog's rules say.
  const sync = () => {
    const type = c.type.value;
    const numeric = type === 'int' || type === 'decimal';
    rows.options.hidden = type !== 'enum';
    rows.unit.hidden = !numeric;
    rows.min.hidden = !numeric;
    rows.max.hidden = !numeric;
    rows.refEntityType.hidden = type !== 'entityRef';
    for (const k of ['minLength', 'maxLength', 'pattern', 'patternMessage']) rows[k].hidden = type !== 'text';
    if (rows.period) rows.period.hidden = c.kind.value !== 'periodic';
  };
  c.type.addEventListener('change', sync);
  c.kind.addEventListener('change', sync);
  sync();

  const num = (el) => (el.value.trim() === '' ? null : Number(el.value.trim()));
  const text = (el) => (el.value.trim() === '' ? null : el.value.trim());
  const value = () => {
    const type = c.type.value;
    const numeric = type === 'int' || type === 'decimal';
    const out = {
      ...f, // every property of the model, also those this form does not show
      entityType: f.entityType,
      name: field ? f.name : c.name.value.trim(),
      type,
      labelZh: c.labelZh.value.trim(),
      labelEn: c.labelEn.value.trim(),
      unit: numeric ? text(c.unit) : null,
      ownerDepartment: c.ownerDepartment.value.trim(),
      sensitivity: c.sensitivity.value,
      kind: c.kind.value,
      options: type === 'enum' ? c.options.value.split('\n').map((s) => s.trim()).filter(Boolean) : [],
      aliases: c.aliases.value.split(/[、,，]/).map((s) => s.trim()).filter(Boolean),
      refEntityType: type === 'entityRef' ? c.refEntityType.value : null,
      validation: {
        required: c.required.checked,
        min: numeric ? num(c.min) : null,
        max: numeric ? num(c.max) : null,
        minLength: type === 'text' ? num(c.minLength) : null,
        maxLength: type === 'text' ? num(c.maxLength) : null,
        pattern: type === 'text' ? text(c.pattern) : null,
        patternMessage: type === 'text' ? text(c.patternMessage) : null,
      },
    };
    // The model's own period (FieldDefinition.OwnPeriod): kept as it was unless the admin changes it; attributes keep the default.
    if (c.period) out.ownPeriod = c.kind.value === 'periodic' ? (c.period.value || 'monthly') : (field?.ownPeriod ?? 'monthly');
    return out;
  };
  const showErrors = (err) => {
    for (const el of Object.values(errors)) { el.hidden = true; el.textContent = ''; }
    let shown = false;
    for (const [key, message] of Object.entries(err?.errors || {})) {
      const name = key.replace(/^field\./, '');
      const target = errors[name] || (name === 'validation' ? errors.min : null);
      if (target) { target.textContent = messageText(message); target.hidden = false; target.setAttribute('data-testid', 'field-error'); shown = true; }
    }
    return shown;
  };
  return { rows: Object.values(rows).filter(Boolean), value, showErrors };
}

/** What a refused change would break, as the server listed it (reports by name, stored values with their count). */
function breaksPanel(err) {
  const breaks = err.problem?.breaks || [];
  return h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'catalog-breaks' },
    h('p', null, err.detail),
    breaks.length ? [h('p', null, t('catalog.refused')), h('ul', null, breaks.map((b) => h('li', { 'data-testid': 'catalog-break' }, b.message)))] : null);
}

/** The last save's confirmation, for the render after it. */
let savedNote = null;

export async function render(ctx) {
  pageTitle(t('catalog.title'));
  const [catalog, history, shipped] = await Promise.all([CatalogAdminApi.get(), CatalogAdminApi.history(), CatalogAdminApi.shipped()]);
  if (!ctx.isCurrent()) return;
  const types = catalog.entityTypes;
  const current = types.some((x) => x.key === ctx.query.type) ? ctx.query.type : (types.find((x) => x.key === 'person') ?? types[0])?.key;
  const hasPeriod = catalog.fields.some((x) => Object.prototype.hasOwnProperty.call(x.field, 'ownPeriod'));
  const fields = catalog.fields.filter((x) => x.field.entityType === current);
  const result = h('div', { 'data-testid': 'catalog-result', 'aria-live': 'polite' });

  const typeSelect = select('catalog-type', types.map((x) => x.key), (k) => `${fieldLabel(types.find((x) => x.key === k))}（${k}）`, current);
  typeSelect.addEventListener('change', () => ctx.navigate(`#/catalog?type=${encodeURIComponent(typeSelect.value)}`));
  const search = h('input', { id: 'catalog-search', type: 'search', autocomplete: 'off', 'data-testid': 'catalog-search' });

  const saved = (answer) => {
    // Shown by the next render, which reads the new version afresh.
    savedNote = t('catalog.saved', { version: answer.version, summary: answer.summary });
    ctx.rerender();
  };
  if (savedNote) {
    put(result, h('p', { class: 'panel panel-ok', role: 'status', 'data-testid': 'catalog-saved' }, savedNote));
    savedNote = null;
  }

  function edit(item) {
    const field = item?.field ?? null;
    const dlg = openDialog({ id: 'catalog-field-dialog', title: field ? `${t('catalog.edit')} ${fieldLabel(field)}` : t('catalog.add'), testid: 'catalog-field-dialog' });
    const form = fieldForm(current, field, types, hasPeriod);
    const problem = h('div', { 'data-testid': 'catalog-field-problem' });
    put(dlg.body, ...form.rows, problem);
    const onError = (err) => {
      if (err.problem?.breaks) { fill(problem, breaksPanel(err)); return; }
      if (!form.showErrors(err)) fill(problem, h('div', { class: 'form-error', role: 'alert' }, errorText(err)));
      else fill(problem);
    };
    put(dlg.footer,
      field ? h('button', { type: 'button', class: 'btn btn-ghost', 'data-testid': 'catalog-field-remove', onclick: async () => {
        if (!window.confirm(t('catalog.confirmRemove', { name: keyOf(field) }))) return;
        try { const answer = await CatalogAdminApi.remove(field.entityType, field.name, catalog.version); dlg.close(); saved(answer); } catch (err) { onError(err); }
      } }, t('catalog.remove')) : null,
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: dlg.close }, t('common.cancel')),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'catalog-field-save', onclick: async () => {
        const body = { version: catalog.version, field: form.value() };
        try {
          const answer = field ? await CatalogAdminApi.change(field.entityType, field.name, body) : await CatalogAdminApi.add(body);
          dlg.close();
          saved(answer);
        } catch (err) { onError(err); }
      } }, t('catalog.save')));
  }

  const cards = fields.map((item) => {
    const f = item.field;
    return h('li', { class: 'panel catalog-field', 'data-testid': 'catalog-field', 'data-key': keyOf(f), 'data-search': `${f.name} ${f.labelZh} ${f.labelEn}`.toLowerCase() },
      h('div', { class: 'catalog-field-head' },
        h('h3', null, fieldLabel(f), ' ', h('code', null, f.name)),
        h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'catalog-field-edit', onclick: () => edit(item) }, t('catalog.edit'))),
      h('dl', { class: 'catalog-facts' },
        h('dt', null, t('catalog.f.type')), h('dd', { 'data-testid': 'catalog-field-type' }, t(`catalog.type.${f.type}`), f.unit ? `（${f.unit}）` : ''),
        h('dt', null, t('catalog.f.ownerDepartment')), h('dd', null, f.ownerDepartment),
        h('dt', null, t('catalog.f.sensitivity')), h('dd', null, t(`catalog.sensitivity.${f.sensitivity}`)),
        h('dt', null, t('catalog.f.kind')), h('dd', null, t(`catalog.kind.${f.kind}`),
          f.kind === 'periodic' && f.ownPeriod ? `（${t(`catalog.period.${f.ownPeriod}`)}）` : ''),
        h('dt', null, t('catalog.f.validation')), h('dd', null, rulesText(f)),
        h('dt', null, t('catalog.readBy')), h('dd', { 'data-testid': 'catalog-field-readers' },
          item.readBy.length ? item.readBy.map((r) => r.title).join(isZh() ? '、' : ', ') : t('catalog.readByNone'))));
  });
  const list = h('ul', { class: 'catalog-fields', 'data-testid': 'catalog-fields' }, cards);
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    for (const li of list.children) li.hidden = q !== '' && !li.dataset.search.includes(q);
  });

  // 发行版目录: what this release ships that the store lacks or defines otherwise; each applied by the admin as a catalog edit.
  const shippedPanel = shipped.length === 0 ? null : h('section', { class: 'panel panel-warn', 'data-testid': 'catalog-shipped' },
    h('h2', null, t('catalog.shipped.title', { count: shipped.length })),
    h('p', { class: 'muted' }, t('catalog.shipped.intro')),
    h('ul', null, shipped.map((d) => {
      const problem = h('div');
      return h('li', { 'data-testid': 'catalog-shipped-field', 'data-key': d.key },
        h('span', null, d.summary), ' ',
        h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'catalog-shipped-apply', onclick: async () => {
          try { saved(await CatalogAdminApi.applyShipped(catalog.version, d.key)); } catch (err) { fill(problem, breaksPanel(err)); }
        } }, t('catalog.shipped.apply')),
        problem);
    })));

  const historyTable = tableWrap(h('table', { class: 'table', 'data-testid': 'catalog-history' },
    h('thead', null, h('tr', null, ['historyVersion', 'historyAt', 'historyBy', 'historySummary'].map((k) => h('th', { scope: 'col' }, t(`catalog.${k}`))))),
    h('tbody', null, history.map((v) => h('tr', { 'data-testid': 'catalog-history-row' },
      h('td', null, v.version), h('td', null, fmtDateTime(v.changedAt)), h('td', null, v.changedBy), h('td', null, v.summary))))), t('catalog.history'));

  fill(ctx.main, h('section', { 'data-testid': 'catalog-page' },
    h('h1', { tabindex: '-1' }, t('catalog.title')),
    h('p', { class: 'muted' }, t('catalog.intro')),
    h('p', { 'data-testid': 'catalog-version' }, t('catalog.version', { version: catalog.version })),
    result,
    shippedPanel,
    h('div', { class: 'panel filters' },
      h('div', { class: 'field' }, h('label', { for: 'catalog-type' }, t('catalog.entityType')), typeSelect),
      h('div', { class: 'field' }, h('label', { for: 'catalog-search' }, t('catalog.search')), search)),
    h('p', null, h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'catalog-add', onclick: () => edit(null) }, t('catalog.add')),
      ' ', t('catalog.count', { count: fields.length })),
    list,
    h('h2', null, t('catalog.history')),
    historyTable));
}
