import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { endSession } from '$shared/auth.js';
import { clearSessionCookie } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/** Nothing to show: signing out is a POST (a link could be triggered by another site), so GET goes home. */
export const load = (() => {
  redirect(303, '/');
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, cookies, url }) => {
    // Ends this session in the store too, so a copied cookie stops working, not just this browser's copy.
    if (locals.sessionToken) await endSession(await getStore(), locals.sessionToken);
    clearSessionCookie(cookies, url);
    redirect(303, '/signin?message=signedout');
  },
} satisfies Actions;
