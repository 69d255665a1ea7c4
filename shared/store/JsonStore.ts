import { randomUUID } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
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
import { DIR_MODE, removeFile, ValidatedJsonFile, writeFileAtomic } from './jsonFile.js';
import { Layout, MONTH_FILE, monthOf, type MonthKind } from './layout.js';
import { errorCode, withLock, type LockOptions } from './lock.js';
import { appendRescueText } from './rescue.js';
import {
  AuthIndexFileSchema,
  CheckInMonthFileSchema,
  CounterFileSchema,
  ExerciseMonthFileSchema,
  FILE_FORMAT_VERSION,
  LinkCodeRecordSchema,
  SessionRecordSchema,
  type AuthIndexEntry,
  type AuthIndexFile,
  type CounterFile,
} from './records.js';
import {
  NotFoundError,
  StoreCorruptError,
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
}

const CHECK_INS: Collection<CheckIn, NewCheckIn, CheckInPatch> = {
  kind: 'checkins',
  label: 'Check-in',
  record: CheckInSchema,
  file: CheckInMonthFileSchema,
  create: NewCheckInSchema,
  patch: CheckInPatchSchema,
};

const EXERCISES: Collection<ExerciseSession, NewExerciseSession, ExercisePatch> = {
  kind: 'exercises',
  label: 'Exercise session',
  record: ExerciseSessionSchema,
  file: ExerciseMonthFileSchema,
  create: NewExerciseSessionSchema,
  patch: ExercisePatchSchema,
};

/**
 * The embedded store: lowdb JSON files under DATA_DIR, partitioned per account, per owner and per month, so a write
 * costs in proportion to one user's month, not to everyone's data (layout.ts has the map).
 *
 * Concurrency: the skill and the dashboard may be separate processes. Every change is a read-modify-write of the file
 * from disk under a cross-process lock (lock.ts); nothing loaded is kept between calls. The lock for owner data is one
 * per account rather than one per file, because some operations span files (moving a check-in to another month,
 * deleting an account) and a per-file lock would let a write that read a month just before deletion put it back just
 * after. A user's own writes are rare and short, so the coarser lock costs nothing measurable.
 *
 * Reads take no lock: files are replaced by rename, so a reader sees the old file or the new one, never half of one.
 */
export class JsonStore implements Store {
  readonly layout: Layout;
  private readonly durable: boolean;
  private readonly lockOptions: LockOptions;

  constructor(
    readonly dataDir: string,
    options: JsonStoreOptions = {},
  ) {
    this.layout = new Layout(path.resolve(dataDir));
    this.durable = options.durable ?? true;
    this.lockOptions = options.lock ?? {};
  }

  /** Creates DATA_DIR (0700) and finishes any deletion a crash interrupted. */
  async init(): Promise<void> {
    await mkdir(this.layout.root, { recursive: true, mode: DIR_MODE });
    await rm(this.layout.trashDir(), { recursive: true, force: true });
  }

  // ---- profile --------------------------------------------------------------------------------------------------

  async getProfile(ownerInput: Owner): Promise<Profile | null> {
    const owner = OwnerSchema.parse(ownerInput);
    return this.profileFile(owner).read();
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
    const found = await this.findRecord(CHECK_INS, owner, id);
    return found?.record ?? null;
  }

  async deleteCheckIn(ownerInput: Owner, id: string): Promise<boolean> {
    const owner = OwnerSchema.parse(ownerInput);
    return this.withAccount(owner.userId, async () => {
      const found = await this.findRecord(CHECK_INS, owner, id);
      if (!found) return false;
      const remaining = found.file.records.filter((record) => record.id !== id);
      await this.writeMonth(CHECK_INS, owner, found.month, remaining);
      return true;
    });
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

  async exportOwner(ownerInput: Owner): Promise<OwnerExport> {
    const owner = OwnerSchema.parse(ownerInput);
    const [profile, checkIns, exercises] = await Promise.all([
      this.getProfile(owner),
      this.listCheckIns(owner),
      this.listExercises(owner),
    ]);
    return { profile, checkIns, exercises };
  }

  // ---- deletion and owners --------------------------------------------------------------------------------------

  async deleteOwner(ownerInput: Owner): Promise<void> {
    const owner = OwnerSchema.parse(ownerInput);
    const ownerKey = this.layout.ownerKey(owner);
    await this.withAccount(owner.userId, async () => {
      await this.moveToTrashAndRemove(this.layout.ownerDir(owner));
      await this.removeAuthRecords(owner.userId, (entry) => entry.ownerKey === ownerKey);
      await this.dropRescueLines(owner);
      // When that was the last owner on the account, the account folder would hold only an empty index: remove it,
      // so that deleting everyone one by one leaves nothing with the account's hash in it either.
      const left = await listDir(this.layout.accountDir(owner.userId));
      const index = await this.authIndex(owner.userId).read();
      if (left.every((name) => name === 'auth-index.json') && (index?.entries.length ?? 0) === 0) {
        await this.moveToTrashAndRemove(this.layout.accountDir(owner.userId));
      }
    });
  }

  async deleteAccount(userIdInput: string): Promise<void> {
    const { userId } = OwnerSchema.parse({ userId: userIdInput });
    await this.withAccount(userId, async () => {
      // Auth records first: the index that finds them lives in the account folder.
      await this.removeAuthRecords(userId, () => true);
      await this.moveToTrashAndRemove(this.layout.accountDir(userId));
      await removeFile(this.layout.rescueFile(userId));
    });
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

  // ---- month files ---------------------------------------------------------------------------------------------

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
    return this.withAccount(owner.userId, async () => {
      await this.ensureProfile(owner);
      const month = monthOf(record.night);
      const db = await this.openMonth(collection, owner, month);
      db.data.records.push(record);
      await db.write();
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
    const patch = providedFields(patchInput, collection.patch.parse(patchInput));
    return this.withAccount(owner.userId, async () => {
      const found = await this.findRecord(collection, owner, id);
      if (!found) throw new NotFoundError(`${collection.label} ${id}`);
      const next = collection.record.parse({
        ...found.record,
        ...patch,
        id: found.record.id,
        createdAt: found.record.createdAt,
        updatedAt: laterTimestamp(found.record.updatedAt),
      });
      const month = monthOf(next.night);
      const others = found.file.records.filter((record) => record.id !== id);
      if (month === found.month) {
        // Keep the record where it was in the file, so an edit does not reorder a hand-inspected file.
        await this.writeMonth(collection, owner, month, found.file.records.map((record) => (record.id === id ? next : record)));
      } else {
        // Moved to another month: write the new home first, then remove it from the old one. A crash in between
        // leaves it in both (listing de-duplicates), never in neither.
        const target = await this.openMonth(collection, owner, month);
        target.data.records = target.data.records.filter((record) => record.id !== id).concat(next);
        await target.write();
        await this.writeMonth(collection, owner, found.month, others);
      }
      return next;
    });
  }

  /** Scans month files newest first: the record being changed is nearly always from the current month. */
  private async findRecord<R extends MonthRecord>(
    collection: Collection<R, unknown, unknown>,
    owner: Owner,
    id: string,
  ): Promise<{ record: R; month: string; file: MonthFile<R> } | null> {
    for (const month of await this.months(collection.kind, owner)) {
      const file = await this.monthAdapter(collection, owner, month).read();
      const record = file?.records.find((candidate) => candidate.id === id);
      if (file && record) return { record, month, file };
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
    // Only the months that overlap the range are read: a week view touches one or two files whatever the history.
    const months = (await this.months(collection.kind, owner)).filter(
      (month) => (from === undefined || month >= monthOf(from)) && (to === undefined || month <= monthOf(to)),
    );
    const files = await Promise.all(months.map((month) => this.monthAdapter(collection, owner, month).read()));
    const byId = new Map<string, R>();
    for (const record of files.flatMap((file) => file?.records ?? [])) {
      if ((from !== undefined && record.night < from) || (to !== undefined && record.night > to)) continue;
      const seen = byId.get(record.id);
      if (!seen || seen.updatedAt < record.updatedAt) byId.set(record.id, record);
    }
    return [...byId.values()].sort((a, b) => compareDesc(a.night, b.night) || compareDesc(a.createdAt, b.createdAt));
  }

  /** The months (YYYY-MM) that have a file, newest first. */
  private async months(kind: MonthKind, owner: Owner): Promise<string[]> {
    const names = await listDir(this.layout.monthDir(owner, kind));
    return names
      .map((name) => MONTH_FILE.exec(name)?.[1])
      .filter((month): month is string => month !== undefined)
      .sort(compareDesc);
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

  private async openMonth<R extends MonthRecord>(
    collection: Collection<R, unknown, unknown>,
    owner: Owner,
    month: string,
  ): Promise<Low<MonthFile<R>>> {
    const db = new Low<MonthFile<R>>(this.monthAdapter(collection, owner, month), {
      version: FILE_FORMAT_VERSION,
      records: [],
    });
    await db.read();
    return db;
  }

  /** Writes a month's records, or removes the file when none are left (an empty month is no month). */
  private async writeMonth<R extends MonthRecord>(
    collection: Collection<R, unknown, unknown>,
    owner: Owner,
    month: string,
    records: R[],
  ): Promise<void> {
    const adapter = this.monthAdapter(collection, owner, month);
    if (records.length === 0) await removeFile(adapter.file);
    else await adapter.write({ version: FILE_FORMAT_VERSION, records });
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
    try {
      await access(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      await this.profileFile(owner).write(this.newProfile(owner));
    }
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
    return withLock(this.layout.accountLock(userId), fn, this.lockOptions);
  }

  /**
   * Renames the folder into DATA_DIR/trash first (atomic: readers see all of it or none of it), then removes it.
   * If removal is interrupted, init() finishes it on the next start.
   */
  private async moveToTrashAndRemove(dir: string): Promise<void> {
    const trash = this.layout.trashDir();
    await mkdir(trash, { recursive: true, mode: DIR_MODE });
    const aside = path.join(trash, randomUUID());
    try {
      await rename(dir, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    await rm(aside, { recursive: true, force: true });
  }

  /**
   * Deleting one person must also drop what the rescue log kept of them. The log is append-only for writers, so it
   * is moved aside first (an append racing with us lands in the moved file, which we read, or in a new one, which we
   * keep) and the lines of everyone else are appended back. Lines that cannot be parsed are kept: they may be
   * someone's words, and we cannot tell whose.
   */
  private async dropRescueLines(owner: Owner): Promise<void> {
    const file = this.layout.rescueFile(owner.userId);
    const aside = `${file}.${randomUUID()}.filtering`;
    try {
      await rename(file, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    const lines = (await readFile(aside, 'utf8')).split('\n').filter((line) => line.length > 0);
    const kept = lines.filter((line) => {
      try {
        const parsed = OwnerSchema.safeParse((JSON.parse(line) as { owner?: unknown }).owner);
        return !(parsed.success && parsed.data.personId === owner.personId);
      } catch {
        return true;
      }
    });
    if (kept.length > 0) {
      await appendRescueText(file, kept.map((line) => `${line}\n`).join(''));
    }
    await removeFile(aside);
  }
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
