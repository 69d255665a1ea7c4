import type {
  CheckIn,
  CheckInPatch,
  ExercisePatch,
  ExerciseSession,
  NewCheckIn,
  NewExerciseSession,
  Owner,
  PracticePlan,
  Profile,
} from '../schemas.js';

/** An inclusive range of nights (local evening dates, YYYY-MM-DD). Either end may be open. */
export interface NightRange {
  from?: string;
  to?: string;
}

/**
 * A one-time dashboard sign-in code, spoken by the skill. The code is a short public locator (which code is being
 * tried, so wrong guesses can lock that code) followed by a secret; only the secret's hash is stored.
 */
export interface LinkCodeRecord {
  /** The locator digits; the key of the record. */
  id: string;
  secretHash: string;
  owner: Owner;
  createdAt: string;
  expiresAt: string;
  failedAttempts: number;
  usedAt: string | null;
}

/** A dashboard session. Only the token's hash is stored. */
export interface SessionRecord {
  tokenHash: string;
  owner: Owner;
  createdAt: string;
  expiresAt: string;
}

/** Everything the store holds for one owner, as exported. */
export interface OwnerExport {
  profile: Profile | null;
  checkIns: CheckIn[];
  exercises: ExerciseSession[];
  /**
   * What the rescue log kept of this owner when the store could not take it (rescue.ts), newest first: when, and what
   * was kept, exactly as stored. The skill told the user "I've kept what you said", so it is theirs to see and export.
   */
  rescued: KeptAside[];
}

/** One thing the rescue log kept of an owner: a name for removing it, when, and what was kept, exactly as stored. */
export interface KeptAside {
  id: string;
  at: string;
  payload: unknown;
}

/** Raised when a data file cannot be read or parsed. The file is never overwritten. */
export class StoreCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The data file ${file} is unreadable (${reason}). It has been left untouched; restore it from a backup or move it aside.`);
    this.name = 'StoreCorruptError';
  }
}

/**
 * True for the store's "this file cannot be read". By name, not instanceof: when the skill's server hosts the
 * dashboard, the store and its error class come from the host's copy of the code, not the dashboard bundle's.
 */
export function isStoreCorrupt(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreCorruptError';
}

/**
 * Raised when a deletion stopped part-way (a disk error, a lock not free in time, after the first of its steps): some
 * of the owner's data is gone, some may be left. Deleting again finishes it. An error of any other kind from a deletion
 * means nothing was removed yet.
 */
export class DeletionIncompleteError extends Error {
  constructor(cause: unknown) {
    super('The deletion stopped part-way; deleting again finishes it', { cause });
    this.name = 'DeletionIncompleteError';
  }
}

/** True for DeletionIncompleteError; by name, as isStoreCorrupt. */
export function isDeletionIncomplete(error: unknown): boolean {
  return error instanceof Error && error.name === 'DeletionIncompleteError';
}

/** Raised when a record to change does not exist for this owner. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * The one interface callers see. The embedded implementation is lowdb JSON; a hosted one can put
 * PostgreSQL behind the same operations. Every record is validated with zod where it enters.
 */
export interface Store {
  getProfile(owner: Owner): Promise<Profile | null>;
  /** Creates the profile on first use; `change` receives a copy and returns the new profile. */
  updateProfile(owner: Owner, change: (profile: Profile) => Profile): Promise<Profile>;

  addCheckIn(owner: Owner, input: NewCheckIn): Promise<CheckIn>;
  /** Throws NotFoundError when the id is not this owner's. */
  updateCheckIn(owner: Owner, id: string, patch: CheckInPatch): Promise<CheckIn>;
  getCheckIn(owner: Owner, id: string): Promise<CheckIn | null>;
  /**
   * Returns false when the id is not this owner's, or, with `ifUpdatedAt`, when the entry has changed since (checked
   * in the same step as the delete, so a change cannot slip in between: the caller reads the entry again to tell).
   */
  deleteCheckIn(owner: Owner, id: string, options?: { ifUpdatedAt?: string }): Promise<boolean>;
  /** Newest first. */
  listCheckIns(owner: Owner, range?: NightRange): Promise<CheckIn[]>;

  addExercise(owner: Owner, input: NewExerciseSession): Promise<ExerciseSession>;
  updateExercise(owner: Owner, id: string, patch: ExercisePatch): Promise<ExerciseSession>;
  /** Newest first. */
  listExercises(owner: Owner, range?: NightRange): Promise<ExerciseSession[]>;

  /** The plan in force on a night (the newest plan starting on or before it and not ended), if any. */
  activePlan(owner: Owner, night: string): Promise<PracticePlan | null>;

  exportOwner(owner: Owner): Promise<OwnerExport>;
  /**
   * What the rescue log kept of this owner, newest first. Readable when their other files are not: that is when the
   * skill keeps words aside.
   */
  keptAside(owner: Owner): Promise<KeptAside[]>;
  /** Removes one thing kept aside for this owner (an id from keptAside); false when there is none. */
  dropKeptAside(owner: Owner, id: string): Promise<boolean>;
  /** Removes everything of this owner (one recognised person, or the account's default records). */
  deleteOwner(owner: Owner): Promise<void>;
  /** Removes everything of an Alexa account: every person on it, codes and sessions. */
  deleteAccount(userId: string): Promise<void>;
  /** The owners that have data under an account (the default owner and each recognised person). */
  ownersOf(userId: string): Promise<Owner[]>;

  saveLinkCode(record: LinkCodeRecord): Promise<void>;
  /**
   * Saves the code only if its locator is free: no record, or one `isFree` accepts (used, expired, locked). Atomic
   * against other claims, so two codes issued at once never share a locator. Returns whether it was saved.
   */
  claimLinkCode(record: LinkCodeRecord, isFree: (existing: LinkCodeRecord) => boolean): Promise<boolean>;
  /** Atomically applies `change` to the code record (e.g. count a failed attempt, mark it used). */
  updateLinkCode(
    id: string,
    change: (record: LinkCodeRecord) => LinkCodeRecord | null,
  ): Promise<LinkCodeRecord | null>;
  getLinkCode(id: string): Promise<LinkCodeRecord | null>;

  saveSession(record: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(owner: Owner): Promise<void>;

  /** A counter for throttling, e.g. sign-in attempts per client address per window. Returns the new count. */
  bumpCounter(key: string, windowMs: number): Promise<number>;

  /**
   * This store, with every wait for a lock (another process's, or this process's queue in front of it) ending `ms` from
   * now with LockTimeoutError, where it would otherwise wait up to its own time-out (15 s by default). For a voice turn:
   * Alexa gives the skill 8 s to answer, and a turn that waits longer is cut off with "There was a problem with the
   * requested skill's response", whatever became of what the user said. Work the store starts in the background keeps
   * the store's own waits.
   */
  withDeadline(ms: number): Store;

  /** Finishes background work (the embedded store's compactions) and releases what the store holds open. */
  close(): Promise<void>;
}
