import { readFileSync, statSync, type Stats } from 'node:fs';

/**
 * Parsed copies of small files, each checked against the file's stat before use, so a process that reads the same
 * profile or month file on every turn parses it once, and still sees at once what another process (the dashboard,
 * the skill) wrote: every write to these files is a rename (a new inode) or an append (a new size).
 *
 * The calls are synchronous on purpose. These are files of a few kilobytes on a local disk: a stat or a read takes a
 * few microseconds, while the same call through the thread pool costs ten to forty times that in round trips
 * (measured in test/bench). What is slow on disk, fsync, stays asynchronous where it is called.
 *
 * Cached values are deep-frozen: they are handed to many callers, and one caller changing a record in place must not
 * change what the next one reads.
 */
export class FileCache<T> {
  private readonly entries = new Map<string, { signature: string; value: T }>();

  /** `capacity` 0 keeps nothing: every read is a fresh read of the file (for a network file system, see JsonStore). */
  constructor(private readonly capacity = 2_000) {}

  /**
   * The file's value: from the cache when the file has not changed, else `parse(text)`. null when there is no file.
   * `parse` may throw (a corrupt file); nothing is cached then, and the error reaches the caller every time.
   */
  read(file: string, parse: (text: string) => T): T | null {
    if (this.capacity === 0) return readFresh(file, parse);
    const stats = statOrNull(file);
    if (stats === null) {
      this.entries.delete(file);
      return null;
    }
    const signature = signatureOf(stats);
    const hit = this.entries.get(file);
    if (hit && hit.signature === signature) {
      // Most recently used last, so the first key is the one to evict.
      this.entries.delete(file);
      this.entries.set(file, hit);
      return hit.value;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // replaced between stat and read: gone
      throw error;
    }
    const value = deepFreeze(parse(text));
    this.entries.delete(file);
    this.entries.set(file, { signature, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /**
   * Takes a value this process has just written to `file`, so the next read need not parse it back. Only for a writer
   * that holds the lock every writer of the file takes: the stat taken here must describe the write just made.
   */
  remember(file: string, value: T): void {
    if (this.capacity === 0) return;
    const stats = statOrNull(file);
    this.entries.delete(file);
    if (stats === null) return;
    this.entries.set(file, { signature: signatureOf(stats), value: deepFreeze(value) });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(file: string): void {
    this.entries.delete(file);
  }
}

/** Opening a file is what makes a network file system fetch its current content and attributes (close-to-open). */
function readFresh<T>(file: string, parse: (text: string) => T): T | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return deepFreeze(parse(text));
}

export function statOrNull(file: string): Stats | null {
  return statSync(file, { throwIfNoEntry: false }) ?? null;
}

/**
 * What changes when a file is replaced (inode, birth and change time: an inode number is reused after a delete) or
 * written in place (size, modification time).
 */
export function signatureOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.birthtimeMs}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
