import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/session.js';

/** `{}`: nothing to load; the page explains why a download was not made. Signed-in only, like the downloads. */
export const load = (({ locals, url }) => {
  requireUser(locals, url);
  return {};
}) satisfies PageServerLoad;
