import type { RequestHandler } from './$types';
import { checkInsCsv } from '$shared/export.js';
import { requireUserForApi } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { downloadHeaders } from '$lib/server/download.js';

/** The signed-in owner's check-ins as CSV, one row each, for a spreadsheet. */
export const GET: RequestHandler = async ({ locals }) => {
  const owner = requireUserForApi(locals);
  const checkIns = await (await getStore()).listCheckIns(owner);
  return new Response(checkInsCsv(checkIns), { headers: downloadHeaders('text/csv; charset=utf-8', 'csv') });
};
