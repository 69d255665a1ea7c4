import { createSession } from '../../shared/auth.js';
import type { Owner } from '../../shared/schemas.js';
import type { RunningApp } from './app.js';

/** A plain browser-like form POST (no JavaScript): same-origin unless told otherwise, HTML wanted back. */
export async function postForm(
  app: RunningApp,
  path: string,
  fields: Record<string, string>,
  options: { cookie?: string; origin?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
    headers: {
      origin: options.origin ?? app.url,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
  });
}

export async function get(app: RunningApp, path: string, cookie?: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { redirect: 'manual', headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
}

/** Signs in over HTTP with a code and returns the `name=value` cookie pair and the raw Set-Cookie header. */
export async function signInHttp(app: RunningApp, code: string, headers: Record<string, string> = {}, origin?: string) {
  const res = await postForm(app, '/signin', { code }, { headers, ...(origin ? { origin } : {}) });
  const setCookie = res.headers.get('set-cookie');
  return { res, setCookie, cookie: setCookie ? setCookie.split(';')[0]! : null };
}

/**
 * A signed-in session's cookie, made in the store as sign-in makes it. Not through the sign-in form: each of its tries
 * counts against this client's budget (CLIENT_ATTEMPTS_PER_WINDOW), and most tests are about the pages, not signing in.
 */
export async function sessionCookie(app: RunningApp, owner: Owner): Promise<string> {
  const { token } = await createSession(app.store, owner);
  // The dashboard's cookie (SESSION_COOKIE in dashboard/src/lib/server/session.ts).
  return `bs_session=${token}`;
}

/** The visible text of an HTML page, roughly: tags dropped, entities for & < > and quotes decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&rsquo;|\u2019/g, "'")
    .replace(/\s+/g, ' ');
}
