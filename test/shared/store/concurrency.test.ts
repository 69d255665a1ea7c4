import { spawn } from 'node:child_process';
import { mkdir, readdir, rmdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireFileLock, releaseFileLock, withLock } from '../../../shared/store/lock.js';
import { JsonStore } from '../../../shared/store/JsonStore.js';
import { LockTimeoutError } from '../../../shared/store/lock.js';
import { newCheckIn, owner, plan } from '../../factories.js';
import { useTempStore } from './helpers.js';

const temp = useTempStore();
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

interface Worker {
  ready: Promise<void>;
  done: Promise<string>;
  go: () => void;
}

/** Starts a real child process running worker.ts; it writes only after go(). */
function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'worker.ts'), ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) onReady();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const done = new Promise<string>((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${err}`))));
    child.on('error', reject);
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}

async function runTogether(argsList: string[][]): Promise<string[]> {
  const workers = argsList.map(startWorker);
  await Promise.race([Promise.all(workers.map((w) => w.ready)), Promise.all(workers.map((w) => w.done))]);
  for (const worker of workers) worker.go();
  return Promise.all(workers.map((w) => w.done));
}

describe('two processes on one DATA_DIR', () => {
  it('lose none of 2 × 200 check-ins (each added, then updated) to the same owner', { timeout: 120_000 }, async () => {
    const store = await temp.open();
    const me = owner();
    const outputs = await runTogether([
      [store.dataDir, 'checkins', '200', me.userId, 'A'],
      [store.dataDir, 'checkins', '200', me.userId, 'B'],
    ]);
    expect(outputs.every((out) => out.includes('done'))).toBe(true);
    const all = await store.listCheckIns(me);
    expect(all).toHaveLength(400);
    expect(new Set(all.map((c) => c.id)).size).toBe(400);
    const said = new Set(all.map((c) => c.whatHappened));
    for (const tag of ['A', 'B']) for (let i = 0; i < 200; i++) expect(said.has(`${tag}-${i}`)).toBe(true);
    // Every update landed too.
    expect(all.filter((c) => c.intensityAfter === 3)).toHaveLength(400);
    // And no lock or temp file was left behind.
    expect(await readdir(path.join(store.dataDir, 'locks'))).toEqual([]);
    const months = await readdir(store.layout.monthDir(me, 'checkins'));
    expect(months.sort()).toEqual(['2025-03.json', '2025-04.json']);
  });

  it('lose none of 2 × 100 check-ins with the store set for a network file system', { timeout: 120_000 }, async () => {
    const store = await temp.open();
    const me = owner();
    await runTogether([
      [store.dataDir, 'checkins', '100', me.userId, 'A', 'network'],
      [store.dataDir, 'checkins', '100', me.userId, 'B', 'network'],
    ]);
    const all = await store.listCheckIns(me);
    expect(all).toHaveLength(200);
    expect(all.filter((c) => c.intensityAfter === 3)).toHaveLength(200);
    expect(new Set(all.map((c) => c.whatHappened)).size).toBe(200);
  });

  it('lose no profile increment (read-modify-write under the lock)', { timeout: 120_000 }, async () => {
    const store = await temp.open();
    const me = owner();
    await runTogether([
      [store.dataDir, 'profile', '150', me.userId, 'A'],
      [store.dataDir, 'profile', '150', me.userId, 'B'],
    ]);
    // The test process joins in too, from a third store instance.
    expect((await store.getProfile(me))?.plans).toHaveLength(300);
  });

  it('agree on a shared throttling counter', { timeout: 120_000 }, async () => {
    const store = await temp.open();
    await runTogether([
      [store.dataDir, 'counter', '100', 'unused', 'A'],
      [store.dataDir, 'counter', '100', 'unused', 'B'],
    ]);
    expect(await store.bumpCounter('shared-client', 3_600_000)).toBe(201);
  });
});

describe('locks', () => {
  it('serialise writers inside one process without losing updates', async () => {
    const store = await temp.open();
    const me = owner();
    await Promise.all(Array.from({ length: 50 }, () => store.updateProfile(me, (p) => ({ ...p, plans: [...p.plans, plan()] }))));
    expect((await store.getProfile(me))?.plans).toHaveLength(50);
    const added = await Promise.all(Array.from({ length: 30 }, (_, i) => store.addCheckIn(me, newCheckIn({ whatHappened: `n${i}` }))));
    expect(await store.listCheckIns(me)).toHaveLength(added.length);
  });

  it('recover a lock abandoned by a crashed process', async () => {
    const store = await temp.open();
    const me = owner();
    // What a process killed mid-write leaves: the lock directory, last refreshed a minute ago.
    const lock = store.layout.accountLock(me.userId);
    await mkdir(lock, { recursive: true });
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, aMinuteAgo, aMinuteAgo);
    const started = Date.now();
    await store.addCheckIn(me, newCheckIn());
    // Well under staleMs: the age of the lock, not a wait, decided it.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(await store.listCheckIns(me)).toHaveLength(1);
    await expect(stat(lock)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('wait for a fresh lock, and take it over once it goes stale', async () => {
    const dir = (await temp.open()).dataDir;
    const store = new JsonStore(dir, { durable: false, lock: { staleMs: 300, timeoutMs: 5_000 } });
    const me = owner();
    const lock = store.layout.accountLock(me.userId);
    await mkdir(lock, { recursive: true });
    const started = Date.now();
    await store.addCheckIn(me, newCheckIn());
    const waited = Date.now() - started;
    // Not taken while fresh, taken soon after it went stale.
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(2_000);
  });

  it('are not broken while their holder is alive and working (heartbeat)', async () => {
    const dir = (await temp.open()).dataDir;
    const lock = path.join(dir, 'locks', 'slow');
    const order: string[] = [];
    const slow = withLock(
      lock,
      async () => {
        order.push('slow start');
        await new Promise((r) => setTimeout(r, 1_000));
        order.push('slow end');
      },
      { staleMs: 400 },
    );
    await new Promise((r) => setTimeout(r, 50));
    // Plays a second process: goes straight for the lock directory, past this process's queue.
    const other = (async () => {
      const held = await acquireFileLock(lock, { staleMs: 400 });
      order.push('other');
      await releaseFileLock(held);
    })();
    await Promise.all([slow, other]);
    expect(order).toEqual(['slow start', 'slow end', 'other']);
  });

  // A process killed while it held the lock, before the clock stepped back (NTP): the lock it left is dated ahead of
  // now, so by its date it would look fresh until the clock caught up, and the account could not be written till then.
  it('recover a lock dated ahead of now once nobody refreshes it', async () => {
    const dir = (await temp.open()).dataDir;
    const store = new JsonStore(dir, { durable: false, lock: { staleMs: 300, timeoutMs: 5_000 } });
    const me = owner();
    const lock = store.layout.accountLock(me.userId);
    await mkdir(lock, { recursive: true });
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000);
    await utimes(lock, inTwoHours, inTwoHours);
    const started = Date.now();
    await store.updateProfile(me, (p) => ({ ...p, plans: [plan()] }));
    const waited = Date.now() - started;
    // Not broken at sight (a live holder refreshes it within staleMs), but once staleMs passed with no refresh.
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(2_000);
    expect((await store.getProfile(me))?.plans).toHaveLength(1);
  });

  // The same lock held by a live process whose clock stepped back: its heartbeat keeps changing the date, still ahead.
  it('do not break a lock dated ahead of now while its holder keeps refreshing it', async () => {
    const dir = (await temp.open()).dataDir;
    const lock = path.join(dir, 'locks', 'ahead');
    await mkdir(lock, { recursive: true });
    let ahead = Date.now() + 3_600_000;
    const heartbeat = setInterval(() => {
      ahead += 50;
      void utimes(lock, new Date(ahead), new Date(ahead));
    }, 50);
    try {
      await expect(withLock(lock, async () => 'taken', { staleMs: 300, timeoutMs: 1_200 })).rejects.toBeInstanceOf(LockTimeoutError);
    } finally {
      clearInterval(heartbeat);
    }
  });

  // Each wait is shorter than staleMs (a voice turn must answer in time): what one wait saw is not forgotten by the next.
  it('count the time a lock went unrefreshed across waits that each gave up', async () => {
    const dir = (await temp.open()).dataDir;
    const lock = path.join(dir, 'locks', 'ahead-again');
    await mkdir(lock, { recursive: true });
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000);
    await utimes(lock, inTwoHours, inTwoHours);
    const options = { staleMs: 400, timeoutMs: 250 };
    await expect(withLock(lock, async () => 'taken', options)).rejects.toBeInstanceOf(LockTimeoutError);
    await new Promise((r) => setTimeout(r, 200));
    await expect(withLock(lock, async () => 'taken', options)).resolves.toBe('taken');
  });

  it('give up by the deadline they are given, whatever their own time-out', async () => {
    const dir = (await temp.open()).dataDir;
    const lock = path.join(dir, 'locks', 'held-long');
    await mkdir(lock, { recursive: true });
    const keepFresh = setInterval(() => void utimes(lock, new Date(), new Date()), 20);
    try {
      const started = Date.now();
      const deadline = performance.now() + 300;
      await expect(withLock(lock, async () => 'never', { staleMs: 10_000, timeoutMs: 15_000, deadline })).rejects.toBeInstanceOf(LockTimeoutError);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      clearInterval(keepFresh);
    }
  });

  // Behind another caller of this process that waits for the lock: the queue in front of the lock is waited on no longer.
  it('give up by their deadline while queued behind a caller of the same process', async () => {
    const dir = (await temp.open()).dataDir;
    const lock = path.join(dir, 'locks', 'queued');
    await mkdir(lock, { recursive: true });
    const keepFresh = setInterval(() => void utimes(lock, new Date(), new Date()), 20);
    try {
      const first = withLock(lock, async () => 'first', { staleMs: 10_000, timeoutMs: 1_500 }).catch((error: unknown) => error);
      const started = Date.now();
      const second = withLock(lock, async () => 'second', { staleMs: 10_000, deadline: performance.now() + 300 });
      await expect(second).rejects.toBeInstanceOf(LockTimeoutError);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(await first).toBeInstanceOf(LockTimeoutError);
      // The queue still works after both gave up.
      clearInterval(keepFresh);
      await new Promise((r) => setTimeout(r, 30));
      await rmdir(lock);
      await expect(withLock(lock, async () => 'third')).resolves.toBe('third');
    } finally {
      clearInterval(keepFresh);
    }
  });

  it('time out with a clear error when a live holder never lets go', async () => {
    const dir = (await temp.open()).dataDir;
    const lock = path.join(dir, 'locks', 'held');
    await mkdir(lock, { recursive: true });
    const keepFresh = setInterval(() => void utimes(lock, new Date(), new Date()), 20);
    try {
      await expect(withLock(lock, async () => 'never', { staleMs: 10_000, timeoutMs: 300 })).rejects.toBeInstanceOf(LockTimeoutError);
    } finally {
      clearInterval(keepFresh);
    }
  });
});
