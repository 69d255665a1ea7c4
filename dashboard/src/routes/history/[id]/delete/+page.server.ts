import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser, safeNext } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ entry, back }`: the entry about to be deleted, shown in full so the person sees exactly what goes, and where
 * "Keep it" leads. A separate confirmation page (rather than a script dialog) works without JavaScript.
 */
export const load = (async ({ locals, url, params }) => {
  const owner = requireUser(locals, url);
  const entry = await (await getStore()).getCheckIn(owner, params.id);
  if (!entry) error(404, { message: 'There is no such entry.' });
  // "Keep it" goes back where the person came from (the History list, at this entry, names itself in `from`);
  // safeNext keeps that to a path on this site, so a crafted link cannot send them elsewhere. Without one, or with one
  // that is not ours, back is the edit form, the other page that links here.
  const from = url.searchParams.get('from');
  const back = from !== null && safeNext(from) !== '/' ? safeNext(from) : `/history/${entry.id}`;
  return { entry, back };
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
