import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { keptAsideItems } from '$lib/server/kept.js';
import { preferencesOrDefaults } from '$lib/server/profile.js';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ item }`: one thing the skill kept aside for this person (words it could not store with an entry), shown in full
 * before it is removed, on a page of its own so removing works without JavaScript.
 */
export const load = (async ({ locals, url, params }) => {
  const owner = requireUser(locals, url);
  // Only the rescue log and the zone: the words kept aside must be reachable when a data file is not (that is when
  // the skill keeps them).
  const [rescued, { timeZone }] = await Promise.all([(await getStore()).keptAside(owner), preferencesOrDefaults(owner)]);
  const item = keptAsideItems(rescued, timeZone).find((kept) => kept.id === params.id);
  if (!item) error(404, { message: 'There is nothing kept aside by that name.' });
  return { item };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, url, params }) => {
    const owner = requireUser(locals, url);
    // Scoped to the owner: another person's id removes nothing and answers 404.
    const removed = await (await getStore()).dropKeptAside(owner, params.id);
    if (!removed) error(404, { message: 'There is nothing kept aside by that name.' });
    redirect(303, '/history?removed=1');
  },
} satisfies Actions;
