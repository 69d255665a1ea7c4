import { readlinkSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../shared/store/index.js';
import { sha256 } from '../../../shared/store/layout.js';
import { COMPACT_EVERY, JsonStore } from '../../../shared/store/JsonStore.js';
import { acquireFileLock, releaseFileLock } from '../../../shared/store/lock.js';
import { NotFoundError } from '../../../shared/store/Store.js';
import { newCheckIn, newExercise, nightAfter, owner, plan } from '../../factories.js';
import { useTempStore, walk } from './helpers.js';
import type { Owner } from '../../../shared/schemas.js';

const temp = useTempStore();

describe('JsonStore: check-ins', () => {
  it('adds a check-in with an id and timestamps, and reads it back', async () => {
    const store = await temp.open();
    const me = owner();
    const added = await store.addCheckIn(me, newCheckIn({ whatHappened: '  padded by speech  ' }));
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(added.createdAt)).not.toBeNaN();
    expect(added.updatedAt).toBe(added.createdAt);
    // Validated on entry: the schema's trim and defaults are applied.
    expect(added.whatHappened).toBe('padded by speech');
    expect(added.exerciseIds).toEqual([]);
    expect(await store.getCheckIn(me, added.id)).toEqual(added);
  });

  it('keeps words without control characters or half characters, which no one said and which break an export', async () => {
    const store = await temp.open();
    const me = owner();
    const added = await store.addCheckIn(me, newCheckIn({ whatHappened: 'a\u0000b\u0007c\u001bd \ud800 e\nf\tg 😢' }));
    expect(added.whatHappened).toBe('abcd \ufffd e\nf\tg 😢');
    expect((await store.getCheckIn(me, added.id))?.whatHappened).toBe('abcd \ufffd e\nf\tg 😢');
  });

  it('refuses invalid input before touching the disk', async () => {
    const store = await temp.open();
    const me = owner();
    await expect(store.addCheckIn(me, newCheckIn({ intensity: 11 }))).rejects.toThrow();
    await expect(store.addCheckIn(me, newCheckIn({ night: '2025-02-30x' }))).rejects.toThrow();
    await expect(store.addCheckIn({ userId: '' }, newCheckIn())).rejects.toThrow();
    expect(await walk(temp.dir())).toEqual([]);
  });

  it('updates only the fields given (zod defaults in the patch schema do not erase the others)', async () => {
    const store = await temp.open();
    const me = owner();
    const added = await store.addCheckIn(me, newCheckIn({ intensity: 9, whatHappened: 'the train was late' }));
    const updated = await store.updateCheckIn(me, added.id, { intensityAfter: 4 });
    expect(updated).toMatchObject({ intensity: 9, intensityAfter: 4, whatHappened: 'the train was late' });
    expect(updated.updatedAt > added.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(added.createdAt);
    expect(await store.getCheckIn(me, added.id)).toEqual(updated);
    await expect(store.updateCheckIn(me, added.id, { intensity: 0 })).rejects.toThrow();
    expect((await store.getCheckIn(me, added.id))?.intensity).toBe(9);
  });

  it('moves a check-in to another month file when its night changes', async () => {
    const store = await temp.open();
    const me = owner();
    const added = await store.addCheckIn(me, newCheckIn({ night: '2025-03-01' }));
    const moved = await store.updateCheckIn(me, added.id, { night: '2025-02-28' });
    expect(moved.night).toBe('2025-02-28');
    expect(await store.listCheckIns(me, { from: '2025-02-01', to: '2025-02-28' })).toEqual([moved]);
    // Changes wait in the owner's journal until it is folded into the month files.
    await store.compact(me);
    const dir = path.join(store.layout.ownerDir(me), 'checkins');
    expect((await readdir(dir)).sort()).toEqual(['2025-02.json']);
    expect(await store.listCheckIns(me, { from: '2025-02-01', to: '2025-02-28' })).toEqual([moved]);
    expect(await store.listCheckIns(me, { from: '2025-03-01' })).toEqual([]);
  });

  it('deletes a check-in and says whether it existed', async () => {
    const store = await temp.open();
    const me = owner();
    const keep = await store.addCheckIn(me, newCheckIn({ night: '2025-03-02' }));
    const gone = await store.addCheckIn(me, newCheckIn({ night: '2025-03-03' }));
    expect(await store.deleteCheckIn(me, gone.id)).toBe(true);
    expect(await store.deleteCheckIn(me, gone.id)).toBe(false);
    expect(await store.getCheckIn(me, gone.id)).toBeNull();
    expect(await store.listCheckIns(me)).toEqual([keep]);
  });

  it('finds a record in an old month by scanning newest first', async () => {
    const store = await temp.open();
    const me = owner();
    const old = await store.addCheckIn(me, newCheckIn({ night: '2023-01-05' }));
    for (const night of ['2024-06-01', '2025-01-01', '2025-03-14']) await store.addCheckIn(me, newCheckIn({ night }));
    const updated = await store.updateCheckIn(me, old.id, { whatHappened: 'fixed a misheard word' });
    expect(updated.whatHappened).toBe('fixed a misheard word');
    expect(updated.night).toBe('2023-01-05');
  });

  it('throws NotFoundError for an unknown id', async () => {
    const store = await temp.open();
    await expect(store.updateCheckIn(owner(), crypto.randomUUID(), { intensity: 3 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('JsonStore: range listing', () => {
  // 2025-01-25 … 2025-03-10: crosses three month files.
  const nights = Array.from({ length: 45 }, (_, i) => nightAfter('2025-01-25', i));

  it.each([
    { name: 'everything', range: undefined, first: '2025-03-10', last: '2025-01-25', count: 45 },
    { name: 'one week inside a month', range: { from: '2025-02-10', to: '2025-02-16' }, first: '2025-02-16', last: '2025-02-10', count: 7 },
    { name: 'a week across months', range: { from: '2025-01-29', to: '2025-02-04' }, first: '2025-02-04', last: '2025-01-29', count: 7 },
    { name: 'open start', range: { to: '2025-01-27' }, first: '2025-01-27', last: '2025-01-25', count: 3 },
    { name: 'open end', range: { from: '2025-03-09' }, first: '2025-03-10', last: '2025-03-09', count: 2 },
    { name: 'a single night', range: { from: '2025-02-01', to: '2025-02-01' }, first: '2025-02-01', last: '2025-02-01', count: 1 },
    { name: 'before any data', range: { to: '2024-12-31' }, first: undefined, last: undefined, count: 0 },
  ])('lists $name newest first', async ({ range, first, last, count }) => {
    const store = await temp.open();
    const me = owner();
    for (const night of nights) await store.addCheckIn(me, newCheckIn({ night }));
    const listed = await store.listCheckIns(me, range);
    expect(listed).toHaveLength(count);
    expect(listed[0]?.night).toBe(first);
    expect(listed.at(-1)?.night).toBe(last);
    const order = listed.map((c) => c.night);
    expect(order).toEqual([...order].sort().reverse());
  });

  it('orders two check-ins on one night by createdAt, newest first', async () => {
    const store = await temp.open();
    const me = owner();
    const early = await store.addCheckIn(me, newCheckIn({ createdAt: '2025-03-14T21:00:00.000Z' }));
    const late = await store.addCheckIn(me, newCheckIn({ createdAt: '2025-03-15T02:30:00.000Z' }));
    expect((await store.listCheckIns(me)).map((c) => c.id)).toEqual([late.id, early.id]);
  });

  it('reads only the month files that overlap the range', async () => {
    const store = await temp.open();
    const me = owner();
    for (const night of ['2025-01-10', '2025-02-10', '2025-03-10']) await store.addCheckIn(me, newCheckIn({ night }));
    await store.compact(me);
    // Make January unreadable: a range that does not touch January must not notice.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(store.layout.monthFile(me, 'checkins', '2025-01'), '{ broken');
    expect(await store.listCheckIns(me, { from: '2025-02-01' })).toHaveLength(2);
    await expect(store.listCheckIns(me)).rejects.toThrow(/2025-01\.json/);
  });

  it('rejects a malformed range', async () => {
    const store = await temp.open();
    await expect(store.listCheckIns(owner(), { from: 'last week' })).rejects.toThrow();
  });
});

describe('JsonStore: exercises', () => {
  it('adds, updates, moves and lists exercise sessions', async () => {
    const store = await temp.open();
    const me = owner();
    const a = await store.addExercise(me, newExercise({ night: '2025-03-01', kind: 'grounding' }));
    const b = await store.addExercise(me, newExercise({ night: '2025-03-05' }));
    const moved = await store.updateExercise(me, a.id, { night: '2025-02-27', rounds: 6 });
    expect(moved).toMatchObject({ night: '2025-02-27', rounds: 6, kind: 'grounding' });
    expect((await store.listExercises(me)).map((e) => e.id)).toEqual([b.id, a.id]);
    expect(await store.listExercises(me, { to: '2025-02-28' })).toEqual([moved]);
    await expect(store.updateExercise(me, crypto.randomUUID(), { rounds: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('JsonStore: persons on one account are kept apart', () => {
  it('never shows one person the other\'s entries, and refuses ids across owners', async () => {
    const store = await temp.open();
    const account = owner();
    const alex = { ...account, personId: 'amzn1.ask.person.ALEX' };
    const sam = { ...account, personId: 'amzn1.ask.person.SAM' };
    const alexEntry = await store.addCheckIn(alex, newCheckIn({ whatHappened: 'alex only' }));
    const samEntry = await store.addCheckIn(sam, newCheckIn({ whatHappened: 'sam only' }));
    const shared = await store.addCheckIn(account, newCheckIn({ whatHappened: 'the default owner' }));

    expect(await store.listCheckIns(alex)).toEqual([alexEntry]);
    expect(await store.listCheckIns(sam)).toEqual([samEntry]);
    expect(await store.listCheckIns(account)).toEqual([shared]);

    const cases = [
      { who: alex, foreign: samEntry.id },
      { who: sam, foreign: alexEntry.id },
      { who: account, foreign: alexEntry.id },
      { who: alex, foreign: shared.id },
    ];
    for (const { who, foreign } of cases) {
      expect(await store.getCheckIn(who, foreign)).toBeNull();
      expect(await store.deleteCheckIn(who, foreign)).toBe(false);
      await expect(store.updateCheckIn(who, foreign, { intensity: 1 })).rejects.toBeInstanceOf(NotFoundError);
    }
    // Nothing was changed by the refused attempts.
    expect(await store.getCheckIn(sam, samEntry.id)).toEqual(samEntry);

    const owners = await store.ownersOf(account.userId);
    expect(owners).toHaveLength(3);
    expect(owners).toEqual(expect.arrayContaining([account, alex, sam]));
  });

  it('keeps ids and names out of paths', async () => {
    const store = await temp.open();
    const me = { userId: 'amzn1.ask.account.PLAIN', personId: 'amzn1.ask.person.PLAIN' };
    await store.addCheckIn(me, newCheckIn());
    expect((await walk(temp.dir())).some((p) => p.includes('PLAIN'))).toBe(false);
    await store.compact(me);
    const paths = await walk(temp.dir());
    expect(paths.some((p) => p.includes('PLAIN'))).toBe(false);
    expect(paths).toContain(path.join('accounts', sha256(me.userId), sha256(me.personId), 'checkins', '2025-03.json'));
  });
});

describe('JsonStore: profile and plans', () => {
  it('creates the profile on first update and keeps owner fields fixed', async () => {
    const store = await temp.open();
    const me = owner({ personId: 'amzn1.ask.person.P1' });
    expect(await store.getProfile(me)).toBeNull();
    const profile = await store.updateProfile(me, (p) => ({ ...p, weekStartsOn: 0, timeZone: 'Europe/Dublin' }));
    expect(profile).toMatchObject({ userId: me.userId, personId: me.personId, timeZone: 'Europe/Dublin', weekStartsOn: 0 });
    expect(await store.getProfile(me)).toEqual(profile);
    await expect(store.updateProfile(me, (p) => ({ ...p, userId: 'someone else' }))).rejects.toThrow(/another owner/);
    await expect(store.updateProfile(me, (p) => ({ ...p, weekStartsOn: -1 }))).rejects.toThrow();
    expect((await store.getProfile(me))?.weekStartsOn).toBe(0);
  });

  it('hands the change function a copy, so a throwing change leaves the file alone', async () => {
    const store = await temp.open();
    const me = owner();
    await store.updateProfile(me, (p) => ({ ...p, weekStartsOn: 3 }));
    await expect(
      store.updateProfile(me, (p) => {
        p.weekStartsOn = 5;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await store.getProfile(me))?.weekStartsOn).toBe(3);
  });

  it.each([
    { night: '2025-03-09', expected: null },
    { night: '2025-03-10', expected: 'march' },
    { night: '2025-03-20', expected: 'march' },
    { night: '2025-03-24', expected: 'late march' },
    { night: '2025-04-30', expected: 'late march' },
  ])('activePlan on $night is $expected', async ({ night, expected }) => {
    const store = await temp.open();
    const me = owner();
    await store.updateProfile(me, (p) => ({
      ...p,
      plans: [
        plan({ action: 'march', startsOn: '2025-03-10' }),
        plan({ action: 'ended', startsOn: '2025-03-17', endedAt: '2025-03-23T10:00:00.000Z' }),
        plan({ action: 'late march', startsOn: '2025-03-24' }),
      ],
    }));
    expect((await store.activePlan(me, night))?.action ?? null).toBe(expected);
  });

  it('exports everything of one owner', async () => {
    const store = await temp.open();
    const me = owner();
    const c = await store.addCheckIn(me, newCheckIn());
    const e = await store.addExercise(me, newExercise({ checkInId: c.id }));
    const exported = await store.exportOwner(me);
    expect(exported.profile?.userId).toBe(me.userId);
    expect(exported.checkIns).toEqual([c]);
    expect(exported.exercises).toEqual([e]);
  });
});

describe('JsonStore on a network file system', () => {
  async function networkStore(): Promise<JsonStore> {
    const local = await temp.open();
    const store = new JsonStore(local.dataDir, { durable: false, networkFileSystem: true });
    await store.init();
    return store;
  }

  it('adds, updates, lists, deletes and compacts as on a local disk', async () => {
    const store = await networkStore();
    const me = owner();
    const a = await store.addCheckIn(me, newCheckIn({ night: '2025-03-01' }));
    const b = await store.addCheckIn(me, newCheckIn({ night: '2025-03-02' }));
    const moved = await store.updateCheckIn(me, a.id, { night: '2025-02-27', intensity: 2 });
    expect(await store.listCheckIns(me)).toEqual([b, moved]);
    expect(await store.deleteCheckIn(me, b.id)).toBe(true);
    await store.compact(me);
    expect(await store.listCheckIns(me)).toEqual([moved]);
    expect(await store.getCheckIn(me, moved.id)).toEqual(moved);
  });

  it('takes the account lock for every append, and keeps no journal open', async () => {
    const store = await networkStore();
    const me = owner();
    await store.addCheckIn(me, newCheckIn());
    const held = await acquireFileLock(store.layout.accountLock(me.userId));
    let done = false;
    const adding = store.addCheckIn(me, newCheckIn({ whatHappened: 'while the lock was held' })).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(done).toBe(false);
    await releaseFileLock(held);
    await adding;
    const open = (await readdir('/proc/self/fd')).map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    });
    expect(open.filter((target) => target.startsWith(store.dataDir))).toEqual([]);
  });

  it('reads every file afresh: a journal rewritten in place, same size, is read as it is now', async () => {
    const store = await networkStore();
    const me = owner();
    const c = await store.addCheckIn(me, newCheckIn({ intensity: 4 }));
    expect((await store.getCheckIn(me, c.id))?.intensity).toBe(4);
    const file = path.join(store.layout.ownerDir(me), 'journal.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"intensity":4', '"intensity":7'));
    expect((await store.getCheckIn(me, c.id))?.intensity).toBe(7);
  });
});

describe('JsonStore: files on disk', () => {
  it('close waits for the journal to be folded into month files, and the store still works after', async () => {
    const store = await temp.open();
    const me = owner();
    for (let i = 0; i < COMPACT_EVERY; i++) await store.addCheckIn(me, newCheckIn({ whatHappened: `evening ${i}` }));
    await store.close();
    const month = JSON.parse(await readFile(store.layout.monthFile(me, 'checkins', '2025-03'), 'utf8'));
    expect(month.records).toHaveLength(COMPACT_EVERY);
    const after = await store.addCheckIn(me, newCheckIn({ whatHappened: 'after closing' }));
    expect(await store.getCheckIn(me, after.id)).toEqual(after);
    expect(await store.listCheckIns(me)).toHaveLength(COMPACT_EVERY + 1);
  });

  it('creates DATA_DIR on first use, files 0600 and folders 0700', async () => {
    await temp.open();
    const dataDir = path.join(temp.dir(), 'nested', 'data');
    const store = await openStore(dataDir, { durable: false });
    const me = owner();
    await store.addCheckIn(me, newCheckIn());
    await store.saveSession({ tokenHash: 'f'.repeat(64), owner: me, createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await store.bumpCounter('203.0.113.9', 60_000);
    const entries = await walk(dataDir);
    expect(entries.length).toBeGreaterThan(5);
    for (const rel of entries) {
      const info = await stat(path.join(dataDir, rel));
      expect({ rel, mode: info.mode & 0o777 }).toEqual({ rel, mode: info.isDirectory() ? 0o700 : 0o600 });
    }
    // No temp files left behind by the atomic writes.
    expect(entries.filter((rel) => rel.endsWith('.tmp'))).toEqual([]);
  });

  it('writes plain, readable JSON a person can inspect', async () => {
    const store = await temp.open();
    const me = owner();
    const c = await store.addCheckIn(me, newCheckIn());
    // First as one line of the owner's journal, then, once folded in, in its month file.
    const journal = await readFile(path.join(store.layout.ownerDir(me), 'journal.jsonl'), 'utf8');
    expect(journal.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ op: 'add', record: c })]);
    await store.compact(me);
    const json = JSON.parse(await readFile(store.layout.monthFile(me, 'checkins', '2025-03'), 'utf8'));
    expect(json).toEqual({ version: 1, records: [c] });
  });
});

describe('JsonStore: link codes, sessions, counters', () => {
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

  it('saves, updates atomically and deletes a link code', async () => {
    const store = await temp.open();
    const me = owner();
    const code = { id: '472', secretHash: 'a'.repeat(64), owner: me, createdAt: new Date().toISOString(), expiresAt: inMinutes(10), failedAttempts: 0, usedAt: null };
    await store.saveLinkCode(code);
    expect(await store.getLinkCode('472')).toEqual(code);
    const bumped = await store.updateLinkCode('472', (r) => ({ ...r, failedAttempts: r.failedAttempts + 1 }));
    expect(bumped?.failedAttempts).toBe(1);
    await expect(store.updateLinkCode('472', (r) => ({ ...r, owner: owner() }))).rejects.toThrow(/owner/);
    expect(await store.updateLinkCode('999', (r) => r)).toBeNull();
    expect(await store.updateLinkCode('472', () => null)).toBeNull();
    expect(await store.getLinkCode('472')).toBeNull();
  });

  it('keeps concurrent attempt counts (no lost update within a process)', async () => {
    const store = await temp.open();
    const me = owner();
    await store.saveLinkCode({ id: '100', secretHash: 'b'.repeat(64), owner: me, createdAt: new Date().toISOString(), expiresAt: inMinutes(10), failedAttempts: 0, usedAt: null });
    await Promise.all(Array.from({ length: 25 }, () => store.updateLinkCode('100', (r) => ({ ...r, failedAttempts: r.failedAttempts + 1 }))));
    expect((await store.getLinkCode('100'))?.failedAttempts).toBe(25);
  });

  it('claims a locator only when it is free, one claim at a time', async () => {
    const store = await temp.open();
    const [a, b] = [owner(), owner()];
    const code = (who: Owner, secret: string) => ({ id: '555', secretHash: secret.repeat(64), owner: who, createdAt: new Date().toISOString(), expiresAt: inMinutes(10), failedAttempts: 0, usedAt: null });
    const unlessUnused = (existing: { usedAt: string | null }) => existing.usedAt !== null;
    const claims = await Promise.all([store.claimLinkCode(code(a, 'a'), unlessUnused), store.claimLinkCode(code(b, 'b'), unlessUnused)]);
    expect(claims.sort()).toEqual([false, true]);
    const winner = await store.getLinkCode('555');
    expect(winner?.secretHash === 'a'.repeat(64) ? a : b).toEqual(winner?.owner);
    // Once that code is used, the locator is free for the next one.
    await store.updateLinkCode('555', (r) => ({ ...r, usedAt: new Date().toISOString() }));
    expect(await store.claimLinkCode(code(b, 'c'), unlessUnused)).toBe(true);
    expect(await store.getLinkCode('555')).toMatchObject({ secretHash: 'c'.repeat(64), owner: b, usedAt: null });
  });

  it('stores sessions by token hash and signs out one owner without touching another', async () => {
    const store = await temp.open();
    const account = owner();
    const alex = { ...account, personId: 'amzn1.ask.person.ALEX' };
    const session = (tokenHash: string, who = account) => ({ tokenHash, owner: who, createdAt: new Date().toISOString(), expiresAt: inMinutes(60) });
    await store.saveSession(session('1'.repeat(64)));
    await store.saveSession(session('2'.repeat(64)));
    await store.saveSession(session('3'.repeat(64), alex));
    expect(await store.getSession('1'.repeat(64))).toMatchObject({ tokenHash: '1'.repeat(64), owner: account });
    await store.deleteSession('1'.repeat(64));
    expect(await store.getSession('1'.repeat(64))).toBeNull();
    await store.deleteSessionsOf(account);
    expect(await store.getSession('2'.repeat(64))).toBeNull();
    expect(await store.getSession('3'.repeat(64))).toMatchObject({ owner: alex });
  });

  it('counts in fixed windows, per key', async () => {
    const store = await temp.open();
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push(await store.bumpCounter('client-a', 60_000));
    expect(counts).toEqual([1, 2, 3]);
    expect(await store.bumpCounter('client-b', 60_000)).toBe(1);
    // A 1 ms window has always moved on by the next call.
    await store.bumpCounter('short', 1);
    await new Promise((r) => setTimeout(r, 3));
    expect(await store.bumpCounter('short', 1)).toBe(1);
    await expect(store.bumpCounter('x', 0)).rejects.toThrow(RangeError);
    const counters = await readdir(path.join(temp.dir(), 'auth', 'counters'));
    expect(counters.some((name) => name.includes('client'))).toBe(false);
  });
});
