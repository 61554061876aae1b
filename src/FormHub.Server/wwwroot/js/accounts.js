// #/accounts — 账号管理 (admins): the accounts as a table with their actions, a form for a new account, cadres from CSV.
import './accounttexts.js';
import { t } from './i18n.js';
import { AccountsApi } from './api.js';
import { h, fill, put, announce, errorText, tableWrap, openDialog, messageText } from './ui.js';
import { pageTitle } from './app.js';

const ROLES = ['cadre', 'reviewer', 'department', 'admin'];
const roleName = (role) => t(role === 'cadre' ? 'role.cadre.long' : `role.${role}`);

/** The inputs of an account (new or edited), each with its inline error under it. */
function accountFields(idPrefix, account) {
  const input = (name, attrs = {}) => h('input', { id: `${idPrefix}-${name}`, name, type: 'text', ...attrs });
  const fields = {
    userName: input('userName', { autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', value: account?.userName ?? '', disabled: !!account }),
    displayName: input('displayName', { value: account?.displayName ?? '' }),
    role: h('select', { id: `${idPrefix}-role`, name: 'role' }, ROLES.map((r) => h('option', { value: r, selected: account?.role === r }, roleName(r)))),
    scope: input('scope', { inputmode: 'numeric', maxlength: 12, value: account?.scope ?? '', 'aria-describedby': `${idPrefix}-scope-hint` }),
    department: input('department', { value: account?.department ?? '' }),
    phone: input('phone', { type: 'tel', value: account?.phone ?? '' }),
  };
  if (!account) fields.password = input('password', { type: 'password', autocomplete: 'new-password', 'aria-describedby': `${idPrefix}-password-hint` });
  const errors = {};
  const rows = Object.entries(fields).map(([name, el]) => {
    errors[name] = h('div', { class: 'field-error', hidden: true, id: `${idPrefix}-${name}-error` });
    const hint = name === 'scope' ? h('p', { class: 'hint muted', id: `${idPrefix}-scope-hint` }, t('accounts.scopeHint'))
      : name === 'password' ? h('p', { class: 'hint muted', id: `${idPrefix}-password-hint` }, t('accounts.passwordHint')) : null;
    return h('div', { class: 'field' }, h('label', { for: el.id }, t(`accounts.${name}`)), el, hint, errors[name]);
  });
  const values = () => Object.fromEntries(Object.entries(fields).map(([k, el]) => [k, el.value.trim() || null]));
  const showErrors = (err) => {
    for (const el of Object.values(errors)) { el.hidden = true; el.textContent = ''; }
    const found = err?.errors || {};
    let shown = false;
    for (const [key, value] of Object.entries(found)) {
      if (errors[key]) { errors[key].textContent = messageText(value); errors[key].hidden = false; errors[key].setAttribute('data-testid', 'field-error'); shown = true; }
    }
    return shown;
  };
  return { rows, values, showErrors, fields };
}

function oneTimeNote(name, password) {
  return h('div', { class: 'panel panel-ok', role: 'status', 'data-testid': 'one-time-password' },
    h('p', null, t('accounts.created', { name })),
    h('p', null, t('accounts.oneTime'), ' ', h('code', { 'data-testid': 'one-time-password-value' }, password)));
}

export async function render(ctx) {
  pageTitle(t('accounts.title'));
  const accounts = await AccountsApi.list();
  if (!ctx.isCurrent()) return;
  const result = h('div', { 'data-testid': 'accounts-result', 'aria-live': 'polite' });

  // --- new account
  const create = accountFields('new-account');
  const formError = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'account-form-error' });
  const createForm = h('form', {
    class: 'panel account-form', novalidate: true, 'data-testid': 'account-create',
    onsubmit: async (e) => {
      e.preventDefault();
      formError.hidden = true;
      const body = create.values();
      try {
        const answer = await AccountsApi.create(body);
        await render(ctx);
        const note = answer.oneTimePassword ? oneTimeNote(answer.account.userName, answer.oneTimePassword)
          : h('p', { class: 'panel panel-ok', role: 'status' }, t('accounts.created', { name: answer.account.userName }));
        document.querySelector('[data-testid="accounts-result"]')?.replaceChildren(note);
      } catch (err) {
        if (!create.showErrors(err)) { formError.textContent = errorText(err); formError.hidden = false; }
      }
    },
  }, h('h2', null, t('accounts.create')), ...create.rows, formError,
  h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'account-create-submit' }, t('accounts.create')));

  // --- the table
  const act = (label, testid, fn) => h('button', { type: 'button', class: 'btn btn-small', 'data-testid': testid, onclick: fn }, label);
  const run = async (fn, message) => {
    try {
      const note = await fn();
      await render(ctx);
      document.querySelector('[data-testid="accounts-result"]')?.replaceChildren(note ?? h('p', { class: 'panel panel-ok', role: 'status' }, message));
    } catch (err) { announce(errorText(err), 'error'); }
  };
  const rows = accounts.map((a) => h('tr', { 'data-testid': 'account-row', 'data-user': a.userName },
    h('td', null, a.userName),
    h('td', null, a.displayName),
    h('td', null, roleName(a.role)),
    h('td', null, a.scope, a.department ? ` · ${a.department}` : ''),
    h('td', { 'data-testid': 'account-phone' }, a.phone ?? ''),
    h('td', { 'data-testid': 'account-state' }, a.disabled ? t('accounts.disabledState') : a.mustChangePassword ? t('accounts.mustChange') : t('accounts.enabled')),
    h('td', { class: 'actions' },
      act(t('accounts.edit'), 'account-edit', () => edit(a)),
      a.disabled
        ? act(t('accounts.enable'), 'account-enable', () => run(() => AccountsApi.enable(a.userName).then(() => null), t('accounts.enabledDone', { name: a.userName })))
        : act(t('accounts.disable'), 'account-disable', () => {
          if (!window.confirm(t('accounts.confirmDisable', { name: a.userName }))) return;
          run(() => AccountsApi.disable(a.userName).then(() => null), t('accounts.disabledDone', { name: a.userName }));
        }),
      act(t('accounts.reset'), 'account-reset', () => run(async () => {
        const answer = await AccountsApi.reset(a.userName);
        return h('div', { class: 'panel panel-ok', role: 'status', 'data-testid': 'one-time-password' },
          h('p', null, t('accounts.oneTime'), ' ', h('code', { 'data-testid': 'one-time-password-value' }, answer.oneTimePassword)));
      })),
      act(t('accounts.signOutAll'), 'account-signout-all', () => run(() => AccountsApi.signOutEverywhere(a.userName).then(() => null),
        t('accounts.signedOutAll', { name: a.userName }))),
      a.phone ? act(t('accounts.showPhone'), 'account-show-phone', async (e) => {
        try { e.target.closest('tr').querySelector('[data-testid="account-phone"]').textContent = (await AccountsApi.phone(a.userName)).phone ?? ''; }
        catch (err) { announce(errorText(err), 'error'); }
      }) : null)));
  const table = h('table', { class: 'table', 'data-testid': 'accounts-table' },
    h('thead', null, h('tr', null, ['userName', 'displayName', 'role', 'scope', 'phone', 'state', 'actions'].map((k) => h('th', { scope: 'col' }, t(`accounts.${k}`))))),
    h('tbody', null, rows));

  function edit(account) {
    const dlg = openDialog({ id: 'account-edit-dialog', title: `${t('accounts.edit')} ${account.userName}`, testid: 'account-edit-dialog' });
    const f = accountFields('edit-account', account);
    const err = h('div', { class: 'form-error', role: 'alert', hidden: true });
    put(dlg.body, ...f.rows, err);
    put(dlg.footer,
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: dlg.close }, t('common.cancel')),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'account-edit-save', onclick: async () => {
        const body = f.values();
        try {
          await AccountsApi.update(account.userName, body);
          dlg.close();
          run(async () => null, t('accounts.saved', { name: account.userName }));
        } catch (e) { if (!f.showErrors(e)) { err.textContent = errorText(e); err.hidden = false; } }
      } }, t('accounts.save')));
  }

  // --- cadres from CSV
  const csv = h('textarea', { id: 'accounts-csv', rows: 5, 'aria-describedby': 'accounts-csv-hint', 'data-testid': 'accounts-csv' });
  const csvErrors = h('ul', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'accounts-csv-errors' });
  const csvForm = h('form', {
    class: 'panel', novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      csvErrors.hidden = true;
      try {
        const created = await AccountsApi.createCadres(csv.value);
        await render(ctx);
        document.querySelector('[data-testid="accounts-result"]')?.replaceChildren(h('div', { class: 'panel panel-ok', role: 'status', 'data-testid': 'one-time-password' },
          h('p', null, t('accounts.csvDone', { count: created.length })),
          h('ul', null, created.map((c) => h('li', null, `${c.account.userName}（${c.account.displayName}）：`, h('code', null, c.oneTimePassword))))));
      } catch (err) {
        const lines = err.problem?.lines || [];
        fill(csvErrors, h('li', null, errorText(err)), ...lines.map((l) => h('li', null, l)));
        csvErrors.hidden = false;
      }
    },
  }, h('h2', null, h('label', { for: 'accounts-csv' }, t('accounts.csv'))), h('p', { class: 'hint muted', id: 'accounts-csv-hint' }, t('accounts.csvHint')),
  csv, csvErrors, h('button', { type: 'submit', class: 'btn', 'data-testid': 'accounts-csv-submit' }, t('accounts.csvSubmit')));

  fill(ctx.main, h('section', { 'data-testid': 'accounts-page' },
    h('h1', { tabindex: '-1' }, t('accounts.title')),
    h('p', { class: 'muted' }, t('accounts.intro')),
    result,
    h('p', null, t('accounts.count', { count: accounts.length })),
    tableWrap(table, t('accounts.title')),
    createForm,
    csvForm));
}
