import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ATTEMPT_WINDOW_MS,
  CLIENT_ATTEMPTS_PER_WINDOW,
  createSession,
  endAllSessions,
  endSession,
  GLOBAL_ATTEMPTS_PER_WINDOW,
  issueLinkCode,
  LINK_CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  redeemLinkCode,
  sessionOwner,
  SESSION_TTL_MS,
} from '../../shared/auth.js';
import type { Owner } from '../../shared/schemas.js';

/** When set, locators are drawn from this few values only, so codes issued at once are made to collide. */
const locators = vi.hoisted(() => ({ few: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const randomInt = ((min: number, max?: number) => {
    if (locators.few > 0 && min === 0 && max === 1000) return crypto.randomInt(0, locators.few);
    return max === undefined ? crypto.randomInt(min) : crypto.randomInt(min, max);
  }) as typeof crypto.randomInt;
  return { ...crypto, default: { ...crypto, randomInt }, randomInt };
});
import { openStore } from '../../shared/store/index.js';
import type { Store } from '../../shared/store/Store.js';

const ALICE: Owner = { userId: 'amzn1.ask.account.ALICE' };
const BOB: Owner = { userId: 'amzn1.ask.account.BOB' };
const ALICE_PARTNER: Owner = { userId: 'amzn1.ask.account.ALICE', personId: 'amzn1.ask.person.SAM' };
/** "Now" for each test: the pinned wall clock, because the store prunes expired codes and sessions by its own clock. */
let T0: Date;

let dir: string;
let store: Store;
let client = 0;
/** A fresh client address per test, so one test's attempts never throttle another's. */
let ip: string;

async function allDataText(root: string): Promise<string> {
  const texts: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    texts.push(file, await readFile(file, 'utf8'));
  }
  return texts.join('\n');
}

/** A wrong code for the same locator: same first 3 digits, a different secret. */
function wrongSecret(code: string): string {
  const secret = (Number(code.slice(3)) + 1) % 100_000;
  return code.slice(0, 3) + String(secret).padStart(5, '0');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bs-auth-'));
  store = await openStore(dir, { durable: false });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  ip = `203.0.113.${++client}`;
  // The store's throttling windows follow the wall clock; pin it mid-window so no test straddles a window edge.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(Math.floor(Date.now() / ATTEMPT_WINDOW_MS) * ATTEMPT_WINDOW_MS + ATTEMPT_WINDOW_MS / 2));
  T0 = new Date();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('issueLinkCode', () => {
  it('issues 8 digits, grouped for speech, expiring in 10 minutes', async () => {
    const issued = await issueLinkCode(store, ALICE, T0);
    expect(issued.code).toMatch(/^\d{8}$/);
    expect(issued.groups).toEqual([issued.code.slice(0, 3), issued.code.slice(3, 6), issued.code.slice(6)]);
    expect(issued.spoken).toBe(issued.groups.map((g) => g.split('').join(' ')).join(', '));
    expect(issued.spoken).toMatch(/^\d \d \d, \d \d \d, \d \d$/);
    expect(Date.parse(issued.expiresAt) - T0.getTime()).toBe(LINK_CODE_TTL_MS);
  });

  it('never reuses a locator whose code is still live', async () => {
    const codes = await Promise.all(Array.from({ length: 12 }, () => issueLinkCode(store, BOB, T0)));
    // Issued one after another they must all differ; in parallel the store's claim keeps them apart.
    const sequential: string[] = [];
    for (let i = 0; i < 30; i++) sequential.push((await issueLinkCode(store, BOB, T0)).code.slice(0, 3));
    expect(new Set(sequential).size).toBe(sequential.length);
    // Every code issued in parallel still works: no later one took over its locator.
    for (const c of codes) {
      const stored = await store.getLinkCode(c.code.slice(0, 3));
      expect(stored?.usedAt).toBeNull();
      expect(stored?.owner).toEqual(BOB);
    }
  });
});

describe('issueLinkCode at the same moment', () => {
  afterEach(() => {
    locators.few = 0;
  });

  // Regression: two issues could both find a locator free, both save, and both read their own code back before the
  // other's save landed; the later save then replaced the earlier code, which had already been spoken to its user.
  it('hands out only codes that work, however many are issued at once over a few locators', async () => {
    // A store of its own: codes other tests left live must not take any of the few locators.
    const own = await openStore(path.join(dir, 'race'), { durable: false });
    locators.few = 8;
    const people = Array.from({ length: 6 }, (_, i): Owner => ({ userId: `amzn1.ask.account.RACE${i}` }));
    const issued = await Promise.all(people.map((who) => issueLinkCode(own, who, T0)));
    expect(new Set(issued.map((c) => c.code.slice(0, 3))).size).toBe(6);
    for (const [i, c] of issued.entries()) {
      const result = await redeemLinkCode(own, c.code, `${ip}-${i}`, T0);
      expect(result, c.code).toEqual({ ok: true, owner: people[i] });
    }
  });
});

describe('redeemLinkCode', () => {
  it('signs in with the right code, once, accepting spaces and dashes', async () => {
    const { code } = await issueLinkCode(store, ALICE, T0);
    const typed = `${code.slice(0, 3)} ${code.slice(3, 6)}-${code.slice(6)}`;
    const now = new Date(T0.getTime() + 60_000);
    expect(await redeemLinkCode(store, typed, ip, now)).toEqual({ ok: true, owner: ALICE });
    expect(await redeemLinkCode(store, code, ip, now)).toEqual({ ok: false, reason: 'used' });
  });

  it.each(['', '1234567', '123456789', '1234567a', '12 34 56 7x', '٣٣٣٣٣٣٣٣', '12345678'.repeat(10)])(
    'refuses %j as malformed without charging a guess',
    async (input) => {
      expect(await redeemLinkCode(store, input, ip, T0)).toEqual({ ok: false, reason: 'malformed' });
    },
  );

  it('refuses a code nobody was issued as invalid', async () => {
    // Find a free locator by issuing and redeeming, then reuse its first digits with nothing behind them.
    const { code } = await issueLinkCode(store, ALICE, T0);
    await store.updateLinkCode(code.slice(0, 3), () => null);
    expect(await redeemLinkCode(store, code, ip, T0)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('expires at 10 minutes, not before', async () => {
    const { code } = await issueLinkCode(store, ALICE, T0);
    const justBefore = new Date(T0.getTime() + LINK_CODE_TTL_MS - 1);
    const atExpiry = new Date(T0.getTime() + LINK_CODE_TTL_MS);
    expect(await redeemLinkCode(store, code, ip, atExpiry)).toEqual({ ok: false, reason: 'expired' });
    expect(await redeemLinkCode(store, code, `${ip}-b`, justBefore)).toEqual({ ok: true, owner: ALICE });
  });

  it(`locks a code after ${MAX_CODE_ATTEMPTS} wrong secrets, refusing even the right one`, async () => {
    const { code } = await issueLinkCode(store, ALICE, T0);
    const reasons: string[] = [];
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) {
      // Different clients, so this is the per-code lock at work and not the per-client throttle.
      const r = await redeemLinkCode(store, wrongSecret(code), `${ip}-${i}`, T0);
      reasons.push(r.ok ? 'ok' : r.reason);
    }
    expect(reasons).toEqual([...Array(MAX_CODE_ATTEMPTS - 1).fill('invalid'), 'locked']);
    expect(await redeemLinkCode(store, code, `${ip}-right`, T0)).toEqual({ ok: false, reason: 'locked' });
    expect((await store.getLinkCode(code.slice(0, 3)))?.usedAt).toBeNull();
  });

  it('a wrong guess on a spent code does not count against anything', async () => {
    const { code } = await issueLinkCode(store, ALICE, T0);
    expect((await redeemLinkCode(store, code, ip, T0)).ok).toBe(true);
    expect(await redeemLinkCode(store, wrongSecret(code), `${ip}-x`, T0)).toEqual({ ok: false, reason: 'invalid' });
    expect((await store.getLinkCode(code.slice(0, 3)))?.failedAttempts).toBe(0);
  });

  it(`throttles one client after ${CLIENT_ATTEMPTS_PER_WINDOW} attempts across codes`, async () => {
    const codes = await Promise.all(Array.from({ length: 3 }, () => issueLinkCode(store, BOB, T0)));
    const results: string[] = [];
    for (let i = 0; i < CLIENT_ATTEMPTS_PER_WINDOW; i++) {
      const target = codes[i % codes.length]!.code;
      // Spread the guesses over codes and use fresh locators so no single code locks first.
      const r = await redeemLinkCode(store, i < 3 ? wrongSecret(target) : `99${String(i).padStart(6, '0')}`, ip, T0);
      results.push(r.ok ? 'ok' : r.reason);
    }
    expect(results).not.toContain('throttled');
    // The next attempt is refused even with a right code; another client is unaffected.
    const right = codes[2]!.code;
    expect(await redeemLinkCode(store, right, ip, T0)).toEqual({ ok: false, reason: 'throttled' });
    expect(await redeemLinkCode(store, right, `${ip}-other`, T0)).toEqual({ ok: true, owner: BOB });
  });

  it(`throttles everyone after ${GLOBAL_ATTEMPTS_PER_WINDOW} attempts in a window`, async () => {
    // A fresh store, so the global counter starts at zero.
    const own = await mkdtemp(path.join(tmpdir(), 'bs-auth-global-'));
    try {
      const s = await openStore(own, { durable: false });
      const { code } = await issueLinkCode(s, ALICE, T0);
      const guess = code.slice(0, 3) === '000' ? '11100000' : '00012345';
      let throttled = 0;
      for (let i = 0; i < GLOBAL_ATTEMPTS_PER_WINDOW; i++) {
        const r = await redeemLinkCode(s, guess, `198.51.100.${i}`, T0);
        if (!r.ok && r.reason === 'throttled') throttled++;
      }
      expect(throttled).toBe(0);
      // A brand-new client with the right code is refused now: the pool of guesses is spent for this window.
      expect(await redeemLinkCode(s, code, '192.0.2.1', T0)).toEqual({ ok: false, reason: 'throttled' });
      // The next window opens again.
      vi.setSystemTime(Date.now() + ATTEMPT_WINDOW_MS);
      expect(await redeemLinkCode(s, code, '192.0.2.1', T0)).toEqual({ ok: true, owner: ALICE });
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('never mixes two owners, even two people on one account', async () => {
    const a = await issueLinkCode(store, ALICE, T0);
    const b = await issueLinkCode(store, BOB, T0);
    const p = await issueLinkCode(store, ALICE_PARTNER, T0);
    expect(await redeemLinkCode(store, b.code, ip, T0)).toEqual({ ok: true, owner: BOB });
    expect(await redeemLinkCode(store, p.code, ip, T0)).toEqual({ ok: true, owner: ALICE_PARTNER });
    expect(await redeemLinkCode(store, a.code, ip, T0)).toEqual({ ok: true, owner: ALICE });
  });

  it('only one of two simultaneous redemptions of a code succeeds', async () => {
    const { code } = await issueLinkCode(store, ALICE, T0);
    const results = await Promise.all([
      redeemLinkCode(store, code, `${ip}-tab1`, T0),
      redeemLinkCode(store, code, `${ip}-tab2`, T0),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'used' }]);
  });
});

describe('sessions', () => {
  it('creates a 30-day session whose token resolves to its owner', async () => {
    const { token, expiresAt } = await createSession(store, ALICE, T0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - T0.getTime()).toBe(SESSION_TTL_MS);
    expect(await sessionOwner(store, token, T0)).toEqual(ALICE);
    const other = await createSession(store, BOB, T0);
    expect(other.token).not.toBe(token);
    expect(await sessionOwner(store, other.token, T0)).toEqual(BOB);
  });

  it.each([undefined, null, 42, '', 'not-a-token', 'x'.repeat(43), 'a'.repeat(44), '../../etc/passwd'])(
    'gives no owner for the cookie %j',
    async (cookie) => {
      expect(await sessionOwner(store, cookie, T0)).toBeNull();
    },
  );

  it('an expired session gives no owner and is deleted', async () => {
    const { token, expiresAt } = await createSession(store, ALICE, T0);
    const after = new Date(Date.parse(expiresAt));
    expect(await sessionOwner(store, token, after)).toBeNull();
    // Deleted, so even a clock going back does not revive it.
    expect(await sessionOwner(store, token, T0)).toBeNull();
  });

  it('ends one session, or all of an owner’s without touching anyone else’s', async () => {
    const one = await createSession(store, ALICE_PARTNER, T0);
    const two = await createSession(store, ALICE_PARTNER, T0);
    const alice = await createSession(store, ALICE, T0);
    const bob = await createSession(store, BOB, T0);
    await endSession(store, one.token);
    expect(await sessionOwner(store, one.token, T0)).toBeNull();
    expect(await sessionOwner(store, two.token, T0)).toEqual(ALICE_PARTNER);
    await endAllSessions(store, ALICE_PARTNER);
    expect(await sessionOwner(store, two.token, T0)).toBeNull();
    expect(await sessionOwner(store, alice.token, T0)).toEqual(ALICE);
    expect(await sessionOwner(store, bob.token, T0)).toEqual(BOB);
  });
});

describe('secrets at rest', () => {
  it('no raw code or session token appears anywhere in the data folder', async () => {
    const codes = await Promise.all([issueLinkCode(store, ALICE, T0), issueLinkCode(store, BOB, T0)]);
    const sessions = await Promise.all([createSession(store, ALICE, T0), createSession(store, BOB, T0)]);
    // Redeem one, so a used code is checked too.
    expect((await redeemLinkCode(store, codes[0]!.code, ip, T0)).ok).toBe(true);
    const text = await allDataText(dir);
    expect(text.length).toBeGreaterThan(0);
    // As a number of its own: five digits also turn up inside a SHA-256 hex string or a hashed folder name about once
    // in a few hundred runs, which is chance, not a leak.
    const standalone = (digits: string) => new RegExp(`(?<![0-9A-Za-z])${digits}(?![0-9A-Za-z])`);
    for (const { code } of codes) {
      expect(text).not.toMatch(standalone(code));
      expect(text).not.toMatch(standalone(code.slice(3))); // the secret part on its own
    }
    for (const { token } of sessions) expect(text).not.toContain(token);
    // Nor is the client address kept: throttling counts under a hash.
    expect(text).not.toContain(ip);
  });
});
