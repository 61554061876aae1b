// #/setup — 首次设置: the first admin of a new server, only from the server's own machine while there is no admin.
import './accounttexts.js';
import { t } from './i18n.js';
import { AccountsApi } from './api.js';
import { h, fill, errorText } from './ui.js';
import { pageTitle } from './app.js';

export async function render(ctx) {
  pageTitle(t('setup.title'));
  let needed = false;
  try { needed = (await AccountsApi.setupState()).needed; } catch { needed = false; }
  if (!ctx.isCurrent()) return;
  if (!needed) {
    fill(ctx.main, h('section', { class: 'panel', 'data-testid': 'setup-unavailable' }, h('h1', { tabindex: '-1' }, t('setup.title')), h('p', null, t('setup.unavailable')),
      h('p', null, h('a', { href: '#/login' }, t('login.title')))));
    return;
  }
  const field = (id, label, attrs = {}) => {
    const input = h('input', { id, type: 'text', ...attrs });
    return [input, h('div', { class: 'field' }, h('label', { for: id }, label), input)];
  };
  const [user, userRow] = field('setup-user', t('accounts.userName'), { autocapitalize: 'none', autocomplete: 'username' });
  const [name, nameRow] = field('setup-name', t('accounts.displayName'));
  const [scope, scopeRow] = field('setup-scope', t('setup.scope'), { inputmode: 'numeric', maxlength: 12 });
  const [password, passwordRow] = field('setup-password', t('password.new'), { type: 'password', autocomplete: 'new-password' });
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'setup-error' });
  fill(ctx.main, h('section', { class: 'login-card panel', 'data-testid': 'setup-page' },
    h('h1', { tabindex: '-1' }, t('setup.title')),
    h('p', { class: 'muted' }, t('setup.intro')),
    h('form', {
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        error.hidden = true;
        try {
          await AccountsApi.setupAdmin({ userName: user.value.trim(), displayName: name.value.trim(), scope: scope.value.trim(), password: password.value });
          fill(ctx.main, h('section', { class: 'panel panel-ok', 'data-testid': 'setup-done' }, h('p', null, t('setup.done')), h('p', null, h('a', { href: '#/login' }, t('login.title')))));
        } catch (err) {
          error.textContent = err.errors && Object.values(err.errors).length ? Object.values(err.errors).flat().join('；') : errorText(err);
          error.hidden = false;
        }
      },
    }, userRow, nameRow, scopeRow, passwordRow, h('p', { class: 'hint muted' }, t('password.rules')), error,
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, t('setup.submit')))));
}
