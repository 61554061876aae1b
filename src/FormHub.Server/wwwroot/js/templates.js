// #/templates — 报表模板 (admins): the templates in the store; #/templates/:id — the editor of one template (YAML with line
// numbers and colours, problems as you type, live preview on real data, diff against the version in force, 报表准入,
// publishing, history and 停报); #/admission — 准入清单 with its Excel download.
import './templatetexts.js';
import { t, fmtDateTime, fmtPeriodKey } from './i18n.js';
import { get, post } from './api.js';
import { h, fill, announce, errorText, tableWrap } from './ui.js';
import { state, periodKeyOf } from './state.js';
import { pageTitle } from './app.js';
import { createEditor, diffLines } from './yamleditor.js';

const enc = encodeURIComponent;
const TemplatesApi = {
  list: () => get('/api/admin/templates'),
  broken: () => get('/api/admin/templates/broken'),
  detail: (id) => get(`/api/admin/templates/${enc(id)}`),
  version: (id, v) => get(`/api/admin/templates/${enc(id)}/versions/${v}`),
  check: (yaml) => post('/api/admin/templates/check', { yaml }),
  preview: (yaml, unit, period) => post('/api/admin/templates/preview', { yaml, unit, period }),
  publish: (yaml, effectiveFrom, note) => post('/api/admin/templates/publish', { yaml, effectiveFrom: effectiveFrom || null, note: note || null }),
  stop: (id, from, reason) => post(`/api/admin/templates/${enc(id)}/stop`, { from, reason }),
  resume: (id) => post(`/api/admin/templates/${enc(id)}/resume`),
  analyse: (yaml) => post('/api/admin/admission/analysis', { yaml }),
  decide: (yaml, verdict, mergeInto, reason) => post('/api/admin/admission/decisions', { yaml, verdict, mergeInto: mergeInto || null, reason }),
  admissionList: () => get('/api/admin/admission/list'),
};
export const ADMISSION_XLSX = '/api/admin/admission/list/xlsx';

function useStyles() {
  if (document.getElementById('templates-css')) return;
  document.head.append(h('link', { id: 'templates-css', rel: 'stylesheet', href: 'css/templates.css' }));
}

const freq = (p) => t(`tpl.freq.${p}`);

const STARTER = `id: new-report-monthly
version: 1
title: 新报表
department: 民政
period: monthly
columns:
  - id: households
    title: 户数（户）
    value: count(households)
`;

export async function render(ctx) {
  useStyles();
  const id = ctx.params.templateId;
  if (ctx.path === '/admission') return renderAdmissionList(ctx);
  if (!id) return renderList(ctx);
  return renderEditor(ctx, decodeURIComponent(id));
}

async function renderList(ctx) {
  pageTitle(t('tpl.title'));
  const [list, broken] = await Promise.all([TemplatesApi.list(), TemplatesApi.broken()]);
  if (!ctx.isCurrent()) return;
  // Stored templates that no longer pass the checker: not filed until fixed, so the admin must see why.
  const brokenPanel = broken.length === 0 ? null : h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'templates-broken' },
    h('p', null, h('strong', null, t('tpl.broken', { count: broken.length }))),
    h('ul', null, broken.map((b) => h('li', { 'data-testid': 'template-broken', 'data-template': b.templateId },
      h('strong', null, b.templateId), '：',
      b.problems.map((p) => h('div', null, t('tpl.brokenAt', { file: p.file, line: p.line, column: p.column }), p.message))))));
  const table = h('table', { class: 'table te-table', 'data-testid': 'templates-table' },
    h('thead', null, h('tr', null, ['tpl.id', 'tpl.name', 'tpl.department', 'tpl.frequency', 'tpl.inForce', 'tpl.latest'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, list.map((x) => h('tr', { 'data-testid': 'template-row', 'data-template': x.id },
      h('td', null, h('a', { href: `#/templates/${enc(x.id)}` }, x.id)),
      h('td', null, x.title),
      h('td', null, x.department),
      h('td', null, freq(x.period)),
      h('td', null, x.versionInForce ? t('tpl.version', { n: x.versionInForce }) : '—', x.stoppedFrom ? h('div', { class: 'muted' }, t('tpl.stopped', { period: fmtPeriodKey(x.stoppedFrom) })) : null),
      h('td', null, t('tpl.version', { n: x.latestVersion }))))));
  fill(ctx.main,
    h('h1', { tabindex: '-1' }, t('tpl.title')),
    h('p', { class: 'muted' }, t('tpl.intro')),
    brokenPanel,
    h('p', null, h('a', { class: 'btn btn-primary', href: '#/templates/new', 'data-testid': 'template-new' }, t('tpl.new')), ' ',
      h('a', { class: 'btn', href: '#/admission', 'data-testid': 'admission-list-link' }, t('nav.admission'))),
    tableWrap(table, t('tpl.title')));
}

async function renderEditor(ctx, id) {
  const isNew = id === 'new';
  const detail = isNew ? null : await TemplatesApi.detail(id);
  if (!ctx.isCurrent()) return;
  pageTitle(isNew ? t('tpl.editorNew') : t('tpl.editorTitle', { name: detail.summary.title }));
  const me = state.me;
  const scope = me.viewScope || me.captureScope;
  let current = detail ? detail.currentPeriod : periodKeyOf(me.currentPeriod);
  let lastCheck = null;

  // --- editor and problems as you type
  const status = h('div', { class: 'status-line', role: 'status', 'data-testid': 'check-status' });
  const problemList = h('ul', { class: 'te-problems', 'data-testid': 'problems' });
  let timer = null; let seq = 0;
  const editor = createEditor({
    value: detail ? detail.yaml : STARTER, label: t('tpl.editor'),
    onInput: () => { clearTimeout(timer); timer = setTimeout(runCheck, 350); },
  });
  async function runCheck() {
    const mine = ++seq;
    status.textContent = t('tpl.checking');
    let answer;
    try { answer = await TemplatesApi.check(editor.value()); } catch (err) { status.textContent = errorText(err); return; }
    if (mine !== seq || !ctx.isCurrent()) return;
    lastCheck = answer;
    editor.markProblems(answer.problems.map((p) => p.line));
    fill(problemList, answer.problems.map((p) => h('li', { 'data-testid': 'problem', 'data-line': p.line, 'data-column': p.column },
      h('button', { type: 'button', class: 'btn btn-ghost btn-small', onclick: () => editor.goTo(p.line, p.column) },
        t('tpl.problemAt', { line: p.line, column: p.column, message: p.message })))));
    if (answer.ok && answer.draft) {
      status.textContent = t('tpl.checkOk', { title: answer.draft.title, version: answer.draft.version, columns: answer.draft.columns.length, fields: answer.draft.fieldsRead.join('、') || '—' });
      status.className = 'status-line status-ok';
    } else {
      status.textContent = t('tpl.problems', { n: answer.problems.length });
      status.className = 'status-line status-error';
    }
  }

  // --- preview on real data
  const unitInput = h('input', { id: 'preview-unit', type: 'text', inputmode: 'numeric', maxlength: 12, value: scope ? scope.code : '', 'data-testid': 'preview-unit' });
  const periodInput = h('input', { id: 'preview-period', type: 'text', value: current, 'data-testid': 'preview-period' });
  const previewOut = h('div', { 'data-testid': 'preview-result', 'aria-live': 'polite' });
  async function runPreview() {
    fill(previewOut, h('p', { class: 'muted' }, t('tpl.checking')));
    try {
      const p = await TemplatesApi.preview(editor.value(), unitInput.value.trim(), periodInput.value.trim());
      fill(previewOut, previewTable(p));
    } catch (err) { fill(previewOut, problemPanel(err)); }
  }

  // --- diff against the version in force
  const diffOut = h('div', { 'data-testid': 'diff-result' });
  async function runDiff() {
    let base = null;
    const draftId = lastCheck?.draft?.id || (detail && detail.summary.id);
    try {
      if (draftId) {
        const d = draftId === detail?.summary.id ? detail : await TemplatesApi.detail(draftId).catch(() => null);
        if (d && d.summary.versionInForce) base = (await TemplatesApi.version(d.summary.id, d.summary.versionInForce)).yaml;
      }
    } catch { base = null; }
    if (base === null) { fill(diffOut, h('p', { class: 'muted' }, t('tpl.diffNone'))); return; }
    const lines = diffLines(base, editor.value());
    if (lines.every((l) => l.kind === ' ')) { fill(diffOut, h('p', { class: 'muted' }, t('tpl.diffSame'))); return; }
    fill(diffOut, h('pre', { class: 'te-diff', 'data-testid': 'diff' }, lines.map((l) =>
      h('span', { class: l.kind === '+' ? 'd-add' : l.kind === '-' ? 'd-del' : null }, `${l.kind} ${l.text}\n`))));
  }

  // --- admission
  const admissionOut = h('div', { 'data-testid': 'admission-result', 'aria-live': 'polite' });
  async function runAnalysis() {
    fill(admissionOut, h('p', { class: 'muted' }, t('tpl.checking')));
    try {
      const a = await TemplatesApi.analyse(editor.value());
      const list = await TemplatesApi.list();
      fill(admissionOut, analysisView(a), decisionForm(list));
    } catch (err) { fill(admissionOut, problemPanel(err)); }
  }
  function decisionForm(list) {
    const verdicts = ['admitted', 'refused', 'merged'];
    const radios = verdicts.map((v, i) => h('label', { class: 'radio' },
      h('input', { type: 'radio', name: 'verdict', value: v, checked: i === 0, 'data-testid': `verdict-${v}` }), ' ', t(`tpl.verdict.${v}`)));
    const merge = h('select', { id: 'merge-into', 'data-testid': 'merge-into' }, h('option', { value: '' }, '—'),
      list.map((x) => h('option', { value: x.id }, `${x.title}（${x.id}）`)));
    const reason = h('textarea', { id: 'decision-reason', rows: 2, 'data-testid': 'decision-reason' });
    const out = h('div', { role: 'status', 'data-testid': 'decision-status' });
    return h('form', {
      class: 'panel', 'data-testid': 'decision-form',
      onsubmit: async (e) => {
        e.preventDefault();
        const verdict = e.target.querySelector('input[name=verdict]:checked').value;
        try {
          const d = await TemplatesApi.decide(editor.value(), verdict, merge.value, reason.value.trim());
          fill(out, h('p', { class: 'panel panel-ok' }, t('tpl.decided', { verdict: d.verdictName })));
        } catch (err) { fill(out, problemPanel(err)); }
      },
    }, h('h3', null, t('tpl.decision')), h('fieldset', null, h('legend', null, t('tpl.decision')), radios),
    h('div', { class: 'field' }, h('label', { for: 'merge-into' }, t('tpl.mergeInto')), merge),
    h('div', { class: 'field' }, h('label', { for: 'decision-reason' }, t('tpl.reason')), reason),
    h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'decide' }, t('tpl.decide')), out);
  }

  // --- publish
  const fromInput = h('input', { id: 'effective-from', type: 'text', value: current, 'data-testid': 'effective-from' });
  const noteInput = h('input', { id: 'publish-note', type: 'text', 'data-testid': 'publish-note' });
  const publishOut = h('div', { role: 'status', 'data-testid': 'publish-status' });
  async function runPublish(e) {
    e.preventDefault();
    try {
      const r = await TemplatesApi.publish(editor.value(), fromInput.value.trim(), noteInput.value.trim());
      const text = r.recomputedPeriods.length
        ? t('tpl.published', { version: r.version, from: fmtPeriodKey(r.effectiveFrom), periods: r.recomputedPeriods.map(fmtPeriodKey).join('、') })
        : t('tpl.publishedNone', { version: r.version, from: fmtPeriodKey(r.effectiveFrom) });
      announce(text, 'ok');
      // Villages still saving through every catch-up round of the recompute: their rows may miss their last save.
      const still = (r.villagesStillSaving || []).join(',');
      ctx.navigate(`#/templates/${enc(r.templateId)}?published=${r.version}${still ? `&saving=${enc(still)}` : ''}`);
    } catch (err) { fill(publishOut, problemPanel(err)); }
  }

  const section = (title, testid, ...children) => h('section', { class: 'panel', 'data-testid': testid }, h('h2', null, title), ...children);
  fill(ctx.main,
    h('h1', { tabindex: '-1' }, isNew ? t('tpl.editorNew') : t('tpl.editorTitle', { name: detail.summary.title })),
    ctx.query.published ? h('p', { class: 'panel panel-ok', role: 'status', 'data-testid': 'published-note' },
      t('tpl.publishedNone', { version: ctx.query.published, from: fmtPeriodKey(detail?.history.filter((x) => x.kind === 'published').at(-1)?.period || '') })) : null,
    ctx.query.published && ctx.query.saving ? h('p', { class: 'panel panel-warn', role: 'status', 'data-testid': 'still-saving-note' },
      t('tpl.stillSaving', { villages: ctx.query.saving.split(',').join('、') })) : null,
    h('p', null, h('a', { href: '#/templates' }, t('tpl.title'))),
    h('div', { class: 'te-grid' },
      h('div', null, h('label', { class: 'sr-only' }, t('tpl.editor')), editor.element, status, problemList),
      section(t('tpl.preview'), 'preview',
        h('div', { class: 'te-row' },
          h('div', { class: 'field' }, h('label', { for: 'preview-unit' }, t('tpl.previewUnit')), unitInput),
          h('div', { class: 'field' }, h('label', { for: 'preview-period' }, t('tpl.previewPeriod')), periodInput),
          h('button', { type: 'button', class: 'btn', onclick: runPreview, 'data-testid': 'preview-run' }, t('tpl.previewRun'))),
        h('p', { class: 'hint muted' }, t('tpl.previewNote')), previewOut),
      section(t('tpl.diff'), 'diff-section', h('button', { type: 'button', class: 'btn', onclick: runDiff, 'data-testid': 'diff-run' }, t('tpl.diffRun')), diffOut),
      section(t('tpl.admission'), 'admission', h('button', { type: 'button', class: 'btn', onclick: runAnalysis, 'data-testid': 'analyse' }, t('tpl.analyse')), admissionOut),
      section(t('tpl.publish'), 'publish', h('form', { onsubmit: runPublish, class: 'te-row' },
        h('div', { class: 'field' }, h('label', { for: 'effective-from' }, t('tpl.effectiveFrom')), fromInput),
        h('div', { class: 'field' }, h('label', { for: 'publish-note' }, t('tpl.note')), noteInput),
        h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'publish-run' }, t('tpl.publishRun'))), publishOut),
      detail ? historySection(ctx, detail) : null));
  runCheck();
}

function previewTable(p) {
  const cell = (row, c) => (row.cellErrors[c.id] ? h('td', { class: 'cell-error', title: row.cellErrors[c.id] }, '—') : h('td', { class: 'num' }, row.cells[c.id] ?? ''));
  const table = h('table', { class: 'table te-table', 'data-testid': 'preview-table' },
    h('caption', null, `${p.title} · ${p.unitName} · ${fmtPeriodKey(p.period)}`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('tpl.name')), p.columns.map((c) => h('th', { scope: 'col' }, c.group ? `${c.group}：${c.title}` : c.title)))),
    h('tbody', null,
      p.rows.map((r) => h('tr', null, h('th', { scope: 'row' }, r.unitName), p.columns.map((c) => cell(r, c)))),
      h('tr', { class: 'total', 'data-testid': 'preview-total' }, h('th', { scope: 'row' }, p.rows.length ? t('tpl.total') : p.unitName), p.columns.map((c) => cell(p.total, c)))));
  return h('div', null, tableWrap(table, p.title),
    p.checks.length ? h('div', null, h('h3', null, t('tpl.checks')), h('ul', { 'data-testid': 'preview-checks' }, p.checks.map((c) =>
      h('li', { class: c.passed ? 'ok' : 'bad' }, `${c.passed ? '✔' : '✘'} ${c.message}（${t(c.passed ? 'tpl.checkPassed' : 'tpl.checkFailed')}）`)))) : null,
    p.narrative ? h('div', null, h('h3', null, t('tpl.narrative')), h('p', { 'data-testid': 'preview-narrative' }, p.narrative)) : null);
}

function analysisView(a) {
  const fields = h('table', { class: 'table te-table', 'data-testid': 'admission-fields' },
    h('thead', null, h('tr', null, ['tpl.field', 'tpl.owner', 'tpl.kept', 'tpl.readBy', 'tpl.burden', 'tpl.perVillage'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, a.fields.map((f) => h('tr', { 'data-testid': f.alreadyKept ? 'field-kept' : 'field-new', 'data-field': f.key },
      h('td', null, `${f.label}（${f.key}）`), h('td', null, f.ownerDepartment),
      h('td', { class: f.alreadyKept ? 'te-kept' : 'te-new' }, t(f.alreadyKept ? 'tpl.kept' : 'tpl.newField')),
      h('td', null, f.readBy.join('、') || '—'),
      h('td', { class: 'num' }, f.alreadyKept ? '—' : String(f.valuesPerPeriod)),
      h('td', { class: 'num' }, f.alreadyKept ? '—' : String(f.valuesPerVillage))))));
  const dups = a.duplicates.length
    ? h('ul', { 'data-testid': 'admission-duplicates' }, a.duplicates.map((d) => h('li', { 'data-testid': 'duplicate-column' },
      t('tpl.duplicate', { column: d.columnTitle, report: `${d.templateTitle}（${d.templateId}）`, other: d.otherColumnTitle }))))
    : h('p', { class: 'muted', 'data-testid': 'admission-duplicates' }, t('tpl.noDuplicates'));
  return h('div', null,
    h('h3', null, t('tpl.fields')), tableWrap(fields, t('tpl.fields')),
    h('h3', null, t('tpl.duplicates')), dups,
    h('h3', null, t('tpl.effect', { period: fmtPeriodKey(a.before.period) })),
    h('p', { 'data-testid': 'admission-cells' }, t('tpl.cells', { cells: a.cellsPerPeriod, typed: a.newValuesPerPeriod })),
    h('p', { 'data-testid': 'admission-before' }, t('tpl.before', { summary: a.before.summaryZh })),
    h('p', { 'data-testid': 'admission-after' }, t('tpl.after', { summary: a.after.summaryZh })));
}

function problemPanel(err) {
  const problems = err?.problem?.problems || [];
  return h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'action-error' }, h('p', null, errorText(err)),
    problems.length ? h('ul', null, problems.map((p) => h('li', null, t('tpl.problemAt', { line: p.line, column: p.column, message: p.message })))) : null);
}

function historySection(ctx, detail) {
  const id = detail.summary.id;
  const rows = detail.history.map((x) => h('tr', { 'data-testid': 'history-row' },
    h('td', null, t(`tpl.kind.${x.kind}`)), h('td', null, x.version ? t('tpl.version', { n: x.version }) : '—'),
    h('td', null, x.period ? fmtPeriodKey(x.period) : '—'), h('td', null, x.user), h('td', null, fmtDateTime(x.at)), h('td', null, x.note || '')));
  const table = h('table', { class: 'table te-table', 'data-testid': 'history' },
    h('thead', null, h('tr', null, ['tpl.kind.published', 'tpl.latest', 'tpl.period', 'tpl.who', 'tpl.when', 'tpl.note'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, rows));
  const from = h('input', { id: 'stop-from', type: 'text', value: detail.currentPeriod, 'data-testid': 'stop-from' });
  const reason = h('input', { id: 'stop-reason', type: 'text', 'data-testid': 'stop-reason' });
  const out = h('div', { role: 'status', 'data-testid': 'stop-status' });
  const stopForm = detail.summary.stoppedFrom
    ? h('p', null, t('tpl.stopped', { period: fmtPeriodKey(detail.summary.stoppedFrom) }), ' ',
      h('button', { type: 'button', class: 'btn', 'data-testid': 'resume', onclick: async () => {
        try { await TemplatesApi.resume(id); announce(t('tpl.resumed'), 'ok'); ctx.rerender(); } catch (err) { fill(out, problemPanel(err)); }
      } }, t('tpl.resume')))
    : h('form', { class: 'te-row', onsubmit: async (e) => {
      e.preventDefault();
      try { await TemplatesApi.stop(id, from.value.trim(), reason.value.trim()); announce(t('tpl.stopDone'), 'ok'); ctx.rerender(); } catch (err) { fill(out, problemPanel(err)); }
    } }, h('div', { class: 'field' }, h('label', { for: 'stop-from' }, t('tpl.stopFrom')), from),
    h('div', { class: 'field' }, h('label', { for: 'stop-reason' }, t('tpl.reason')), reason),
    h('button', { type: 'submit', class: 'btn', 'data-testid': 'stop-run' }, t('tpl.stopRun')));
  return h('section', { class: 'panel', 'data-testid': 'history-section' }, h('h2', null, t('tpl.history')), tableWrap(table, t('tpl.history')),
    h('h3', null, t('tpl.stop')), stopForm, out);
}

async function renderAdmissionList(ctx) {
  pageTitle(t('adm.title'));
  const list = await TemplatesApi.admissionList();
  if (!ctx.isCurrent()) return;
  const table = h('table', { class: 'table te-table', 'data-testid': 'admission-list' },
    h('thead', null, h('tr', null, ['tpl.name', 'tpl.department', 'tpl.frequency', 'adm.fields', 'adm.first', 'adm.burden', 'adm.decision', 'adm.by'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, list.map((x) => h('tr', { 'data-testid': 'admission-row', 'data-template': x.templateId },
      h('td', null, h('a', { href: `#/templates/${enc(x.templateId)}` }, x.title)), h('td', null, x.department), h('td', null, freq(x.periodType)),
      h('td', null, x.fields.join('、')), h('td', null, x.firstPeriod), h('td', { class: 'num' }, x.newValuesPerPeriod ?? '—'),
      h('td', null, x.decision), h('td', null, x.decidedBy || '')))));
  fill(ctx.main, h('h1', { tabindex: '-1' }, t('adm.title')), h('p', { class: 'muted' }, t('adm.intro')),
    h('p', null, h('a', { class: 'btn', href: ADMISSION_XLSX, download: '', 'data-testid': 'admission-xlsx' }, t('adm.download'))),
    tableWrap(table, t('adm.title')));
}

