import type { RequestHandler } from './$types';
import { exportJson } from '$shared/export.js';
import { requireUserForApi } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { downloadHeaders } from '$lib/server/download.js';

/** Everything stored for the signed-in owner, as one JSON file. Never another owner's: the owner is the session's. */
export const GET: RequestHandler = async ({ locals }) => {
  const owner = requireUserForApi(locals);
  const data = await exportJson(await getStore(), owner);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: downloadHeaders('application/json; charset=utf-8', 'json'),
  });
};
