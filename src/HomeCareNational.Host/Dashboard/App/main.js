// The dashboard: one page, one view per hash route (#/national, #/map, #/trend, #/board, #/prefecture/33, #/signin),
// so a link or a wall screen opens a view directly. Each view gets the route's parameters and a place to draw.
import { h, show } from './dom.js';
import { t, toggleLanguage, currentLanguage } from './i18n.js';
import * as session from './session.js';
import { SignInRequired } from './session.js';
import { nationalView } from './view-national.js';
import { mapView } from './view-map.js';
import { trendView } from './view-trend.js';
import { boardView } from './view-board.js';
import { prefectureView } from './view-prefecture.js';
import { signInView } from './view-signin.js';

const views = { national: nationalView, map: mapView, trend: trendView, board: boardView, prefecture: prefectureView, signin: signInView };
const main = document.getElementById('main');
const fiscalYearSelect = document.getElementById('fiscal-year');
let config = null;
let leaveView = null;
let expired = false;

/** The route of the current hash: its view, path segments after it, and its query parameters. */
function route() {
  const [path, search] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  return { name: views[name] ? name : 'national', rest, params: new URLSearchParams(search || '') };
}

/** A link to a view with the current fiscal year kept. */
export function link(name, params = {}) {
  const query = new URLSearchParams(params);
  const fiscalYear = route().params.get('fy');
  if (fiscalYear && !query.has('fy')) {
    query.set('fy', fiscalYear);
  }
  const search = query.toString();
  return `#/${name}${search ? `?${search}` : ''}`;
}

export function navigate(name, params) {
  location.hash = link(name, params);
}

/** The fiscal year the header's selector shows, or null for the service's default. */
export function selectedFiscalYear() {
  const year = Number(route().params.get('fy'));
  return Number.isInteger(year) && year > 0 ? year : null;
}

/** Fills the header's fiscal-year selector with the years that have data. */
export function offerFiscalYears(years, current) {
  show(fiscalYearSelect, years.map(y => h('option', { value: y.year, selected: y.year === current }, y.labelJa)));
}

/** A view's API call found the token no longer accepted: back to sign-in, saying why. */
export function requireSignIn(error) {
  if (!(error instanceof SignInRequired)) {
    throw error;
  }
  expired = error.message === 'expired';
  session.signOut();
  navigate('signin', { then: location.hash });
}

export const dashboardConfig = () => config;

/** Tells screen-reader users that figures changed, without moving their focus. */
export function announce(text) {
  document.getElementById('live-announcer').textContent = text;
}

function labelChrome() {
  document.documentElement.lang = currentLanguage();
  document.title = t('app.title');
  document.getElementById('app-title').textContent = t('app.title');
  document.getElementById('app-subtitle').textContent = t('app.subtitle');
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('main-nav').setAttribute('aria-label', t('nav.label'));
  document.getElementById('fiscal-year-label').textContent = t('fiscalYear');
  document.getElementById('footer-text').textContent = t('footer');
  const toggle = document.getElementById('language-toggle');
  toggle.textContent = t('language');
  toggle.lang = currentLanguage() === 'ja' ? 'en' : 'ja';
  for (const a of document.querySelectorAll('#main-nav a')) {
    a.textContent = t(a.dataset.label);
  }
  const signedIn = session.current();
  document.getElementById('signed-in-as').textContent = signedIn ? `${t('signedInAs')}${signedIn.label}` : '';
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t('signOut');
  signOut.hidden = !signedIn;
}

async function render() {
  leaveView?.();
  leaveView = null;
  const current = route();
  if (current.name !== 'signin' && !session.current()) {
    navigate('signin', { then: location.hash || '#/national' });
    return;
  }
  for (const a of document.querySelectorAll('#main-nav a')) {
    a.toggleAttribute('aria-current', false);
    if (a.dataset.route === current.name) {
      a.setAttribute('aria-current', 'page');
    }
  }
  labelChrome();
  const place = h('div', {});
  show(main, place);
  try {
    leaveView = (await views[current.name]({ place, rest: current.rest, params: current.params, expired })) || null;
  } catch (error) {
    requireSignIn(error);
    return;
  }
  expired = false;
  // The view's heading takes focus, so keyboard and screen-reader users start at the new content.
  main.querySelector('h1')?.focus();
}

async function start() {
  config = await (await fetch('/dashboard/config.json')).json();
  session.configure(config);
  await session.completeEntraSignIn();
  const label = document.getElementById('synthetic-label');
  if (config.demoDataLabel) {
    label.textContent = config.demoDataLabel;
    label.hidden = false;
  }
  fiscalYearSelect.addEventListener('change', () => {
    const current = route();
    current.params.set('fy', fiscalYearSelect.value);
    location.hash = `#/${[current.name, ...current.rest].join('/')}?${current.params}`;
  });
  document.getElementById('language-toggle').addEventListener('click', () => {
    toggleLanguage();
    render();
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    session.signOut();
    navigate('signin');
  });
  window.addEventListener('hashchange', render);
  render();
}

start();
