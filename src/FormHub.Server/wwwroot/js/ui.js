// Small DOM helpers shared by the pages.
import { state } from './state.js';
import { t, fmtPeriodKey, fmtDateTime } from './i18n.js';

/** h('div', { class: 'x', onclick: fn }, child, 'text', [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value' && (tag === 'input' || tag === 'textarea' || tag === 'select')) el.value = v;
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

/** Append children, skipping null/false (Element.append would write "null"). */
export function put(el, ...children) { return append(el, children); }

/** Replace an element's children. */
export function fill(el, ...children) { clear(el); return append(el, children); }

/** Polite announcement in the page-wide live region (screen readers; also visible as a toast). */
export function announce(message, kind = 'info') {
  const region = document.getElementById('live-status');
  if (!region) return;
  region.textContent = '';
  region.className = `toast toast-${kind}`;
  // a fresh text node so repeated messages are read again
  setTimeout(() => { region.textContent = message; }, 30);
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => { region.textContent = ''; region.className = 'toast'; }, 6000);
}

export function clearAnnouncement() {
  const region = document.getElementById('live-status');
  clearTimeout(announce.timer);
  if (region) { region.textContent = ''; region.className = 'toast'; }
}

/** An inline status line: role=status (polite) for success, role=alert for errors. */
export function statusLine(testid) {
  const el = h('div', { class: 'status-line', 'aria-live': 'polite', 'data-testid': testid });
  return {
    el,
    ok(msg) { clear(el); el.className = 'status-line status-ok'; el.setAttribute('role', 'status'); el.textContent = msg; },
    error(msg, extra) {
      clear(el); el.className = 'status-line status-error'; el.setAttribute('role', 'alert');
      append(el, [h('span', null, msg), extra || null]);
    },
    info(msg) { clear(el); el.className = 'status-line'; el.setAttribute('role', 'status'); el.textContent = msg; },
    clear() { clear(el); el.className = 'status-line'; el.removeAttribute('role'); },
  };
}

export function loading() {
  return h('p', { class: 'loading', role: 'status', 'aria-live': 'polite' }, t('common.loading'));
}

/**
 * The message a user reads for a failure: the server's own (already in their language), else a translated one —
 * never a raw status, an HTML error page or a script's English exception text.
 */
export function errorText(err) {
  const fromServer = err && typeof err.status === 'number' ? err.detail : null;
  return fromServer
    || (err && err.status === 403 ? t('error.forbidden')
      : err && err.status === 404 ? t('error.notFound')
        : err && err.status >= 500 ? t('error.server')
          : t('error.unexpected'));
}

/**
 * A failure on a status line. A 409 (someone else saved first) says so and, with `onReload`, offers 重新加载
 * (button id and data-testid `reloadId`); anything else shows errorText(). `message` replaces the text.
 */
export function showFailure(status, err, { onReload, reloadId = 'reload', message } = {}) {
  const conflict = !!err && err.status === 409;
  const text = message || (conflict ? (err.detail || t('save.conflict')) : errorText(err));
  status.error(text, conflict && onReload
    ? h('button', { type: 'button', id: reloadId, class: 'btn', 'data-testid': reloadId, onclick: onReload }, t('common.reload'))
    : null);
}

/** A small summary figure: title, value, optional note. */
export function statCard(testid, title, value, note) {
  return h('div', { class: 'card stat', 'data-testid': testid },
    h('div', { class: 'stat-title' }, title),
    h('div', { class: 'stat-value' }, value),
    note ? h('div', { class: 'stat-note' }, note) : null);
}

/** A page-level error with an optional retry button. */
export function errorPanel(err, onRetry) {
  const msg = errorText(err);
  return h('div', { class: 'panel panel-error', role: 'alert', 'data-testid': 'page-error' },
    h('p', null, msg),
    onRetry ? h('button', { type: 'button', class: 'btn', onclick: onRetry }, t('common.retry')) : null);
}

/** Wrap a table so it scrolls sideways on a narrow screen instead of widening the page. */
/**
 * A table that scrolls sideways inside its own box. When it is wider than the box (a phone), a line above says so and a
 * shadow marks the edge that hides more columns; both go once the table fits or is scrolled to that edge.
 */
export function tableWrap(table, labelText) {
  const wrap = h('div', { class: 'table-wrap', role: 'region', 'aria-label': labelText || null, tabindex: '0' }, table);
  const hint = h('p', { class: 'scroll-hint small muted', 'data-testid': 'scroll-hint', hidden: true }, t('table.scrollHint'));
  const edges = h('div', { class: 'table-edges', 'data-testid': 'table-edges' }, wrap);
  const box = h('div', { class: 'table-scroll' }, hint, edges);
  const update = () => {
    const more = wrap.scrollWidth - wrap.clientWidth > 1;
    hint.hidden = !more;
    edges.classList.toggle('more-right', more && wrap.scrollLeft + wrap.clientWidth < wrap.scrollWidth - 1);
    edges.classList.toggle('more-left', more && wrap.scrollLeft > 1);
  };
  wrap.addEventListener('scroll', update, { passive: true });
  if (typeof ResizeObserver === 'function') {
    const watch = new ResizeObserver(update);
    watch.observe(wrap);
    watch.observe(table);
  }
  return box;
}

const STATUS_CLASS = { draft: 'badge-draft', submitted: 'badge-submitted', returned: 'badge-returned', approved: 'badge-approved', revisionRequested: 'badge-approved' };

export function statusBadge(status, testid) {
  return h('span', { class: `badge ${STATUS_CLASS[status] || ''}`, 'data-status': status, 'data-testid': testid || null },
    t(`status.${status}`));
}

/** Status badge plus 逾期 and 第N次更正 badges. */
export function statusBadges(sub, testid) {
  if (!sub) return h('span');
  return h('span', { class: 'badges', 'data-testid': testid || null },
    statusBadge(sub.status),
    sub.late ? h('span', { class: 'badge badge-late', 'data-status': 'late' }, t('status.late')) : null,
    sub.revision > 0 ? h('span', { class: 'badge badge-revision' }, t('status.revision', { n: sub.revision })) : null);
}

/** Periods going back from the current one (the API has no period list): months, quarters (2026Q4) or years (2026). */
export function periodOptions(current, count = 12) {
  const keys = [];
  const q = /^(\d{4})Q([1-4])$/.exec(current || '');
  if (q) {
    let y = +q[1]; let n = +q[2];
    for (let i = 0; i < Math.min(count, 8); i++) {
      keys.push(`${y}Q${n}`);
      n -= 1; if (n === 0) { n = 4; y -= 1; }
    }
    return keys;
  }
  if (/^\d{4}$/.test(current || '')) {
    for (let i = 0; i < Math.min(count, 5); i++) keys.push(String(+current - i));
    return keys;
  }
  const m = /^(\d{4})-(\d{2})$/.exec(current || '');
  if (!m) return current ? [current] : [];
  let y = +m[1]; let mo = +m[2];
  for (let i = 0; i < count; i++) {
    keys.push(`${y}-${String(mo).padStart(2, '0')}`);
    mo -= 1; if (mo === 0) { mo = 12; y -= 1; }
  }
  return keys;
}

/** <label>期别</label><select id="period-select"> (one per page) */
export function periodSelector(currentKey, selectedKey, onChange) {
  // months before the county's reporting start (or the templates' first period) are not filed, so not offered
  const first = state.me && state.me.firstPeriod;
  const keys = periodOptions(currentKey).filter((k) => !first || !/^\d{4}-\d{2}$/.test(k) || k >= first);
  if (selectedKey && !keys.includes(selectedKey)) keys.unshift(selectedKey);
  const select = h('select', { id: 'period-select', name: 'period', onchange: (e) => onChange(e.target.value) },
    keys.map((k) => {
      const o = h('option', { value: k }, fmtPeriodKey(k));
      if (k === selectedKey) o.selected = true;
      return o;
    }));
  return h('div', { class: 'period-selector' }, h('label', { for: 'period-select' }, t('common.period')), select);
}

/**
 * A modal dialog built on <dialog>. Returns { dialog, body, footer, close }.
 * The dialog removes itself from the DOM when closed.
 */
export function openDialog({ id, title, testid, onClose }) {
  const titleId = `${id}-title`;
  const body = h('div', { class: 'dialog-body' });
  const footer = h('div', { class: 'dialog-footer' });
  const closeBtn = h('button', { type: 'button', class: 'btn btn-ghost dialog-x', 'aria-label': t('common.close'), id: `${id}-close` }, '×');
  const dialog = h('dialog', { id, class: 'dialog', 'aria-labelledby': titleId, 'data-testid': testid || id },
    h('div', { class: 'dialog-head' }, h('h2', { id: titleId }, title), closeBtn),
    body, footer);
  const close = () => { if (dialog.open) dialog.close(); };
  closeBtn.addEventListener('click', close);
  dialog.addEventListener('close', () => { dialog.remove(); if (onClose) onClose(); });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, footer, close, setTitle: (s) => { dialog.querySelector(`#${titleId}`).textContent = s; } };
}

export function updatedLine(sub) {
  if (!sub || (!sub.updatedBy && !sub.updatedAt)) return null;
  return t('summary.updated', { user: sub.updatedBy || '', at: fmtDateTime(sub.updatedAt) });
}

/** Message texts from a ProblemDetails errors value (array or string). */
export function messages(value) {
  if (!value) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Message texts as one line, separated the reader's way (；in Chinese, ; in English). */
export function messageText(value) {
  return messages(value).join(t('common.messageSep'));
}

/**
 * Set or clear the inline error under an input; keeps aria-invalid in step.
 * Only a visible error carries data-testid="field-error", so tests can count what the user sees.
 */
export function setFieldError(input, errorEl, message) {
  if (!errorEl) return;
  if (message) {
    errorEl.textContent = message;
    errorEl.hidden = false;
    errorEl.setAttribute('data-testid', 'field-error');
    if (input) input.setAttribute('aria-invalid', 'true');
  } else {
    errorEl.textContent = '';
    errorEl.hidden = true;
    errorEl.removeAttribute('data-testid');
    if (input) input.removeAttribute('aria-invalid');
  }
}
