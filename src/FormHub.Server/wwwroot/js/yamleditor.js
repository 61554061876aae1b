// A small YAML editor without a build step: a textarea over a highlighted copy of its text (same font, same scroll),
// with a line-number gutter. Lines with problems are marked in the gutter and the text.
import { h } from './ui.js';

const HELPERS = /\b(count|sum|avg|min|max|where|groupBy|ratio|ageAt|prev|function|return|const|let|var|if|else|true|false|null)\b/g;

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One line as HTML: comment, key, list dash, quoted strings, numbers and the helper names. */
export function highlightLine(line) {
  const hash = line.search(/(^|\s)#/);
  const code = hash >= 0 ? line.slice(0, hash) : line;
  const comment = hash >= 0 ? line.slice(hash) : '';
  let html = '';
  const key = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)(:)(\s|$)/.exec(code);
  let rest = code;
  if (key) {
    html += escape(key[1]) + (key[2] ? `<span class="y-dash">${escape(key[2])}</span>` : '')
      + `<span class="y-key">${escape(key[3])}</span><span class="y-punct">:</span>`;
    rest = code.slice(key[0].length - key[5].length);
  } else {
    const dash = /^(\s*)(-\s+)/.exec(code);
    if (dash) { html += escape(dash[1]) + `<span class="y-dash">${escape(dash[2])}</span>`; rest = code.slice(dash[0].length); }
  }
  // strings first, then numbers and names outside them
  const parts = rest.split(/('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)/);
  html += parts.map((p, i) => (i % 2 === 1
    ? `<span class="y-str">${escape(p)}</span>`
    : escape(p).replace(/\b(\d+(?:\.\d+)?)\b/g, '<span class="y-num">$1</span>').replace(HELPERS, '<span class="y-fn">$1</span>'))).join('');
  if (comment) html += `<span class="y-comment">${escape(comment)}</span>`;
  return html;
}

/**
 * createEditor({ value, onInput, label }) → { element, value(), setValue(text), markProblems(lines), goTo(line, column) }
 */
export function createEditor({ value = '', onInput, label, testid = 'yaml-editor' }) {
  const gutter = h('div', { class: 'ye-gutter', 'aria-hidden': 'true', 'data-testid': `${testid}-gutter` });
  const code = h('pre', { class: 'ye-code', 'aria-hidden': 'true' });
  const area = h('textarea', {
    class: 'ye-input', spellcheck: 'false', autocapitalize: 'none', autocomplete: 'off', wrap: 'off',
    'aria-label': label, 'data-testid': testid,
  });
  const scroller = h('div', { class: 'ye-body' }, code, area);
  const element = h('div', { class: 'ye' }, gutter, scroller);
  let problems = new Set();

  function render() {
    const lines = area.value.split('\n');
    code.innerHTML = lines.map((l, i) => `<span class="ye-line${problems.has(i + 1) ? ' ye-bad' : ''}">${highlightLine(l) || ' '}</span>`).join('\n') + '\n';
    gutter.replaceChildren(...lines.map((_, i) => h('div', {
      class: problems.has(i + 1) ? 'ye-num ye-num-bad' : 'ye-num', 'data-line': i + 1,
      'data-testid': problems.has(i + 1) ? 'problem-line-marker' : null,
    }, String(i + 1))));
    sync();
  }
  function sync() {
    code.style.transform = `translate(${-area.scrollLeft}px, ${-area.scrollTop}px)`;
    gutter.scrollTop = area.scrollTop;
  }
  area.addEventListener('scroll', sync);
  area.addEventListener('input', () => { render(); if (onInput) onInput(area.value); });
  area.addEventListener('keydown', (e) => {
    // Tab indents with two spaces (YAML has no tabs) instead of leaving the editor; Esc then Tab leaves it.
    if (e.key === 'Tab' && !e.shiftKey && !area.dataset.escaped) {
      e.preventDefault();
      area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
      render();
      if (onInput) onInput(area.value);
    }
    if (e.key === 'Escape') area.dataset.escaped = '1'; else if (e.key !== 'Tab') delete area.dataset.escaped;
  });
  area.value = value;
  render();

  return {
    element,
    textarea: area,
    value: () => area.value,
    setValue: (text) => { area.value = text; render(); },
    markProblems: (lines) => { problems = new Set(lines); render(); },
    goTo: (line, column) => {
      const rows = area.value.split('\n');
      let at = 0;
      for (let i = 0; i < Math.min(line - 1, rows.length); i++) at += rows[i].length + 1;
      at += Math.max(0, (column || 1) - 1);
      area.focus();
      area.setSelectionRange(at, at);
    },
  };
}

/** Line diff (longest common subsequence) of two texts: [{ kind: ' ' | '-' | '+', text }]. */
export function diffLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length; const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [];
  let i = 0; let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { out.push({ kind: ' ', text: a[i] }); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: '-', text: a[i++] });
    else out.push({ kind: '+', text: b[j++] });
  }
  while (i < n) out.push({ kind: '-', text: a[i++] });
  while (j < m) out.push({ kind: '+', text: b[j++] });
  return out;
}
