import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { endAllSessions } from '$shared/auth.js';
import { text } from '$lib/server/forms.js';
import { clearSessionCookie, requireUser } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';
import { readable } from '$lib/server/unreadable.js';

/** The word to type. Typing it (not just clicking) makes deleting everything a deliberate act, without JavaScript. */
const CONFIRM_WORD = 'delete';
const ConfirmSchema = z.object({
  // Case and stray spaces do not matter; the word does.
  confirm: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.literal(CONFIRM_WORD)),
});

/**
 * `{ word, counts }`: the word to type, and how much will be deleted, so nobody is surprised; `counts` is null when
 * part of the data cannot be read. Deleting needs none of it read, so the page renders either way: the person who
 * wants out must always be able to leave.
 */
export const load = (async ({ locals, url }) => {
  const owner = requireUser(locals, url);
  const read = await readable('Delete page shown without counts', async () => (await getStore()).exportOwner(owner));
  const counts = read.ok
    ? {
        checkIns: read.value.checkIns.length,
        exercises: read.value.exercises.length,
        plans: read.value.profile?.plans.length ?? 0,
        keptAside: read.value.rescued.length,
      }
    : null;
  return { word: CONFIRM_WORD, counts };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, url, request, cookies }) => {
    const owner = requireUser(locals, url);
    const values = { confirm: text(await request.formData(), 'confirm') };
    if (!ConfirmSchema.safeParse(values).success) {
      return fail(400, { errors: { confirm: `Type “${CONFIRM_WORD}” to confirm. Nothing has been deleted.` }, values });
    }
    const store = await getStore();
    await store.deleteOwner(owner);
    // Ending every session (not just this one) means no other browser can still look at the emptied account.
    await endAllSessions(store, owner);
    clearSessionCookie(cookies, url);
    redirect(303, '/signin?message=deleted');
  },
} satisfies Actions;
