// #/reports — the published reports the user may receive (订阅 buttons) and the user's subscriptions: this period's
// state (收集中 / 已就绪 / 有更正) with the completeness line, the Atom feed address with a copy button, the webhook
// delivery log, and 取消订阅. Subscribing with a webhook shows its signing secret once.
import { t, isZh, fmtDateTime, fmtNum, fmtPeriodKey, titleOf } from './i18n.js';
import { valueText } from './glossary.js';
import { Api } from './api.js';
import { h, fill, put, clear, openDialog, statusLine, announce, tableWrap, setFieldError, messageText, errorText } from './ui.js';
import { state } from './state.js';
import { pageTitle } from './app.js';
import { reportHref } from './inbox.js';

const STATE_CLASS = { collecting: 'badge-collecting', ready: 'badge-ready', revised: 'badge-revised' };

export function stateBadge(s, testid) {
  if (!s) return null;
  return h('span', { class: `badge ${STATE_CLASS[s] || ''}`, 'data-state': s, 'data-testid': testid || null }, t(`sub.state.${s}`));
}

/** The completeness line of a subscription's current state: the server's Chinese line, or the same figures in English. */
export function currentLine(c) {
  if (!c) return '';
  if (isZh() && c.completenessLine) return c.completenessLine;
  return t('sub.line', { villages: fmtNum(c.villages), filed: fmtNum((c.submitted || 0) + (c.approved || 0)), approved: fmtNum(c.approved), late: fmtNum(c.late) });
}

/** Copy text to the clipboard; falls back to selecting the input for a plain-http address where the Clipboard API is missing. */
export async function copyText(text, input) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      announce(t('common.copied'), 'ok');
      return true;
    }
  } catch { /* fall through */ }
  if (input) {
    input.focus();
    input.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    announce(ok ? t('common.copied') : t('common.copyManually'), ok ? 'ok' : 'info');
    return ok;
  }
  announce(t('common.copyManually'));
  return false;
}

/** A read-only text box with a 复制 button (feed addresses, the webhook secret). */
export function copyField({ id, labelText, value, testid, hint }) {
  const input = h('input', { id, type: 'text', readonly: true, value, class: 'mono', 'data-testid': testid || null, spellcheck: 'false', 'aria-describedby': hint ? `${id}-hint` : null });
  input.addEventListener('focus', () => input.select());
  const button = h('button', { type: 'button', id: `${id}-copy`, class: 'btn btn-small', 'data-testid': testid ? `${testid}-copy` : null, 'aria-label': t('common.copyWhat', { what: labelText }) }, t('common.copy'));
  button.addEventListener('click', () => copyText(input.value, input));
  return h('div', { class: 'field copy-field' },
    h('label', { for: id }, labelText),
    h('div', { class: 'input-row' }, input, button),
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

export async function render(ctx) {
  const me = state.me;
  const [reports, subscriptions] = await Promise.all([Api.publishedReports(), Api.subscriptions()]);
  if (!ctx.isCurrent()) return;
  pageTitle(t('reports.title'));
  const scope = me.viewScope || me.captureScope;
  const canSubscribe = me.role !== 'cadre';

  const subscribed = (templateId) => subscriptions.find((s) => s.templateId === templateId && s.unit && scope && s.unit.code === scope.code);

  const subsSection = h('section', { class: 'panel', 'data-testid': 'subscriptions', 'aria-labelledby': 'subs-title' },
    h('h2', { id: 'subs-title' }, t('sub.title'), h('span', { class: 'count' }, fmtNum(subscriptions.length))),
    subscriptions.length
      ? h('ul', { class: 'sub-list' }, subscriptions.map((s) => subscriptionCard(ctx, s)))
      : h('p', { class: 'muted', 'data-testid': 'subscriptions-empty' }, t('sub.empty')));

  const reportItems = reports.map((r) => {
    const mine = subscribed(r.templateId);
    return h('li', { class: 'report-item', 'data-testid': `report-${r.templateId}`, 'data-template-id': r.templateId },
      h('div', { class: 'report-item-text' },
        h('a', { href: reportHref(r.templateId, scope.code, r.currentPeriod), class: 'report-item-title', 'data-testid': `open-report-${r.templateId}` }, titleOf(r)),
        h('span', { class: 'muted small' }, t('reports.meta', { department: valueText(r.department), type: t(`periodType.${r.periodType}`) || r.periodType }),
          r.hasOfficialLayout ? h('span', { class: 'badge badge-layout' }, t('reports.officialLayout')) : null)),
      canSubscribe
        ? mine
          ? h('span', { class: 'badge badge-approved subscribed', 'data-testid': `subscribed-${r.templateId}` }, t('sub.subscribed'))
          : h('button', {
            type: 'button', class: 'btn btn-small btn-primary', id: `subscribe-${r.templateId}`, 'data-testid': `subscribe-${r.templateId}`,
            'aria-label': t('sub.subscribeTo', { title: titleOf(r) }),
            onclick: () => subscribeDialog(ctx, r, scope),
          }, t('sub.subscribe'))
        : null);
  });

  fill(ctx.main,
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { tabindex: '-1', 'data-testid': 'reports-title' }, t('reports.title')),
        h('p', { class: 'muted' }, t('reports.subtitle', { unit: scope ? scope.name : '' }))),
      h('div', { class: 'head-actions' }, h('a', { href: '#/completeness', class: 'btn btn-small', id: 'reports-to-completeness' }, t('nav.completeness')))),
    subsSection,
    h('section', { class: 'panel', 'data-testid': 'published-reports', 'aria-labelledby': 'published-title' },
      h('h2', { id: 'published-title' }, t('reports.published'), h('span', { class: 'count' }, fmtNum(reports.length))),
      reports.length ? h('ul', { class: 'report-list' }, reportItems) : h('p', { class: 'muted' }, t('reports.none'))));
}

function subscriptionCard(ctx, s) {
  const c = s.current;
  const logBox = h('div', { class: 'delivery-log', id: `delivery-log-${s.id}`, 'data-testid': 'delivery-log', hidden: true });
  const logButton = s.webhookUrl ? h('button', {
    type: 'button', class: 'btn btn-small', id: `deliveries-${s.id}`, 'data-testid': 'show-deliveries', 'aria-expanded': 'false', 'aria-controls': `delivery-log-${s.id}`,
  }, t('delivery.show')) : null;
  if (logButton) {
    logButton.addEventListener('click', async () => {
      const opening = logBox.hidden;
      logBox.hidden = !opening;
      logButton.setAttribute('aria-expanded', String(opening));
      logButton.textContent = opening ? t('delivery.hide') : t('delivery.show');
      if (opening) await loadDeliveries(s, logBox);
    });
  }
  const remove = h('button', { type: 'button', class: 'btn btn-small btn-danger', id: `unsubscribe-${s.id}`, 'data-testid': 'unsubscribe' }, t('sub.unsubscribe'));
  remove.addEventListener('click', () => unsubscribeDialog(ctx, s));

  return h('li', {
    class: 'panel sub-card', id: `subscription-${s.id}`, 'data-testid': 'subscription', 'data-template-id': s.templateId,
    'data-unit': s.unit ? s.unit.code : '', 'data-state': c ? c.state : '',
  },
  h('div', { class: 'sub-head' },
    h('h3', { class: 'sub-title' }, h('a', { href: reportHref(s.templateId, s.unit.code, c && c.period), 'data-testid': 'subscription-open' }, titleOf(s))),
    stateBadge(c && c.state, 'subscription-state')),
  h('p', { class: 'muted small' }, t('sub.meta', { unit: s.unit ? s.unit.name : '', department: valueText(s.department), period: c ? (isZh() ? c.periodDisplay : fmtPeriodKey(c.period)) : '–' })),
  c ? h('p', { class: 'completeness-line', 'data-testid': 'subscription-line' }, currentLine(c)) : null,
  copyField({ id: `feed-${s.id}`, labelText: t('sub.feed'), value: s.feedUrl, testid: 'feed-url', hint: t('sub.feedHint') }),
  s.webhookUrl ? h('p', { class: 'small webhook-url' }, h('span', { class: 'muted' }, t('common.colon', { label: t('sub.webhook') })), h('span', { class: 'mono', 'data-testid': 'webhook-url' }, s.webhookUrl)) : null,
  h('div', { class: 'actions' }, h('a', { href: reportHref(s.templateId, s.unit.code, c && c.period), class: 'btn btn-small', id: `open-${s.id}` }, t('sub.open')), logButton, remove),
  logBox);
}

/** The last attempt's outcome: the error (which may already name the HTTP status), else the status code. */
function deliveryResult(d) {
  const code = d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : null;
  if (d.lastError) return code && !String(d.lastError).includes(String(d.lastStatusCode)) ? `${code} · ${d.lastError}` : String(d.lastError);
  return code || '–';
}

async function loadDeliveries(s, box) {
  fill(box, h('p', { class: 'loading' }, t('common.loading')));
  let rows;
  try { rows = await Api.deliveries(s.id); } catch (err) {
    fill(box, h('p', { class: 'status-line status-error', role: 'alert' }, errorText(err)));
    return;
  }
  if (!rows.length) { fill(box, h('p', { class: 'muted', 'data-testid': 'delivery-empty' }, t('delivery.empty'))); return; }
  const statusClass = { delivered: 'badge-approved', pending: 'badge-draft', failed: 'badge-returned' };
  fill(box, tableWrap(h('table', { class: 'table', id: `delivery-table-${s.id}` },
    h('caption', { class: 'sr-only' }, t('delivery.title')),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('delivery.col.at')),
      h('th', { scope: 'col' }, t('delivery.col.status')),
      h('th', { scope: 'col', class: 'num' }, t('delivery.col.attempts')),
      h('th', { scope: 'col' }, t('delivery.col.result')),
      h('th', { scope: 'col' }, t('delivery.col.next')))),
    h('tbody', null, rows.map((d) => h('tr', { 'data-testid': 'delivery-row', 'data-status': d.status },
      h('td', { class: 'nowrap small' }, fmtDateTime(d.createdAt)),
      h('td', null, h('span', { class: `badge ${statusClass[d.status] || ''}` }, t(`delivery.status.${d.status}`))),
      h('td', { class: 'num' }, fmtNum(d.attempts)),
      h('td', { class: 'small', 'data-testid': 'delivery-result' }, deliveryResult(d)),
      h('td', { class: 'nowrap small' }, d.status === 'pending' ? fmtDateTime(d.nextAttemptAt) : '–'))))), t('delivery.title')));
}

function subscribeDialog(ctx, report, scope) {
  let done = false;
  const d = openDialog({ id: 'subscribe-dialog', title: t('sub.dialogTitle'), onClose: () => { if (done) ctx.rerender(); } });
  const status = statusLine('subscribe-status');
  const webhook = h('input', {
    id: 'subscribe-webhook', name: 'webhookUrl', type: 'url', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://',
    'aria-describedby': 'subscribe-webhook-hint subscribe-webhook-error',
  });
  const webhookErr = h('div', { class: 'field-error', id: 'subscribe-webhook-error', role: 'alert', hidden: true });
  const confirm = h('button', { type: 'button', id: 'subscribe-confirm', class: 'btn btn-primary', 'data-testid': 'subscribe-confirm' }, t('sub.confirm'));
  const cancel = h('button', { type: 'button', id: 'subscribe-cancel', class: 'btn', onclick: d.close }, t('common.cancel'));

  put(d.body,
    h('dl', { class: 'facts facts-2' },
      h('dt', null, t('sub.report')), h('dd', { 'data-testid': 'subscribe-report' }, titleOf(report)),
      h('dt', null, t('sub.unit')), h('dd', { 'data-testid': 'subscribe-unit' }, scope ? scope.name : '')),
    h('p', { class: 'muted small' }, t('sub.explain')),
    h('div', { class: 'field' },
      h('label', { for: 'subscribe-webhook' }, t('sub.webhook'), h('span', { class: 'field-note' }, t('common.optional'))),
      webhook,
      h('div', { class: 'hint', id: 'subscribe-webhook-hint' }, t('sub.webhookHint')),
      webhookErr));
  put(d.footer, status.el, cancel, confirm);
  confirm.focus();

  confirm.addEventListener('click', async () => {
    setFieldError(webhook, webhookErr, null);
    status.clear();
    const url = webhook.value.trim();
    if (url && !/^https?:\/\//i.test(url)) {
      setFieldError(webhook, webhookErr, t('sub.webhookScheme'));
      webhook.focus();
      return;
    }
    confirm.disabled = true;
    status.info(t('common.saving'));
    try {
      const result = await Api.subscribe(report.templateId, scope && scope.code, url || null);
      done = true;
      if (result && result.webhookSecret) {
        showSecret(d, result, cancel, confirm);
        return;
      }
      announce(t('sub.ok', { title: titleOf(report) }), 'ok');
      d.close();
    } catch (err) {
      confirm.disabled = false;
      const fieldMsgs = err.errors && (err.errors.webhookUrl || err.errors.WebhookUrl);
      if (fieldMsgs) setFieldError(webhook, webhookErr, messageText(fieldMsgs));
      else if (url && err.status === 400) setFieldError(webhook, webhookErr, errorText(err));
      status.error(errorText(err));
    }
  });
}

/** After subscribing with a webhook: the signing secret, shown this once. */
function showSecret(d, result, cancel, confirm) {
  d.setTitle(t('sub.secretTitle'));
  fill(d.body,
    h('p', { class: 'ok-text', role: 'status' }, t('sub.ok', { title: titleOf(result.subscription) })),
    h('p', { class: 'revision-note', role: 'note', 'data-testid': 'secret-warning' }, t('sub.secretOnce')),
    copyField({ id: 'webhook-secret', labelText: t('sub.secret'), value: result.webhookSecret, testid: 'webhook-secret', hint: t('sub.secretHint') }));
  cancel.remove();
  const close = h('button', { type: 'button', id: 'secret-done', class: 'btn btn-primary', 'data-testid': 'secret-done', onclick: d.close }, t('sub.secretDone'));
  confirm.replaceWith(close);
  const line = d.footer.querySelector('[data-testid=subscribe-status]');
  if (line) clear(line);
  d.body.querySelector('#webhook-secret').focus();
}

function unsubscribeDialog(ctx, s) {
  const d = openDialog({ id: 'unsubscribe-dialog', title: t('sub.unsubscribeTitle') });
  const status = statusLine('unsubscribe-status');
  const confirm = h('button', { type: 'button', id: 'unsubscribe-confirm', class: 'btn btn-danger', 'data-testid': 'unsubscribe-confirm' }, t('sub.unsubscribe'));
  put(d.body, h('p', null, t('sub.unsubscribeText', { title: titleOf(s), unit: s.unit ? s.unit.name : '' })));
  put(d.footer, status.el, h('button', { type: 'button', id: 'unsubscribe-cancel', class: 'btn', onclick: d.close }, t('common.cancel')), confirm);
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      await Api.unsubscribe(s.id);
      announce(t('sub.unsubscribed'), 'ok');
      d.close();
      ctx.rerender();
    } catch (err) {
      confirm.disabled = false;
      status.error(errorText(err));
    }
  });
}
