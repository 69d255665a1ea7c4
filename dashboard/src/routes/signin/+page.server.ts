import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { createSession, redeemLinkCode } from '$shared/auth.js';
import { demoEnabled } from '$lib/server/demo.js';
import { safeNext, setSessionCookie } from '$lib/server/session.js';
import { getStore } from '$lib/server/store.js';

/**
 * The code as typed: people copy what they heard ("1234 5678", "1234-5678"), so spaces and dashes are dropped
 * before checking it is the 8 digits the skill speaks.
 */
const SignInSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{8}$/, 'The code is 8 digits. Ask Alexa again if you missed part of it.')),
  // Where to go after: anything that is not a short path on this site means the home page (safeNext), never a refusal.
  next: z
    .string()
    .nullable()
    .transform((next) => (next !== null && next.length <= 2000 ? next : null)),
});

/** Plain words for each reason a code is refused, so nobody is left guessing what to do next. */
const REFUSALS: Record<string, string> = {
  invalid: "That code didn't match. Check the digits, or ask Alexa for a new code.",
  expired: 'That code has expired. Say "Alexa, ask between sessions for my dashboard code" to get a new one.',
  used: 'That code has already been used. Each code works once; ask Alexa for a new one.',
  locked: 'That code is locked after too many wrong tries. Ask Alexa for a new one.',
  malformed: 'The code is 8 digits. Ask Alexa again if you missed part of it.',
  throttled: 'Too many tries from here. Please wait a few minutes, then try again.',
};

const MESSAGES: Record<string, string> = {
  signedout: 'You are signed out.',
  everywhere: 'You are signed out on every device.',
  deleted: 'Everything you stored is deleted, and you are signed out. Take care.',
};

/** Said when a page that needs signing in sent the person here, so the sign-in form does not arrive unexplained. */
const SENT_HERE = 'Sign in to see that page. You will go straight on to it after.';

/**
 * `{ message, demo, next }`: a notice after sign-out or deletion, or why a page sent the person here; whether the demo
 * button shows; where to go after.
 */
export const load = (async ({ locals, url }) => {
  const next = url.searchParams.get('next');
  if (locals.owner) redirect(303, safeNext(next));
  const key = url.searchParams.get('message') ?? '';
  // Only a `next` that will be followed earns the sentence: a crafted one leads home, which is not "that page".
  const sentHere = safeNext(next) !== '/' ? SENT_HERE : null;
  return { message: MESSAGES[key] ?? sentHere, demo: demoEnabled(), next };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const values = { code: String(form.get('code') ?? '').slice(0, 64) };
    const next = form.get('next');
    const parsed = SignInSchema.safeParse({ code: form.get('code') ?? '', next: typeof next === 'string' ? next : null });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Enter the 8-digit code.';
      return fail(400, { errors: { code: message }, values });
    }

    const store = await getStore();
    // The client address keys the per-address throttle in redeemLinkCode; mounted behind a proxy, adapter-node's
    // ADDRESS_HEADER / XFF_DEPTH make this the real client rather than the proxy.
    const result = await redeemLinkCode(store, parsed.data.code, getClientAddress());
    if (!result.ok) {
      return fail(400, { errors: { code: REFUSALS[result.reason] ?? REFUSALS.invalid! }, values });
    }

    const session = await createSession(store, result.owner);
    setSessionCookie(cookies, url, session);
    redirect(303, safeNext(parsed.data.next));
  },
} satisfies Actions;
