// Sign-in: Microsoft Entra ID through MSAL.js, and — only when the service offers it (the development issuer is on,
// never in Production) — the development sign-in, which asks the service for a development token.
import { h, show } from './dom.js';
import { t, currentLanguage } from './i18n.js';
import * as session from './session.js';
import { dashboardConfig } from './main.js';
import { heading } from './parts.js';

export async function signInView({ place, params, expired }) {
  const config = dashboardConfig();
  const then = params.get('then') || '#/national';
  const message = h('p', { id: 'signin-message', role: 'alert' }, expired ? t('signin.expired') : '');
  const proceed = () => {
    location.hash = then.startsWith('#/signin') ? '#/national' : then;
  };

  const parts = [heading(t('signin.title')), message,
    h('p', {}, h('button', { type: 'button', id: 'signin-entra', onclick: () => session.signInWithEntra().catch(e => { message.textContent = t('signin.failed') + e.message; }) }, t('signin.entra')))];

  if (config.developmentSignIn) {
    const ja = currentLanguage() === 'ja';
    const prefecture = h('select', { id: 'signin-prefecture', name: 'prefecture', disabled: true },
      config.prefectures.map(p => h('option', { value: p.code }, `${p.code} ${ja ? p.nameJa : p.nameEn}`)));
    const role = h('select', { id: 'signin-role', name: 'role', onchange: e => { prefecture.disabled = !config.prefectureBoundRoles.includes(e.target.value); } },
      config.roles.map(r => h('option', { value: r }, r)));
    const form = h('form', { id: 'signin-development', 'aria-labelledby': 'signin-development-title', onsubmit: async e => {
      e.preventDefault();
      try {
        await session.signInForDevelopment(role.value, prefecture.disabled ? null : prefecture.value);
        proceed();
      } catch (error) {
        message.textContent = t('signin.failed') + error.message;
      }
    } },
      h('h2', { id: 'signin-development-title' }, t('signin.development')),
      h('p', {}, t('signin.developmentNote')),
      h('div', { className: 'field' }, h('label', { for: 'signin-role' }, t('signin.role')), role),
      h('div', { className: 'field' }, h('label', { for: 'signin-prefecture' }, t('signin.prefecture')), prefecture),
      h('button', { type: 'submit', id: 'signin-submit' }, t('signin.submit')));
    parts.push(form);
  }
  show(place, h('div', { className: 'signin' }, parts));
  return null;
}
