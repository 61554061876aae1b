// #/login — 用户名 / 密码; errors come from ProblemDetails `detail`.
import { t } from './i18n.js';
import { Api } from './api.js';
import { h, fill, errorText } from './ui.js';
import { signedIn, pageTitle } from './app.js';

export async function render(ctx) {
  pageTitle(t('login.title'));
  const error = h('div', { id: 'login-error', class: 'form-error', role: 'alert', 'aria-live': 'assertive', 'data-testid': 'login-error', hidden: true });
  const user = h('input', { id: 'login-user', name: 'userName', type: 'text', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true, 'aria-describedby': 'login-error' });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'login-error' });
  const submit = h('button', { id: 'login-submit', type: 'submit', class: 'btn btn-primary btn-block', 'data-testid': 'login-submit' }, t('login.submit'));

  const showError = (msg) => { error.textContent = msg; error.hidden = false; };

  const form = h('form', {
    class: 'login-form', novalidate: true, 'data-testid': 'login-form',
    onsubmit: async (e) => {
      e.preventDefault();
      error.hidden = true;
      if (!user.value.trim() || !password.value) { showError(t('login.required')); (user.value.trim() ? password : user).focus(); return; }
      submit.disabled = true;
      submit.textContent = t('login.busy');
      try {
        const result = await Api.login(user.value.trim(), password.value);
        await signedIn(result);
      } catch (err) {
        if (!ctx.isCurrent()) return;
        showError(errorText(err));
        password.value = '';
        password.focus();
      } finally {
        submit.disabled = false;
        submit.textContent = t('login.submit');
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'login-user' }, t('login.user')), user),
  h('div', { class: 'field' }, h('label', { for: 'login-password' }, t('login.password')), password),
  error,
  submit);

  fill(ctx.main, 
    h('section', { class: 'login-card panel', 'aria-labelledby': 'login-title', 'data-testid': 'login-page' },
      h('h1', { id: 'login-title', tabindex: '-1' }, t('login.title')),
      h('p', { class: 'muted' }, t('login.intro')),
      form));
  user.focus();
}
