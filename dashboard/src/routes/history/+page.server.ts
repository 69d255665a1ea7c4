import type { PageServerLoad } from './$types';
import { FEELING_FAMILIES } from '$shared/schemas.js';
import { PAGE_SIZE, filtersFrom, matches } from '$lib/server/history.js';
import { keptAsideItems } from '$lib/server/kept.js';
import { preferencesOrDefaults } from '$lib/server/profile.js';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';

/**
 * `{ entries, filters, total, page, pages, families, notice, saved, keptAside }`: one page of the user's check-ins,
 * newest first, after search and filters; `total` counts every match so the page can say "12 entries"; `notice`, what
 * the last action did; `saved`, the id of the entry just saved when it is shown; `keptAside`, what the skill kept of
 * the user when it could not store it with an entry.
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
  // After a save, the list opens on the page that holds the saved entry (the link to it carries no page number).
  const savedId = url.searchParams.get('saved');
  const savedAt = savedId && !url.searchParams.has('page') ? found.findIndex((c) => c.id === savedId) : -1;
  const page = savedAt >= 0 ? Math.floor(savedAt / PAGE_SIZE) + 1 : Math.min(filters.page, pages);
  const saved = savedAt >= 0 || found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).some((c) => c.id === savedId) ? savedId : null;
  const notice = !read.ok
    ? 'Your entries cannot be shown just now: one of the files they are kept in is damaged, and is kept as it is for whoever runs Between Sessions to restore. What was kept aside is below, and Delete everything in Settings still works.'
    : savedId !== null && saved === null
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
    /** The entry just saved, when it is on this page: it is marked there, and focus goes to its mark. */
    saved,
    keptAside: keptAsideItems(rescued, timeZone),
  };
}) satisfies PageServerLoad;
