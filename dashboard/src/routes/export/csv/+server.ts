import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { checkInsCsv, exportJson } from '$shared/export.js';
import { requireUserForApi } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';
import { downloadHeaders } from '$lib/server/download.js';

/** The signed-in owner's check-ins as CSV, one row each, for a spreadsheet, then any words kept aside. */
export const GET: RequestHandler = async ({ locals }) => {
  const owner = requireUserForApi(locals);
  const store = await getStore();
  const read = await readable('Export refused, a file cannot be read', () => exportJson(store, owner));
  // Never part of the data passed off as all of it: a page that says what is wrong instead.
  if (!read.ok) redirect(303, '/export/unreadable');
  const data = read.value;
  return new Response(checkInsCsv(data.checkIns, data.keptAside), { headers: downloadHeaders('text/csv; charset=utf-8', 'csv') });
};
