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
