// What a person typed into a form whose save lost to another window or person (409), kept across 重新加载 so nothing
// typed is lost: the record dialog (roster.js) and the village's own form (form.js) both use it.
import { t } from './i18n.js';
import { h } from './ui.js';

/** What the user changed in the dialog, by field: the raw input and how it read (an option's text, not its value). */
export function typedValues(fs) {
  const kept = {};
  for (const c of fs.controls) {
    if (c.input.readOnly || c.input.disabled || !c.dirty()) continue;
    const text = c.input.tagName === 'SELECT' ? (c.input.selectedOptions[0] || {}).textContent || '' : c.raw();
    kept[c.field.name] = { raw: c.raw(), text };
  }
  return kept;
}

/**
 * After a conflict: the dialog shows the current values; beside each field the user had typed, what they typed and a
 * button that puts it back. Returns the note for the top of the dialog.
 */
export function keepTyped(fs, typed) {
  let n = 0;
  for (const [name, { raw, text }] of Object.entries(typed)) {
    const c = fs.get(name);
    if (!c) continue;
    n++;
    const same = c.raw() === raw;
    const use = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `kept-use-${name}`, disabled: same,
      onclick: () => {
        c.input.value = raw;
        c.input.dispatchEvent(new Event(c.input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
        use.disabled = true;
      } }, t('conflict.useMine'));
    c.errorEl.before(h('div', { class: 'kept-value', 'data-testid': `kept-${name}` },
      h('span', null, t('conflict.typed', { value: text === '' ? t('conflict.empty') : text })), ' ', use));
  }
  return n ? h('p', { class: 'panel kept-note', role: 'note', 'data-testid': 'kept-note' }, t('conflict.keptNote', { n })) : null;
}
