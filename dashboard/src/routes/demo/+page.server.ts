import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createSession } from '$shared/auth.js';
import { demoEnabled, ensureDemoSeeded } from '$lib/server/demo.js';
import { setSessionCookie } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/** The demo sign-in exists only in demo mode (DEMO=1); otherwise this route is not there at all. */
function requireDemo(): void {
  if (!demoEnabled()) error(404, { message: 'Not found' });
}

/** `{}`: the page is only a button; it exists so the route answers GET in demo mode. */
export const load = (() => {
  requireDemo();
  return {};
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ cookies, url }) => {
    requireDemo();
    const owner = await ensureDemoSeeded();
    setSessionCookie(cookies, url, await createSession(await getStore(), owner));
    redirect(303, '/');
  },
} satisfies Actions;
