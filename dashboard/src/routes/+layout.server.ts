import type { LayoutServerLoad } from './$types';
import { DEMO_OWNER } from '$shared/demo.js';
import { crisisLinesFor } from '$lib/server/crisis.js';
import { env } from '$lib/server/env.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';

/**
 * `{ signedIn, demo, crisisRegion, crisisLines, origin }`: what every page's frame needs: the nav, a "made-up data"
 * banner for the demo user, the crisis line for the user's region (every line until one is chosen), and the address
 * forms are accepted from (ORIGIN), to name when a form was refused because the page was opened on another.
 */
export const load = (async ({ locals }) => {
  const origin = env().ORIGIN ?? null;
  if (!locals.owner) return { signedIn: false, demo: false, crisisRegion: null, crisisLines: crisisLinesFor(null), origin };
  const owner = locals.owner;
  // A profile that cannot be read must not take every page down with it, the delete page above all: the frame then
  // shows every crisis line, as for someone who has not chosen a region.
  const read = await readable('Every crisis line shown', async () => (await getStore()).getProfile(owner));
  const profile = read.ok ? read.value : null;
  const demo = locals.owner.userId === DEMO_OWNER.userId && locals.owner.personId === DEMO_OWNER.personId;
  const crisisRegion = profile?.crisisRegion ?? null;
  return { signedIn: true, demo, crisisRegion, crisisLines: crisisLinesFor(crisisRegion), origin };
}) satisfies LayoutServerLoad;
