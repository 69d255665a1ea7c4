import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sessionOwner } from '$shared/auth.js';
import { demoEnabled, ensureDemoSeeded } from '$lib/server/demo.js';
import { SESSION_COOKIE } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { isUnreadable } from '$lib/server/unreadable.js';

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

/**
 * A page that cannot be shown because one of the user's data files cannot be read says so, and the error page offers
 * what still works (settings, delete everything, sign out) instead of a link back to the same error. The store's
 * message names the file by its hash and the reason, never the user's words: it goes to the log for whoever restores it.
 */
export const handleError: HandleServerError = ({ error, event }) => {
  if (isUnreadable(error)) {
    console.error(`${event.url.pathname}: ${(error as Error).message}`);
    return { message: 'Some of your data could not be read.', unreadable: true };
  }
  console.error(error);
  return { message: 'Please try again in a moment.' };
};
