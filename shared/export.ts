/**
 * "Export everything": the user's own data, complete, in a documented format (shared/EXPORT-FORMAT.md), as JSON
 * for keeping or moving, and the check-ins as CSV for a spreadsheet.
 */
import { z } from 'zod';
import {
  CheckInSchema,
  ExerciseSessionSchema,
  OwnerSchema,
  PracticePlanSchema,
  ProfileSchema,
  type CheckIn,
  type Owner,
} from './schemas.js';
import type { Store } from './store/Store.js';

export const EXPORT_FORMAT = 'between-sessions-export';
export const EXPORT_VERSION = 1;

/**
 * The profile as exported: every field except `plans`, which is listed once, at the top level, and `userId`, Amazon's
 * opaque id for the Alexa account: it identifies the account to Amazon, tells the user nothing, and nothing reads it
 * back (there is no import). `personId` stays: on a shared Echo it says whose records these are.
 */
export const ExportedProfileSchema = ProfileSchema.omit({ plans: true, userId: true });

/** The whole export. Parsed before it is returned, so a file we hand out always matches the documented format. */
export const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  owner: z.object({ personId: z.string().min(1).optional() }),
  profile: ExportedProfileSchema.nullable(),
  checkIns: z.array(CheckInSchema),
  exercises: z.array(ExerciseSessionSchema),
  plans: z.array(PracticePlanSchema),
});
export type Export = z.infer<typeof ExportSchema>;

/** Everything stored for one owner. */
export async function exportJson(store: Store, owner: Owner, now: Date = new Date()): Promise<Export> {
  const who = OwnerSchema.parse(owner);
  const data = await store.exportOwner(who);
  let profile: z.infer<typeof ExportedProfileSchema> | null = null;
  let plans: Export['plans'] = [];
  if (data.profile) {
    const { plans: allPlans, userId: _accountId, ...rest } = data.profile;
    profile = rest;
    // Oldest first: the plan history reads as it happened.
    plans = [...allPlans].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.createdAt.localeCompare(b.createdAt));
  }
  return ExportSchema.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // The account id is Amazon's identifier, not the user's, and is left out here and in `profile`; only the person
    // on a shared device is worth naming.
    owner: who.personId === undefined ? {} : { personId: who.personId },
    profile,
    checkIns: data.checkIns,
    exercises: data.exercises,
    plans,
  });
}

/** The CSV columns, in order. Documented in EXPORT-FORMAT.md. */
export const CHECK_IN_CSV_COLUMNS = [
  'night',
  'local_time',
  'feeling_said',
  'feeling_word',
  'feeling_family',
  'intensity',
  'intensity_after',
  'what_happened',
  'what_happened_skipped',
  'practice_status',
  'barrier',
  'barrier_said',
  'source',
  'created_at',
  'updated_at',
  'id',
] as const;

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab / carriage return, which some strip first) as a
 * formula; a user's own words like "=(sad)" or "-_-" must open as text, so such cells get a leading apostrophe.
 */
function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a quote, comma or line break is quoted, and quotes inside are doubled. */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const cell = neutraliseFormula(String(value));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(c: CheckIn): Array<string | number | boolean | null> {
  return [
    c.night,
    c.localTime,
    c.feeling?.said ?? null,
    c.feeling?.word ?? null,
    c.feeling?.family ?? null,
    c.intensity,
    c.intensityAfter,
    c.whatHappened,
    c.whatHappenedSkipped,
    c.practice?.status ?? null,
    c.practice?.barrier ?? null,
    c.practice?.barrierSaid ?? null,
    c.source,
    c.createdAt,
    c.updatedAt,
    c.id,
  ];
}

/** One row per check-in, in the order given, after a header row. Lines end in CRLF as RFC 4180 says. */
export function checkInsCsv(checkIns: CheckIn[]): string {
  const lines = [CHECK_IN_CSV_COLUMNS.join(',')];
  for (const c of checkIns) lines.push(row(c).map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}
