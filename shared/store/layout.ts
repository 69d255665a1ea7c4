import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Owner } from '../schemas.js';

/**
 * Where everything lives under DATA_DIR. Every path is derived here so that the store, the tests and the bench agree,
 * and so that no raw user id ever reaches a file name (Alexa user ids are personal data; their sha256 is not reversible
 * in practice because the ids are long and random).
 *
 *   accounts/<sha256(userId)>/default/profile.json
 *   accounts/<sha256(userId)>/<sha256(personId)>/profile.json
 *   accounts/<…>/<owner>/checkins/YYYY-MM.json     one file per calendar month of nights
 *   accounts/<…>/<owner>/exercises/YYYY-MM.json
 *   accounts/<…>/<owner>/journal.jsonl             the newest changes to both, one line each (journal.ts)
 *   accounts/<…>/<owner>/journal.sealed.jsonl      a journal being folded into the month files
 *   accounts/<…>/<owner>/journal.folded.json       the entry ids the last compaction folded in
 *   accounts/<…>/auth-index.json                  which codes/sessions belong to the account, so deletion finds them
 *   auth/codes/<sha256(locator)>.json              one small file per record, never one file that grows with users
 *   auth/sessions/<sha256(tokenHash)>.json
 *   auth/counters/<sha256(key)>.json
 *   rescue/<sha256(userId)>.jsonl                  append-only, what a user said when their partition was unusable
 *   locks/<name>                                   cross-process lock directories (transient)
 *   trash/<uuid>                                   folders being deleted (renamed here first so deletion is atomic)
 */
export const DEFAULT_OWNER_DIR = 'default';
export const MONTH_FILE = /^(\d{4}-\d{2})\.json$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class Layout {
  /** Hashes of ids seen lately: every store call derives paths, and one turn makes several calls for the same user. */
  private readonly hashes = new Map<string, string>();

  constructor(readonly root: string) {}

  accountHash(userId: string): string {
    return this.hash(userId);
  }

  /** The folder name of an owner inside its account: "default", or the hash of the recognised person's id. */
  ownerKey(owner: Owner): string {
    return owner.personId === undefined ? DEFAULT_OWNER_DIR : this.hash(owner.personId);
  }

  private hash(id: string): string {
    let hex = this.hashes.get(id);
    if (hex === undefined) {
      hex = sha256(id);
      if (this.hashes.size >= 10_000) this.hashes.clear();
      this.hashes.set(id, hex);
    }
    return hex;
  }

  accountsDir(): string {
    return `${this.root === path.sep ? '' : this.root}${path.sep}accounts`;
  }

  // The paths below are joined by hand: the root is already resolved and every part is a hex hash or a fixed name, so
  // path.join's normalising (a measurable part of a turn, which derives a dozen paths) has nothing to do.

  accountDir(userId: string): string {
    return `${this.accountsDir()}${path.sep}${this.accountHash(userId)}`;
  }

  ownerDir(owner: Owner): string {
    return `${this.accountDir(owner.userId)}${path.sep}${this.ownerKey(owner)}`;
  }

  profileFile(owner: Owner): string {
    return `${this.ownerDir(owner)}${path.sep}profile.json`;
  }

  monthDir(owner: Owner, kind: MonthKind): string {
    return `${this.ownerDir(owner)}${path.sep}${kind}`;
  }

  /** `month` is YYYY-MM. */
  monthFile(owner: Owner, kind: MonthKind, month: string): string {
    return `${this.monthDir(owner, kind)}${path.sep}${month}.json`;
  }

  authIndexFile(userId: string): string {
    return path.join(this.accountDir(userId), 'auth-index.json');
  }

  codeFile(id: string): string {
    return path.join(this.root, 'auth', 'codes', `${sha256(id)}.json`);
  }

  sessionFile(tokenHash: string): string {
    return path.join(this.root, 'auth', 'sessions', `${sha256(tokenHash)}.json`);
  }

  counterFile(key: string): string {
    return path.join(this.root, 'auth', 'counters', `${sha256(key)}.json`);
  }

  rescueFile(userId: string): string {
    return path.join(this.root, 'rescue', `${this.accountHash(userId)}.jsonl`);
  }

  /** One lock per account covers all of its owners' files and its auth index: see JsonStore for why. */
  accountLock(userId: string): string {
    return path.join(this.root, 'locks', `account-${this.accountHash(userId)}`);
  }

  /** Auth records are locked one by one, by the hash already used in their file name. */
  fileLock(file: string): string {
    return path.join(this.root, 'locks', `file-${sha256(path.relative(this.root, file))}`);
  }

  trashDir(): string {
    return path.join(this.root, 'trash');
  }
}

export type MonthKind = 'checkins' | 'exercises';

/** YYYY-MM of a night (YYYY-MM-DD). */
export function monthOf(night: string): string {
  return night.slice(0, 7);
}
