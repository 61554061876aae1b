// #/reports/{templateId}/{unit}?period= — one report for an area and period: the area's total and one row per direct
// child (county → townships → villages) with drill-down links, failing checks highlighted, the narrative, the
// completeness line, and Excel / PDF downloads. Aggregates only: a department never sees a person here.
import { t, isZh, fmtNum, fmtPeriodKey, titleOf } from './i18n.js';
import { unitText, valueText } from './glossary.js';
import { Api, Downloads } from './api.js';
import { h, fill, put, periodSelector, tableWrap, statusLine, announce, errorText } from './ui.js';
import { state, setPeriod } from './state.js';
import { pageTitle } from './app.js';
import { reportHref } from './inbox.js';
import { findingsPanel } from './findings.js';

export async function render(ctx) {
  const me = state.me;
  const templateId = decodeURIComponent(ctx.params.templateId);
  const unit = decodeURIComponent(ctx.params.unit);
  const period = ctx.query.period || '';
  // 只看已审核村: kept in the URL (approved=1), so drill-down, downloads and a copied link keep it
  const approvedOnly = ctx.query.approved === '1';
  const [view, published, subscriptions] = await Promise.all([
    Api.reportView(templateId, unit, period, approvedOnly),
    Api.publishedReports().catch((e) => { if (e.status === 401) throw e; return []; }),
    me.role === 'cadre' ? Promise.resolve([]) : Api.subscriptions().catch((e) => { if (e.status === 401) throw e; return []; }),
  ]);
  if (!ctx.isCurrent()) return;
  const info = published.find((r) => r.templateId === templateId) || null;
  const periodKey = view.period;
  if (/^\d{4}-\d{2}$/.test(periodKey)) setPeriod(periodKey);
  pageTitle(`${titleOf(view)} · ${view.unit.name} · ${isZh() ? view.periodDisplay : fmtPeriodKey(periodKey)}`);

  const href = (code, key = periodKey, only = approvedOnly) => reportHref(templateId, code, key) + (only ? `${key ? '&' : '?'}approved=1` : '');
  const notApproved = view.completeness ? (view.completeness.villages || 0) - (view.completeness.approved || 0) : 0;
  // a toggle button rather than a checkbox: a finger-sized target on a phone
  const approvedChoice = h('p', { class: 'approved-choice' },
    h('button', { type: 'button', id: 'approved-only', class: `btn btn-small${approvedOnly ? ' btn-primary' : ''}`, 'data-testid': 'approved-only',
      'aria-pressed': String(approvedOnly), onclick: () => ctx.navigate(href(unit, periodKey, !approvedOnly)) }, t('reportView.approvedOnly')),
    ' ', h('span', { class: 'muted small', 'data-testid': 'not-approved-count' }, t('reportView.notApprovedCount', { n: fmtNum(notApproved) })));

  // 清溪县 › 清溪镇 › 石门村委会 — up to the user's own scope only (the server leaves out what is above it).
  const crumbs = h('nav', { class: 'breadcrumb', 'aria-label': t('reportView.breadcrumb'), 'data-testid': 'breadcrumb' },
    h('ol', null,
      (view.breadcrumb || []).map((u) => h('li', null, h('a', { href: href(u.code), 'data-testid': `crumb-${u.code}` }, u.name))),
      h('li', null, h('span', { 'aria-current': 'page', 'data-testid': `crumb-${view.unit.code}` }, view.unit.name))));

  const selector = periodSelector(info ? info.currentPeriod : periodKey, periodKey, (key) => ctx.navigate(href(unit, key)));

  const downloads = h('div', { class: 'downloads', role: 'group', 'aria-label': t('reportView.downloads'), 'data-testid': 'downloads' },
    h('a', { href: Downloads.xlsx(templateId, view.unit.code, periodKey, 'generated', approvedOnly), download: '', id: 'download-xlsx', class: 'btn btn-small', 'data-testid': 'download-xlsx' }, t('reportView.xlsx')),
    info && info.hasOfficialLayout
      ? h('a', { href: Downloads.xlsx(templateId, view.unit.code, periodKey, 'official', approvedOnly), download: '', id: 'download-xlsx-official', class: 'btn btn-small', 'data-testid': 'download-xlsx-official' }, t('reportView.xlsxOfficial'))
      : null,
    h('a', { href: Downloads.pdf(templateId, view.unit.code, periodKey, approvedOnly), download: '', id: 'download-pdf', class: 'btn btn-small', 'data-testid': 'download-pdf' }, t('reportView.pdf')));

  const failingRows = (view.rows || []).filter((r) => (r.failingChecks || []).length);

  fill(ctx.main,
    crumbs,
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'report-title' }, titleOf(view)),
        h('p', { class: 'muted', 'data-testid': 'report-subtitle' }, t('reportView.subtitle', { unit: view.unit.name, period: isZh() ? view.periodDisplay : fmtPeriodKey(periodKey), department: valueText(view.department) })),
        view.formNumber ? h('p', { class: 'muted small', 'data-testid': 'form-number' }, t('reportView.formNumber', { n: view.formNumber })) : null),
      selector),
    // Figures that include villages not yet approved may still change: said before the table and in every download.
    view.draftNote ? h('p', { class: 'draft-note', role: 'note', 'data-testid': 'draft-note' }, view.draftNote) : null,
    approvedChoice,
    h('div', { class: 'report-actions' }, downloads, subscribeControl(ctx, me, templateId, view, subscriptions)),
    failingRows.length
      ? h('p', { class: 'failing-summary', role: 'note', 'data-testid': 'failing-summary' }, t('reportView.failingSummary', { n: fmtNum(failingRows.length) }))
      : null,
    h('section', { class: 'report-view', 'data-testid': 'report-view', 'data-unit': view.unit.code, 'data-period': periodKey, 'aria-labelledby': 'report-table-caption' },
      tableWrap(reportTable(view, href), titleOf(view))),
    view.narrative
      ? h('section', { class: 'panel narrative', 'aria-labelledby': 'narrative-title' },
        h('h2', { id: 'narrative-title' }, t('report.narrative')),
        h('p', { 'data-testid': 'report-narrative' }, view.narrative))
      : null,
    // Outliers of this report's columns, filed with the month the report is filed in.
    view.completeness && view.completeness.filingMonth
      ? findingsPanel({ unit: view.unit.code, periodKey: view.completeness.filingMonth, kind: 'outlier', template: templateId, showVillage: true, testid: 'report-outliers' }).el
      : null,
    h('section', { class: 'panel', 'aria-labelledby': 'completeness-title' },
      h('h2', { id: 'completeness-title' }, t('reportView.completeness')),
      h('p', { class: 'completeness-line', 'data-testid': 'completeness-line' }, view.completenessLine),
      lateList(view.completeness),
      view.completeness && view.completeness.filingMonth
        ? h('p', null, h('a', {
          href: `#/completeness?period=${encodeURIComponent(view.completeness.filingMonth)}&unit=${encodeURIComponent(view.unit.code)}`,
          class: 'back-link', id: 'report-to-completeness',
        }, t('reportView.toCompleteness')))
        : null));
}

function lateList(c) {
  if (!c || !(c.late || []).length) return null;
  return h('details', { class: 'late-details' },
    h('summary', null, t('completeness.lateList', { n: fmtNum(c.late.length) })),
    h('ul', { class: 'plain-list', 'data-testid': 'late-villages' }, c.late.map((v) => h('li', { 'data-code': v.code },
      v.township ? t('common.paren', { text: v.name, note: v.township }) : v.name, ' ', h('span', { class: 'muted small' }, t(`status.${v.status}`))))));
}

/** Digits from the template: money keeps its two decimals (15,420.00), counts none. */
export function fmtCell(value, column) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'string' && (value.trim() === '' || !Number.isFinite(n))) return value;
  if (!Number.isFinite(n)) return String(value);
  const digits = column && Number.isInteger(column.digits) ? column.digits : null;
  return new Intl.NumberFormat(isZh() ? 'zh-CN' : 'en-US', digits === null
    ? { maximumFractionDigits: 2 }
    : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

function columnHead(c, attrs = {}) {
  return h('th', { scope: 'col', class: 'num', 'data-column': c.id, ...attrs },
    h('span', { class: 'col-title' }, titleOf(c)),
    unitText(c.unit) ? h('span', { class: 'col-unit' }, t('reportView.colUnit', { unit: unitText(c.unit) })) : null);
}

/** The header: one row, or two when columns share a group (the upper cell spans its columns). */
function tableHead(columns) {
  const grouped = columns.some((c) => c.group);
  const first = h('th', { scope: 'col', class: 'unit-col', rowspan: grouped ? '2' : null }, t('reportView.area'));
  if (!grouped) return h('thead', null, h('tr', null, first, columns.map((c) => columnHead(c))));
  const top = [first];
  const bottom = [];
  for (let i = 0; i < columns.length;) {
    const c = columns[i];
    if (!c.group) { top.push(columnHead(c, { rowspan: '2' })); i += 1; continue; }
    let j = i;
    while (j < columns.length && columns[j].group === c.group) { bottom.push(columnHead(columns[j])); j += 1; }
    top.push(h('th', { scope: 'colgroup', colspan: String(j - i), class: 'group-head' }, valueText(c.group)));
    i = j;
  }
  return h('thead', null, h('tr', null, top), h('tr', null, bottom));
}

function reportTable(view, href) {
  const columns = view.columns || [];
  const rows = (view.rows || []).map((r) => {
    const failing = r.failingChecks || [];
    const name = r.kind === 'total' ? t('reportView.total', { name: r.unitName })
      : r.kind === 'subtotal' ? t('reportView.subtotal', { name: r.unitName }) : r.unitName;
    const nameCell = h('th', { scope: 'row', class: 'unit-col' },
      r.drillable
        ? h('a', { href: href(r.unitCode), class: 'drill', 'data-testid': `drill-${r.unitCode}`, 'aria-label': t('reportView.drill', { name: r.unitName }) }, name)
        : h('span', { class: 'unit-name' }, name),
      failing.length
        ? h('ul', { class: 'failing-checks', 'aria-label': t('reportView.failingChecks') },
          failing.map((m) => h('li', { 'data-testid': 'failing-check' }, m)))
        : null);
    return h('tr', {
      class: [`row-${r.kind}`, failing.length ? 'row-failing' : null].filter(Boolean).join(' '),
      'data-testid': `report-row-${r.unitCode}`, 'data-kind': r.kind, 'data-level': r.level, 'data-failing': String(failing.length > 0),
    },
    nameCell,
    columns.map((c, i) => h('td', { class: 'num', 'data-column': c.id }, fmtCell((r.values || [])[i], c))));
  });
  return h('table', { class: 'table data-table', id: 'report-table', 'data-testid': 'report-table' },
    h('caption', { id: 'report-table-caption', class: 'sr-only' }, t('reportView.caption', { title: titleOf(view), unit: view.unit.name, period: isZh() ? view.periodDisplay : fmtPeriodKey(view.period) })),
    tableHead(columns),
    h('tbody', null, rows.length ? rows : h('tr', null, h('td', { colspan: String(columns.length + 1), class: 'empty' }, t('reportView.noRows')))));
}

/** 订阅 this report for the area shown (or the note that the user already does). */
function subscribeControl(ctx, me, templateId, view, subscriptions) {
  if (me.role === 'cadre') return null;
  const mine = subscriptions.find((s) => s.templateId === templateId && s.unit && s.unit.code === view.unit.code);
  if (mine) return h('span', { class: 'badge badge-approved', 'data-testid': 'report-subscribed' }, t('sub.subscribed'));
  const status = statusLine('report-subscribe-status');
  const button = h('button', { type: 'button', id: 'report-subscribe', class: 'btn btn-small', 'data-testid': 'report-subscribe' }, t('reportView.subscribeHere', { unit: view.unit.name }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await Api.subscribe(templateId, view.unit.code, null);
      announce(t('sub.ok', { title: titleOf(view) }), 'ok');
      ctx.rerender();
    } catch (err) {
      button.disabled = false;
      status.error(errorText(err));
    }
  });
  return put(h('div', { class: 'subscribe-here' }), button, status.el);
}
