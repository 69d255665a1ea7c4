import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ entry }`: the entry about to be deleted, shown in full so the person sees exactly what goes. A separate
 * confirmation page (rather than a script dialog) works without JavaScript.
 */
export const load = (async ({ locals, url, params }) => {
  const owner = requireUser(locals, url);
  const entry = await (await getStore()).getCheckIn(owner, params.id);
  if (!entry) error(404, { message: 'There is no such entry.' });
  return { entry };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, url, params }) => {
    const owner = requireUser(locals, url);
    // deleteCheckIn is scoped to the owner, so another person's id deletes nothing and answers 404.
    const deleted = await (await getStore()).deleteCheckIn(owner, params.id);
    if (!deleted) error(404, { message: 'There is no such entry.' });
    redirect(303, '/history?deleted=1');
  },
} satisfies Actions;
