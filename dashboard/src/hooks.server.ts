import type { Handle, ServerInit } from '@sveltejs/kit';
import { sessionOwner } from '$shared/auth.js';
import { demoEnabled, ensureDemoSeeded } from '$lib/server/demo.js';
import { SESSION_COOKIE } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

export const init: ServerInit = async () => {
  // Open the store at start-up so a bad DATA_DIR or an unreadable file shows in the log now, not on the first visit.
  await getStore();
  if (demoEnabled()) {
    try {
      await ensureDemoSeeded();
    } catch (err) {
      // The demo is a convenience; a failed seed must not keep the real dashboard from starting.
      console.error('Seeding the demo user failed:', err);
    }
  }
};

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.owner = null;
  event.locals.sessionToken = null;

  const token = event.cookies.get(SESSION_COOKIE);
  // The cookie is only a lookup key: the owner comes from the stored session (by the token's hash), never from
  // anything decoded out of the cookie itself. A token of the wrong shape is not even looked up.
  if (token && token.length <= 256) {
    const owner = await sessionOwner(await getStore(), token);
    if (owner) {
      event.locals.owner = owner;
      event.locals.sessionToken = token;
    }
  }

  const response = await resolve(event);
  // Pages carry someone's feelings: never cache them in shared caches or the back-forward cache of a shared computer.
  if (!event.url.pathname.startsWith('/_app/')) {
    response.headers.set('cache-control', 'no-store');
  }
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  return response;
};
