// #/review — the reviewer's status board for their township (or county);
// #/review/{villageCode} — one village: status, derived report rows, checks, facts, rosters (read-only), audit,
// what changed since the last approved month, and 通过 (confirmed: it freezes the month) / 退回 (needs a comment) against
// the submission's version; a cadre's correction request is granted or refused (with a reason) here.
import { t, label, fmtDateTime, fmtNum, fmtPeriodKey, titleOf } from './i18n.js';
import { unitText, valueText } from './glossary.js';
import { Api } from './api.js';
import { h, clear, statusLine, statusBadges, periodSelector, tableWrap, announce, updatedLine, setFieldError, messageText, put, fill, showFailure } from './ui.js';
import { state, currentPeriod, setPeriod, loadCatalog, periodKeyOf, entityTypeInfo } from './state.js';
import { fieldGroups, displayValue } from './fields.js';
import { checksPanel, checkItem } from './form.js';
import { rosterList, openEntityEditor, rosterStateFrom, rosterStateQuery } from './roster.js';
import { pageTitle } from './app.js';
import { findingsPanel } from './findings.js';
import { rosterExportSection } from './rosterexport.js';

const STATUSES = ['draft', 'submitted', 'returned', 'approved'];

export async function render(ctx) {
  if (ctx.params.villageCode) return renderVillage(ctx, ctx.params.villageCode);
  return renderBoard(ctx);
}

// ---- the board -------------------------------------------------------------------------------

async function renderBoard(ctx) {
  const me = state.me;
  const unit = me.viewScope && me.viewScope.code;
  const period = ctx.query.period || currentPeriod();
  const board = await Api.reviewList(unit, period);
  if (!ctx.isCurrent()) return;
  const periodKey = board.period ? board.period.key : period;
  const periodText = (board.period && board.period.display) || periodKey;
  setPeriod(periodKey);
  pageTitle(t('review.title'));

  const villages = board.villages || [];
  const counts = board.counts || {};
  const manyTownships = new Set(villages.map((v) => v.township)).size > 1;
  const filter = ctx.query.status || '';

  const filterSelect = h('select', {
    id: 'review-filter',
    onchange: (e) => ctx.navigate(`#/review?period=${encodeURIComponent(periodKey)}${e.target.value ? `&status=${e.target.value}` : ''}`),
  },
  h('option', { value: '' }, t('review.filterAll')),
  [...STATUSES, 'late'].map((s) => h('option', { value: s }, t(`status.${s}`))));
  filterSelect.value = filter;

  const shown = villages.filter((v) => !filter || (filter === 'late' ? v.late : v.status === filter));
  const href = (v) => `#/review/${encodeURIComponent(v.code)}?period=${encodeURIComponent(periodKey)}`;

  const table = h('table', { id: 'review-table', class: 'table table-click', 'data-testid': 'review-table' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('review.col.village')),
      h('th', { scope: 'col' }, t('review.col.status')),
      manyTownships ? h('th', { scope: 'col' }, t('review.col.township')) : null,
      h('th', { scope: 'col' }, t('review.col.code')),
      h('th', { scope: 'col' }, t('review.col.updated')),
      h('th', { scope: 'col' }, t('review.col.comment')))),
    h('tbody', null,
      shown.length ? null : h('tr', null, h('td', { colspan: manyTownships ? '6' : '5', class: 'empty' }, t('review.empty'))),
      shown.map((v) => h('tr', {
        'data-testid': `village-row-${v.code}`, 'data-code': v.code, 'data-status': v.status,
        onclick: (e) => { if (!e.target.closest('a')) ctx.navigate(href(v)); },
      },
      h('th', { scope: 'row' }, h('a', { href: href(v), 'data-testid': `village-link-${v.code}` }, v.name)),
      h('td', { 'data-testid': 'village-status' }, statusBadges(v)),
      manyTownships ? h('td', null, v.township || '') : null,
      h('td', { class: 'mono nowrap' }, v.code),
      h('td', { class: 'small' }, updatedLine(v) || ''),
      h('td', { class: 'small comment-cell' }, v.comment || '')))));

  fill(ctx.main, 
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'review-title' }, t('review.title')),
        h('p', { class: 'muted' }, t('review.subtitle', { unit: board.unit ? board.unit.name : unit, period: periodText })),
        me.firstPeriod ? h('p', { class: 'hint', 'data-testid': 'reporting-start' }, t('review.reportingStart', { period: fmtPeriodKey(me.firstPeriod) })) : null),
      periodSelector(periodKeyOf(me.currentPeriod) || periodKey, periodKey, (key) => {
        setPeriod(key);
        ctx.navigate(`#/review?period=${encodeURIComponent(key)}`);
      })),
    h('section', { class: 'panel' },
      h('p', { class: 'counts', 'data-testid': 'review-counts', 'aria-live': 'polite' }, t('review.counts', {
        draft: fmtNum(counts.draft || 0), submitted: fmtNum(counts.submitted || 0), returned: fmtNum(counts.returned || 0),
        approved: fmtNum(counts.approved || 0), late: fmtNum(counts.late || 0),
      })),
      h('div', { class: 'field field-inline' }, h('label', { for: 'review-filter' }, t('review.filter')), filterSelect),
      tableWrap(table, t('review.title'))),
    findingsPanel({ unit, periodKey, kind: 'check', showVillage: true, onlyNewToggle: true, testid: 'review-findings',
      env: { periodKey, periodText, summary: null, readOnly: true } }).el,
    duplicatesSection(ctx, unit),
    rosterExportSection({ unit, unitName: board.unit ? board.unit.name : unit, periodKey, periodText }),
    me.role === 'admin' ? liveReportsSection(ctx) : null);
}

// ---- live reports (admins) -------------------------------------------------------------------

/** Changes the live reports set aside, with the reason (only admins see it; /healthz only counts them), and a retry. */
function liveReportsSection(ctx) {
  const section = h('section', { class: 'panel', id: 'live-reports', 'data-testid': 'live-reports', 'aria-labelledby': 'live-reports-title' },
    h('h2', { id: 'live-reports-title' }, t('live.title')),
    h('p', { class: 'hint' }, t('live.hint')));
  const body = h('div', { 'aria-live': 'polite' }, t('common.loading'));
  section.append(body);
  const load = async () => {
    let view;
    try { view = await Api.liveReports(); } catch (err) { fill(body, h('p', { class: 'error' }, err.detail || err.message)); return; }
    if (!ctx.isCurrent()) return;
    const list = view.quarantined || [];
    if (!list.length) { fill(body, h('p', { class: 'muted', 'data-testid': 'live-reports-none' }, t('live.none'))); return; }
    const status = statusLine();
    const retry = h('button', {
      type: 'button', class: 'btn', 'data-testid': 'live-reports-retry',
      onclick: async () => {
        retry.disabled = true;
        try { await Api.retryQuarantined(); announce(t('live.retryRequested'), 'ok'); }
        catch (err) { status.error(err.detail || err.message); }
        finally { retry.disabled = false; }
      },
    }, t('live.retry'));
    fill(body,
      h('ul', { class: 'duplicates' }, list.map((q) => h('li', { 'data-testid': 'quarantined-change' },
        h('p', null, t('live.item', { village: q.villageName || q.villageCode, code: q.villageCode, period: q.period, entityType: q.entityType, attempts: fmtNum(q.attempts), at: fmtDateTime(q.quarantinedAt) })),
        h('p', { class: 'small mono' }, t('live.reason', { reason: q.reason }))))),
      h('div', { class: 'actions' }, retry, status.el));
  };
  load();
  return section;
}

// ---- ID numbers registered twice ---------------------------------------------------------------

/** 重复登记的公民身份号码: every duplicated number in the area with its records; an in-scope record can be retired as a duplicate. */
function duplicatesSection(ctx, unit) {
  const section = h('section', { class: 'panel', id: 'duplicates', 'data-testid': 'duplicates', 'aria-labelledby': 'duplicates-title' },
    h('h2', { id: 'duplicates-title' }, t('dup.title')),
    h('p', { class: 'hint' }, t('dup.hint')));
  const body = h('div', { 'aria-live': 'polite' }, t('common.loading'));
  section.append(body);
  const load = async () => {
    let list;
    try { list = await Api.duplicates(unit); } catch (err) { fill(body, h('p', { class: 'error' }, err.detail || err.message)); return; }
    if (!ctx.isCurrent()) return;
    if (!list.length) { fill(body, h('p', { class: 'muted', 'data-testid': 'duplicates-none' }, t('dup.none'))); return; }
    fill(body, h('ul', { class: 'duplicates' }, list.map((d) => h('li', { 'data-testid': 'duplicate' },
      h('p', null, h('strong', { class: 'mono' }, t('dup.idNumber', { id: d.idNumber }))),
      h('ul', null, d.records.map((r) => {
        const status = statusLine();
        const note = h('input', { type: 'text', 'aria-label': t('dup.note'), placeholder: t('dup.note'), maxlength: '200' });
        const retire = r.inScope && r.id ? h('button', {
          type: 'button', class: 'btn btn-danger', 'data-testid': `duplicate-retire-${r.id}`,
          onclick: async () => {
            retire.disabled = true;
            try {
              await Api.retireDuplicate(r.id, r.version, note.value);
              announce(t('dup.retired'), 'ok');
              await load();
            } catch (err) { retire.disabled = false; status.error(err.detail || err.message); }
          },
        }, t('dup.retire')) : null;
        return h('li', { 'data-testid': 'duplicate-record' },
          t('dup.record', { township: r.townshipName, village: r.villageName, name: r.name || '', head: r.householdHead ? t('dup.head', { head: r.householdHead }) : '' }),
          r.inScope ? null : t('dup.outOfScope'),
          retire ? h('div', { class: 'actions' }, note, retire, status.el) : null);
      }))))));
  };
  load();
  return section;
}

// ---- one village -----------------------------------------------------------------------------

async function renderVillage(ctx, code) {
  const me = state.me;
  const period = ctx.query.period || currentPeriod();
  await loadCatalog();
  const [summary, reports, audit, board] = await Promise.all([
    Api.form(code, period).catch((e) => { if (e.status === 401) throw e; return null; }),
    Api.reports(code, period),
    Api.audit(code, period).catch((e) => { if (e.status === 401) throw e; return null; }),
    Api.reviewList(me.viewScope.code, period).catch(() => null),
  ]);
  if (!ctx.isCurrent()) return;
  const row = board && (board.villages || []).find((v) => v.code === code);
  const sub = (summary && summary.submission) || row || { status: 'draft', revision: 0, version: 0 };
  const periodKey = (summary && summary.period.key) || (board && board.period.key) || period;
  const periodText = (summary && summary.period.display) || (board && board.period.display) || periodKey;
  const villageName = (summary && summary.village.name) || (row && row.name) || code;
  setPeriod(periodKey);
  pageTitle(`${villageName} · ${periodText}`);

  const main = clear(ctx.main);
  put(main, 
    h('p', null, h('a', { href: `#/review?period=${encodeURIComponent(periodKey)}`, id: 'review-back', class: 'back-link' }, `← ${t('review.back')}`)),
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'review-village-title' }, `${villageName} · ${periodText}`),
        h('p', { class: 'muted' }, [code, summary && summary.township ? summary.township.name : row && row.township].filter(Boolean).join(' · '))),
      periodSelector(periodKeyOf(me.currentPeriod) || periodKey, periodKey, (key) => {
        setPeriod(key);
        ctx.navigate(`#/review/${encodeURIComponent(code)}?period=${encodeURIComponent(key)}`);
      })),
    actionsPanel(ctx, code, periodKey, sub),
    changesSection(ctx, code, periodKey),
    reportsSection(reports || []),
    summary ? checksPanel((summary.checks || []).filter((c) => !c.passed), 'review-checks', { unit: code, periodKey }) : null,
    findingsPanel({ unit: code, periodKey, kind: 'check', onlyNewToggle: true, testid: 'village-findings',
      env: { periodKey, periodText, summary, readOnly: true } }).el,
    summary ? villageFacts(summary) : null,
    rostersSection(code, periodKey, periodText, summary, ctx),
    auditSection(audit));
}

function actionsPanel(ctx, code, periodKey, sub) {
  const isReviewer = state.me.role === 'reviewer';
  const canAct = isReviewer && sub.status === 'submitted';
  const canDecide = isReviewer && sub.status === 'revisionRequested';
  const status = statusLine('review-action-status');
  const comment = h('textarea', { id: 'review-comment', name: 'comment', rows: '3', 'data-testid': 'review-comment', 'aria-describedby': 'review-comment-hint review-comment-error', disabled: !(canAct || canDecide) });
  const commentErr = h('div', { class: 'field-error', id: 'review-comment-error', role: 'alert', hidden: true });

  const act = async (action, button) => {
    setFieldError(comment, commentErr, null);
    status.clear();
    const text = comment.value.trim();
    if ((action === 'return' || action === 'refuseRevision') && !text) {
      setFieldError(comment, commentErr, t(action === 'return' ? 'review.commentRequired' : 'review.refuseRequired'));
      comment.focus();
      return;
    }
    button.disabled = true;
    try {
      await Api.review(code, { period: periodKey, action, version: sub.version, comment: text || null });
      announce(t(`review.${action}Ok`), 'ok');
      ctx.rerender();
    } catch (err) {
      button.disabled = false;
      const fieldMsgs = err.errors && (err.errors.comment || err.errors.Comment);
      if (fieldMsgs) setFieldError(comment, commentErr, messageText(fieldMsgs));
      showFailure(status, err, { reloadId: 'review-reload', onReload: () => ctx.rerender() });
    }
  };
  // 通过 freezes the month's reports for the departments: it is confirmed once, in place (works the same on a phone).
  const confirmBox = h('div', { class: 'confirm-box', 'data-testid': 'approve-confirm', role: 'alertdialog', 'aria-labelledby': 'approve-confirm-text', hidden: true });
  const approve = h('button', { type: 'button', id: 'approve', class: 'btn btn-primary', 'data-testid': 'approve', disabled: !canAct }, t('review.approve'));
  const ret = h('button', { type: 'button', id: 'return', class: 'btn btn-danger', 'data-testid': 'return', disabled: !canAct }, t('review.return'));
  const yes = h('button', { type: 'button', id: 'approve-yes', class: 'btn btn-primary', 'data-testid': 'approve-yes' }, t('review.approveYes'));
  const no = h('button', { type: 'button', id: 'approve-no', class: 'btn', 'data-testid': 'approve-no' }, t('common.cancel'));
  put(confirmBox, h('p', { id: 'approve-confirm-text' }, t('review.approveConfirm')), h('div', { class: 'actions' }, yes, no));
  approve.addEventListener('click', () => { confirmBox.hidden = false; yes.focus(); });
  no.addEventListener('click', () => { confirmBox.hidden = true; approve.focus(); });
  yes.addEventListener('click', () => act('approve', yes));
  ret.addEventListener('click', () => act('return', ret));
  const grant = h('button', { type: 'button', id: 'grant-revision', class: 'btn btn-primary', 'data-testid': 'grant-revision' }, t('review.grantRevision'));
  const refuse = h('button', { type: 'button', id: 'refuse-revision', class: 'btn btn-danger', 'data-testid': 'refuse-revision' }, t('review.refuseRevision'));
  grant.addEventListener('click', () => act('grantRevision', grant));
  refuse.addEventListener('click', () => act('refuseRevision', refuse));

  const stateNote = !isReviewer ? h('p', { class: 'muted' }, t('review.readOnlyRole'))
    : sub.status === 'approved' ? h('p', { class: 'ok-text', 'data-testid': 'review-approved' }, t('review.alreadyApproved'))
    : sub.status === 'revisionRequested' ? h('p', { class: 'revision-note', 'data-testid': 'revision-request', role: 'note' }, t('review.revisionRequested', { reason: sub.comment || '' }))
    : sub.status !== 'submitted' ? h('p', { class: 'muted', 'data-testid': 'review-not-submitted' }, t('review.notSubmitted', { status: t(`status.${sub.status}`) })) : null;
  return h('section', { class: `panel status-panel status-${sub.status}`, 'data-testid': 'review-actions', 'aria-labelledby': 'review-actions-title' },
    h('div', { class: 'status-head' },
      h('h2', { id: 'review-actions-title' }, t('review.actions')),
      statusBadges(sub, 'review-status')),
    sub.revision > 0 ? h('p', { class: 'revision-note', 'data-testid': 'revision-note', role: 'note' }, t('review.revisionNote', { n: sub.revision })) : null,
    sub.comment && sub.status !== 'revisionRequested' ? h('p', { class: sub.status === 'returned' ? 'return-comment' : 'muted', 'data-testid': 'current-comment' }, t('review.currentComment', { comment: sub.comment })) : null,
    updatedLine(sub) ? h('p', { class: 'muted small' }, updatedLine(sub)) : null,
    stateNote,
    isReviewer && (canAct || canDecide) ? h('div', { class: 'field' },
      h('label', { for: 'review-comment' }, t(canDecide ? 'review.refuseReason' : 'review.comment')),
      comment,
      h('div', { class: 'hint', id: 'review-comment-hint' }, t(canDecide ? 'review.refuseHint' : 'review.commentHint')),
      commentErr) : null,
    isReviewer && canAct ? h('div', { class: 'actions' }, approve, ret, status.el) : null,
    isReviewer && canAct ? confirmBox : null,
    canDecide ? h('div', { class: 'actions' }, grant, refuse, status.el) : null);
}

// ---- 本月变动: what was recorded since the last approved month ---------------------------------------

function changeValue(entityType, field, value) {
  if (value === null || value === undefined || value === '') return '—';
  const f = state.catalog && (state.catalog.fields || []).find((x) => x.entityType === entityType && x.name === field);
  const text = f ? displayValue(f, value) : String(value);
  return f && unitText(f.unit) && text ? `${text} ${unitText(f.unit)}` : text || '—';
}

function fieldLabel(entityType, field) {
  const f = state.catalog && (state.catalog.fields || []).find((x) => x.entityType === entityType && x.name === field);
  return f ? label(f) : field;
}

function changesSection(ctx, code, periodKey) {
  const body = h('div', { 'aria-live': 'polite' }, t('common.loading'));
  const filter = h('select', { id: 'changes-filter', 'data-testid': 'changes-filter' },
    h('option', { value: '' }, t('review.filterAll')),
    ['household', 'person', 'village'].map((type) => h('option', { value: type }, label(entityTypeInfo(type)) || type)));
  const load = async () => {
    let log;
    try { log = await Api.monthChanges(code, periodKey, filter.value || null); } catch (err) { fill(body, h('p', { class: 'error', role: 'alert' }, err.detail || err.message)); return; }
    if (!ctx.isCurrent()) return;
    const since = log.sincePeriod ? t('changes.since', { period: fmtPeriodKey(log.sincePeriod), at: fmtDateTime(log.since) }) : t('changes.sinceStart');
    const entries = [...(log.entries || [])].reverse(); // newest first: the reviewer reads what happened last first
    fill(body,
      h('p', { class: 'muted small', 'data-testid': 'changes-since' }, since, log.truncated ? ` ${t('changes.truncated')}` : ''),
      entries.length ? h('ul', { class: 'change-list', 'data-testid': 'change-list' }, entries.map((e) => h('li', {
        class: `change change-${e.kind}`, 'data-testid': 'change', 'data-kind': e.kind, 'data-entity-type': e.entityType,
      },
      h('div', { class: 'change-head' },
        h('span', { class: `badge change-kind-${e.kind}` }, t(`changes.kind.${e.kind}`)),
        h('strong', { 'data-testid': 'change-name' }, e.entityName || label(entityTypeInfo(e.entityType)) || e.entityType),
        h('span', { class: 'muted small' }, t('changes.by', { user: e.user, at: fmtDateTime(e.at) }))),
      e.retirement ? h('p', { class: 'small' }, t('changes.retired', { date: e.retirement.date, reason: t(`reason.${e.retirement.reason}`), note: e.retirement.note || '' })) : null,
      (e.changes || []).length ? h('ul', { class: 'change-fields' }, e.changes.map((c) => h('li', { 'data-testid': 'change-field', 'data-field': c.field },
        h('span', { class: 'change-label' }, fieldLabel(e.entityType, c.field), e.period && e.kind === 'periodicSet' ? ` (${e.period})` : '', '：'),
        e.kind === 'created' ? null : [h('del', null, changeValue(e.entityType, c.field, c.old)), ' → '],
        h('ins', null, changeValue(e.entityType, c.field, c.new))))) : null)))
        : h('p', { class: 'muted', 'data-testid': 'changes-none' }, t('changes.none')));
  };
  filter.addEventListener('change', load);
  load();
  return h('section', { class: 'panel', id: 'changes', 'data-testid': 'month-changes', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title' }, t('changes.title')),
    h('div', { class: 'field field-inline' }, h('label', { for: 'changes-filter' }, t('changes.filter')), filter),
    body);
}

function fmtReportValue(v) {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') return fmtNum(v, 2);
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  return String(v);
}

export function reportCard(r) {
  const values = r.values || {};
  const failing = (r.checks || []).filter((c) => !c.passed);
  const rows = (r.columns || []).map((c) => {
    const v = values[c.id];
    const hasValue = v !== null && v !== undefined && v !== '';
    return h('tr', { 'data-column': c.id },
      h('th', { scope: 'row' }, titleOf(c)),
      h('td', { class: 'num' }, fmtReportValue(v), unitText(c.unit) && hasValue ? h('span', { class: 'unit' }, unitText(c.unit)) : null));
  });
  const table = h('table', { class: 'table report-table' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('report.column')), h('th', { scope: 'col', class: 'num' }, t('report.value')))),
    h('tbody', null, rows));
  const checks = (r.checks || []).length
    ? h('div', { class: 'report-checks' },
      h('h4', null, t('report.checks')),
      failing.length ? h('ul', { class: 'check-list' }, failing.map((c) => checkItem(c))) : h('p', { class: 'ok-text' }, t('checks.none')))
    : null;
  const narrative = r.narrative
    ? h('div', { class: 'narrative' }, h('h4', null, t('report.narrative')), h('p', { 'data-testid': 'narrative' }, r.narrative))
    : null;
  // On a phone the dozen reports are folded (those with failing checks stay open); on a desktop all are open.
  const open = failing.length > 0 || window.matchMedia('(min-width: 960px)').matches;
  return h('details', { class: 'panel report', open, 'data-testid': `report-${r.templateId}` },
    h('summary', null,
      h('span', { class: 'report-title', id: `report-${r.templateId}-title` }, titleOf(r)),
      h('span', { class: 'muted small' }, t('report.department', { department: valueText(r.department), period: fmtPeriodKey(r.period) })),
      failing.length ? h('span', { class: `badge ${failing.some((c) => c.level === 'error') ? 'badge-returned' : 'badge-draft'}` }, t('checks.count', {
        errors: failing.filter((c) => c.level === 'error').length, warnings: failing.filter((c) => c.level !== 'error').length,
      })) : null),
    tableWrap(table, titleOf(r)),
    checks,
    narrative);
}

function reportsSection(reports) {
  const grid = h('div', { class: 'report-grid' }, reports.map(reportCard));
  const toggle = h('button', {
    type: 'button', id: 'reports-expand', class: 'btn btn-small',
    onclick: () => {
      const all = [...grid.querySelectorAll('details')];
      const openAll = all.some((d) => !d.open);
      for (const d of all) d.open = openAll;
      toggle.textContent = openAll ? t('review.collapseAll') : t('review.expandAll');
    },
  }, reports.length && [...grid.querySelectorAll('details')].every((d) => d.open) ? t('review.collapseAll') : t('review.expandAll'));
  return h('section', { class: 'reports', 'data-testid': 'reports', 'aria-labelledby': 'reports-title' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'reports-title' }, t('review.reports'), h('span', { class: 'count' }, fmtNum(reports.length))),
      reports.length ? toggle : null),
    reports.length ? grid : h('p', { class: 'muted' }, t('review.noReports')));
}

function villageFacts(summary) {
  const entity = summary.villageEntity;
  if (!entity) return null;
  const groups = fieldGroups('village', summary);
  return h('section', { class: 'panel', 'data-testid': 'village-facts', 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title' }, t('review.villageFacts')),
    groups.map((g) => h('div', { class: 'facts-group' },
      g.periodic ? h('h3', null, t('village.periodic')) : null,
      h('dl', { class: 'facts' }, g.fields.map((f) => {
        const v = f.kind === 'periodic' ? (entity.periodic || {})[f.name] : (entity.fields || {})[f.name];
        const text = displayValue(f, v);
        return [h('dt', null, label(f)), h('dd', { 'data-field': f.name }, text ? `${text}${unitText(f.unit) ? ` ${unitText(f.unit)}` : ''}` : '—')];
      })))));
}

// The roster's filters are kept in the page's URL under 'r' (rtab=person&rage=80-…), beside the page's own keys.
const ROSTER_PREFIX = 'r';

function rostersSection(code, periodKey, periodText, summary, ctx) {
  const types = ['household', 'person'];
  const first = types.includes(ctx.query.rtab) ? ctx.query.rtab : types[0];
  const box = h('div', { class: 'tab-panel' });
  const tabs = types.map((type) => h('button', {
    type: 'button', role: 'tab', id: `review-tab-${type}`, class: 'tab', 'aria-selected': type === first ? 'true' : 'false',
    'aria-controls': 'review-roster-panel', 'data-testid': `review-tab-${type}`,
    onclick: (e) => { for (const b of tabs) b.setAttribute('aria-selected', String(b === e.currentTarget)); show(type, {}); },
  }, label(entityTypeInfo(type))));
  function show(type, initial) {
    const env = { village: code, entityType: type, periodKey, periodText, summary, readOnly: true };
    const list = rosterList(env, {
      idPrefix: `review-${type}`, onOpen: (item) => openEntityEditor(env, item), initial,
      onState: (st) => {
        const keep = Object.fromEntries(Object.entries(ctx.query).filter(([k]) => !k.startsWith(ROSTER_PREFIX)));
        const params = new URLSearchParams({ ...keep, ...(type !== types[0] ? { rtab: type } : {}), ...rosterStateQuery(st, ROSTER_PREFIX) });
        const hash = `#${ctx.path}${params.toString() ? `?${params}` : ''}`;
        if (ctx.isCurrent() && location.hash !== hash) history.replaceState(history.state, '', hash);
      },
    });
    fill(box, h('div', { class: 'roster-tools' }, list.searchBox), list.el);
    box.setAttribute('aria-labelledby', `review-tab-${type}`);
    list.reload();
  }
  show(first, rosterStateFrom(ctx.query, ROSTER_PREFIX));
  return h('section', { class: 'panel', 'data-testid': 'review-rosters', 'aria-labelledby': 'rosters-title' },
    h('h2', { id: 'rosters-title' }, t('review.rosters'), h('span', { class: 'badge' }, t('roster.readOnly'))),
    h('div', { class: 'tabs', role: 'tablist' }, tabs),
    h('div', { id: 'review-roster-panel', role: 'tabpanel' }, box));
}

function auditSection(lines) {
  return h('section', { class: 'panel', 'data-testid': 'audit', 'aria-labelledby': 'audit-title' },
    h('h2', { id: 'audit-title' }, t('review.audit')),
    lines === null ? h('p', { class: 'status-error', role: 'alert' }, t('review.auditFailed'))
    : lines.length
      ? tableWrap(h('table', { class: 'table', id: 'audit-table' },
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('review.col.at')), h('th', { scope: 'col' }, t('review.col.user')),
          h('th', { scope: 'col' }, t('review.col.action')), h('th', { scope: 'col' }, t('review.col.detail')))),
        h('tbody', null, lines.map((a) => h('tr', { 'data-testid': 'audit-line', 'data-action': a.action },
          h('td', { class: 'nowrap small' }, fmtDateTime(a.at)),
          h('td', null, a.user),
          h('td', null, t(`audit.${a.action}`).startsWith('audit.') ? a.action : t(`audit.${a.action}`)),
          h('td', { class: 'small' }, a.detail || ''))))), t('review.audit'))
      : h('p', { class: 'muted' }, t('review.noAudit')));
}
