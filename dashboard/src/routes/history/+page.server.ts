import type { PageServerLoad } from './$types';
import { FEELING_FAMILIES } from '$shared/schemas.js';
import { PAGE_SIZE, filtersFrom, matches } from '$lib/server/history.js';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ entries, filters, total, page, pages, families, notice }`: one page of the user's check-ins, newest first,
 * after search and filters; `total` counts every match so the page can say "12 entries".
 */
export const load = (async ({ locals, url }) => {
  const owner = requireUser(locals, url);
  const filters = filtersFrom(url);

  const all = await (await getStore()).listCheckIns(owner);
  const found = all.filter((c) => matches(c, filters));
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const notice = url.searchParams.has('saved') ? 'Saved.' : url.searchParams.has('deleted') ? 'The entry is deleted.' : null;

  return {
    entries: found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    filters: { ...filters, page },
    total: found.length,
    everything: all.length,
    page,
    pages,
    families: FEELING_FAMILIES,
    notice,
  };
}) satisfies PageServerLoad;
