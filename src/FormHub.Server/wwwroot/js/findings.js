// Findings of record rules naming records (智能校验) on the cadre's form and the reviewer's pages, and the eligibility
// lists (免申即享, #/eligibility) that a cadre or the owning department works by recording an outcome per person.
import { t, fmtDateTime, fmtNum, isZh, titleOf } from './i18n.js';
import { FindingsApi } from './api.js';
import { valueText } from './glossary.js';
import { h, fill, statusLine, errorText, periodSelector } from './ui.js';
import { state, currentPeriod, setPeriod, loadCatalog, periodKeyOf } from './state.js';
import { openEntityEditor } from './roster.js';
import { pageTitle } from './app.js';
import './findingtexts.js';

const OUTCOMES = ['已核实', '已申请', '不符合'];

function valuesLine(f) {
  const parts = (f.values || []).filter((v) => v.value !== null && v.value !== undefined && v.value !== '')
    .map((v) => `${isZh() ? v.labelZh : v.labelEn}${isZh() ? '：' : ': '}${valueText(v.value)}`);
  return parts.length ? h('p', { class: 'muted small finding-values', 'data-testid': 'finding-values' }, parts.join(isZh() ? '；' : '; ')) : null;
}

/** The finding's message in the chosen language: the rule's message_en when it has one, else the Chinese. */
export function findingMessage(f) {
  return (!isZh() && f.messageEn) || f.message;
}

/** On a phone the form's findings start folded to one line (they pushed the form a screen down); on a PC they start open. */
function wideScreen() {
  return typeof matchMedia === 'function' && matchMedia('(min-width: 720px)').matches;
}

/**
 * A panel listing the findings of one unit and month. opts: { unit, periodKey, kind ('check' | 'eligibility'), env (for
 * the record dialog: village, periodKey, periodText, summary, readOnly), showVillage, onlyNewToggle, testid, template (with kind
 * 'outlier': the outliers of one report's columns), rule and gap (only that rule's records: a report check naming them, shown
 * compact inside the check), collapsible (folded to a one-line count on a phone) }.
 */
export function findingsPanel(opts) {
  const { unit, kind = 'check', testid = 'findings' } = opts;
  const compact = !!opts.rule;
  const body = h('div', { 'aria-live': 'polite' });
  const status = statusLine(`${testid}-status`);
  let onlyNew = false;
  let last = null;
  const toggle = opts.onlyNewToggle ? h('label', { class: 'field-inline small' },
    h('input', { type: 'checkbox', id: `${testid}-only-new`, 'data-testid': `${testid}-only-new`, onchange: (e) => { onlyNew = e.target.checked; draw(); } }),
    ` ${t('findings.onlyNew')}`) : null;
  const title = t(kind === 'eligibility' ? 'eligibility.title' : kind === 'outlier' ? 'outliers.title' : 'findings.title');
  const intro = h('p', { class: 'muted small' }, t(kind === 'eligibility' ? 'eligibility.intro' : kind === 'outlier' ? 'outliers.intro' : 'findings.intro'));
  const summaryLine = h('summary', { 'data-testid': `${testid}-summary` }, h('h2', { id: `${testid}-title`, class: 'summary-title' }, title));
  const section = compact
    ? h('div', { class: 'check-records', 'data-testid': testid }, status.el, body)
    : opts.collapsible
      ? h('section', { class: 'panel findings', id: testid, 'data-testid': testid, 'aria-labelledby': `${testid}-title` },
        h('details', { class: 'findings-fold', 'data-testid': `${testid}-fold`, open: wideScreen() || null }, summaryLine, intro, toggle, status.el, body))
      : h('section', { class: 'panel findings', id: testid, 'data-testid': testid, 'aria-labelledby': `${testid}-title` },
        h('h2', { id: `${testid}-title` }, title), intro, toggle, status.el, body);

  async function reload() {
    try { last = await FindingsApi.list(unit, opts.periodKey, compact ? undefined : kind, opts.template, opts.rule, opts.gap); } catch (err) { if (err.status === 401) throw err; fill(body, h('p', { class: 'error' }, errorText(err))); return null; }
    draw();
    return last;
  }

  function draw() {
    if (!last) return;
    const items = (last.items || []).filter((f) => !onlyNew || f.newThisMonth);
    const open = items.filter((f) => !f.outcome);
    const worked = items.filter((f) => f.outcome);
    const count = kind === 'eligibility'
      ? t('eligibility.counts', { open: fmtNum(open.length), worked: fmtNum(worked.length) })
      : t('findings.count', { n: fmtNum(items.length), fresh: fmtNum(items.filter((f) => f.newThisMonth).length) });
    // the folded panel says how many in its one line, so a phone sees the count without unfolding
    if (opts.collapsible) summaryLine.firstChild.textContent = items.length ? t('findings.summary', { n: fmtNum(items.length) }) : title;
    if (compact) {
      fill(body, items.length
        ? [h('p', { class: 'small muted' }, t('findings.checkRecords', { n: fmtNum(items.length) })), h('ul', { class: 'finding-list' }, items.map((f) => item(f)))]
        : h('p', { class: 'small muted', 'data-testid': `${testid}-none` }, t('findings.checkRecordsNone')));
      return;
    }
    if (!items.length) { fill(body, h('p', { class: 'muted', 'data-testid': `${testid}-none` }, t(kind === 'eligibility' ? 'eligibility.none' : kind === 'outlier' ? 'outliers.none' : 'findings.none'))); return; }
    fill(body,
      h('p', { class: 'counts', 'data-testid': `${testid}-count` }, count),
      h('ul', { class: 'finding-list' }, open.map((f) => item(f))),
      worked.length ? h('details', { 'data-testid': `${testid}-worked` },
        h('summary', null, t('eligibility.worked', { n: fmtNum(worked.length) })),
        h('ul', { class: 'finding-list' }, worked.map((f) => item(f)))) : null);
  }

  function item(f) {
    const li = h('li', { class: `finding finding-${f.level}`, 'data-testid': 'finding', 'data-rule': f.ruleId, 'data-entity': f.entityId },
      h('p', { class: 'finding-head' },
        h('span', { class: `badge badge-${f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info'}` }, f.gap ? valueText(f.gap) : t(`findings.level.${f.level}`)),
        f.newThisMonth ? h('span', { class: 'badge badge-new', 'data-testid': 'finding-new' }, t('findings.new')) : null,
        ' ', h('span', { class: 'finding-rule small muted' }, titleOf(f, 'ruleTitle'))),
      h('p', { class: 'finding-message', 'data-testid': 'finding-message' }, findingMessage(f)),
      valuesLine(f),
      relatedLine(f),
      h('p', { class: 'muted small' }, [opts.showVillage ? f.villageName : null, t('findings.since', { at: fmtDateTime(f.appearedAt) })].filter(Boolean).join(' · ')),
      f.outcome ? h('p', { class: 'small', 'data-testid': 'finding-outcome' }, t('eligibility.recordedBy', {
        outcome: valueText(f.outcome.outcome), reason: f.outcome.reason ? `：${f.outcome.reason}` : '', user: f.outcome.recordedBy, at: fmtDateTime(f.outcome.recordedAt),
      })) : null,
      h('div', { class: 'actions' },
        f.canOpen && opts.env ? h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'finding-open', onclick: () => openRecord(f) }, t('findings.open')) : null),
      kind === 'eligibility' && mayRecord() && !f.outcome ? outcomeForm(f) : null);
    return li;
  }

  // The other records of an across-villages finding: a link to each the viewer's scope covers, the village name otherwise.
  function relatedLine(f) {
    if (!f.related || !f.related.length) return null;
    const parts = f.related.map((r) => (r.canOpen && r.entityId && opts.env
      ? h('button', { type: 'button', class: 'btn btn-link btn-small', 'data-testid': 'finding-related-open', 'data-entity': r.entityId,
        onclick: () => openRecord(f, r) }, `${r.villageName} ${r.name || ''}`.trim())
      : h('span', { 'data-testid': 'finding-related-hidden' }, t('findings.relatedHidden', { village: r.villageName }))));
    const line = h('p', { class: 'small finding-related', 'data-testid': 'finding-related' }, t('findings.related'));
    parts.forEach((p, i) => { if (i) line.append(isZh() ? '、' : ', '); line.append(p); });
    return line;
  }

  function mayRecord() { return state.me && (state.me.role === 'cadre' || state.me.role === 'department'); }

  function outcomeForm(f) {
    const select = h('select', { 'data-testid': 'outcome-select', 'aria-label': t('eligibility.outcome') }, OUTCOMES.map((o) => h('option', { value: o }, valueText(o))));
    const reason = h('input', { type: 'text', maxlength: '200', 'data-testid': 'outcome-reason', 'aria-label': t('eligibility.reason'), placeholder: t('eligibility.reason') });
    const button = h('button', { type: 'button', class: 'btn btn-small btn-primary', 'data-testid': 'outcome-record' }, t('eligibility.record'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await FindingsApi.recordOutcome(f.ruleId, f.entityId, select.value, reason.value.trim());
        status.ok(t('eligibility.recorded', { name: f.name || f.message.split('（')[0], outcome: select.value }));
        await reload();
      } catch (err) {
        if (err.status === 401) throw err;
        status.error(errorText(err));
        button.disabled = false;
      }
    });
    return h('div', { class: 'outcome-form field-inline' }, select, reason, button);
  }

  async function openRecord(f, other) {
    // The township's review page has not loaded the catalog the dialog is built from.
    await loadCatalog();
    const env = { ...(opts.env || {}), village: other ? other.villageCode : f.villageCode, entityType: f.entityType };
    const target = other ? { id: other.entityId, fields: { name: other.name } } : { id: f.entityId, fields: { name: f.name } };
    openEntityEditor(env, target, {
      onDone: async (msg) => {
        status.ok(msg);
        // The rules follow the change feed a moment behind the save: ask again until this finding has gone (at most ~10 s).
        for (let i = 0; i < 14; i++) {
          const fresh = await reload();
          if (!fresh || !(fresh.items || []).some((x) => x.id === f.id)) return;
          await new Promise((resolve) => setTimeout(resolve, 700));
        }
      },
    });
  }

  reload();
  return { el: section, reload };
}

// ---- #/eligibility: the lists of the user's area (cadre: the village; department: their area) ------------------------

export async function render(ctx) {
  const me = state.me;
  const unit = (me.captureScope && me.captureScope.code) || (me.viewScope && me.viewScope.code);
  const periodKey = ctx.query.period || currentPeriod();
  await loadCatalog();
  if (!ctx.isCurrent()) return;
  setPeriod(periodKey);
  pageTitle(t('eligibility.title'));
  const env = me.role === 'cadre' ? { village: unit, periodKey, periodText: periodKey, summary: null, readOnly: false } : null;
  const panel = findingsPanel({ unit, periodKey, kind: 'eligibility', env, showVillage: me.role !== 'cadre', testid: 'eligibility' });
  fill(ctx.main,
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'eligibility-title' }, t('eligibility.title')),
        h('p', { class: 'muted' }, [(me.captureScope || me.viewScope || {}).name, periodKey].filter(Boolean).join(' · '))),
      periodSelector(periodKeyOf(me.currentPeriod) || periodKey, periodKey, (key) => {
        setPeriod(key);
        ctx.navigate(`#/eligibility?period=${encodeURIComponent(key)}`);
      })),
    panel.el);
}
