// #/import — 名册导入 (admins within their area, cadres for their own village): upload, check the proposed column
// mapping or pick a saved profile, dry run with every problem at its row and column, then import with a progress bar.
import './importtexts.js';
import { t, isZh } from './i18n.js';
import { Api, Downloads } from './api.js';
import { h, fill, errorText } from './ui.js';
import { state } from './state.js';
import { pageTitle } from './app.js';

const POLL_MS = 400;
const STAGES_EN = { 读取: 'Reading', 检查: 'Checking', 准备写入: 'Preparing', 写入: 'Writing' };
const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

function field(id, labelText, control, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), control, hint ? h('p', { class: 'hint muted' }, hint) : null);
}

export async function render(ctx) {
  pageTitle(t('import.title'));
  const me = state.me;
  const cadre = me.role === 'cadre';
  const profiles = await Api.importProfiles();
  if (!ctx.isCurrent()) return;

  const unitInput = cadre ? null
    : h('input', { id: 'import-unit', type: 'text', inputmode: 'numeric', maxlength: 12, value: me.viewScope?.code || '' });
  const entity = h('select', { id: 'import-entity' },
    ['person', 'household'].map((v) => h('option', { value: v }, t(`import.entity.${v}`))));
  const encoding = h('select', { id: 'import-encoding' },
    [['auto', t('import.encoding.auto')], ['utf-8', 'UTF-8'], ['gbk', 'GBK / GB18030']].map(([v, l]) => h('option', { value: v }, l)));
  const file = h('input', { id: 'import-file', type: 'file', accept: '.xlsx,.xls,.csv,.txt', 'data-testid': 'import-file' });
  const uploadError = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'import-upload-error' });
  const work = h('div', { 'data-testid': 'import-work' });

  const upload = async (e) => {
    e.preventDefault();
    uploadError.hidden = true;
    if (!file.files || !file.files[0]) { uploadError.textContent = t('import.chooseFile'); uploadError.hidden = false; return; }
    const unit = cadre ? me.captureScope.code : unitInput.value.trim();
    fill(work, h('p', { class: 'loading', role: 'status' }, t('import.uploading')));
    try {
      const uploaded = await Api.uploadImport(unit, file.files[0], { entityType: entity.value, encoding: encoding.value });
      if (!ctx.isCurrent()) return;
      fill(work, mappingForm(ctx, uploaded, profiles.filter((p) => p.entityType === uploaded.entityType), cadre));
    } catch (err) {
      fill(work);
      uploadError.textContent = errorText(err);
      uploadError.hidden = false;
    }
  };

  fill(ctx.main,
    h('h1', { tabindex: '-1', 'data-testid': 'import-title' }, t('import.title')),
    h('p', { class: 'muted' }, t('import.intro')),
    h('form', { class: 'panel', novalidate: true, 'data-testid': 'import-upload', onsubmit: upload },
      cadre ? h('p', null, t('import.ownVillage', { name: me.captureScope.name }))
        : field('import-unit', t('import.unit'), unitInput, t('import.unitHint')),
      field('import-entity', t('import.entity'), entity),
      field('import-encoding', t('import.encoding'), encoding),
      field('import-file', t('import.file'), file),
      uploadError,
      h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'import-upload-submit' }, t('import.upload'))),
    work);
}

/** The mapping of an uploaded file, the run options, and where progress and results appear. */
function mappingForm(ctx, uploaded, profiles, cadre) {
  const selects = new Map();
  const option = (target) => h('option', { value: target.value },
    target.periodic ? `${target.label}（${t('import.periodic')}）` : target.label, target.value.startsWith('@') ? '' : ` · ${target.value}`);
  const rows = uploaded.headings.map((heading, i) => {
    const select = h('select', { id: `import-col-${i}`, 'data-heading': heading, 'data-testid': 'import-column' },
      h('option', { value: '' }, t('import.ignore')), uploaded.targets.map(option));
    select.value = uploaded.columns[heading] ?? '';
    selects.set(heading, select);
    return field(select.id, heading, select);
  });
  const period = h('input', { id: 'import-period', type: 'text', placeholder: '2026-11', 'data-testid': 'import-period' });
  const village = cadre ? null : h('input', { id: 'import-village', type: 'text', inputmode: 'numeric', maxlength: 12 });
  const name = h('input', { id: 'import-profile-name', type: 'text', value: uploaded.fileName.replace(/\.[^.]*$/, ''), 'data-testid': 'import-profile-name' });
  const save = h('input', { id: 'import-save-profile', type: 'checkbox', 'data-testid': 'import-save-profile' });
  const profileSelect = h('select', { id: 'import-profile', 'data-testid': 'import-profile' },
    h('option', { value: '' }, t('import.profile.proposed')), profiles.map((p) => h('option', { value: p.name }, p.name)));
  profileSelect.addEventListener('change', () => {
    const chosen = profiles.find((p) => p.name === profileSelect.value);
    for (const [heading, select] of selects) select.value = (chosen ? chosen.columns[heading] : uploaded.columns[heading]) ?? '';
    period.value = chosen?.period || '';
    if (village) village.value = chosen?.village || '';
    if (chosen) name.value = chosen.name;
  });
  const mode = (value, checked) => h('label', { class: 'field-inline' },
    h('input', { type: 'radio', name: 'import-mode', value, checked, 'data-testid': `import-mode-${value}` }), t(`import.mode.${value}`));
  const progress = h('div', { class: 'import-progress', hidden: true, 'data-testid': 'import-progress' },
    h('progress', { max: '1', value: '0' }), h('p', { class: 'muted', role: 'status' }));
  const result = h('div', { 'data-testid': 'import-result', 'aria-live': 'polite' });
  const buttons = [];

  const run = async (dryRun) => {
    const chosenMode = dryRun ? 'dryRun' : document.querySelector('input[name=import-mode]:checked')?.value || 'allOrNothing';
    const body = {
      mode: chosenMode,
      saveProfile: save.checked,
      mapping: {
        name: name.value.trim() || uploaded.fileName,
        entityType: uploaded.entityType,
        columns: Object.fromEntries([...selects].map(([heading, select]) => [heading, select.value])),
        period: period.value.trim() || null,
        village: village?.value.trim() || null,
      },
    };
    for (const b of buttons) b.disabled = true;
    fill(result);
    try {
      let status = await Api.runImport(uploaded.id, body);
      progress.hidden = false;
      while (status.state === 'running') {
        showProgress(progress, status);
        await sleep(POLL_MS);
        if (!ctx.isCurrent()) return;
        status = await Api.importStatus(uploaded.id);
      }
      showProgress(progress, { ...status, done: 1, total: 1 });
      fill(result, outcome(uploaded, status, cadre));
    } catch (err) {
      fill(result, h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'import-error' }, errorText(err)));
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };
  buttons.push(
    h('button', { type: 'button', class: 'btn', 'data-testid': 'import-dry-run', onclick: () => run(true) }, t('import.dryRun')),
    h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'import-run', onclick: () => run(false) }, t('import.run')));

  return h('section', { class: 'panel', 'data-testid': 'import-mapping' },
    h('p', { 'data-testid': 'import-file-info' }, t('import.fileInfo', { name: uploaded.fileName, row: uploaded.headerRow })),
    field('import-profile', t('import.profile'), profileSelect),
    h('h2', null, t('import.mapping')),
    h('p', { class: 'hint muted' }, t('import.mappingHint')),
    rows,
    field('import-period', t('import.period'), period),
    village ? field('import-village', t('import.village'), village) : null,
    field('import-profile-name', t('import.profileName'), name),
    h('label', { class: 'field-inline' }, save, t('import.saveProfile')),
    h('fieldset', { class: 'field' }, h('legend', null, t('import.mode')), mode('allOrNothing', true), mode('validRowsOnly', false)),
    h('div', { class: 'actions' }, buttons),
    progress,
    result);
}

function showProgress(progress, status) {
  const bar = progress.querySelector('progress');
  bar.max = Math.max(1, status.total);
  bar.value = Math.min(status.done, bar.max);
  const stage = isZh() ? status.stage : (STAGES_EN[status.stage] || status.stage);
  progress.querySelector('p').textContent = t('import.progress', { stage, done: status.done, total: status.total });
}

function outcome(uploaded, status, cadre) {
  if (status.state === 'failed') {
    return h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'import-error' }, t('import.failed', { message: status.failure }));
  }
  const r = status.result;
  const key = status.mode === 'dryRun' ? 'import.summary.dry' : r.written ? 'import.summary.written' : 'import.summary.none';
  const parts = [h('p', { class: `panel ${r.problemCount ? 'panel-warn' : 'panel-ok'}`, 'data-testid': 'import-summary' }, t(key, { summary: r.summary }))];
  if (r.problemCount) {
    parts.push(h('h2', null, t('import.problems', { count: r.problemCount })),
      h('ul', { class: 'import-problems', 'data-testid': 'import-problems' },
        r.problems.map((p) => h('li', { 'data-testid': 'import-problem', 'data-row': p.row, 'data-column': p.columnLetter || '' }, p.text))),
      r.problemCount > r.problems.length ? h('p', { class: 'muted' }, t('import.problemsMore', { shown: r.problems.length })) : null,
      h('p', null, h('a', { href: Downloads.importProblems(uploaded.id), download: '', 'data-testid': 'import-download' }, t('import.download'))));
  }
  if (r.written && cadre) parts.push(h('p', null, h('a', { href: `#/roster/${uploaded.entityType}`, 'data-testid': 'import-to-roster' }, t('import.toRoster'))));
  return parts;
}
