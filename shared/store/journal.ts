import { closeSync, constants, fdatasync, fstatSync, openSync, readSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { deepFreeze, statOrNull } from './fileCache.js';
import { FILE_MODE } from './jsonFile.js';
import { errorCode } from './lock.js';
import { StoreCorruptError } from './Store.js';

/**
 * An owner's journal: the newest changes to their check-ins and exercise sessions, one JSON line each, appended and
 * fsynced before the skill answers. Month files hold everything older; `JsonStore.compact` folds the journal into them
 * every so many entries (see there). Readers replay month files, then the journal.
 *
 * Why a journal: storing an answer the moment it is given means a durable write on every turn. Rewriting a month file
 * atomically costs a new file, a rename and a cross-process lock (four changes to directories, each a journal commit
 * of the file system); appending a line to a file that exists changes no directory at all. On the bench machine, a
 * minimal skill that stores one record per answer the first way costs about 2.5 times what one that stores nothing
 * costs, and about 1.3 times the second way (`npm run bench skill`).
 *
 * Appends take no cross-process lock. Two processes may append to one journal at once: a file opened with O_APPEND
 * gets each write() whole at its end on a local file system, so lines never interleave, and their order is the order
 * the changes happened in. The only writer that needs to exclude others is compaction, which takes the account lock
 * and first renames the journal aside ("seals" it). An append that raced with that seal may have landed in the sealed
 * file after compaction read it; so every append checks afterwards that the file it wrote is still the journal, and
 * writes the line again to the new one if not, marked as a retry. A line is never applied twice: readers skip an
 * entry id they have seen, and a retry whose first copy compaction already folded in (FOLDED_FILE) is dropped.
 *
 * Both promises this leans on (whole appends, and a stat that tells what another process just wrote) are a local
 * disk's. On a network file system the store locks appends and reads afresh instead (JsonStoreOptions).
 */
export const JOURNAL_FILE = 'journal.jsonl';
/** The journal being folded into the month files; only present during compaction, or after a crash in one. */
export const SEALED_FILE = 'journal.sealed.jsonl';
/** The entry ids the last compaction folded in (see JournalEntryBase.retry). */
export const FOLDED_FILE = 'journal.folded.json';

/** Every entry line starts with this, which is how a line glued to the torn end of an earlier one is found again. */
export const ENTRY_START = '{"v":1,';

const TAIL_BYTES = 64;

export interface JournalEntryBase {
  v: 1;
  /** A fresh id per entry: a line written twice (see above) is applied once. */
  entryId: string;
  at: string;
  /**
   * Set on a line written again because its first copy may have gone into a sealed journal. Compaction records the ids
   * it folded (FOLDED_FILE), and a retry whose first copy was folded is skipped: applying it again, after changes made
   * since, would undo them.
   */
  retry?: true;
}

export interface ReadJournal<E> {
  entries: readonly E[];
  /** Bytes read: up to and including the last complete line. */
  consumed: number;
  /**
   * Bytes that are not an entry: the start of a line a crash cut off. That write was never acknowledged (the answer
   * only comes after the fsync), but compaction still hands these bytes to the rescue log instead of dropping them.
   */
  torn: readonly string[];
}

interface CachedJournal<E> {
  dev: number;
  ino: number;
  birthtimeMs: number;
  /** Bytes parsed so far: up to and including the last newline. */
  consumed: number;
  /** Lines parsed so far, so an error can name the line as an editor would number it. */
  lines: number;
  /**
   * The last bytes parsed. An inode number is reused once its file is deleted (an owner deleted and starting again),
   * so before reading on from `consumed`, the reader checks that the file still ends its parsed part with these.
   */
  tail: Buffer;
  entries: E[];
  torn: string[];
}

/**
 * Reads journals incrementally: a journal only grows until it is sealed (a new inode), so a reader that has parsed
 * the first n bytes only reads what was appended since. Bounded like FileCache.
 */
export class JournalReader<E> {
  private readonly cache = new Map<string, CachedJournal<E>>();

  constructor(
    private readonly parse: (json: unknown) => E,
    private readonly capacity = 2_000,
  ) {}

  read(file: string): ReadJournal<E> {
    // With no cache (a network file system), no stat either: its answer may come from the client's attribute cache.
    let cached = this.capacity === 0 ? undefined : this.cache.get(file);
    if (this.capacity > 0) {
      const stats = statOrNull(file);
      if (stats === null) {
        this.cache.delete(file);
        return { entries: [], torn: [], consumed: 0 };
      }
      if (cached && sameFile(cached, stats) && stats.size === cached.consumed) return this.keep(file, cached);
    }
    // Something to read. The file is read through one descriptor and described by that descriptor's own stats: it may
    // have been sealed (renamed away) or replaced since the stat above, and what is read must be what is described.
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      // Sealed between the stat and the open: its entries are in the sealed journal, which callers read next.
      if (errorCode(error) === 'ENOENT') {
        this.cache.delete(file);
        return { entries: [], torn: [], consumed: 0 };
      }
      throw error;
    }
    try {
      const actual = fstatSync(fd);
      const fresh = (): CachedJournal<E> => ({
        dev: actual.dev,
        ino: actual.ino,
        birthtimeMs: actual.birthtimeMs,
        consumed: 0,
        lines: 0,
        tail: Buffer.alloc(0),
        entries: [],
        torn: [],
      });
      if (!cached || !sameFile(cached, actual) || actual.size < cached.consumed) cached = fresh();
      if (actual.size > cached.consumed) {
        let bytes = readFrom(fd, cached.consumed - cached.tail.length, actual.size);
        if (bytes.subarray(0, cached.tail.length).equals(cached.tail)) {
          bytes = bytes.subarray(cached.tail.length);
        } else {
          cached = fresh();
          bytes = readFrom(fd, 0, actual.size);
        }
        // Parse into copies, so a corrupt line leaves the cached part as it was and the error repeats on the next read.
        const next = { ...cached, entries: [...cached.entries], torn: [...cached.torn] };
        this.parseNew(file, next, bytes);
        cached = next;
      }
    } finally {
      closeSync(fd);
    }
    return this.keep(file, cached);
  }

  private keep(file: string, cached: CachedJournal<E>): CachedJournal<E> {
    this.cache.delete(file);
    if (this.capacity === 0) return cached;
    this.cache.set(file, cached);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value as string);
    return cached;
  }

  private parseNew(file: string, into: CachedJournal<E>, bytes: Buffer): void {
    const end = bytes.lastIndexOf(0x0a);
    // A last line without its newline is still being written (or was cut off by a crash): leave it for later.
    if (end < 0) return;
    const lines = bytes.subarray(0, end).toString('utf8').split('\n');
    let lineNo = into.lines;
    for (const line of lines) {
      lineNo++;
      if (line.length === 0) continue;
      const entry = this.parseLine(line);
      if (entry !== null) {
        into.entries.push(entry);
        continue;
      }
      // The torn start of an entry, with the next complete entry glued on after it.
      const glued = line.lastIndexOf(ENTRY_START);
      const rest = glued > 0 ? this.parseLine(line.slice(glued)) : null;
      if (rest === null) throw new StoreCorruptError(file, `line ${lineNo} is not a journal entry`);
      into.torn.push(line.slice(0, glued));
      into.entries.push(rest);
    }
    into.consumed += end + 1;
    into.lines = lineNo;
    into.tail = Buffer.from(bytes.subarray(Math.max(0, end + 1 - TAIL_BYTES), end + 1));
  }

  private parseLine(line: string): E | null {
    try {
      return deepFreeze(this.parse(JSON.parse(line)));
    } catch {
      return null;
    }
  }

  /**
   * Takes an entry this process has just appended (see AppendResult) without reading it back, when the cache holds
   * everything before it; otherwise the next read picks it up from the file as usual.
   */
  noteAppended(file: string, entry: E, stats: Stats, bytes: Buffer): void {
    if (this.capacity === 0) return;
    const cached = this.cache.get(file);
    const start = stats.size - bytes.length;
    const follows =
      cached !== undefined &&
      cached.dev === stats.dev &&
      cached.ino === stats.ino &&
      cached.birthtimeMs === stats.birthtimeMs &&
      cached.consumed === start;
    // An empty cache entry for a new file is as good as one that read everything before our line.
    if (!follows && !(start === 0 && stats.size === bytes.length)) return;
    const base = follows
      ? cached!
      : { dev: stats.dev, ino: stats.ino, birthtimeMs: stats.birthtimeMs, consumed: 0, lines: 0, tail: Buffer.alloc(0), entries: [], torn: [] };
    const tail = Buffer.concat([base.tail, bytes]);
    this.cache.set(file, {
      ...base,
      consumed: stats.size,
      lines: base.lines + 1,
      tail: Buffer.from(tail.subarray(Math.max(0, tail.length - TAIL_BYTES))),
      entries: [...base.entries, deepFreeze(entry)],
    });
  }

  /** How many entries the cache holds for the file, without touching the disk (0 when it has not been read). */
  cachedCount(file: string): number {
    return this.cache.get(file)?.entries.length ?? 0;
  }

  /**
   * The file at `from` was renamed to `to` (a journal being sealed): what was read of it stays valid under the new name,
   * checked like any cached read against the file's identity.
   */
  renamed(from: string, to: string): void {
    const cached = this.cache.get(from);
    this.cache.delete(from);
    if (cached && this.capacity > 0) this.cache.set(to, cached);
    else this.cache.delete(to);
  }

  forget(file: string): void {
    this.cache.delete(file);
  }
}

/** The same file as when it was cached: an inode number alone is reused once its file is deleted. */
function sameFile(cached: { dev: number; ino: number; birthtimeMs: number }, stats: Stats): boolean {
  return cached.dev === stats.dev && cached.ino === stats.ino && cached.birthtimeMs === stats.birthtimeMs;
}

function readFrom(fd: number, start: number, end: number): Buffer {
  const buffer = Buffer.alloc(end - start);
  let read = 0;
  while (read < buffer.length) {
    const n = readSync(fd, buffer, read, buffer.length - read, start + read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/**
 * What happened to an append: it is in the journal (with the journal's stats just after our line, so a reader can take
 * the line without reading it back), or the owner's folder is gone (deleted meanwhile).
 */
export type AppendResult<E> = { status: 'appended'; stats: Stats; bytes: Buffer; written: E } | { status: 'folder-gone' };

const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT;
const MAX_ATTEMPTS = 8;

interface OpenJournal {
  fd: number;
  dev: number;
  ino: number;
  birthtimeMs: number;
  /** Appends in flight: a descriptor is never closed under an fsync that is still running on it. */
  busy: number;
}

/**
 * Appends entries to journals, keeping the most recently used journals open: opening a file by its path walks every
 * folder above it, which was the dearest call of an append. A kept descriptor can outlive its file (sealed by a
 * compaction, or deleted with its owner); the check after every write finds that, closes it and opens the journal anew.
 */
export class JournalWriter {
  private readonly open = new Map<string, OpenJournal>();

  /** `capacity` 0 keeps no journal open between appends (for a network file system, see JsonStore). */
  constructor(private readonly capacity = 256) {}

  /**
   * Appends one entry to the journal in `dir` and, when durable, fsyncs it; resolves only once the entry is in the
   * live journal (see the header for the check against a concurrent seal).
   */
  async append<E extends JournalEntryBase>(dir: string, entry: E, durable: boolean): Promise<AppendResult<E>> {
    const file = path.join(dir, JOURNAL_FILE);
    let written = entry;
    let line = Buffer.from(`${JSON.stringify(written)}\n`, 'utf8');
    if (!line.subarray(0, ENTRY_START.length).equals(Buffer.from(ENTRY_START))) {
      throw new Error('appendEntry: an entry must start with its version');
    }
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt === 1) {
        written = { ...entry, retry: true };
        line = Buffer.from(`${JSON.stringify(written)}\n`, 'utf8');
      }
      const journal = this.journal(file);
      if (journal === null) return { status: 'folder-gone' };
      let now: Stats | null;
      journal.busy++;
      try {
        const count = writeSync(journal.fd, line);
        if (count !== line.length) throw new Error(`appendEntry: wrote ${count} of ${line.length} bytes to ${file}`);
        if (durable) await datasync(journal.fd);
        now = statOrNull(file);
      } catch (error) {
        journal.busy--;
        this.close(file);
        throw error;
      }
      journal.busy--;
      const live = now !== null && now.ino === journal.ino && now.dev === journal.dev && now.birthtimeMs === journal.birthtimeMs;
      if (this.capacity === 0 || !live) this.close(file);
      if (live) return { status: 'appended', stats: now!, bytes: line, written };
      if (statOrNull(dir) === null) return { status: 'folder-gone' };
    }
    throw new Error(`appendEntry: the journal ${file} was sealed ${MAX_ATTEMPTS} times while we wrote to it`);
  }

  /** Closes every journal kept open under `dir` (an owner or account being deleted by this process). */
  closeUnder(dir: string): void {
    for (const file of [...this.open.keys()]) if (file.startsWith(`${dir}${path.sep}`)) this.close(file);
  }

  private journal(file: string): OpenJournal | null {
    const kept = this.open.get(file);
    if (kept) {
      this.open.delete(file);
      this.open.set(file, kept);
      return kept;
    }
    let fd: number;
    try {
      fd = openSync(file, APPEND_FLAGS, FILE_MODE);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const stats = fstatSync(fd);
    const opened = { fd, dev: stats.dev, ino: stats.ino, birthtimeMs: stats.birthtimeMs, busy: 0 };
    this.open.set(file, opened);
    if (this.capacity > 0 && this.open.size > this.capacity) {
      const idle = [...this.open].find(([, candidate]) => candidate.busy === 0);
      if (idle) this.close(idle[0]);
    }
    return opened;
  }

  private close(file: string): void {
    const kept = this.open.get(file);
    if (!kept || kept.busy > 0) return;
    this.open.delete(file);
    try {
      closeSync(kept.fd);
    } catch {
      // Already closed or never valid: nothing more to release.
    }
  }
}

function datasync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}

/**
 * A whole journal, for compaction: like `read`, but a last line without its newline (a crash cut it off) is taken as
 * an entry when it is one, and kept as torn text when it is not. Through the reader's cache, so a journal this process
 * has read (or written) is not parsed again; see `renamed` for the sealed copy of one.
 */
export function readWholeJournal<E>(reader: JournalReader<E>, file: string, parse: (json: unknown) => E): ReadJournal<E> {
  const { entries, torn, consumed: parsedTo } = reader.read(file);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { entries, torn, consumed: parsedTo };
    throw error;
  }
  let tail: string;
  try {
    const size = fstatSync(fd).size;
    if (size <= parsedTo) return { entries, torn, consumed: parsedTo };
    tail = readFrom(fd, parsedTo, size).toString('utf8');
  } finally {
    closeSync(fd);
  }
  try {
    return { entries: [...entries, parse(JSON.parse(tail))], torn, consumed: parsedTo + Buffer.byteLength(tail) };
  } catch {
    return { entries, torn: [...torn, tail], consumed: parsedTo + Buffer.byteLength(tail) };
  }
}
