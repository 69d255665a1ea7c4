import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportJson } from '$shared/export.js';
import { requireUserForApi } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';
import { downloadHeaders } from '$lib/server/download.js';

/** Everything stored for the signed-in owner, as one JSON file. Never another owner's: the owner is the session's. */
export const GET: RequestHandler = async ({ locals }) => {
  const owner = requireUserForApi(locals);
  const store = await getStore();
  const read = await readable('Export refused, a file cannot be read', () => exportJson(store, owner));
  // Never part of the data passed off as all of it: a page that says what is wrong instead.
  if (!read.ok) redirect(303, '/export/unreadable');
  const data = read.value;
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: downloadHeaders('application/json; charset=utf-8', 'json'),
  });
};
