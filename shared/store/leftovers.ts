import { readdirSync, statSync, unlinkSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { errorCode } from './lock.js';

/**
 * Temp files that writers left behind. writeFileAtomic writes `.<file>.<pid>.<id>.tmp` beside the file and renames it
 * into place; a writer killed between the two (kill -9, a power cut, an out-of-memory kill) leaves the temp file where
 * it is for ever. It holds the same words as the file it was to replace, so it is litter and a privacy problem both:
 * these functions remove the ones nobody can still be writing.
 *
 * A temp file is abandoned when its writer (the pid in its name) is no longer running and it has not changed for
 * DEAD_WRITER_AGE_MS, or, whoever wrote it, when it has not changed for ANY_WRITER_AGE_MS. The minute covers a pid
 * that belongs to another pid namespace (the dashboard in another container on the same volume, where our check says
 * "dead" of a live process): a write takes milliseconds, so a file a minute old is no write in progress. The hour is
 * for a pid that is running but is not the writer (pids are reused), and for files with no pid in their name.
 */
export const DEAD_WRITER_AGE_MS = 60_000;
export const ANY_WRITER_AGE_MS = 60 * 60_000;

/** `.<name>.<pid>.<8 hex>.tmp`, as writeFileAtomic names its temp files. */
const WITH_PID = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export interface LeftoverOptions {
  /**
   * Whether a pid in a temp file's name is a process of this machine. False on a network file system that other
   * machines write to: there a pid says nothing about whether its writer is alive, and only ANY_WRITER_AGE_MS counts.
   */
  pidsAreLocal?: boolean;
}

/** Whether `name` is a temp file of writeFileAtomic's (or any hidden `.tmp` one: nothing else in DATA_DIR makes them). */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Removes the abandoned temp files directly in `dir` (not in the folders below it), and returns their paths. A folder
 * that is not there has none. Synchronous, as the store's other file calls are: a readdir of a handful of names.
 */
export function removeLeftoversIn(dir: string, options: LeftoverOptions = {}): string[] {
  return removeFrom(dir, entriesIn(dir), options);
}

/**
 * removeLeftoversIn for `root` and every folder below it but those named in `skip` (relative to root), e.g. the lock
 * folders, which hold no files. Returns every path removed.
 */
export function removeLeftoversUnder(root: string, skip: readonly string[] = [], options: LeftoverOptions = {}): string[] {
  const skipped = new Set(skip.map((name) => path.join(root, name)));
  const removed: string[] = [];
  const visit = (dir: string) => {
    const entries = entriesIn(dir);
    removed.push(...removeFrom(dir, entries, options));
    for (const entry of entries) {
      const below = path.join(dir, entry.name);
      if (entry.isDirectory() && !skipped.has(below)) visit(below);
    }
  };
  visit(root);
  return removed;
}

/** The abandoned temp files among a folder's entries, removed. */
function removeFrom(dir: string, entries: readonly Dirent[], options: LeftoverOptions): string[] {
  const removed: string[] = [];
  for (const { name } of entries) {
    if (!isTempFileName(name)) continue;
    const file = path.join(dir, name);
    const stats = statSync(file, { throwIfNoEntry: false });
    // Gone meanwhile (renamed into place by its writer after all), or a folder of that name: not ours to remove.
    if (!stats?.isFile()) continue;
    if (!abandoned(name, Date.now() - stats.mtimeMs, options)) continue;
    try {
      unlinkSync(file);
      removed.push(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return removed;
}

/** The rule in the module comment. An age below zero (the clock stepped back) is a file too new to tell. */
function abandoned(name: string, ageMs: number, options: LeftoverOptions): boolean {
  if (ageMs >= ANY_WRITER_AGE_MS) return true;
  if (ageMs < DEAD_WRITER_AGE_MS || options.pidsAreLocal === false) return false;
  const pid = Number(WITH_PID.exec(name)?.[1]);
  return Number.isSafeInteger(pid) && pid > 0 && !isRunning(pid);
}

/** Whether a process with this pid runs on this machine. Signal 0 checks without sending anything. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user. Anything but "no such process" is taken as running: removing is what must be sure.
    return errorCode(error) !== 'ESRCH';
  }
}

/** A folder's entries; none when it is not there. */
function entriesIn(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  }
}
