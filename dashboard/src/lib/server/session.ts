import { error, redirect, type Cookies } from '@sveltejs/kit';
import type { Owner } from '$shared/schemas.js';

export const SESSION_COOKIE = 'bs_session';

/**
 * Sets the session cookie. HttpOnly so page scripts cannot read it, SameSite=Lax so it is not sent on cross-site
 * posts, Secure whenever the request came over HTTPS (behind a proxy, adapter-node's PROTOCOL_HEADER makes the URL
 * https). The cookie holds only the random token; the store keeps its hash.
 */
export function setSessionCookie(cookies: Cookies, url: URL, session: { token: string; expiresAt: string }): void {
  cookies.set(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}

/**
 * The one guard for pages with user data: returns the signed-in owner or sends the browser to sign in, remembering
 * where it was going. Every store call after it is scoped to this owner, so an id that belongs to someone else is
 * simply not found.
 */
export function requireUser(locals: App.Locals, url: URL): Owner {
  if (locals.owner) return locals.owner;
  const next = url.pathname + url.search;
  redirect(303, next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`);
}

/** The same guard for download endpoints, where a redirect to a page would be saved as the "file": 401 instead. */
export function requireUserForApi(locals: App.Locals): Owner {
  if (locals.owner) return locals.owner;
  error(401, { message: 'Sign in to download your data.' });
}

const SAME_SITE = 'http://same-site.invalid';

/**
 * Only same-site paths are followed after sign-in, so a crafted link cannot bounce the user to another site. Browsers
 * drop tabs and line breaks from a URL and read a backslash as a slash, so `/<tab>/evil.example` is `//evil.example`:
 * the value is parsed as a browser would, and anything that is not a plain path on this site means the home page.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, SAME_SITE);
  } catch {
    return '/';
  }
  if (url.origin !== SAME_SITE || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
