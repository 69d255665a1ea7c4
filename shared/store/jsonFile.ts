import { randomUUID } from 'node:crypto';
import { closeSync, fsync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { errorCode } from './lock.js';
import { StoreCorruptError } from './Store.js';

/** Private data: only the user the process runs as may read it. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Errors that say "try again later", not "this file is broken". */
export const TRANSIENT = new Set(['EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY', 'EINTR', 'ENOMEM']);

export interface JsonFileOptions<T> {
  /** fsync the data before the rename, so a power cut leaves the old file or the new one, never an empty one. */
  durable: boolean;
  /**
   * Checks that need more than the shape (e.g. every record in a month file belongs to that month). Returns a reason
   * when the content is inconsistent; the file is then reported as corrupt like one that fails the schema.
   */
  check?: (data: T) => string | null;
}

/**
 * A lowdb adapter for one JSON file that validates on the way in and out and writes atomically.
 *
 * lowdb's own JSONFile (steno) already writes to a temp file and renames it; this adapter keeps that, and adds what
 * private health data needs: the temp file is created 0600 with a unique name (two processes never share a temp
 * file), the data is fsynced before the rename, and a read that cannot be parsed or validated throws
 * StoreCorruptError instead of handing lowdb `null`, which it would treat as "empty" and later overwrite.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly options: JsonFileOptions<T>,
  ) {}

  /** null when the file does not exist (a missing partition is an empty one). */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') return null;
      if (code !== undefined && TRANSIENT.has(code)) throw error;
      throw new StoreCorruptError(this.file, `cannot be read: ${code ?? String(error)}`);
    }
    return this.parse(text);
  }

  /** The file's text, parsed and validated; a text that fails either is reported as StoreCorruptError. */
  parse(text: string): T {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new StoreCorruptError(this.file, `not valid JSON: ${withoutExcerpt((error as Error).message)}`);
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      throw new StoreCorruptError(this.file, `does not match the expected shape: ${describeIssues(parsed.error)}`);
    }
    const inconsistency = this.options.check?.(parsed.data);
    if (inconsistency) throw new StoreCorruptError(this.file, inconsistency);
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    await this.writeValidated(data);
  }

  /** Writes the data atomically and returns it as validated (what a reader of the file will now get). */
  async writeValidated(data: T): Promise<T> {
    // Validate what leaves as strictly as what comes in: a bug upstream must not put a file on disk we would later
    // refuse to read.
    const valid = this.schema.parse(data);
    await writeFileAtomic(this.file, `${JSON.stringify(valid, null, 2)}\n`, this.options.durable);
    return valid;
  }
}

/**
 * Writes `text` to a temporary file beside `file` and renames it into place. The calls are synchronous but for the
 * fsync, for the reason FileCache gives: each is a few microseconds on a local disk, where a round trip through the
 * thread pool costs many times that, and a compaction makes a dozen of them.
 */
export async function writeFileAtomic(file: string, text: string, durable: boolean): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  let fd: number | null = null;
  try {
    try {
      fd = openSync(temp, 'wx', FILE_MODE);
    } catch (error) {
      // The folder is made on the first write into it, not checked on every one.
      if (errorCode(error) !== 'ENOENT') throw error;
      mkdirSync(dir, { recursive: true, mode: DIR_MODE });
      fd = openSync(temp, 'wx', FILE_MODE);
    }
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    if (durable) {
      const open = fd;
      await new Promise<void>((resolve, reject) => fsync(open, (error) => (error ? reject(error) : resolve())));
    }
    closeSync(fd);
    fd = null;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Closing is best effort here: the write already failed, and that is the error to report.
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already gone.
    }
    throw error;
  }
}

/** Removes a file; a file already gone is fine (deleting twice is not an error). */
export async function removeFile(file: string): Promise<void> {
  try {
    unlinkSync(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ')
    .concat(error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '');
}

/**
 * V8's JSON.parse message quotes the text around the fault (`Unexpected token 'S', ..."cords": [ SECRET"... is not valid
 * JSON`). In these files that text is what a user said, and the message goes to the server log: keep the fault, not
 * the words.
 */
export function withoutExcerpt(message: string): string {
  return message.replace(/,?\s*(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)?\s*is not valid JSON/, '').trim();
}
