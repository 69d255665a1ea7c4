import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { classifyFeeling } from '$shared/feelings.js';
import { FEELING_MAX_CHARS, INTENSITY_MAX, INTENSITY_MIN, TEXT_MAX_CHARS } from '$shared/limits.js';
import { CheckInPatchSchema, FeelingSchema, type CheckIn, type CheckInPatch } from '$shared/schemas.js';
import { NotFoundError } from '$shared/store/Store.js';
import { fieldErrors, text } from '$lib/server/forms.js';
import { requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

const MESSAGES = {
  feeling: `Keep the feeling to ${FEELING_MAX_CHARS} characters or fewer.`,
  intensity: `Choose a number from ${INTENSITY_MIN} to ${INTENSITY_MAX}, or “not given”.`,
  intensityAfter: `Choose a number from ${INTENSITY_MIN} to ${INTENSITY_MAX}, or “not given”.`,
  whatHappened: `Keep this to ${TEXT_MAX_CHARS} characters or fewer.`,
};

/** A select's '' means "not given" (null); anything else must be a whole number the schema then range-checks. */
function intensityValue(raw: string): number | null {
  return raw === '' ? null : Number(raw);
}

type Field = 'feeling' | 'intensity' | 'intensityAfter' | 'whatHappened';
const FIELDS: readonly Field[] = ['feeling', 'intensity', 'intensityAfter', 'whatHappened'];

/** The entry's fields as the form shows them. */
function formValues(entry: CheckIn): Record<Field, string> {
  return {
    feeling: entry.feeling?.said ?? '',
    intensity: entry.intensity === null ? '' : String(entry.intensity),
    intensityAfter: entry.intensityAfter === null ? '' : String(entry.intensityAfter),
    whatHappened: entry.whatHappened ?? '',
  };
}

/** Compared as a person reads them: a browser sends a textarea's line breaks as CRLF, and spaces at the ends are none. */
const same = (a: string, b: string) => a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();

/** `{ entry, limits }`: one of the signed-in user's check-ins, and the limits the form shows as hints. */
export const load = (async ({ locals, url, params }) => {
  const owner = requireUser(locals, url);
  // Scoped to this owner: someone else's id is simply not found, and says nothing about whether it exists.
  const entry = await (await getStore()).getCheckIn(owner, params.id);
  if (!entry) error(404, { message: 'There is no such entry.' });
  return { entry, limits: { feeling: FEELING_MAX_CHARS, text: TEXT_MAX_CHARS } };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, url, params, request }) => {
    const owner = requireUser(locals, url);
    const store = await getStore();
    const entry = await store.getCheckIn(owner, params.id);
    if (!entry) error(404, { message: 'There is no such entry.' });

    const form = await request.formData();
    const values = {
      feeling: text(form, 'feeling'),
      intensity: text(form, 'intensity'),
      intensityAfter: text(form, 'intensityAfter'),
      whatHappened: text(form, 'whatHappened'),
    };

    // What the page showed when it was opened. The entry may have changed since (an answer said by voice, another tab):
    // only the fields the person changed are written, and one changed on both sides is not overwritten unseen.
    const now = formValues(entry);
    const shown = Object.fromEntries(FIELDS.map((field) => [field, form.has(`shown.${field}`) ? text(form, `shown.${field}`) : now[field]])) as Record<Field, string>;
    const edited = FIELDS.filter((field) => !same(values[field], shown[field]));
    const clashes = edited.filter((field) => !same(now[field], shown[field]) && !same(now[field], values[field]));
    if (clashes.length > 0) {
      const errors = Object.fromEntries(
        clashes.map((field) => [
          field,
          `This changed while the page was open: it now says “${now[field] || 'nothing'}”. What you typed is still here; save again to keep it instead.`,
        ]),
      );
      // The page comes back as the entry is now, but for what the person changed: a field they did not touch shows, and
      // sends back, the newer words, so saving again cannot put the old ones back over them.
      const kept = Object.fromEntries(FIELDS.map((field) => [field, edited.includes(field) ? values[field] : now[field]])) as Record<Field, string>;
      return fail(409, { errors, values: kept, shown: now });
    }

    const said = values.feeling.trim();
    // One kind of line break, as the skill writes them: a browser sends a textarea's as CRLF.
    const whatHappened = values.whatHappened.replace(/\r\n?/g, '\n').trim();
    const patch: CheckInPatch = {
      // A placeholder feeling so the schema checks the length; the real classification is done once it passes.
      feeling: said === '' ? null : { said, word: null, family: null, path: [] },
      intensity: intensityValue(values.intensity),
      intensityAfter: intensityValue(values.intensityAfter),
      whatHappened: whatHappened === '' ? null : whatHappened,
    };
    // Writing something where "what happened" was skipped means it is no longer skipped.
    if (patch.whatHappened !== null) patch.whatHappenedSkipped = false;

    const parsed = CheckInPatchSchema.safeParse(patch);
    if (!parsed.success) {
      return fail(400, { errors: fieldErrors(parsed.error.issues, MESSAGES), values, shown });
    }

    // The patch schema fills defaults for fields it was not given (practice, exercises…). Only the fields this form
    // edits are sent, so nothing else the user said is overwritten.
    const changes: CheckInPatch = {};
    for (const key of Object.keys(patch) as (keyof CheckInPatch)[]) {
      if (key === 'whatHappenedSkipped' ? edited.includes('whatHappened') : edited.includes(key as Field)) {
        (changes as Record<string, unknown>)[key] = parsed.data[key];
      }
    }
    // A corrected word is classified again, so "anxious" fixed to "angry" moves to the right family.
    if (edited.includes('feeling')) changes.feeling = said === '' ? null : FeelingSchema.parse(classifyFeeling(said));
    if (Object.keys(changes).length === 0) redirect(303, `/history?saved=${encodeURIComponent(params.id)}`);

    try {
      await store.updateCheckIn(owner, params.id, changes);
    } catch (err) {
      if (err instanceof NotFoundError) error(404, { message: 'There is no such entry.' });
      throw err;
    }
    // The numbers before and after an exercise are the exercise's too (the week's "10 → 6" reads them there): a
    // correction here is made there as well, so the two never tell different stories.
    if (('intensity' in changes || 'intensityAfter' in changes) && entry.exerciseIds.length > 0) {
      const linked = (await store.listExercises(owner, { from: entry.night, to: entry.night }))
        .filter((session) => entry.exerciseIds.includes(session.id))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const first = linked[0];
      const last = linked.at(-1);
      if (first && 'intensity' in changes) await store.updateExercise(owner, first.id, { intensityBefore: changes.intensity ?? null });
      if (last && 'intensityAfter' in changes) await store.updateExercise(owner, last.id, { intensityAfter: changes.intensityAfter ?? null });
    }
    // No #entry- fragment: the list focuses (and so scrolls to) the saved entry's mark itself, and a browser skips
    // autofocus on a page opened at a fragment, which would leave focus on <body> without JavaScript.
    redirect(303, `/history?saved=${encodeURIComponent(params.id)}`);
  },
} satisfies Actions;
