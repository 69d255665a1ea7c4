import type { PageServerLoad } from './$types';
import { NightSchema } from '$shared/schemas.js';
import { localMoment } from '$shared/time.js';
import { CLUSTER_WEEKS, PARTS_OF_DAY, describeWeek, hardMomentsFor, nightsSoFar, stillToCome, weekFor, weeksAround } from '$shared/week.js';
import { preferencesOrDefaults } from '$lib/server/profile.js';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ week, days, nightsSoFar, summary, clusters, parts, nav, weekStartsOn, clusterWeeks }`: one week of the signed-in user's
 * check-ins (the week containing ?week=, or tonight's), seven day rows for the chart, the same plain sentences the
 * skill speaks, and where hard moments clustered over the last eight weeks.
 */
export const load = (async ({ locals, url }) => {
  const owner = requireUser(locals, url);
  const store = await getStore();
  const { timeZone, weekStartsOn } = await preferencesOrDefaults(owner);

  const tonight = localMoment(new Date(), timeZone).night;
  // A hand-edited or stale ?week= falls back to this week instead of failing: it is only a bookmark.
  const asked = NightSchema.safeParse(url.searchParams.get('week'));
  const anyNight = asked.success ? asked.data : tonight;

  const [view, clusters] = await Promise.all([
    weekFor(store, owner, anyNight, weekStartsOn),
    hardMomentsFor(store, owner, anyNight, weekStartsOn),
  ]);
  const around = weeksAround(anyNight, weekStartsOn);
  const current = weeksAround(tonight, weekStartsOn);

  // The full check-ins stay on the server; the page needs only each night's numbers.
  const { days, ...week } = view;
  return {
    week: { ...week, isCurrent: around.start === current.start },
    days: days.map((d) => ({
      night: d.night,
      weekday: d.weekday,
      weekdayName: d.weekdayName,
      count: d.checkIns.length,
      maxIntensity: d.maxIntensity,
      averageIntensity: d.averageIntensity,
      averageIntensityAfter: d.averageIntensityAfter,
      /** A night of this week still to come (tonight too, until it has a check-in): "not yet", never "no check-in". */
      ahead: stillToCome(d, tonight),
    })),
    /** Nights of this week that have come (7 for a week that is over): the headline counts out of these, as the summary does. */
    nightsSoFar: nightsSoFar(view, tonight),
    summary: describeWeek(view, clusters, tonight),
    clusters,
    parts: PARTS_OF_DAY,
    nav: {
      prev: around.prev,
      // No "next week" past the current one: there is nothing there yet.
      next: around.start < current.start ? around.next : null,
      current: around.start === current.start ? null : current.start,
    },
    weekStartsOn,
    clusterWeeks: CLUSTER_WEEKS,
  };
}) satisfies PageServerLoad;
