import type { LayoutServerLoad } from './$types';
import { DEMO_OWNER } from '$shared/demo.js';
import { crisisLinesFor } from '$lib/server/crisis.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ signedIn, demo, crisisRegion, crisisLines }`: what every page's frame needs: the nav, a "made-up data" banner
 * for the demo user, and the crisis line for the user's region (every line until one is chosen).
 */
export const load = (async ({ locals }) => {
  if (!locals.owner) return { signedIn: false, demo: false, crisisRegion: null, crisisLines: crisisLinesFor(null) };
  const profile = await (await getStore()).getProfile(locals.owner);
  const demo = locals.owner.userId === DEMO_OWNER.userId && locals.owner.personId === DEMO_OWNER.personId;
  const crisisRegion = profile?.crisisRegion ?? null;
  return { signedIn: true, demo, crisisRegion, crisisLines: crisisLinesFor(crisisRegion) };
}) satisfies LayoutServerLoad;
