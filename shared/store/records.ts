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
