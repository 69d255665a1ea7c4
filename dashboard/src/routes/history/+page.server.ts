import type { PageServerLoad } from './$types';
import { FEELING_FAMILIES } from '$shared/schemas.js';
import { PAGE_SIZE, filtersFrom, matches } from '$lib/server/history.js';
import { keptAsideItems } from '$lib/server/kept.js';
import { preferencesOrDefaults } from '$lib/server/profile.js';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';

/**
 * `{ entries, filters, total, page, pages, families, notice, keptAside }`: one page of the user's check-ins, newest
 * first, after search and filters; `total` counts every match so the page can say "12 entries"; `keptAside`, what
 * the skill kept of the user when it could not store it with an entry.
 */
export const load = (async ({ locals, url }) => {
  const owner = requireUser(locals, url);
  const filters = filtersFrom(url);

  // The entries, what the rescue log kept of this owner (only theirs), and the zone, each on its own: a damaged file
  // hides only what is in it. The words kept aside above all stay reachable, as they are written exactly then.
  const store = await getStore();
  const [read, rescued, { timeZone }] = await Promise.all([
    readable('History shown without entries', () => store.listCheckIns(owner)),
    store.keptAside(owner),
    preferencesOrDefaults(owner),
  ]);
  const all = read.ok ? read.value : [];
  const found = all.filter((c) => matches(c, filters));
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const notice = !read.ok
    ? 'Your entries cannot be shown just now: one of the files they are kept in is damaged, and is kept as it is for whoever runs Between Sessions to restore. What was kept aside is below, and Delete everything in Settings still works.'
    : url.searchParams.has('saved')
    ? 'Saved.'
    : url.searchParams.has('deleted')
      ? 'The entry is deleted.'
      : url.searchParams.has('removed')
        ? 'Those words are removed.'
        : null;

  return {
    entries: found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    filters: { ...filters, page },
    total: found.length,
    everything: all.length,
    page,
    pages,
    families: FEELING_FAMILIES,
    notice,
    keptAside: keptAsideItems(rescued, timeZone),
  };
}) satisfies PageServerLoad;
