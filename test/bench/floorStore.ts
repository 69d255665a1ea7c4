/**
 * A measuring instrument for `npm run bench skill`, not a store anyone should run: the cheapest store that still keeps
 * the promise that every answer is durable before the skill answers. Check-ins and exercise sessions live in memory,
 * validated by the same zod schemas as JsonStore, and each change is one line appended to a per-user file and fsynced.
 * There is no way to read those lines back, no cross-process safety, no deletion of them: none of what makes the real
 * store safe to keep someone's words in.
 *
 * Our skill on this store is the floor for our skill on any durable store: what the handlers, the HTTP round trip and
 * one fsync per answer cost together. The gap between it and the real store is the store's own work.
 *
 * Everything the check-in turn does not touch is passed to a real JsonStore, so the floor is a whole Store.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fdatasync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import * as schemas from '../../shared/schemas.js';
import type { CheckIn, CheckInPatch, ExercisePatch, ExerciseSession, NewCheckIn, NewExerciseSession, Owner, PracticePlan, Profile } from '../../shared/schemas.js';
import type { JsonStore } from '../../shared/store/JsonStore.js';
import type { NightRange, Store } from '../../shared/store/Store.js';

type Delegated = Omit<
  Store,
  | 'getProfile'
  | 'activePlan'
  | 'addCheckIn'
  | 'updateCheckIn'
  | 'getCheckIn'
  | 'listCheckIns'
  | 'addExercise'
  | 'updateExercise'
  | 'listExercises'
  | 'withDeadline'
  | 'close'
>;

export function appendOnlyFloorStore(dir: string, rest: JsonStore): Store {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const checkIns = new Records<CheckIn>();
  const exercises = new Records<ExerciseSession>();
  const descriptors = new Map<string, number>();

  async function keep(owner: Owner, change: unknown): Promise<void> {
    const file = path.join(dir, `${ownerKey(owner).replace(/\W/g, '_')}.jsonl`);
    let fd = descriptors.get(file);
    if (fd === undefined) {
      fd = openSync(file, 'a', 0o600);
      descriptors.set(file, fd);
    }
    writeSync(fd, `${JSON.stringify(change)}\n`);
    await new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));
  }

  const delegated: Delegated = {
    updateProfile: (owner, change) => rest.updateProfile(owner, change),
    deleteCheckIn: (owner, id, options) => rest.deleteCheckIn(owner, id, options),
    exportOwner: (owner) => rest.exportOwner(owner),
    keptAside: (owner) => rest.keptAside(owner),
    dropKeptAside: (owner, id) => rest.dropKeptAside(owner, id),
    deleteOwner: (owner) => rest.deleteOwner(owner),
    deleteAccount: (userId) => rest.deleteAccount(userId),
    ownersOf: (userId) => rest.ownersOf(userId),
    saveLinkCode: (record) => rest.saveLinkCode(record),
    claimLinkCode: (record, isFree) => rest.claimLinkCode(record, isFree),
    updateLinkCode: (id, change) => rest.updateLinkCode(id, change),
    getLinkCode: (id) => rest.getLinkCode(id),
    saveSession: (record) => rest.saveSession(record),
    getSession: (tokenHash) => rest.getSession(tokenHash),
    deleteSession: (tokenHash) => rest.deleteSession(tokenHash),
    deleteSessionsOf: (owner) => rest.deleteSessionsOf(owner),
    bumpCounter: (key, windowMs) => rest.bumpCounter(key, windowMs),
  };

  return {
    ...delegated,
    getProfile: (owner: Owner): Promise<Profile | null> => rest.getProfile(owner),
    activePlan: (owner: Owner, night: string): Promise<PracticePlan | null> => rest.activePlan(owner, night),

    async addCheckIn(ownerInput: Owner, input: NewCheckIn): Promise<CheckIn> {
      const owner = schemas.OwnerSchema.parse(ownerInput);
      const now = new Date().toISOString();
      const fields = schemas.NewCheckInSchema.parse(input);
      const record = schemas.CheckInSchema.parse({ ...fields, id: randomUUID(), createdAt: fields.createdAt ?? now, updatedAt: now });
      await keep(owner, { op: 'add', record });
      return checkIns.put(owner, record);
    },
    async updateCheckIn(ownerInput: Owner, id: string, patch: CheckInPatch): Promise<CheckIn> {
      const owner = schemas.OwnerSchema.parse(ownerInput);
      const current = checkIns.get(owner, id);
      if (!current) throw new Error(`Check-in ${id} not found`);
      const set = pick(schemas.CheckInPatchSchema.parse(patch), patch);
      await keep(owner, { op: 'patch', id, set });
      return checkIns.put(owner, { ...current, ...set, updatedAt: new Date().toISOString() });
    },
    async getCheckIn(ownerInput: Owner, id: string): Promise<CheckIn | null> {
      return checkIns.get(schemas.OwnerSchema.parse(ownerInput), id);
    },
    async listCheckIns(ownerInput: Owner, range?: NightRange): Promise<CheckIn[]> {
      return checkIns.list(schemas.OwnerSchema.parse(ownerInput), range);
    },
    async addExercise(ownerInput: Owner, input: NewExerciseSession): Promise<ExerciseSession> {
      const owner = schemas.OwnerSchema.parse(ownerInput);
      const now = new Date().toISOString();
      const record = schemas.ExerciseSessionSchema.parse({ ...schemas.NewExerciseSessionSchema.parse(input), id: randomUUID(), createdAt: now, updatedAt: now });
      await keep(owner, { op: 'add', record });
      return exercises.put(owner, record);
    },
    async updateExercise(ownerInput: Owner, id: string, patch: ExercisePatch): Promise<ExerciseSession> {
      const owner = schemas.OwnerSchema.parse(ownerInput);
      const current = exercises.get(owner, id);
      if (!current) throw new Error(`Exercise session ${id} not found`);
      const set = pick(schemas.ExercisePatchSchema.parse(patch), patch);
      await keep(owner, { op: 'patch', id, set });
      return exercises.put(owner, { ...current, ...set, updatedAt: new Date().toISOString() });
    },
    async listExercises(ownerInput: Owner, range?: NightRange): Promise<ExerciseSession[]> {
      return exercises.list(schemas.OwnerSchema.parse(ownerInput), range);
    },
    // Its records wait on no lock, so a turn's deadline has nothing to end; what it passes on waits as JsonStore does.
    withDeadline(): Store {
      return this;
    },
    async close(): Promise<void> {
      for (const fd of descriptors.values()) closeSync(fd);
      descriptors.clear();
      await rest.close();
    },
  };
}

const ownerKey = (owner: Owner) => `${owner.userId}/${owner.personId ?? ''}`;

/** Records by owner, then by id. */
class Records<R extends { id: string; night: string; createdAt: string }> {
  private readonly byOwner = new Map<string, Map<string, R>>();

  put(owner: Owner, record: R): R {
    const key = ownerKey(owner);
    if (!this.byOwner.has(key)) this.byOwner.set(key, new Map());
    this.byOwner.get(key)!.set(record.id, record);
    return record;
  }

  get(owner: Owner, id: string): R | null {
    return this.byOwner.get(ownerKey(owner))?.get(id) ?? null;
  }

  list(owner: Owner, range: NightRange = {}): R[] {
    return [...(this.byOwner.get(ownerKey(owner))?.values() ?? [])]
      .filter((record) => (range.from === undefined || record.night >= range.from) && (range.to === undefined || record.night <= range.to))
      .sort((a, b) => b.night.localeCompare(a.night) || b.createdAt.localeCompare(a.createdAt));
  }
}

/** The parsed values of the keys the caller set (the patch schemas fill in defaults for the others). */
function pick<T extends object>(parsed: T, raw: object): Partial<T> {
  return Object.fromEntries(Object.keys(raw).filter((key) => key in parsed).map((key) => [key, parsed[key as keyof T]])) as Partial<T>;
}
