import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { text } from '$lib/server/forms.js';
import { requireUser, safeNext } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * `{ entry, back }`: the entry about to be deleted, shown in full so the person sees exactly what goes, and where
 * "Keep it" leads. A separate confirmation page (rather than a script dialog) works without JavaScript.
 */
export const load = (async ({ locals, url, params }) => {
  const owner = requireUser(locals, url);
  const entry = await (await getStore()).getCheckIn(owner, params.id);
  if (!entry) error(404, { message: 'There is no such entry.' });
  // "Keep it" goes back where the person came from (the History list, at this entry, names itself in `from`);
  // safeNext keeps that to a path on this site, so a crafted link cannot send them elsewhere. Without one, or with one
  // that is not ours, back is the edit form, the other page that links here.
  const from = url.searchParams.get('from');
  const back = from !== null && safeNext(from) !== '/' ? safeNext(from) : `/history/${entry.id}`;
  return { entry, back };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, url, params, request }) => {
    const owner = requireUser(locals, url);
    const store = await getStore();
    // Scoped to the owner, so another person's id deletes nothing and answers 404.
    const entry = await store.getCheckIn(owner, params.id);
    if (!entry) error(404, { message: 'There is no such entry.' });
    // The page sends back when the entry it showed was last changed. Anything said since (an answer by voice, an edit in
    // another tab) was never on the page the person confirmed, so it is not deleted unseen: the page comes back with the
    // entry as it is now, to confirm again. A form without the field (a page from before it existed) is treated alike.
    const shown = text(await request.formData(), 'shown');
    if (shown !== entry.updatedAt) return fail(409, { changed: true, entry });
    // Checked again by the store in the same step as the delete: a word said between the check above and the delete is
    // not deleted unseen either.
    if (!(await store.deleteCheckIn(owner, params.id, { ifUpdatedAt: shown }))) {
      const now = await store.getCheckIn(owner, params.id);
      if (!now) error(404, { message: 'There is no such entry.' });
      return fail(409, { changed: true, entry: now });
    }
    redirect(303, '/history?deleted=1');
  },
} satisfies Actions;
