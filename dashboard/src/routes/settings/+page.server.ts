import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { endAllSessions } from '$shared/auth.js';
import { CRISIS_REGIONS, CrisisRegionSchema } from '$shared/schemas.js';
import { isValidTimeZone } from '$shared/time.js';
import { CRISIS_LINES } from '$lib/server/crisis.js';
import { WEEKDAYS } from '$lib/format.js';
import { fieldErrors, text } from '$lib/server/forms.js';
import { preferencesFrom, withFiledZone } from '$lib/server/profile.js';
import { clearSessionCookie, requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';

/** Every IANA zone this Node knows, computed once: the select offers exactly what the server can honour. */
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');
const ZONE_SET = new Set(TIME_ZONES);

/** The list offered in the select; a current zone missing from it (an alias) is added so saving never changes it. */
function zoneChoices(current: string): readonly string[] {
  return ZONE_SET.has(current) ? TIME_ZONES : [current, ...TIME_ZONES];
}

const PreferencesSchema = z.object({
  // Any zone Intl can use is accepted, including aliases ("US/Eastern") a device may report that are not in the list.
  timeZone: z.string().trim().refine(isValidTimeZone),
  // Same range as ProfileSchema.weekStartsOn: 0 = Sunday … 6 = Saturday.
  weekStartsOn: z.coerce.number().int().min(0).max(6),
  // '' in the select means "not chosen yet": every line is then shown.
  crisisRegion: z.union([z.literal('').transform(() => null), CrisisRegionSchema]),
});

const MESSAGES = {
  timeZone: 'Choose a time zone from the list.',
  weekStartsOn: 'Choose the day your week starts.',
  crisisRegion: 'Choose a region from the list.',
};

/**
 * `{ timeZone, weekStartsOn, crisisRegion, timeZones, weekdays, regions, saved, unreadable }`: the current preferences
 * and the choices for each, rendered on the server so the form works without JavaScript; `unreadable` when the
 * settings file cannot be read (the defaults are shown, and the way out, sign-out and delete, stays open).
 */
export const load = (async ({ locals, url }) => {
  const owner = requireUser(locals, url);
  const read = await readable('Settings shown with defaults', async () => (await getStore()).getProfile(owner));
  const { timeZone, weekStartsOn, profile } = await withFiledZone(owner, preferencesFrom(read.ok ? read.value : null));
  return {
    unreadable: !read.ok,
    timeZone,
    // No zone chosen yet: the one shown is a guess (the Echo's, or the newest check-in's), and saving the form for
    // anything else must not turn the guess into a choice that then overrides the Echo.
    zoneChosen: Boolean(read.ok && read.value?.timeZone),
    weekStartsOn,
    crisisRegion: profile?.crisisRegion ?? null,
    timeZones: zoneChoices(timeZone),
    weekdays: WEEKDAYS.map((name, value) => ({ value, name })),
    regions: CRISIS_REGIONS.map((code) => ({ code, ...CRISIS_LINES[code] })),
    /** The ?saved= value of the save just made (each save has its own), or null. */
    saved: url.searchParams.get('saved'),
  };
}) satisfies PageServerLoad;

export const actions = {
  preferences: async ({ locals, url, request }) => {
    const owner = requireUser(locals, url);
    const form = await request.formData();
    const values = { timeZone: text(form, 'timeZone'), weekStartsOn: text(form, 'weekStartsOn'), crisisRegion: text(form, 'crisisRegion') };
    const parsed = PreferencesSchema.safeParse(values);
    if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error.issues, MESSAGES), values });

    // The zone the page showed as a guess, sent back unchanged, is not a choice (see load).
    const guessed = text(form, 'guessedTimeZone');
    const { timeZone, ...rest } = parsed.data;
    const chosen = guessed === '' || timeZone !== guessed ? { timeZone } : {};
    const saved = await readable('Settings not saved', async () =>
      (await getStore()).updateProfile(owner, (profile) => ({ ...profile, ...rest, ...chosen })),
    );
    // The file is never written around: saving would replace settings we could not read.
    if (!saved.ok) return fail(500, { errors: {}, values, unreadable: true });
    // A value of its own for every save, so saving again from /settings?saved=… is a new page with a new notice.
    redirect(303, `/settings?saved=${Date.now().toString(36)}`);
  },

  signOutEverywhere: async ({ locals, url, cookies }) => {
    const owner = requireUser(locals, url);
    // Every session of this owner, on every device, including this one.
    await endAllSessions(await getStore(), owner);
    clearSessionCookie(cookies, url);
    redirect(303, '/signin?message=everywhere');
  },
} satisfies Actions;
