import { randomUUID } from 'node:crypto';
import { readdirSync, renameSync } from 'node:fs';
import { access, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import {
  CheckInPatchSchema,
  CheckInSchema,
  ExercisePatchSchema,
  ExerciseSessionSchema,
  NewCheckInSchema,
  NewExerciseSessionSchema,
  NightSchema,
  OwnerSchema,
  ProfileSchema,
  type CheckIn,
  type CheckInPatch,
  type ExercisePatch,
  type ExerciseSession,
  type NewCheckIn,
  type NewExerciseSession,
  type Owner,
  type PracticePlan,
  type Profile,
} from '../schemas.js';
import { activePlanOn } from '../plans.js';
import { FileCache, statOrNull } from './fileCache.js';
import { FOLDED_FILE, JOURNAL_FILE, JournalReader, JournalWriter, readWholeJournal, SEALED_FILE, type AppendResult } from './journal.js';
import { DIR_MODE, removeFile, TRANSIENT, ValidatedJsonFile, writeFileAtomic } from './jsonFile.js';
import { Layout, MONTH_FILE, monthOf, type MonthKind } from './layout.js';
import { isTempFileName, removeLeftoversUnder } from './leftovers.js';
import { errorCode, inQueue, withLock, type LockOptions } from './lock.js';
import { dropRescuedLine, dropRescuedLines, dropRescuedLinesOfEntry, readRescued, removeRescueFiles, rescue } from './rescue.js';
import {
  AuthIndexFileSchema,
  CheckInMonthFileSchema,
  CounterFileSchema,
  ExerciseMonthFileSchema,
  FILE_FORMAT_VERSION,
  FoldedFileSchema,
  JournalEntrySchema,
  LinkCodeRecordSchema,
  SessionRecordSchema,
  type AuthIndexEntry,
  type AuthIndexFile,
  type CounterFile,
  type FoldedFile,
  type JournalEntry,
} from './records.js';
import {
  DeletionIncompleteError,
  NotFoundError,
  StoreCorruptError,
  type KeptAside,
  type LinkCodeRecord,
  type NightRange,
  type OwnerExport,
  type SessionRecord,
  type Store,
} from './Store.js';

export interface JsonStoreOptions {
  /** fsync every write before it is renamed into place (default true: nothing a user said may be lost to a power cut). */
  durable?: boolean;
  lock?: LockOptions;
  /**
   * DATA_DIR is on a network file system (EFS, NFS) that other machines use too. Such a file system does not promise
   * that an append lands whole at the end of the file, and a stat may answer from the client's attribute cache. So:
   * journal appends take the account lock, every read opens the file afresh, and no journal is kept open.
   */
  networkFileSystem?: boolean;
}

/** The records kept one file per calendar month of nights. */
interface MonthRecord {
  id: string;
  night: string;
  createdAt: string;
  updatedAt: string;
}

interface MonthFile<R> {
  version: typeof FILE_FORMAT_VERSION;
  records: R[];
}

/** What differs between check-ins and exercise sessions; everything else about month files is shared. */
interface Collection<R extends MonthRecord, N, P> {
  kind: MonthKind;
  label: string;
  record: z.ZodType<R>;
  file: z.ZodType<MonthFile<R>>;
  create: z.ZodType<unknown, N>;
  patch: z.ZodType<object, P>;
  /** The user's own words in a record: a change that drops any of them purges the old copies (see updateRecord). */
  words(record: R): Array<string | null | undefined>;
}

const CHECK_INS: Collection<CheckIn, NewCheckIn, CheckInPatch> = {
  kind: 'checkins',
  label: 'Check-in',
  record: CheckInSchema,
  file: CheckInMonthFileSchema,
  create: NewCheckInSchema,
  patch: CheckInPatchSchema,
  words: (record) => [record.feeling?.said, record.whatHappened, record.practice?.barrierSaid],
};

const EXERCISES: Collection<ExerciseSession, NewExerciseSession, ExercisePatch> = {
  kind: 'exercises',
  label: 'Exercise session',
  record: ExerciseSessionSchema,
  file: ExerciseMonthFileSchema,
  create: NewExerciseSessionSchema,
  patch: ExercisePatchSchema,
  words: () => [],
};

/**
 * The embedded store: lowdb JSON files under DATA_DIR, partitioned per account, per owner and per month, so a write
 * costs in proportion to one user's month, not to everyone's data (layout.ts has the map).
 *
 * Check-ins and exercise sessions: each change is appended to the owner's journal and fsynced before the call returns
 * (journal.ts says why and how), and every COMPACT_EVERY entries the journal is folded into the month files (compact).
 * A read is the month files, then the journal replayed over them. Files are read through stat-checked caches, so a
 * turn that reads the same profile and month as the last one parses nothing, and a change made by another process is
 * seen at once.
 *
 * Concurrency: the skill and the dashboard may be separate processes. Journal appends need no cross-process lock.
 * Everything else that changes files (profiles, compaction, deletion, auth records) is a read-modify-write from disk
 * under a cross-process lock (lock.ts). The lock for owner data is one per account rather than one per file, because
 * some operations span files (compacting a record into another month, deleting an account) and a per-file lock would
 * let a write that read a month just before deletion put it back just after.
 *
 * Reads take no lock: files are replaced by rename or only appended to, so a reader sees the old file or the new one,
 * never half of one (and a journal line still being written is left for the next read).
 */
export class JsonStore implements Store {
  readonly layout: Layout;
  private readonly durable: boolean;
  private readonly lockOptions: LockOptions;
  private readonly network: boolean;
  private readonly profiles: FileCache<Profile>;
  private readonly monthFiles: FileCache<MonthFile<MonthRecord>>;
  private readonly journals: JournalReader<JournalEntry>;
  private readonly foldedFiles: FileCache<FoldedFile>;
  private readonly writer: JournalWriter;
  /** Background compactions by owner folder (see compactWhenDue). */
  private readonly compacting = new Map<string, Promise<void>>();
  /** Account folders this process has swept of leftover temp files (see sweepAccount). */
  private readonly swept = new Set<string>();
  /** The store itself, without a view's deadline (see withDeadline): for work that outlives the call that started it. */
  private readonly patient: JsonStore = this;

  constructor(
    readonly dataDir: string,
    options: JsonStoreOptions = {},
  ) {
    this.layout = new Layout(path.resolve(dataDir));
    this.durable = options.durable ?? true;
    this.lockOptions = options.lock ?? {};
    this.network = options.networkFileSystem ?? false;
    const keep = (count: number) => (this.network ? 0 : count);
    this.profiles = new FileCache(keep(2_000));
    this.monthFiles = new FileCache(keep(2_000));
    this.journals = new JournalReader(parseJournalEntry, keep(2_000));
    this.foldedFiles = new FileCache(keep(200));
    this.writer = new JournalWriter(keep(256));
  }

  /**
   * A view of this store whose waits for a lock end at `ms` from now (Store.withDeadline says why). It is the same store
   * (an object whose prototype is this one, with its own lock options): the caches, the open journals and the
   * compactions under way are shared, so a view per voice turn costs one small object. Do not close a view.
   */
  withDeadline(ms: number): Store {
    const view = Object.create(this) as JsonStore;
    // The one field a view has of its own; `readonly` to every caller, so it is defined rather than assigned.
    Object.defineProperty(view, 'lockOptions', { value: { ...this.lockOptions, deadline: performance.now() + ms } });
    return view;
  }

  /**
   * Creates DATA_DIR (0700), finishes any deletion a crash interrupted, and removes the temp files writers killed
   * mid-write left anywhere in it (leftovers.ts). That walk reads every folder once (half a second for ten thousand
   * users on a local disk, measured); on a network file system, where it would be slow and a pid is no evidence, each
   * account's folders are swept instead when this process first changes them (sweepAccount).
   */
  async init(): Promise<void> {
    await mkdir(this.layout.root, { recursive: true, mode: DIR_MODE });
    await rm(this.layout.trashDir(), { recursive: true, force: true });
    if (!this.network) reportLeftovers(this.layout.root, () => removeLeftoversUnder(this.layout.root, ['locks', 'trash']));
  }

  // ---- profile --------------------------------------------------------------------------------------------------

  async getProfile(ownerInput: Owner): Promise<Profile | null> {
    const owner = OwnerSchema.parse(ownerInput);
    return this.readCached(this.profiles, this.profileFile(owner));
  }

  async updateProfile(ownerInput: Owner, change: (profile: Profile) => Profile): Promise<Profile> {
    const owner = OwnerSchema.parse(ownerInput);
    return this.withAccount(owner.userId, async () => {
      const db = new Low<Profile>(this.profileFile(owner), this.newProfile(owner));
      await db.read();
      const next = ProfileSchema.parse(change(structuredClone(db.data)));
      if (next.userId !== owner.userId || next.personId !== (owner.personId ?? null)) {
        throw new Error('updateProfile: a profile cannot be moved to another owner');
      }
      db.data = next;
      await db.write();
      return next;
    });
  }

  async activePlan(ownerInput: Owner, night: string): Promise<PracticePlan | null> {
    const on = NightSchema.parse(night);
    const profile = await this.getProfile(ownerInput);
    return activePlanOn(profile?.plans ?? [], on);
  }

  // ---- check-ins and exercises ------------------------------------------------------------------------------------

  addCheckIn(owner: Owner, input: NewCheckIn): Promise<CheckIn> {
    return this.addRecord(CHECK_INS, owner, input);
  }

  updateCheckIn(owner: Owner, id: string, patch: CheckInPatch): Promise<CheckIn> {
    return this.updateRecord(CHECK_INS, owner, id, patch);
  }

  async getCheckIn(ownerInput: Owner, id: string): Promise<CheckIn | null> {
    const owner = OwnerSchema.parse(ownerInput);
    return this.locate(CHECK_INS, owner, id);
  }

  /**
   * Removes the check-in, with the exercises done in it and what the rescue log kept aside of it, and every copy of
   * them the store still holds (see purge), before it returns. An exercise's numbers before and after are the entry's:
   * left behind, they went on showing in the week and the export of someone who deleted the entry.
   */
  async deleteCheckIn(ownerInput: Owner, id: string, options: { ifUpdatedAt?: string } = {}): Promise<boolean> {
    const owner = OwnerSchema.parse(ownerInput);
    const deleted = await this.inAccountQueue(owner.userId, async () => {
      const checkIn = this.locate(CHECK_INS, owner, id);
      if (checkIn === null) return false;
      // Changed since the person saw it (words said by voice meanwhile): nothing goes unseen.
      if (options.ifUpdatedAt !== undefined && checkIn.updatedAt !== options.ifUpdatedAt) return false;
      // The exercises first: a crash between leaves the entry, to be deleted again, rather than its exercises behind.
      for (const exercise of await this.exercisesOf(owner, checkIn)) {
        await this.append(owner, { op: 'delete', kind: EXERCISES.kind, id: exercise }, 'if-folder-exists');
      }
      await this.append(owner, { op: 'delete', kind: CHECK_INS.kind, id }, 'if-folder-exists');
      return true;
    });
    if (!deleted) return false;
    await this.purge(owner);
    try {
      await this.inAccountQueue(owner.userId, () => this.withAccount(owner.userId, () => dropRescuedLinesOfEntry(this.layout, owner, id)));
    } catch (error) {
      // The entry is deleted either way; what was kept aside of it is still listed on the dashboard, to remove by hand.
      console.error('Could not drop what the rescue log kept aside of a deleted entry:', error);
    }
    return true;
  }

  /** The exercises done in a check-in: linked from either side (the skill links both; an import may link one). */
  private async exercisesOf(owner: Owner, checkIn: CheckIn): Promise<string[]> {
    const linked = new Set(checkIn.exerciseIds);
    const all = await this.listRecords(EXERCISES, owner);
    return all.filter((exercise) => exercise.checkInId === checkIn.id || linked.has(exercise.id)).map((exercise) => exercise.id);
  }

  listCheckIns(owner: Owner, range?: NightRange): Promise<CheckIn[]> {
    return this.listRecords(CHECK_INS, owner, range);
  }

  addExercise(owner: Owner, input: NewExerciseSession): Promise<ExerciseSession> {
    return this.addRecord(EXERCISES, owner, input);
  }

  updateExercise(owner: Owner, id: string, patch: ExercisePatch): Promise<ExerciseSession> {
    return this.updateRecord(EXERCISES, owner, id, patch);
  }

  listExercises(owner: Owner, range?: NightRange): Promise<ExerciseSession[]> {
    return this.listRecords(EXERCISES, owner, range);
  }

  async keptAside(ownerInput: Owner): Promise<KeptAside[]> {
    return readRescued(this.layout, OwnerSchema.parse(ownerInput));
  }

  async dropKeptAside(ownerInput: Owner, id: string): Promise<boolean> {
    const owner = OwnerSchema.parse(ownerInput);
    return this.inAccountQueue(owner.userId, () => this.withAccount(owner.userId, () => dropRescuedLine(this.layout, owner, id)));
  }

  async exportOwner(ownerInput: Owner): Promise<OwnerExport> {
    const owner = OwnerSchema.parse(ownerInput);
    const [profile, checkIns, exercises, rescued] = await Promise.all([
      this.getProfile(owner),
      this.listCheckIns(owner),
      this.listExercises(owner),
      readRescued(this.layout, owner),
    ]);
    return { profile, checkIns, exercises, rescued };
  }

  // ---- deletion and owners --------------------------------------------------------------------------------------

  /**
   * Throws DeletionIncompleteError when it fails after its first removal, so the skill can tell the user truthfully
   * whether anything went: any other error means nothing was removed (the folder moves to the trash whole or not at all).
   */
  async deleteOwner(ownerInput: Owner): Promise<void> {
    const owner = OwnerSchema.parse(ownerInput);
    const ownerKey = this.layout.ownerKey(owner);
    await this.inAccountQueue(owner.userId, () => this.withAccount(owner.userId, async () => {
      this.writer.closeUnder(this.layout.ownerDir(owner));
      const aside = await this.moveToTrash(this.layout.ownerDir(owner));
      try {
        if (aside !== null) await rm(aside, { recursive: true, force: true });
        await this.removeTheRestOf(owner, ownerKey);
      } catch (error) {
        throw new DeletionIncompleteError(error);
      }
    }));
  }

  /** What deleteOwner removes after the owner's folder: their codes, sessions and rescued lines, and an empty account. */
  private async removeTheRestOf(owner: Owner, ownerKey: string): Promise<void> {
    await this.removeAuthRecords(owner.userId, (entry) => entry.ownerKey === ownerKey);
    await this.dropRescueLines(owner);
    // When that was the last owner on the account, the account folder would hold only an empty index: remove it,
    // so that deleting everyone one by one leaves nothing with the account's hash in it either.
    const left = await listDir(this.layout.accountDir(owner.userId));
    const index = await this.authIndex(owner.userId).read();
    // A temp file of the index that a killed writer left does not keep the folder: it goes with it.
    if (left.every((name) => name === 'auth-index.json' || isTempFileName(name)) && (index?.entries.length ?? 0) === 0) {
      await this.moveToTrashAndRemove(this.layout.accountDir(owner.userId));
    }
  }

  async deleteAccount(userIdInput: string): Promise<void> {
    const { userId } = OwnerSchema.parse({ userId: userIdInput });
    await this.inAccountQueue(userId, () => this.withAccount(userId, async () => {
      // Auth records first: the index that finds them lives in the account folder.
      await this.removeAuthRecords(userId, () => true);
      this.writer.closeUnder(this.layout.accountDir(userId));
      await this.moveToTrashAndRemove(this.layout.accountDir(userId));
      await removeRescueFiles(this.layout, userId);
    }));
  }

  async ownersOf(userIdInput: string): Promise<Owner[]> {
    const { userId } = OwnerSchema.parse({ userId: userIdInput });
    const owners: Owner[] = [];
    for (const name of (await listDir(this.layout.accountDir(userId))).sort()) {
      if (name === 'default') {
        owners.push({ userId });
      } else if (/^[0-9a-f]{64}$/.test(name)) {
        // The folder name is a hash; the raw person id is kept only inside that person's profile.
        const file = path.join(this.layout.accountDir(userId), name, 'profile.json');
        const profile = await new ValidatedJsonFile(file, ProfileSchema, { durable: this.durable }).read();
        if (profile?.personId) owners.push({ userId, personId: profile.personId });
        else if (profile) throw new StoreCorruptError(file, 'a person folder holds a profile without a person id');
        else throw new StoreCorruptError(path.dirname(file), 'a person folder without a profile cannot be named');
      }
    }
    return owners;
  }

  // ---- link codes, sessions, counters --------------------------------------------------------------------------

  async saveLinkCode(input: LinkCodeRecord): Promise<void> {
    const record = LinkCodeRecordSchema.parse(input);
    await this.withAccount(record.owner.userId, async () => {
      await this.addAuthIndexEntry(record.owner, { kind: 'code', key: record.id, expiresAt: record.expiresAt });
      const file = this.layout.codeFile(record.id);
      await withLock(this.layout.fileLock(file), () => this.codeFile(record.id).write(record), this.lockOptions);
    });
  }

  async claimLinkCode(input: LinkCodeRecord, isFree: (existing: LinkCodeRecord) => boolean): Promise<boolean> {
    const record = LinkCodeRecordSchema.parse(input);
    return this.withAccount(record.owner.userId, async () => {
      // Indexed first, as in saveLinkCode. When the claim then loses, the entry points at another account's code,
      // which pruning and deletion already leave alone (removeAuthRecord checks the owner).
      await this.addAuthIndexEntry(record.owner, { kind: 'code', key: record.id, expiresAt: record.expiresAt });
      const file = this.layout.codeFile(record.id);
      return withLock(
        this.layout.fileLock(file),
        async () => {
          const existing = await this.codeFile(record.id).read();
          if (existing !== null && !isFree(existing)) return false;
          await this.codeFile(record.id).write(record);
          return true;
        },
        this.lockOptions,
      );
    });
  }

  /** `change` returning null deletes the record (e.g. a code that is spent); the result is then null too. */
  async updateLinkCode(
    id: string,
    change: (record: LinkCodeRecord) => LinkCodeRecord | null,
  ): Promise<LinkCodeRecord | null> {
    const file = this.layout.codeFile(id);
    return withLock(
      this.layout.fileLock(file),
      async () => {
        const adapter = this.codeFile(id);
        const current = await adapter.read();
        if (current === null) return null;
        const changed = change(structuredClone(current));
        if (changed === null) {
          await removeFile(file);
          return null;
        }
        const next = LinkCodeRecordSchema.parse(changed);
        if (next.id !== current.id || !sameOwner(next.owner, current.owner)) {
          // The account's index says which codes are its own; a code that changed hands would escape deletion.
          throw new Error('updateLinkCode: a code cannot change its id or owner');
        }
        await adapter.write(next);
        return next;
      },
      this.lockOptions,
    );
  }

  getLinkCode(id: string): Promise<LinkCodeRecord | null> {
    return this.codeFile(id).read();
  }

  async saveSession(input: SessionRecord): Promise<void> {
    const record = SessionRecordSchema.parse(input);
    await this.withAccount(record.owner.userId, async () => {
      await this.addAuthIndexEntry(record.owner, { kind: 'session', key: record.tokenHash, expiresAt: record.expiresAt });
      const file = this.layout.sessionFile(record.tokenHash);
      await withLock(this.layout.fileLock(file), () => this.sessionFile(record.tokenHash).write(record), this.lockOptions);
    });
  }

  getSession(tokenHash: string): Promise<SessionRecord | null> {
    return this.sessionFile(tokenHash).read();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    // The index entry is left behind on purpose: it is pruned on the account's next save, and an entry whose file is
    // gone is harmless, whereas reading the record to find its account would mean failing on a corrupt one.
    const file = this.layout.sessionFile(tokenHash);
    await withLock(this.layout.fileLock(file), () => removeFile(file), this.lockOptions);
  }

  async deleteSessionsOf(ownerInput: Owner): Promise<void> {
    const owner = OwnerSchema.parse(ownerInput);
    const ownerKey = this.layout.ownerKey(owner);
    await this.withAccount(owner.userId, () =>
      this.removeAuthRecords(owner.userId, (entry) => entry.kind === 'session' && entry.ownerKey === ownerKey),
    );
  }

  async bumpCounter(key: string, windowMs: number): Promise<number> {
    if (!Number.isInteger(windowMs) || windowMs <= 0) throw new RangeError('bumpCounter: windowMs must be a positive integer');
    const file = this.layout.counterFile(key);
    return withLock(
      this.layout.fileLock(file),
      async () => {
        const now = Date.now();
        // Windows are aligned to the epoch, so every process agrees on where a window starts without talking.
        const windowStart = now - (now % windowMs);
        const db = new Low<CounterFile>(
          new ValidatedJsonFile(file, CounterFileSchema, { durable: this.durable }),
          { version: FILE_FORMAT_VERSION, windowStart, windowMs, count: 0 },
        );
        await db.read();
        const sameWindow = db.data.windowStart === windowStart && db.data.windowMs === windowMs;
        db.data = { version: FILE_FORMAT_VERSION, windowStart, windowMs, count: sameWindow ? db.data.count + 1 : 1 };
        await db.write();
        return db.data.count;
      },
      this.lockOptions,
    );
  }

  // ---- records: month files and the journal ---------------------------------------------------------------------

  /**
   * Folds the owner's journal into their month files, under the account lock. Runs by itself every COMPACT_EVERY
   * entries; callers need not call it, except to have the month files up to date at a given moment (tests, backups).
   *
   * Order matters for a crash at any point: the journal is renamed aside ("sealed") first, so appends go to a new one;
   * month files that gain a record are written before those that lose one (a record moved to another month is in two
   * files for a moment, never in none); the sealed journal is removed last. Until then readers replay it over the month
   * files, which is harmless for entries already folded in (see journal.ts), and the next compaction finishes it.
   */
  async compact(ownerInput: Owner): Promise<void> {
    const owner = OwnerSchema.parse(ownerInput);
    await this.inAccountQueue(owner.userId, () =>
      this.withAccount(owner.userId, async () => {
        const dir = this.layout.ownerDir(owner);
        const sealed = `${dir}${path.sep}${SEALED_FILE}`;
        const live = `${dir}${path.sep}${JOURNAL_FILE}`;
        if (statOrNull(sealed) !== null) await this.fold(owner, sealed);
        // A journal that cannot be read stays where the errors about it say it is.
        this.journals.read(live);
        try {
          renameSync(live, sealed);
          this.journals.renamed(live, sealed);
        } catch (error) {
          if (errorCode(error) === 'ENOENT') return; // no journal, or no owner folder: nothing to fold
          throw error;
        }
        await this.fold(owner, sealed);
      }),
    );
  }

  /** Waits for compactions started in the background (before a backup, at shutdown, in tests). */
  async flush(): Promise<void> {
    while (this.compacting.size > 0) await Promise.all(this.compacting.values());
  }

  /** Waits for background compactions and closes the journals kept open. The store can still be used afterwards. */
  async close(): Promise<void> {
    await this.flush();
    this.writer.closeUnder(this.layout.root);
  }

  private async addRecord<R extends MonthRecord, N, P>(
    collection: Collection<R, N, P>,
    ownerInput: Owner,
    input: N,
  ): Promise<R> {
    const owner = OwnerSchema.parse(ownerInput);
    const fields = collection.create.parse(input) as Record<string, unknown>;
    const now = new Date().toISOString();
    const record = collection.record.parse({
      ...fields,
      id: randomUUID(),
      createdAt: fields.createdAt ?? now,
      updatedAt: now,
    });
    return this.inAccountQueue(owner.userId, async () => {
      // A month file or journal that cannot be read is not written around: the caller gets StoreCorruptError, and the
      // skill puts the words in the rescue log, rather than in a journal that could never be folded in.
      this.monthRecords(collection, owner, monthOf(record.night));
      this.journalEntries(owner);
      await this.ensureProfile(owner);
      await this.append(owner, { op: 'add', kind: collection.kind, record } as RecordChange, 'create-folder');
      return record;
    });
  }

  private async updateRecord<R extends MonthRecord, N, P>(
    collection: Collection<R, N, P>,
    ownerInput: Owner,
    id: string,
    patchInput: P,
  ): Promise<R> {
    const owner = OwnerSchema.parse(ownerInput);
    const set = providedFields(patchInput, collection.patch.parse(patchInput));
    let dropsWords = false;
    const updated = await this.inAccountQueue(owner.userId, async () => {
      const current = this.locate(collection, owner, id);
      if (!current) throw new NotFoundError(`${collection.label} ${id}`);
      const updatedAt = laterTimestamp(current.updatedAt);
      // Not parsed again: every field of `set` passed the patch schema and records have no rules across fields (the
      // same reasoning lets replay merge without parsing).
      const next = { ...current, ...set, id: current.id, createdAt: current.createdAt, updatedAt } as R;
      if ('night' in set) this.monthRecords(collection, owner, monthOf(next.night)); // the new home must be readable too
      const result = await this.append(owner, { op: 'patch', kind: collection.kind, id, set, updatedAt }, 'if-folder-exists');
      // Deleted with its owner while we wrote: the caller starts a new record, as for any record that is gone.
      if (result.status === 'folder-gone') throw new NotFoundError(`${collection.label} ${id}`);
      // Words added to ("A" becoming "A … B", as the skill adds sentences said out of turn) are kept, not dropped.
      const kept = collection.words(next).filter((said): said is string => typeof said === 'string');
      dropsWords = collection.words(current).some((said) => typeof said === 'string' && !kept.some((now) => now.includes(said)));
      return next;
    });
    // Words corrected or cleared (a misheard sentence fixed on the dashboard, "no wait" by voice) are gone for good.
    if (dropsWords) await this.purge(owner);
    return updated;
  }

  /**
   * Until the journal is folded in, a deleted record's words, and the earlier words of a corrected one, are still on
   * disk in its lines (and a folded record in its month file until that is rewritten). A person who deletes what they
   * said expects it gone, not gone after the next 32 changes: so a delete, or a change that drops words, folds the
   * journal at once. Rare (an edit on the dashboard, a correction by voice), and a few milliseconds when it happens.
   */
  private async purge(owner: Owner): Promise<void> {
    try {
      await this.compact(owner);
    } catch (error) {
      // The change itself is stored and answered; the next compaction purges what this one could not.
      console.error('Could not fold the journal after a deletion or correction; it will be on the next change:', error);
    }
  }

  /** One record as it is now: its month file, then what the journal says since. */
  private locate<R extends MonthRecord>(collection: Collection<R, unknown, unknown>, owner: Owner, id: string): R | null {
    const entries = this.journalEntries(owner).filter((entry) => entry.kind === collection.kind && entryRecordId(entry) === id);
    const added = entries.find((entry) => entry.op === 'add');
    let base: R | null = null;
    if (added && added.op === 'add') {
      // Added since the last compaction; a compaction that stopped half-way may have put it in its month file already.
      const nights = [added.record.night, ...entries.flatMap((entry) => (entry.op === 'patch' && typeof entry.set.night === 'string' ? [entry.set.night] : []))];
      for (const month of new Set(nights.map(monthOf))) {
        base ??= this.monthRecords(collection, owner, month).find((record) => record.id === id) ?? null;
      }
    } else {
      base = this.scanMonths(collection, owner, id);
    }
    const records = new Map<string, R>(base ? [[id, base]] : []);
    replay(records, entries, collection.kind);
    return records.get(id) ?? null;
  }

  /** Finds a record in the month files, newest month first: the record asked for is nearly always from this month. */
  private scanMonths<R extends MonthRecord>(collection: Collection<R, unknown, unknown>, owner: Owner, id: string): R | null {
    for (const month of this.months(collection.kind, owner)) {
      const record = this.monthRecords(collection, owner, month).find((candidate) => candidate.id === id);
      if (record) return record;
    }
    return null;
  }

  private async listRecords<R extends MonthRecord>(
    collection: Collection<R, unknown, unknown>,
    ownerInput: Owner,
    rangeInput: NightRange = {},
  ): Promise<R[]> {
    const owner = OwnerSchema.parse(ownerInput);
    const from = rangeInput.from === undefined ? undefined : NightSchema.parse(rangeInput.from);
    const to = rangeInput.to === undefined ? undefined : NightSchema.parse(rangeInput.to);
    const inRange = (night: string) => (from === undefined || night >= from) && (to === undefined || night <= to);
    const entries = this.journalEntries(owner).filter((entry) => entry.kind === collection.kind);
    // Only the months that overlap the range are read: a week view touches one or two files whatever the history.
    const months = this.months(collection.kind, owner).filter(
      (month) => (from === undefined || month >= monthOf(from)) && (to === undefined || month <= monthOf(to)),
    );
    const byId = new Map<string, R>();
    for (const record of months.flatMap((month) => this.monthRecords(collection, owner, month))) {
      // A crash while a record moved between months can leave it in both for a moment: the later copy wins.
      const seen = byId.get(record.id);
      if (!seen || seen.updatedAt < record.updatedAt) byId.set(record.id, record);
    }
    // A record from a month outside the range that the journal moves into it: fetch it, so its changes apply.
    const added = new Set(entries.flatMap((entry) => (entry.op === 'add' ? [entry.record.id] : [])));
    for (const entry of entries) {
      if (entry.op !== 'patch' || typeof entry.set.night !== 'string' || !inRange(entry.set.night)) continue;
      if (byId.has(entry.id) || added.has(entry.id)) continue;
      const base = this.scanMonths(collection, owner, entry.id);
      if (base) byId.set(entry.id, base);
    }
    replay(byId, entries, collection.kind);
    return [...byId.values()]
      .filter((record) => inRange(record.night))
      .sort((a, b) => compareDesc(a.night, b.night) || compareDesc(a.createdAt, b.createdAt));
  }

  /** The months (YYYY-MM) that have a file, newest first. */
  private months(kind: MonthKind, owner: Owner): string[] {
    return listDirSync(this.layout.monthDir(owner, kind))
      .map((name) => MONTH_FILE.exec(name)?.[1])
      .filter((month): month is string => month !== undefined)
      .sort(compareDesc);
  }

  /** A month file's records (read through the cache; [] when there is no file). Throws StoreCorruptError. */
  private monthRecords<R extends MonthRecord>(collection: Collection<R, unknown, unknown>, owner: Owner, month: string): readonly R[] {
    const adapter = this.monthAdapter(collection, owner, month) as unknown as ValidatedJsonFile<MonthFile<MonthRecord>>;
    const file = this.readCached(this.monthFiles, adapter);
    return (file?.records ?? []) as unknown as readonly R[];
  }

  /**
   * Every entry of the owner's journal: the sealed one (mid-compaction) first, then the live one. A line written twice
   * is applied once: replay skips an entry id it has seen, and here a retry whose first copy was already folded into
   * the month files is dropped.
   */
  private journalEntries(owner: Owner): JournalEntry[] {
    const dir = this.layout.ownerDir(owner);
    // The live journal before the sealed one, and both before any month file (callers read those after): whatever
    // step of a compaction another process is at, each entry is then seen in one of the three places.
    const live = this.journals.read(`${dir}${path.sep}${JOURNAL_FILE}`).entries;
    const sealed = this.journals.read(`${dir}${path.sep}${SEALED_FILE}`).entries;
    const entries = sealed.length === 0 ? [...live] : [...sealed, ...live];
    if (!entries.some((entry) => entry.retry)) return entries;
    const folded = this.foldedIds(owner);
    return entries.filter((entry) => !(entry.retry && folded.has(entry.entryId)));
  }

  private foldedIds(owner: Owner): Set<string> {
    const adapter = new ValidatedJsonFile(`${this.layout.ownerDir(owner)}${path.sep}${FOLDED_FILE}`, FoldedFileSchema, { durable: this.durable });
    return new Set(this.readCached(this.foldedFiles, adapter)?.entryIds ?? []);
  }

  /**
   * Appends a change to the owner's journal. `create-folder`: the owner's folder is made when missing (a first record,
   * or a record given while the owner was being deleted: words said after a deletion are new words). Otherwise the
   * result says the folder is gone.
   */
  private async append(
    owner: Owner,
    change: RecordChange,
    whenFolderGone: 'create-folder' | 'if-folder-exists',
  ): Promise<AppendResult<JournalEntry>> {
    const dir = this.layout.ownerDir(owner);
    const entry = { v: FILE_FORMAT_VERSION, entryId: randomUUID(), at: new Date().toISOString(), ...change } as JournalEntry;
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = this.network
        ? await this.withAccount(owner.userId, () => this.writer.append(dir, entry, this.durable))
        : await this.writer.append(dir, entry, this.durable);
      if (result.status === 'appended') {
        const file = `${dir}${path.sep}${JOURNAL_FILE}`;
        this.journals.noteAppended(file, result.written, result.stats, result.bytes);
        this.compactWhenDue(owner, file);
        return result;
      }
      if (whenFolderGone === 'if-folder-exists') return result;
      await this.ensureProfile(owner);
    }
    throw new Error(`The owner folder ${dir} kept disappearing while a record was being saved`);
  }

  /** Starts a compaction in the background once the journal is long enough; one at a time per owner. */
  private compactWhenDue(owner: Owner, journal: string): void {
    // What this process has read and written; another process's appends count from our next read.
    if (this.journals.cachedCount(journal) < COMPACT_EVERY) return;
    const dir = path.dirname(journal);
    if (this.compacting.has(dir)) return;
    // Not bound by a view's deadline: it is nobody's turn, and the answers after it wait only as long as their own.
    const run = this.patient
      .compact(owner)
      .catch((error: unknown) => {
        // The entries are safe in the journal whatever went wrong here; readers still see them, and the next append
        // tries again. A folder removed meanwhile (the owner deleted) is not an error at all.
        if (errorCode(error) !== 'ENOENT') console.error(`Could not fold the journal in ${dir} into its month files:`, error);
      })
      .finally(() => this.compacting.delete(dir));
    this.compacting.set(dir, run);
  }

  /** Applies a sealed journal to the month files (see compact), then removes it. Called under the account lock. */
  private async fold(owner: Owner, sealed: string): Promise<void> {
    const read = readWholeJournal(this.journals, sealed, parseJournalEntry);
    const before = read.entries.some((entry) => entry.retry) ? this.foldedIds(owner) : new Set<string>();
    const entries = read.entries.filter((entry) => !(entry.retry && before.has(entry.entryId)));
    const orphans: JournalEntry[] = [];
    for (const collection of [CHECK_INS, EXERCISES] as Collection<MonthRecord, unknown, unknown>[]) {
      const mine = entries.filter((entry) => entry.kind === collection.kind);
      if (mine.length > 0) orphans.push(...(await this.foldInto(collection, owner, mine)));
    }
    if (read.torn.length > 0 || orphans.length > 0) {
      // Nothing is dropped: a line a crash cut off, or a change to a record deleted meanwhile, goes to the rescue log.
      await rescue(this.layout.root, owner, { journal: sealed, tornLines: read.torn, changesToDeletedRecords: orphans });
    }
    // Written before the sealed journal goes, so a retry of one of its lines is known to be folded already.
    const folded = new ValidatedJsonFile(`${path.dirname(sealed)}${path.sep}${FOLDED_FILE}`, FoldedFileSchema, { durable: this.durable });
    const written = await folded.writeValidated({ version: FILE_FORMAT_VERSION, entryIds: read.entries.map((entry) => entry.entryId) });
    this.foldedFiles.remember(folded.file, written);
    await removeFile(sealed);
  }

  private async foldInto(
    collection: Collection<MonthRecord, unknown, unknown>,
    owner: Owner,
    entries: JournalEntry[],
  ): Promise<JournalEntry[]> {
    // Through the cache, which checks each file's stat first: under the account lock that is as fresh as reading it.
    const original = new Map<string, MonthRecord[]>();
    const available = this.months(collection.kind, owner);
    const load = (month: string) => {
      if (!original.has(month)) original.set(month, [...this.monthRecords(collection, owner, month)]);
      return original.get(month)!;
    };
    const byId = new Map<string, MonthRecord>();
    const take = (records: MonthRecord[]) => {
      for (const record of records) {
        const seen = byId.get(record.id);
        if (!seen || seen.updatedAt < record.updatedAt) byId.set(record.id, record);
      }
    };
    // The months every entry may touch: where added and patched records land, and where the others live now.
    for (const entry of entries) {
      if (entry.op === 'add') take(load(monthOf(entry.record.night)));
      if (entry.op === 'patch' && typeof entry.set.night === 'string') take(load(monthOf(entry.set.night)));
    }
    const added = new Set(entries.flatMap((entry) => (entry.op === 'add' ? [entry.record.id] : [])));
    for (const entry of entries) {
      if (entry.op === 'add' || added.has(entry.id) || byId.has(entry.id)) continue;
      for (const month of available) {
        take(load(month));
        if (byId.has(entry.id)) break;
      }
    }
    const orphans = replay(byId, entries, collection.kind);

    // Where each record belongs now; months that only gain or change records are written before those that lose one.
    const final = new Map<string, MonthRecord[]>([...original.keys()].map((month) => [month, []]));
    for (const record of byId.values()) {
      const month = monthOf(record.night);
      if (!final.has(month)) final.set(month, []);
      final.get(month)!.push(record);
    }
    const order = (month: string) => {
      const now = new Set(final.get(month)!.map((record) => record.id));
      const movedOut = (original.get(month) ?? []).some((record) => !now.has(record.id) && byId.has(record.id));
      return movedOut ? 1 : 0;
    };
    const months = [...final.keys()].sort((a, b) => order(a) - order(b));
    for (const month of months) {
      const before = original.get(month) ?? [];
      const records = keepOrder(before, final.get(month)!);
      if (JSON.stringify(records) !== JSON.stringify(before)) await this.writeMonth(collection, owner, month, records);
    }
    return orphans;
  }

  private monthAdapter<R extends MonthRecord>(
    collection: Collection<R, unknown, unknown>,
    owner: Owner,
    month: string,
  ): ValidatedJsonFile<MonthFile<R>> {
    return new ValidatedJsonFile(this.layout.monthFile(owner, collection.kind, month), collection.file, {
      durable: this.durable,
      check: (data) => {
        const stray = data.records.find((record) => monthOf(record.night) !== month);
        if (stray) return `record ${stray.id} (night ${stray.night}) does not belong to month ${month}`;
        const ids = new Set(data.records.map((record) => record.id));
        return ids.size === data.records.length ? null : 'the same record id appears twice';
      },
    });
  }

  /** Writes a month's records, or removes the file when none are left (an empty month is no month). */
  private async writeMonth<R extends MonthRecord>(
    collection: Collection<R, unknown, unknown>,
    owner: Owner,
    month: string,
    records: R[],
  ): Promise<void> {
    const adapter = this.monthAdapter(collection, owner, month);
    if (records.length === 0) {
      await removeFile(adapter.file);
      this.monthFiles.forget(adapter.file);
      return;
    }
    // Under the account lock, which every writer of month files holds: what was written is what a read would parse.
    const written = await adapter.writeValidated({ version: FILE_FORMAT_VERSION, records });
    this.monthFiles.remember(adapter.file, written as unknown as MonthFile<MonthRecord>);
  }

  /** A file through a cache, with read failures reported like ValidatedJsonFile.read reports them. */
  private readCached<T>(cache: FileCache<T>, adapter: ValidatedJsonFile<T>): T | null {
    try {
      return cache.read(adapter.file, (text) => adapter.parse(text));
    } catch (error) {
      if (error instanceof StoreCorruptError) throw error;
      const code = errorCode(error);
      if (code !== undefined && TRANSIENT.has(code)) throw error;
      throw new StoreCorruptError(adapter.file, `cannot be read: ${code ?? String(error)}`);
    }
  }

  // ---- profile files -------------------------------------------------------------------------------------------

  private profileFile(owner: Owner): ValidatedJsonFile<Profile> {
    return new ValidatedJsonFile(this.layout.profileFile(owner), ProfileSchema, {
      durable: this.durable,
      check: (profile) =>
        profile.userId === owner.userId && profile.personId === (owner.personId ?? null)
          ? null
          : 'the profile belongs to another owner than the folder it is in',
    });
  }

  private newProfile(owner: Owner): Profile {
    return ProfileSchema.parse({ userId: owner.userId, personId: owner.personId ?? null, createdAt: new Date().toISOString() });
  }

  /**
   * Every owner with records has a profile: it is where a recognised person's raw id lives (folders are hashed), so
   * ownersOf can name them. Called under the account lock.
   */
  private async ensureProfile(owner: Owner): Promise<void> {
    const file = this.layout.profileFile(owner);
    if (statOrNull(file) !== null) return;
    await this.withAccount(owner.userId, async () => {
      if (statOrNull(file) === null) await this.profileFile(owner).write(this.newProfile(owner));
    });
  }

  // ---- auth records --------------------------------------------------------------------------------------------

  private codeFile(id: string): ValidatedJsonFile<LinkCodeRecord> {
    return new ValidatedJsonFile(this.layout.codeFile(id), LinkCodeRecordSchema, {
      durable: this.durable,
      check: (record) => (record.id === id ? null : `the file holds code ${record.id}, not ${id}`),
    });
  }

  private sessionFile(tokenHash: string): ValidatedJsonFile<SessionRecord> {
    return new ValidatedJsonFile(this.layout.sessionFile(tokenHash), SessionRecordSchema, {
      durable: this.durable,
      check: (record) => (record.tokenHash === tokenHash ? null : 'the file holds another session'),
    });
  }

  private authIndex(userId: string): ValidatedJsonFile<AuthIndexFile> {
    return new ValidatedJsonFile(this.layout.authIndexFile(userId), AuthIndexFileSchema, { durable: this.durable });
  }

  /**
   * Records a code or session in the account's index (under the account lock, before the record itself is written)
   * and prunes entries that are expired or point at nothing, so the index stays the size of the live records.
   */
  private async addAuthIndexEntry(owner: Owner, entry: Omit<AuthIndexEntry, 'ownerKey'>): Promise<void> {
    const db = new Low<AuthIndexFile>(this.authIndex(owner.userId), { version: FILE_FORMAT_VERSION, entries: [] });
    await db.read();
    const now = new Date().toISOString();
    const kept: AuthIndexEntry[] = [];
    for (const existing of db.data.entries) {
      if (existing.kind === entry.kind && existing.key === entry.key) continue;
      if (existing.expiresAt <= now) {
        await this.removeAuthRecord(owner.userId, existing);
        continue;
      }
      const file = existing.kind === 'code' ? this.layout.codeFile(existing.key) : this.layout.sessionFile(existing.key);
      if (await exists(file)) kept.push(existing);
    }
    kept.push({ ...entry, ownerKey: this.layout.ownerKey(owner) });
    db.data = { version: FILE_FORMAT_VERSION, entries: kept };
    await db.write();
  }

  /** Deletes the account's codes/sessions that match, then forgets them. Called under the account lock. */
  private async removeAuthRecords(userId: string, matches: (entry: AuthIndexEntry) => boolean): Promise<void> {
    const adapter = this.authIndex(userId);
    const index = await adapter.read();
    if (!index) return;
    const kept: AuthIndexEntry[] = [];
    for (const entry of index.entries) {
      if (matches(entry)) await this.removeAuthRecord(userId, entry);
      else kept.push(entry);
    }
    if (kept.length === 0) await removeFile(adapter.file);
    else await adapter.write({ version: FILE_FORMAT_VERSION, entries: kept });
  }

  /**
   * Removes one code or session if it still belongs to this account. Link-code locators are few and reused once a
   * code expires, so the file named in an old entry may by now hold another account's live code: that one stays.
   */
  private async removeAuthRecord(userId: string, entry: AuthIndexEntry): Promise<void> {
    const adapter = entry.kind === 'code' ? this.codeFile(entry.key) : this.sessionFile(entry.key);
    await withLock(
      this.layout.fileLock(adapter.file),
      async () => {
        const record = await adapter.read();
        if (record && record.owner.userId === userId) await removeFile(adapter.file);
      },
      this.lockOptions,
    );
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  private withAccount<T>(userId: string, fn: () => Promise<T>): Promise<T> {
    this.sweepAccount(userId);
    return withLock(this.layout.accountLock(userId), fn, this.lockOptions);
  }

  /**
   * Removes the temp files left in an account's folders (leftovers.ts), the first time this process changes anything
   * of the account: a writer in another process may have been killed after this one started. A few readdirs, once.
   */
  private sweepAccount(userId: string): void {
    const dir = this.layout.accountDir(userId);
    if (this.swept.has(dir)) return;
    // Bounded like the file caches: forgetting only means sweeping an account again.
    if (this.swept.size >= 10_000) this.swept.clear();
    this.swept.add(dir);
    reportLeftovers(dir, () => removeLeftoversUnder(dir, [], { pidsAreLocal: !this.network }));
  }

  /**
   * Orders this process's changes to an account's records (appends, compaction, deletion) without a cross-process
   * lock; journal.ts explains why appends need none. Taken before the account lock, never inside it.
   */
  private inAccountQueue<T>(userId: string, fn: () => Promise<T>): Promise<T> {
    this.sweepAccount(userId);
    // A view's deadline ends a wait in the queue too: behind a compaction waiting on another process's lock, a voice
    // turn would otherwise wait as long as it does.
    return inQueue(`records:${this.layout.accountDir(userId)}`, fn, this.lockOptions.deadline);
  }

  /**
   * Renames the folder into DATA_DIR/trash first (atomic: readers see all of it or none of it), then removes it.
   * If removal is interrupted, init() finishes it on the next start.
   */
  private async moveToTrashAndRemove(dir: string): Promise<void> {
    const aside = await this.moveToTrash(dir);
    if (aside !== null) await rm(aside, { recursive: true, force: true });
  }

  /** The first half of moveToTrashAndRemove: where the folder is now, or null when there was none. */
  private async moveToTrash(dir: string): Promise<string | null> {
    const trash = this.layout.trashDir();
    await mkdir(trash, { recursive: true, mode: DIR_MODE });
    const aside = path.join(trash, randomUUID());
    try {
      await rename(dir, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    return aside;
  }

  /** Deleting one person must also drop what the rescue log kept of them (rescue.ts says how, crash-safely). */
  private async dropRescueLines(owner: Owner): Promise<void> {
    await dropRescuedLines(this.layout, owner);
  }
}

/** A change to a record, as the journal keeps it (journal.ts adds the entry's id and time). */
type RecordChange =
  | { op: 'add'; kind: MonthKind; record: MonthRecord }
  | { op: 'patch'; kind: MonthKind; id: string; set: Record<string, unknown>; updatedAt: string }
  | { op: 'delete'; kind: MonthKind; id: string };

/** How many entries an owner's journal collects before it is folded into the month files. */
export const COMPACT_EVERY = 32;

const PATCHES: Record<MonthKind, z.ZodType<object>> = { checkins: CheckInPatchSchema, exercises: ExercisePatchSchema };

/** A journal line, validated: the entry's shape, and a patch's fields by the record's own patch schema. */
function parseJournalEntry(json: unknown): JournalEntry {
  const entry = JournalEntrySchema.parse(json);
  if (entry.op !== 'patch') return entry;
  return { ...entry, set: providedFields(entry.set, PATCHES[entry.kind].parse(entry.set)) };
}

function entryRecordId(entry: JournalEntry): string {
  return entry.op === 'add' ? entry.record.id : entry.id;
}

/**
 * Applies journal entries of one kind, in order, to records by id. Each field of a patch was validated when written,
 * and records have no rules across fields, so a merged record is valid without parsing it again. Returns the patches
 * that found no record (it was deleted first): the caller decides what becomes of them.
 */
function replay<R extends MonthRecord>(records: Map<string, R>, entries: readonly JournalEntry[], kind: MonthKind): JournalEntry[] {
  const seen = new Set<string>();
  const orphans: JournalEntry[] = [];
  for (const entry of entries) {
    if (entry.kind !== kind || seen.has(entry.entryId)) continue;
    seen.add(entry.entryId);
    if (entry.op === 'add') {
      if (!records.has(entry.record.id)) records.set(entry.record.id, entry.record as unknown as R);
    } else if (entry.op === 'patch') {
      const base = records.get(entry.id);
      if (base) records.set(entry.id, { ...base, ...entry.set, updatedAt: entry.updatedAt });
      else orphans.push(entry);
    } else {
      records.delete(entry.id);
    }
  }
  return orphans;
}

/** `next` in the order the records had in `before` (an edit does not reorder a hand-inspected file), new ones last. */
function keepOrder<R extends MonthRecord>(before: readonly R[], next: R[]): R[] {
  const position = new Map(before.map((record, index) => [record.id, index]));
  return [...next].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
}

/** The keys the caller actually set, with their parsed values. The patch schemas are `.partial()` of schemas with
 * defaults, and zod 4 fills those defaults in for missing keys: applying the parsed patch as-is would reset every
 * field the caller did not mention (e.g. a patch of `{ intensity }` would erase `whatHappened`). */
function providedFields(raw: unknown, parsed: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && key in parsed) out[key] = (parsed as Record<string, unknown>)[key];
  }
  return out;
}

/** A new updatedAt strictly after the old one, so "the later copy wins" holds even within one millisecond. */
function laterTimestamp(previous: string): string {
  const now = Date.now();
  const before = Date.parse(previous);
  return new Date(Number.isNaN(before) || now > before ? now : before + 1).toISOString();
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

function sameOwner(a: Owner, b: Owner): boolean {
  return a.userId === b.userId && a.personId === b.personId;
}

/**
 * Runs a sweep for leftover temp files and says in the log what it removed. A sweep that fails is logged and changes
 * nothing else: the write that started it, or the store's start, goes on.
 */
function reportLeftovers(where: string, sweep: () => string[]): void {
  try {
    const removed = sweep();
    if (removed.length > 0) console.warn(`Removed ${removed.length} temp file(s) left by writers that stopped mid-write, under ${where}`);
  } catch (error) {
    console.error(`Could not remove the temp files left under ${where}:`, error);
  }
}

function listDirSync(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
