/**
 * Dashboard sign-in without a password: the skill speaks a one-time code, the user types it into the browser.
 *
 * A code is 8 digits: a 3-digit public locator (which code is being tried) and a 5-digit secret. The locator is
 * what lets wrong guesses lock the one code they aim at; the secret is never stored, only a hash of the full code.
 * Brute force is bounded three ways: 5 wrong secrets lock a code, each client gets 10 tries per 10 minutes, and
 * everyone together gets 300 per 10 minutes. So any one live code can be guessed at most 5 times before it locks
 * (a 1-in-20,000 chance), and the global budget caps how many codes can be tried at all in a code's lifetime.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { OwnerSchema, type Owner } from './schemas.js';
import type { LinkCodeRecord, Store } from './store/Store.js';

/** A spoken code lives this long: long enough to walk to a computer, short enough to be useless if overheard. */
export const LINK_CODE_TTL_MS = 10 * 60_000;
/** Wrong secrets tried against one code before it stops working, even for the right secret. */
export const MAX_CODE_ATTEMPTS = 5;
/** Guessing budget for one client (e.g. an IP address) across all codes, per window. */
export const CLIENT_ATTEMPTS_PER_WINDOW = 10;
/** Guessing budget for everyone together, per window, so many clients cannot pool their budgets. */
export const GLOBAL_ATTEMPTS_PER_WINDOW = 300;
export const ATTEMPT_WINDOW_MS = 10 * 60_000;
/** A dashboard session lasts 30 days; signing out or "sign out other devices" ends it sooner. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

const LOCATOR_DIGITS = 3;
const SECRET_DIGITS = 5;
const CODE_DIGITS = LOCATOR_DIGITS + SECRET_DIGITS;
/** With 1000 locators a few live codes at once are normal; this many taken in a row means something is wrong. */
const MAX_LOCATOR_TRIES = 64;

/** What a person types: digits, with any spaces or dashes they put between the groups. */
const CodeInputSchema = z
  .string()
  .max(64)
  // People copy "472 915 38" or "472-915-38" as they heard it; the grouping carries no meaning, so drop it.
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^\\d{${CODE_DIGITS}}$`)));

/** A session token is 32 random bytes in base64url: exactly 43 characters of that alphabet. */
const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  // Lengths are public (both are SHA-256), so checking them first leaks nothing.
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

function digits(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isLive(record: LinkCodeRecord, now: Date): boolean {
  return record.usedAt === null && Date.parse(record.expiresAt) > now.getTime() && record.failedAttempts < MAX_CODE_ATTEMPTS;
}

/** Groups of 3, 3 and 2 digits: short enough to hold in mind while typing. */
export function codeGroups(code: string): string[] {
  return [code.slice(0, 3), code.slice(3, 6), code.slice(6)];
}

export interface IssuedLinkCode {
  /** The 8 digits, to be shown or spoken; never stored. */
  code: string;
  /** The digits grouped for speech, e.g. ["472", "915", "38"]; the skill wraps each group in say-as digits. */
  groups: string[];
  /** Plain text, e.g. "4 7 2, 9 1 5, 3 8". */
  spoken: string;
  expiresAt: string;
}

/** Issues a one-time sign-in code for this owner, valid for 10 minutes. */
export async function issueLinkCode(store: Store, owner: Owner, now: Date = new Date()): Promise<IssuedLinkCode> {
  const who = OwnerSchema.parse(owner);
  for (let attempt = 0; attempt < MAX_LOCATOR_TRIES; attempt++) {
    const locator = digits(randomInt(0, 10 ** LOCATOR_DIGITS), LOCATOR_DIGITS);
    const code = locator + digits(randomInt(0, 10 ** SECRET_DIGITS), SECRET_DIGITS);
    const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS).toISOString();
    // A locator whose code is used, expired or locked is free again; a live one belongs to someone mid-sign-in. The
    // store decides that atomically, so two codes issued at the same moment cannot end up on one locator.
    const claimed = await store.claimLinkCode(
      { id: locator, secretHash: sha256(code), owner: who, createdAt: now.toISOString(), expiresAt, failedAttempts: 0, usedAt: null },
      (existing) => !isLive(existing, now),
    );
    if (!claimed) continue;
    const groups = codeGroups(code);
    return { code, groups, spoken: groups.map((g) => g.split('').join(' ')).join(', '), expiresAt };
  }
  throw new Error('Could not find a free sign-in code locator; too many codes are live at once.');
}

export type RedeemFailure = 'malformed' | 'invalid' | 'expired' | 'used' | 'locked' | 'throttled';
export type RedeemResult = { ok: true; owner: Owner } | { ok: false; reason: RedeemFailure };

/**
 * Checks a typed code and, if it is right, uses it up and returns whose it is. `clientKey` identifies the client
 * for throttling (e.g. its IP address); it is hashed before it reaches the store.
 */
export async function redeemLinkCode(
  store: Store,
  code: string,
  clientKey: string,
  now: Date = new Date(),
): Promise<RedeemResult> {
  const parsed = CodeInputSchema.safeParse(code);
  // A malformed code never reaches the store, so it costs no guess and tells nothing.
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const full = parsed.data;

  // Count the attempt before looking at the code, so even a right guess costs a try: the budget bounds guessing,
  // not failures. The global counter is only charged by clients still within their own budget, so one noisy
  // client cannot use up everyone's.
  const perClient = await store.bumpCounter(`link-code:client:${sha256(clientKey)}`, ATTEMPT_WINDOW_MS);
  if (perClient > CLIENT_ATTEMPTS_PER_WINDOW) return { ok: false, reason: 'throttled' };
  const global = await store.bumpCounter('link-code:global', ATTEMPT_WINDOW_MS);
  if (global > GLOBAL_ATTEMPTS_PER_WINDOW) return { ok: false, reason: 'throttled' };

  const locator = full.slice(0, LOCATOR_DIGITS);
  const hash = sha256(full);
  const record = await store.getLinkCode(locator);
  if (!record) return { ok: false, reason: 'invalid' };
  // Once locked, the code refuses everything, the right secret included: the guesser may have found it.
  if (record.failedAttempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: 'locked' };

  const expired = Date.parse(record.expiresAt) <= now.getTime();
  if (!sameHash(record.secretHash, hash)) {
    // Wrong guesses on a dead code change nothing; on a live code they count towards its lock, atomically so
    // parallel guesses cannot slip past the limit.
    if (record.usedAt !== null || expired) return { ok: false, reason: 'invalid' };
    const after = await store.updateLinkCode(locator, (r) =>
      r.secretHash === record.secretHash ? { ...r, failedAttempts: r.failedAttempts + 1 } : r,
    );
    const locked = (after?.failedAttempts ?? 0) >= MAX_CODE_ATTEMPTS;
    return { ok: false, reason: locked ? 'locked' : 'invalid' };
  }

  if (record.usedAt !== null) return { ok: false, reason: 'used' };
  if (expired) return { ok: false, reason: 'expired' };

  // Mark it used inside the atomic update and only succeed if this call is the one that did, so the same code
  // typed in two tabs at once signs in only one of them.
  let won = false;
  const usedAt = now.toISOString();
  const updated = await store.updateLinkCode(locator, (r) => {
    won = sameHash(r.secretHash, hash) && isLive(r, now);
    return won ? { ...r, usedAt } : r;
  });
  if (!won || !updated) {
    const fresh = updated ?? (await store.getLinkCode(locator));
    if (fresh && fresh.failedAttempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: 'locked' };
    if (fresh && fresh.usedAt !== null) return { ok: false, reason: 'used' };
    return { ok: false, reason: fresh ? 'expired' : 'invalid' };
  }
  return { ok: true, owner: OwnerSchema.parse(updated.owner) };
}

/* ---------------------------------------------------------------------------------------------------------------
 * Sessions: a random token in the browser's HttpOnly cookie, only its SHA-256 in the store, so a copy of the data
 * folder cannot be used to sign in.
 * ------------------------------------------------------------------------------------------------------------- */

export function hashToken(token: string): string {
  return sha256(token);
}

export async function createSession(
  store: Store,
  owner: Owner,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  const who = OwnerSchema.parse(owner);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  await store.saveSession({ tokenHash: hashToken(token), owner: who, createdAt: now.toISOString(), expiresAt });
  return { token, expiresAt };
}

/** Whose session a cookie's token is, or null. Expired sessions are deleted on sight. */
export async function sessionOwner(store: Store, token: unknown, now: Date = new Date()): Promise<Owner | null> {
  // The cookie comes from the browser and is never trusted: anything not shaped like our tokens stops here.
  const parsed = TokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const tokenHash = hashToken(parsed.data);
  const record = await store.getSession(tokenHash);
  if (!record) return null;
  if (Date.parse(record.expiresAt) <= now.getTime()) {
    await store.deleteSession(tokenHash);
    return null;
  }
  const owner = OwnerSchema.safeParse(record.owner);
  return owner.success ? owner.data : null;
}

export async function endSession(store: Store, token: string): Promise<void> {
  const parsed = TokenSchema.safeParse(token);
  if (!parsed.success) return;
  await store.deleteSession(hashToken(parsed.data));
}

/** Signs this owner out everywhere ("sign out other devices"; the dashboard then starts a fresh session here). */
export async function endAllSessions(store: Store, owner: Owner): Promise<void> {
  await store.deleteSessionsOf(OwnerSchema.parse(owner));
}
