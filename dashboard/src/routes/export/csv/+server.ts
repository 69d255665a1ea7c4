import type { RequestHandler } from './$types';
import { checkInsCsv, exportJson } from '$shared/export.js';
import { requireUserForApi } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { downloadHeaders } from '$lib/server/download.js';

/** The signed-in owner's check-ins as CSV, one row each, for a spreadsheet, then any words kept aside. */
export const GET: RequestHandler = async ({ locals }) => {
  const owner = requireUserForApi(locals);
  const data = await exportJson(await getStore(), owner);
  return new Response(checkInsCsv(data.checkIns, data.keptAside), { headers: downloadHeaders('text/csv; charset=utf-8', 'csv') });
};
