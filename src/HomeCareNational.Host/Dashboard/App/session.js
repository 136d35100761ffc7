// Who is signed in, and the access token the API calls carry. A development token (the development sign-in) or an
// Entra access token from MSAL.js (authorization code flow with PKCE); either way it lives in this tab's
// sessionStorage only and is forgotten with the tab.
const storageKey = 'homecare.dashboard.session';

let config = null;
let msalClient = null;

/** Thrown when the API no longer accepts the token: the page goes back to sign-in. */
export class SignInRequired extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'SignInRequired';
  }
}

export function configure(dashboardConfig) {
  config = dashboardConfig;
}

export function current() {
  const stored = sessionStorage.getItem(storageKey);
  return stored ? JSON.parse(stored) : null;
}

export function signOut() {
  sessionStorage.removeItem(storageKey);
  const account = msalClient?.getActiveAccount();
  if (account) {
    msalClient.setActiveAccount(null);
  }
}

function remember(session) {
  sessionStorage.setItem(storageKey, JSON.stringify(session));
}

export async function signInForDevelopment(role, prefectureCode) {
  const response = await fetch('/dashboard/development-token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, prefectureCode: prefectureCode || null })
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `HTTP ${response.status}`);
  }
  const issued = await response.json();
  remember({ via: 'development', accessToken: issued.accessToken, expiresOn: issued.expiresOn, label: role + (prefectureCode ? ` (${prefectureCode})` : '') });
}

async function msal() {
  if (!msalClient) {
    msalClient = new window.msal.PublicClientApplication({
      auth: { clientId: config.entra.clientId, authority: config.entra.authority, redirectUri: `${location.origin}/dashboard`, navigateToLoginRequestUrl: false },
      cache: { cacheLocation: 'sessionStorage' }
    });
    await msalClient.initialize();
  }
  return msalClient;
}

/** Starts Entra sign-in; the browser leaves for Entra and comes back to /dashboard with the authorization code. */
export async function signInWithEntra() {
  const client = await msal();
  await client.loginRedirect({ scopes: config.entra.scopes });
}

/** Completes an Entra sign-in when the page was opened by Entra's redirect; otherwise does nothing. */
export async function completeEntraSignIn() {
  const returning = /[?#&](code|error)=/.test(location.href);
  if (!returning && current()?.via !== 'entra') {
    return;
  }
  const client = await msal();
  const result = await client.handleRedirectPromise();
  if (result?.account) {
    client.setActiveAccount(result.account);
    remember({ via: 'entra', label: result.account.name || result.account.username, expiresOn: result.expiresOn });
    history.replaceState(null, '', '/dashboard#/national');
  }
}

/** The token for the next API call; a SignInRequired when there is none or it has expired. */
export async function accessToken() {
  const session = current();
  if (!session) {
    throw new SignInRequired('none');
  }
  if (session.via === 'entra') {
    const client = await msal();
    const account = client.getActiveAccount() || client.getAllAccounts()[0];
    if (!account) {
      throw new SignInRequired('expired');
    }
    try {
      return (await client.acquireTokenSilent({ scopes: config.entra.scopes, account })).accessToken;
    } catch {
      throw new SignInRequired('expired');
    }
  }
  if (new Date(session.expiresOn) <= new Date()) {
    throw new SignInRequired('expired');
  }
  return session.accessToken;
}
