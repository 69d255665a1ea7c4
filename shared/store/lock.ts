import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmdirSync, statSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import path from 'node:path';

/**
 * A cross-process exclusive lock, plus an in-process queue in front of it.
 *
 * The skill server and the dashboard may be separate processes on the same DATA_DIR, so an in-memory mutex is not
 * enough: the lock is a directory, because `mkdir` is atomic on every local file system and fails with EEXIST when
 * someone else holds it. Inside one process, callers queue on a promise chain per lock path first, so a process never
 * polls the file system against itself and the order of its own writes is kept.
 *
 * A holder that crashed leaves its directory behind. The holder refreshes the directory's mtime while it works
 * (a heartbeat), so a lock whose mtime is older than `staleMs` belongs to nobody alive and is broken. So is one whose
 * mtime has not changed for `staleMs` by this process's monotonic clock, whatever its date: a holder killed before the
 * system clock stepped back (NTP) leaves a lock dated ahead of now, which by its date alone would look fresh until the
 * clock caught up, while a live holder's next heartbeat (every staleMs / 3) changes the date, ahead or not.
 */
export interface LockOptions {
  /** A lock not refreshed for this long is considered abandoned. */
  staleMs?: number;
  /** Give up waiting after this long (longer than staleMs, so an abandoned lock is always recovered first). */
  timeoutMs?: number;
  /**
   * A `performance.now()` time by which a caller must have its answer (a voice turn: Alexa waits 8 s). Waiting, in this
   * process's queue or for the lock, ends then with LockTimeoutError, whichever of this and timeoutMs comes first.
   */
  deadline?: number;
}

export const DEFAULT_STALE_MS = 5_000;
export const DEFAULT_TIMEOUT_MS = 15_000;

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string, waitedMs: number) {
    super(`Timed out after ${waitedMs} ms waiting for the lock ${lockPath}`);
    this.name = 'LockTimeoutError';
  }
}

/**
 * True for "the store was busy: the lock, or this process's queue for it, was not free in time" (nothing was changed
 * by the call that failed). By name, not instanceof, for the reason isStoreCorrupt gives.
 */
export function isLockTimeout(error: unknown): error is LockTimeoutError {
  return error instanceof Error && error.name === 'LockTimeoutError';
}

/*
 * Tails of the in-process queues, keyed by absolute lock path. This holds promises only, never loaded data, and an
 * entry is removed as soon as its queue drains. It is module-level on purpose: two JsonStore instances on the same
 * DATA_DIR in one process must queue behind each other, not poll.
 */
const tails = new Map<string, Promise<void>>();

/*
 * Each lock held by someone else as this process last saw it (inode and mtime), and since when by this process's
 * monotonic clock, which no step of the system clock moves (see acquire). Kept across waits, so that waits which each
 * give up sooner than staleMs (a voice turn's) still add up to it. An entry goes when the lock is taken or broken, or
 * is replaced when the lock changes.
 */
const unchanged = new Map<string, { ino: number; mtimeMs: number; since: number }>();

export async function withLock<T>(lockPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const key = path.resolve(lockPath);
  return inQueue(
    key,
    async () => {
      const held = await acquire(key, options);
      try {
        return await fn();
      } finally {
        await release(held);
      }
    },
    options.deadline,
  );
}

/**
 * The in-process half alone: runs `fn` after every earlier call with the same key has settled, in call order. For
 * work that must not interleave within this process but has its own answer to other processes (the journal's appends).
 * A key must not be queued on from inside its own queue, or the inner call waits for the outer one for ever.
 *
 * With a `deadline` (a performance.now() time), a call still waiting for its turn then gives up with LockTimeoutError;
 * the calls after it still wait for the ones before it.
 */
export async function inQueue<T>(key: string, fn: () => Promise<T>, deadline?: number): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => {
    done = resolve;
  });
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  try {
    await (deadline === undefined ? previous : byDeadline(previous, deadline, key));
    return await fn();
  } finally {
    done();
    // Forgotten once it settles, which for a call that gave up is when the work before it ends: a caller arriving
    // meanwhile must still queue behind that work, not start beside it.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
  }
}

/** `turn`, or LockTimeoutError at `deadline` if it has not come by then. */
function byDeadline(turn: Promise<void>, deadline: number, key: string): Promise<void> {
  const started = performance.now();
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new LockTimeoutError(key, Math.round(performance.now() - started))),
      Math.max(0, deadline - started),
    );
    void turn.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The cross-process half alone, without the in-process queue: for callers that already serialise themselves (and
 * for tests that play a second process). Prefer withLock.
 */
export function acquireFileLock(lockPath: string, options: LockOptions = {}): Promise<HeldLock> {
  return acquire(path.resolve(lockPath), options);
}

export function releaseFileLock(held: HeldLock): Promise<void> {
  return release(held);
}

export interface HeldLock {
  dir: string;
  /** The inode of the directory we created: release must not remove a lock someone else took after breaking ours. */
  ino: number;
  heartbeat: NodeJS.Timeout;
}

async function acquire(dir: string, options: LockOptions): Promise<HeldLock> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  // Timed by the monotonic clock: a wait must not last hours because the system clock stepped back meanwhile.
  const started = performance.now();
  const giveUpAt = Math.min(started + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS), options.deadline ?? Infinity);
  let delay = 1;
  for (;;) {
    // Synchronous calls, as in FileCache: a free lock is taken in a few microseconds, without a thread-pool round trip.
    try {
      mkdirSync(dir, { mode: 0o700 });
      const { ino } = statSync(dir);
      const heartbeat = setInterval(() => {
        const now = new Date();
        // Best effort: if the refresh fails the lock may be broken as stale, which only costs waiting, never data.
        utimes(dir, now, now).catch(() => undefined);
      }, Math.max(10, Math.floor(staleMs / 3)));
      heartbeat.unref();
      unchanged.delete(dir);
      return { dir, ino, heartbeat };
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') {
        mkdirSync(path.dirname(dir), { recursive: true, mode: 0o700 });
        continue;
      }
      if (code !== 'EEXIST') throw error;
    }

    const current = statSync(dir, { throwIfNoEntry: false }) ?? null;
    if (current === null) continue; // released between our mkdir and stat: try again at once
    if (abandoned(dir, current, staleMs)) {
      unchanged.delete(dir);
      await breakStale(dir);
      continue;
    }
    const now = performance.now();
    if (now > giveUpAt) throw new LockTimeoutError(dir, Math.round(now - started));
    // Jittered exponential backoff: two processes that collided do not retry in lockstep.
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 25);
  }
}

/**
 * Whether nobody alive holds the lock: its date is older than staleMs, or it has not changed for staleMs while this
 * process watched it (a lock dated ahead of now, whose holder died before the clock stepped back: a live holder's
 * heartbeat would have changed it, so it is not broken at first sight).
 */
function abandoned(dir: string, current: { ino: number; mtimeMs: number }, staleMs: number): boolean {
  if (Date.now() - current.mtimeMs > staleMs) return true;
  const now = performance.now();
  const seen = unchanged.get(dir);
  if (seen && seen.ino === current.ino && seen.mtimeMs === current.mtimeMs) return now - seen.since > staleMs;
  // Bounded like the file caches: a lock given up on and never waited for again is not kept for ever.
  if (unchanged.size >= 10_000) unchanged.clear();
  unchanged.set(dir, { ino: current.ino, mtimeMs: current.mtimeMs, since: now });
  return false;
}

/**
 * Moves the abandoned lock aside (rename is atomic, so of two processes breaking it at once exactly one wins) and
 * removes it. The loser sees ENOENT and simply competes for the lock again.
 */
async function breakStale(dir: string): Promise<void> {
  const aside = `${dir}.stale-${randomUUID()}`;
  try {
    renameSync(dir, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    rmdirSync(aside);
  } catch {
    // Someone else's to clean up now; the lock itself is free either way.
  }
}

async function release(held: HeldLock): Promise<void> {
  clearInterval(held.heartbeat);
  try {
    const current = statSync(held.dir);
    if (current.ino === held.ino) rmdirSync(held.dir);
  } catch (error) {
    // Already gone (broken as stale while we were frozen): nothing of ours to remove.
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
