// #/password — 修改密码: the user's own password (forced after a one-time password), and 退出所有设备.
import './accounttexts.js';
import { t } from './i18n.js';
import { AccountsApi, setCsrfToken } from './api.js';
import { h, fill, errorText, announce } from './ui.js';
import { pageTitle, signedIn, signedOut } from './app.js';
import { state } from './state.js';

export async function render(ctx) {
  pageTitle(t('password.title'));
  const input = (id, autocomplete) => h('input', { id, type: 'password', autocomplete, required: true, 'aria-describedby': 'password-error' });
  const current = input('password-current', 'current-password');
  const next = input('password-new', 'new-password');
  const repeat = input('password-repeat', 'new-password');
  const error = h('div', { id: 'password-error', class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'password-error' });
  const form = h('form', {
    class: 'panel', novalidate: true, 'data-testid': 'password-form',
    onsubmit: async (e) => {
      e.preventDefault();
      error.hidden = true;
      if (next.value !== repeat.value) { error.textContent = t('password.mismatch'); error.hidden = false; return; }
      try {
        const answer = await AccountsApi.changePassword(current.value, next.value);
        setCsrfToken(answer.csrfToken);
        announce(t('password.done'));
        await signedIn(answer);
      } catch (err) {
        error.textContent = err.errors && Object.values(err.errors).length ? Object.values(err.errors).flat().join('；') : errorText(err);
        error.hidden = false;
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: current.id }, t('password.current')), current),
  h('div', { class: 'field' }, h('label', { for: next.id }, t('password.new')), next),
  h('div', { class: 'field' }, h('label', { for: repeat.id }, t('password.repeat')), repeat),
  h('p', { class: 'hint muted' }, t('password.rules')),
  error,
  h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'password-submit' }, t('password.submit')));
  const everywhere = h('section', { class: 'panel' },
    h('p', { class: 'muted' }, t('password.signOutAllHint')),
    h('button', { type: 'button', class: 'btn', 'data-testid': 'signout-everywhere', onclick: async () => {
      try { await AccountsApi.signOutMyEverywhere(); await signedOut(); } catch (err) { announce(errorText(err), 'error'); }
    } }, t('password.signOutAll')));
  fill(ctx.main, h('section', { 'data-testid': 'password-page' },
    h('h1', { tabindex: '-1' }, t('password.title')),
    state.me?.mustChangePassword ? h('p', { class: 'panel panel-warn', role: 'status', 'data-testid': 'must-change' }, t('password.mustChange')) : null,
    form,
    state.me?.mustChangePassword ? null : everywhere));
  current.focus();
}
