// #/form — the cadre's one form for their village and a period:
// summary cards, submission status (with the reviewer's return comment), validation problems,
// the village's own facts (one `changes` batch per save), submit and revise.
import { t, label, fmtDate, fmtNum, fmtPercent, isZh, titleOf } from './i18n.js';
import { valueText } from './glossary.js';
import { Api, ApiError } from './api.js';
import { errorText, h, clear, statusLine, statusBadges, periodSelector, openDialog, tableWrap, updatedLine, announce, messageText, put, fill, showFailure, statCard } from './ui.js';
import { state, currentPeriod, setPeriod, loadCatalog, periodKeyOf, catalogField, entityTypeInfo } from './state.js';
import { fieldControl, fieldGroups, FieldSet, groupFieldset } from './fields.js';
import { pageTitle } from './app.js';
import { reportCard } from './review.js';
import { findingsPanel } from './findings.js';
import { typedValues, keepTyped } from './keeptyped.js';

let flash = null; // a message to show after the next render (e.g. after submitting)
// What was typed into the village's form when its save lost to another window (409): shown beside the current values
// after 重新加载, for that village and month only.
let keptVillage = null;

export async function render(ctx) {
  const me = state.me;
  const village = me.captureScope && me.captureScope.code;
  if (!village) {
    fill(ctx.main, h('div', { class: 'panel panel-error', role: 'alert' }, t('error.noCapture')));
    return;
  }
  const period = ctx.query.period || currentPeriod();
  const [summary] = await Promise.all([Api.form(village, period), loadCatalog()]);
  if (!ctx.isCurrent()) return;
  if (summary.period && summary.period.key) setPeriod(summary.period.key);
  draw(ctx, village, summary);
}

function draw(ctx, village, summary) {
  const main = clear(ctx.main);
  const periodKey = summary.period ? summary.period.key : currentPeriod();
  const periodText = (summary.period && summary.period.display) || periodKey;
  pageTitle(`${summary.village ? summary.village.name : village} · ${periodText}`);

  const summaryBox = h('div', { class: 'summary-area' });
  const page = {
    ctx, village, summary, periodKey,
    entity: summary.villageEntity || null,
    refreshSummary: null,
  };

  const head = h('div', { class: 'page-head' },
    h('div', null,
      h('h1', { tabindex: '-1', 'data-testid': 'form-title' }, t('form.title', { village: summary.village ? summary.village.name : village, period: periodText })),
      h('p', { class: 'muted' }, t('form.subtitle', {
        township: summary.township ? summary.township.name : '',
        due: fmtDate(summary.period && summary.period.dueDate),
      }))),
    periodSelector(periodKeyOf(state.me.currentPeriod) || periodKey, periodKey, (key) => {
      setPeriod(key);
      ctx.navigate(`#/form?period=${encodeURIComponent(key)}`);
    }));

  put(main, head, summaryBox);
  drawSummary(page, summaryBox);
  // Records the rules found at fault, each with a link that opens the record (智能校验).
  put(main, findingsPanel({
    unit: village, periodKey, kind: 'check', collapsible: true,
    env: { ctx, village, periodKey, periodText, summary, editable: !!summary.editable, readOnly: !summary.editable },
  }).el);
  put(main, villageForm(page));
  page.refreshSummary = async () => {
    // the summary's checks come from the live report rows (a moment behind a save): take freshly evaluated ones
    const [fresh, checks] = await Promise.all([Api.form(village, periodKey), Api.checks(village, periodKey).catch(() => null)]);
    if (!ctx.isCurrent()) return;
    if (checks) fresh.checks = checks;
    page.summary = fresh;
    if (fresh.villageEntity) page.entity = fresh.villageEntity;
    drawSummary(page, summaryBox);
    page.onSummary && page.onSummary(fresh);
  };
  if (flash) { announce(flash, 'ok'); flash = null; }
}

// ---- summary, status, checks -------------------------------------------------------------------

function drawSummary(page, box) {
  const { summary } = page;
  const burden = summary.burden || {};
  const reports = summary.reports || [];
  const sub = summary.submission || { status: 'draft', revision: 0 };
  clear(box);

  // submission status, prominently, with the reviewer's comment when returned
  const statusPanel = h('section', { class: `panel status-panel status-${sub.status}`, 'data-testid': 'submission-status', 'data-status': sub.status, 'aria-labelledby': 'status-title' },
    h('div', { class: 'status-head' },
      h('h2', { id: 'status-title' }, t('summary.status')),
      statusBadges(sub, 'submission-badges')),
    sub.status === 'returned' && sub.comment
      ? h('p', { class: 'return-comment', 'data-testid': 'return-comment', role: 'note' }, t('summary.returnComment', { comment: sub.comment }))
      : null,
    sub.status === 'revisionRequested'
      ? h('p', { class: 'revision-note', 'data-testid': 'revision-pending', role: 'note' }, t('revise.pending', { reason: sub.comment || '' }))
      : null,
    sub.status !== 'returned' && sub.status !== 'revisionRequested' && sub.comment
      ? h('p', { class: 'muted', 'data-testid': 'submission-comment' },
        t(sub.status === 'approved' ? 'summary.reviewComment' : sub.revision > 0 ? 'summary.reviseReason' : 'summary.note', { comment: sub.comment }))
      : null,
    sub.late ? h('p', { class: 'late-note' }, t('summary.lateNote')) : null,
    updatedLine(sub) ? h('p', { class: 'muted small' }, updatedLine(sub)) : null,
    !summary.editable ? h('p', { class: 'muted', 'data-testid': 'not-editable' }, t('submit.notEditable')) : null,
    h('div', { class: 'actions' },
      h('button', {
        type: 'button', id: 'submit-period', class: 'btn btn-primary', 'data-testid': 'submit-period',
        disabled: !summary.editable, onclick: () => submitDialog(page),
      }, t('submit.button')),
      sub.status === 'approved'
        ? h('button', { type: 'button', id: 'revise', class: 'btn', 'data-testid': 'revise', onclick: () => reviseDialog(page) }, t('revise.button'))
        : null,
      // 撤回: only while the reviewer has not acted on the submission (the server refuses otherwise).
      sub.status === 'submitted'
        ? h('button', { type: 'button', id: 'withdraw', class: 'btn', 'data-testid': 'withdraw', onclick: (e) => withdraw(page, e.currentTarget) }, t('withdraw.button'))
        : null));

  const cards = h('section', { class: 'cards', 'data-testid': 'summary', 'aria-label': t('form.summary') },
    statCard('summary-reports', t('summary.reports'), t('summary.reportsValue', { n: fmtNum(burden.reports ?? reports.length) })),
    statCard('summary-cells', t('summary.cells'), fmtNum(burden.cellsDelivered ?? 0)),
    statCard('summary-typed', t('summary.typed'), fmtNum(burden.valuesTyped ?? 0)),
    statCard('summary-fill-free', t('summary.fillFree'), fmtPercent(burden.fillFreeRate)));

  // One line of facts per report under its title (a table squeezed the titles to a column on a phone), and below,
  // each report's derived row for the village: the same card the reviewer reads.
  const derived = h('div', { class: 'report-grid', 'data-testid': 'village-reports', 'aria-live': 'polite' });
  const reportList = h('details', { class: 'panel', 'data-testid': 'report-list' },
    h('summary', null, t('summary.reportList', { n: reports.length })),
    h('ul', { class: 'report-items' }, reports.map((r) => h('li', { 'data-template': r.templateId },
      h('span', { class: 'report-item-name' }, titleOf(r)),
      h('span', { class: 'muted small' }, [valueText(r.department), t('summary.reportCells', { cells: fmtNum(r.cells) }), t('summary.reportDue', { due: fmtDate(r.dueDate) })].join(' · '))))),
    h('h3', null, t('summary.derivedRows')),
    derived);
  Api.reports(page.village, page.periodKey).then((views) => {
    fill(derived, (views || []).map((v) => reportCard(v)));
  }).catch((err) => { if (err.status !== 401) fill(derived, h('p', { class: 'muted' }, errorText(err))); });

  // a check that concerns records lists them (from the rule its template names), each opening the record as the findings do
  const records = { unit: page.village, periodKey: page.periodKey, env: { ctx: page.ctx, village: page.village, periodKey: page.periodKey, periodText: (summary.period && summary.period.display) || page.periodKey, summary, editable: !!summary.editable, readOnly: !summary.editable } };
  put(box, statusPanel, cards, checksPanel(summary.checks || [], 'checks', records), missingPanel(summary.missing || []), reportList);
}

/**
 * The failing checks of a village's month. `records` ({ unit, periodKey, env }) lets a check whose template names a record
 * rule (records:) list the records it concerns under it; without it (or env) the names show without a link.
 */
export function checksPanel(checks, testid = 'checks', records = null) {
  const failing = checks.filter((c) => !c.passed);
  const errors = failing.filter((c) => c.level === 'error');
  const warnings = failing.filter((c) => c.level !== 'error');
  return h('section', { class: 'panel', 'data-testid': testid, 'aria-labelledby': `${testid}-title` },
    h('h2', { id: `${testid}-title` }, t('checks.title'),
      failing.length ? h('span', { class: 'count' }, t('checks.count', { errors: errors.length, warnings: warnings.length })) : null),
    failing.length === 0
      ? h('p', { class: 'ok-text', 'data-testid': 'checks-ok' }, t('checks.none'))
      : h('ul', { class: 'check-list' }, [...errors, ...warnings].map((c) => checkItem(c, records))));
}

export function checkItem(c, records = null) {
  const level = c.level === 'error' ? 'error' : 'warning';
  const named = !c.passed && c.records && records
    ? findingsPanel({ ...records, rule: c.records, gap: c.recordsGap || undefined, testid: 'check-records' }).el
    : null;
  return h('li', { class: `check check-${c.passed ? 'passed' : level}`, 'data-testid': 'check', 'data-level': level, 'data-passed': String(!!c.passed), 'data-template': c.templateId || null, 'data-records': c.records || null },
    h('span', { class: `level level-${c.passed ? 'passed' : level}` }, c.passed ? t('checks.passed') : t(`checks.${level}`)),
    h('span', { class: 'check-message' }, (!isZh() && c.messageEn) || c.message),
    c.title ? h('span', { class: 'muted small check-source' }, (!isZh() && c.titleEn) || c.title) : null,
    named);
}

function missingPanel(missing) {
  if (!missing.length) return null;
  const groups = new Map();
  for (const m of missing) {
    const key = `${m.entityType}|${m.field}`;
    groups.set(key, { ...m, n: (groups.get(key)?.n || 0) + 1 });
  }
  return h('section', { class: 'panel', 'data-testid': 'missing', 'aria-labelledby': 'missing-title' },
    h('h2', { id: 'missing-title' }, t('summary.missing'), h('span', { class: 'count' }, fmtNum(missing.length))),
    h('ul', { class: 'missing-list' }, [...groups.values()].map((g) => {
      const f = catalogField(g.entityType, g.field);
      const text = t(g.n > 1 ? 'summary.missingItem' : 'summary.missingOne', { entity: label(entityTypeInfo(g.entityType)), field: f ? label(f) : g.field, n: fmtNum(g.n) });
      if (g.entityType === 'village') {
        return h('li', null, h('button', {
          type: 'button', class: 'link-button link-plain',
          onclick: () => { const input = document.getElementById(`village-${g.field}`); if (input) { input.scrollIntoView({ block: 'center' }); input.focus(); } },
        }, text));
      }
      return h('li', null, h('a', { href: `#/roster/${g.entityType}` }, text));
    })));
}

// ---- the village's own facts ------------------------------------------------------------------

function villageForm(page) {
  const { summary } = page;
  const entity = page.entity || { fields: {}, periodic: {} };
  const editable = !!summary.editable;
  const fs = new FieldSet();
  const groups = fieldGroups('village', summary);
  const status = statusLine('village-save-status');
  const periodText = (summary.period && summary.period.display) || page.periodKey;
  const masked = new Set(entity.masked || []);
  const missing = new Set((summary.missing || []).filter((m) => m.entityType === 'village').map((m) => m.field));

  const fieldsets = groups.map((g) => {
    const controls = g.fields.map((f) => {
      const value = f.kind === 'periodic' ? (entity.periodic || {})[f.name] : (entity.fields || {})[f.name];
      const ctrl = fs.add(fieldControl(f, {
        idPrefix: 'village', value, readOnly: !editable, masked: masked.has(f.name),
        onInput: (c) => { c.setError(null); },
      }));
      if (missing.has(f.name)) ctrl.wrapper.classList.add('is-missing');
      return ctrl;
    });
    // the h2 already says 本村基本情况: only the period's figures get a legend of their own
    const fsEl = groupFieldset(g.periodic ? t('common.paren', { text: t('village.periodic'), note: periodText }) : (groups.length > 2 ? g.title : null), controls, `group-${g.key}`);
    if (g.periodic) fsEl.querySelector('legend').after(h('p', { class: 'hint' }, t('periodic.hint')));
    return fsEl;
  });

  const kept = keptVillage && keptVillage.village === page.village && keptVillage.periodKey === page.periodKey ? keptVillage.typed : null;
  keptVillage = null;
  const keptNote = kept ? keepTyped(fs, kept) : null;

  const save = h('button', { type: 'submit', id: 'save-village', class: 'btn btn-primary', 'data-testid': 'save-village', disabled: !editable }, t('common.save'));

  const form = h('form', {
    id: 'village-form', class: 'panel', novalidate: true, 'aria-labelledby': 'village-title', 'data-testid': 'village-form',
    onsubmit: async (e) => {
      e.preventDefault();
      fs.clearErrors();
      status.clear();
      const { fields, periodic, count } = fs.values();
      if (count === 0) { status.info(t('save.nothing')); return; }
      const current = page.entity;
      const op = current && current.id
        ? { op: 'change', id: current.id, version: current.version, fields }
        : { op: 'create', entityType: 'village', fields };
      if (Object.keys(periodic).length) {
        op.periodic = periodic;
        // the version of each value as read, so a value someone else saved meanwhile is not overwritten unseen (409)
        const read = (current && current.periodicVersions) || {};
        if (op.op === 'change') op.periodicVersions = Object.fromEntries(Object.keys(periodic).map((k) => [k, read[k] || 0]));
      }
      save.disabled = true;
      status.info(t('common.saving'));
      try {
        const res = await Api.changes(page.village, { period: page.periodKey, operations: [op] });
        fs.markClean();
        const id = (current && current.id) || (res && res.ids && res.ids[0]);
        if (id && res && res.versions && res.versions[id] !== undefined) {
          page.entity = { ...(current || {}), id, version: res.versions[id] };
        }
        if (id && res && res.periodicVersions && res.periodicVersions[id]) {
          page.entity = { ...(page.entity || {}), periodicVersions: { ...((page.entity && page.entity.periodicVersions) || {}), ...res.periodicVersions[id] } };
        }
        status.ok(t('save.ok'));
        announce(t('save.ok'), 'ok');
        await page.refreshSummary().catch(() => {});
      } catch (err) {
        // 重新加载 after a conflict redraws the page: what was typed is kept and set beside the current values.
        if (err instanceof ApiError && err.status === 409) keptVillage = { village: page.village, periodKey: page.periodKey, typed: typedValues(fs) };
        showSaveError(err, fs, status, page);
      } finally {
        save.disabled = !page.summary.editable;
      }
    },
  },
  h('h2', { id: 'village-title' }, t('village.title')),
  keptNote,
  fieldsets.length ? fieldsets : h('p', { class: 'muted' }, t('village.noFields')),
  h('div', { class: 'actions sticky-actions' }, save, status.el));

  page.onSummary = (fresh) => {
    const can = !!fresh.editable;
    save.disabled = !can;
    for (const c of fs.controls) {
      if (c.input.tagName === 'SELECT') c.input.disabled = !can; else if (!masked.has(c.field.name)) c.input.readOnly = !can;
    }
  };
  return form;
}

/** 400 → errors beside the fields; 409 → the conflict message with 重新加载; anything else → the detail. */
export function showSaveError(err, fs, status, page, reloadId = 'reload') {
  if (err instanceof ApiError && err.status === 400 && Object.keys(err.errors).length) {
    const { unclaimed } = fs.applyErrors(err.errors, 0);
    const extra = unclaimed.length ? h('ul', { class: 'plain-list' }, unclaimed.map((m) => h('li', null, m))) : null;
    status.error(t('save.failed'), extra);
    return;
  }
  showFailure(status, err, { reloadId, onReload: () => page.ctx.rerender() });
}

// ---- submit / revise -------------------------------------------------------------------------

async function submitDialog(page) {
  const { village, periodKey } = page;
  const d = openDialog({ id: 'submit-dialog', title: t('submit.title') });
  const status = statusLine('submit-status');
  const list = h('div', { class: 'dialog-checks', 'data-testid': 'submit-checks', 'data-ready': 'false', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
  const confirm = h('button', { type: 'button', id: 'submit-confirm', class: 'btn btn-primary', 'data-testid': 'submit-confirm', disabled: true }, t('submit.confirm'));
  const cancel = h('button', { type: 'button', id: 'submit-cancel', class: 'btn', onclick: d.close }, t('common.cancel'));
  put(d.body, h('p', null, t('submit.intro')), list);
  put(d.footer, status.el, cancel, confirm);

  let checks = page.summary.checks || [];
  try { checks = await Api.checks(village, periodKey); } catch { /* fall back to the summary's checks */ }
  const failing = checks.filter((c) => !c.passed);
  const errors = failing.filter((c) => c.level === 'error');
  fill(list, 
    failing.length
      ? h('ul', { class: 'check-list' }, [...errors, ...failing.filter((c) => c.level !== 'error')].map((c) => checkItem(c)))
      : h('p', { class: 'ok-text' }, t('submit.allPassed')),
    errors.length ? h('p', { class: 'warn-text', role: 'note' }, t('submit.errorsWarning', { n: errors.length })) : null);
  list.setAttribute('data-ready', 'true');
  list.removeAttribute('aria-busy');
  confirm.disabled = errors.length > 0;
  (errors.length ? cancel : confirm).focus();

  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    status.info(t('common.saving'));
    try {
      const sub = page.summary.submission || {};
      await Api.submission(village, { period: periodKey, action: 'submit', version: sub.version ?? 0, reason: null });
      flash = t('submit.ok');
      d.close();
      page.ctx.rerender();
    } catch (err) {
      confirm.disabled = false;
      showFailure(status, err, { reloadId: 'submit-reload', onReload: () => { d.close(); page.ctx.rerender(); } });
    }
  });
}

async function withdraw(page, button) {
  const { village, periodKey } = page;
  button.disabled = true;
  try {
    const sub = page.summary.submission || {};
    await Api.submission(village, { period: periodKey, action: 'withdraw', version: sub.version ?? 0, reason: null });
    flash = t('withdraw.ok');
    page.ctx.rerender();
  } catch (err) {
    button.disabled = false;
    announce(err.detail || err.message, 'error');
  }
}

function reviseDialog(page) {
  const { village, periodKey } = page;
  const d = openDialog({ id: 'revise-dialog', title: t('revise.title') });
  const status = statusLine('revise-status');
  const reason = h('textarea', { id: 'revise-reason', name: 'reason', rows: '3', required: true, 'aria-describedby': 'revise-reason-error' });
  const err = h('div', { class: 'field-error', id: 'revise-reason-error', role: 'alert', hidden: true });
  const confirm = h('button', { type: 'button', id: 'revise-confirm', class: 'btn btn-primary', 'data-testid': 'revise-confirm' }, t('revise.confirm'));
  put(d.body, h('div', { class: 'field' }, h('label', { for: 'revise-reason' }, t('revise.reason')), reason, err));
  put(d.footer, status.el, h('button', { type: 'button', class: 'btn', id: 'revise-cancel', onclick: d.close }, t('common.cancel')), confirm);
  reason.focus();
  confirm.addEventListener('click', async () => {
    if (!reason.value.trim()) {
      err.textContent = t('revise.required'); err.hidden = false; err.setAttribute('data-testid', 'field-error');
      reason.setAttribute('aria-invalid', 'true'); reason.focus(); return;
    }
    err.hidden = true; err.removeAttribute('data-testid'); reason.removeAttribute('aria-invalid');
    confirm.disabled = true;
    try {
      const sub = page.summary.submission || {};
      await Api.submission(village, { period: periodKey, action: 'revise', version: sub.version ?? 0, reason: reason.value.trim() });
      flash = t('revise.ok');
      d.close();
      page.ctx.rerender();
    } catch (e) {
      confirm.disabled = false;
      const fieldMsgs = e.errors && (e.errors.reason || e.errors.Reason);
      if (fieldMsgs) { err.textContent = messageText(fieldMsgs); err.hidden = false; err.setAttribute('data-testid', 'field-error'); }
      showFailure(status, e, { reloadId: 'revise-reload', onReload: () => { d.close(); page.ctx.rerender(); } });
    }
  });
}

