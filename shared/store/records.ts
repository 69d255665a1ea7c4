import { z } from 'zod';
import {
  CheckInSchema,
  ExerciseSessionSchema,
  IsoDateTimeSchema,
  OwnerSchema,
} from '../schemas.js';
import type { LinkCodeRecord, SessionRecord } from './Store.js';

/**
 * Shapes of the files the embedded store writes. Domain records reuse the schemas in shared/schemas.ts; what is defined
 * here is only the envelope around them and the auth records, whose TypeScript shapes are fixed in Store.ts
 * (`satisfies` keeps the two from drifting apart).
 */

/** Bumped when a file's envelope changes; a file from a newer version is refused rather than rewritten in an old shape. */
export const FILE_FORMAT_VERSION = 1;

export const CheckInMonthFileSchema = z.object({
  version: z.literal(FILE_FORMAT_VERSION),
  records: z.array(CheckInSchema),
});
export type CheckInMonthFile = z.infer<typeof CheckInMonthFileSchema>;

export const ExerciseMonthFileSchema = z.object({
  version: z.literal(FILE_FORMAT_VERSION),
  records: z.array(ExerciseSessionSchema),
});
export type ExerciseMonthFile = z.infer<typeof ExerciseMonthFileSchema>;

export const LinkCodeRecordSchema = z.object({
  id: z.string().min(1).max(64),
  secretHash: z.string().min(1).max(256),
  owner: OwnerSchema,
  createdAt: IsoDateTimeSchema,
  expiresAt: IsoDateTimeSchema,
  failedAttempts: z.number().int().min(0),
  usedAt: IsoDateTimeSchema.nullable(),
}) satisfies z.ZodType<LinkCodeRecord>;

export const SessionRecordSchema = z.object({
  tokenHash: z.string().min(16).max(256),
  owner: OwnerSchema,
  createdAt: IsoDateTimeSchema,
  expiresAt: IsoDateTimeSchema,
}) satisfies z.ZodType<SessionRecord>;

/** A fixed-window counter: `count` events since `windowStart` (ms since epoch, a multiple of windowMs). */
export const CounterFileSchema = z.object({
  version: z.literal(FILE_FORMAT_VERSION),
  windowStart: z.number().int().min(0),
  windowMs: z.number().int().positive(),
  count: z.number().int().min(0),
});
export type CounterFile = z.infer<typeof CounterFileSchema>;

/**
 * Which auth records (one file each, under auth/) belong to an account. Deleting an account must find them without
 * scanning every user's records; entries are written BEFORE the record they point to, so the index is always a
 * superset and a crash can only leave an entry without a file, never a file nobody will delete.
 */
export const AuthIndexEntrySchema = z.object({
  kind: z.enum(['code', 'session']),
  /** The code's locator or the session's token hash (both already non-secret). */
  key: z.string().min(1),
  /** The owner folder it belongs to ("default" or the person's hash), so deleting one person finds only theirs. */
  ownerKey: z.string().min(1),
  expiresAt: IsoDateTimeSchema,
});
export type AuthIndexEntry = z.infer<typeof AuthIndexEntrySchema>;

export const AuthIndexFileSchema = z.object({
  version: z.literal(FILE_FORMAT_VERSION),
  entries: z.array(AuthIndexEntrySchema),
});
export type AuthIndexFile = z.infer<typeof AuthIndexFileSchema>;

/**
 * One line of an owner's journal (journal.ts): a change to a check-in or an exercise session, newest last. `set` holds
 * only the fields the change gave, already validated by the record's patch schema when it was written; it is checked
 * again by the store when read (see JsonStore's entry parser).
 */
const entryBase = {
  v: z.literal(FILE_FORMAT_VERSION),
  entryId: z.string().min(1).max(64),
  at: IsoDateTimeSchema,
  retry: z.literal(true).optional(),
};
const JournalKindSchema = z.enum(['checkins', 'exercises']);

export const JournalEntrySchema = z.union([
  z.object({ ...entryBase, op: z.literal('add'), kind: z.literal('checkins'), record: CheckInSchema }),
  z.object({ ...entryBase, op: z.literal('add'), kind: z.literal('exercises'), record: ExerciseSessionSchema }),
  z.object({
    ...entryBase,
    op: z.literal('patch'),
    kind: JournalKindSchema,
    id: z.string().min(1),
    set: z.record(z.string(), z.unknown()),
    updatedAt: IsoDateTimeSchema,
  }),
  z.object({ ...entryBase, op: z.literal('delete'), kind: JournalKindSchema, id: z.string().min(1) }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** The entry ids a compaction folded into the month files (journal.ts, FOLDED_FILE). */
export const FoldedFileSchema = z.object({
  version: z.literal(FILE_FORMAT_VERSION),
  entryIds: z.array(z.string().min(1).max(64)),
});
export type FoldedFile = z.infer<typeof FoldedFileSchema>;
