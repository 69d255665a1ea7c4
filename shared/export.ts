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

/**
 * Something the user said that the store could not take when they said it (a file that could not be read, a lock
 * that timed out, words longer than a record holds, words Alexa sent with no question to answer), kept in the rescue
 * log instead. The skill told them "I've kept what you said": this is where they get it back.
 */
export const KeptAsideSchema = z.object({
  keptAt: z.string(),
  /** The words, each piece as it was kept; empty when the kept record holds no words we can pick out (see `stored`). */
  said: z.array(z.string()),
  /** The kept record exactly as stored, so nothing is summarised away. */
  stored: z.unknown(),
});
export type KeptAside = z.infer<typeof KeptAsideSchema>;

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
  keptAside: z.array(KeptAsideSchema),
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
    keptAside: data.rescued.map(keptAside),
  });
}

/**
 * The keys under which a kept record holds someone's words: the skill's `said`, a check-in's or a plan's text, and a
 * journal line a crash cut short (`tornLines`, raw text). Everything under such a key is words; ids, intent names
 * and times are not.
 */
const WORD_KEYS = new Set(['said', 'whatHappened', 'barrierSaid', 'tornLines', 'action', 'cueWhen', 'cueThen', 'why', 'bringBack']);

/** The words in a kept record, in the order they were stored. A record JSON could not hold is kept as text: all words. */
export function wordsIn(stored: unknown): string[] {
  if (typeof stored === 'string') return [stored];
  const out: string[] = [];
  const visit = (value: unknown, words: boolean): void => {
    if (typeof value === 'string') {
      if (words && value.trim() !== '') out.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, words);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, words || WORD_KEYS.has(key));
    }
  };
  visit(stored, false);
  return out;
}

function keptAside(line: { at: string; payload: unknown }): KeptAside {
  return { keptAt: line.at, said: wordsIn(line.payload), stored: line.payload };
}

/** The value kept aside rows have in the CSV's `source` column, so a spreadsheet can tell them from check-ins. */
export const KEPT_ASIDE_SOURCE = 'kept_aside';

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

/**
 * Words kept aside, as a row of the same table: they are not check-ins, but a spreadsheet user must not lose them.
 * `source` says what the row is, `what_happened` holds the words (pieces on separate lines), `created_at` when they
 * were kept; the rest is empty because nothing else is known.
 */
function keptRow(k: KeptAside): Array<string | null> {
  const words = k.said.length > 0 ? k.said.join('\n') : (JSON.stringify(k.stored) ?? null);
  const cells: Partial<Record<(typeof CHECK_IN_CSV_COLUMNS)[number], string | null>> = {
    what_happened: words,
    source: KEPT_ASIDE_SOURCE,
    created_at: k.keptAt,
  };
  return CHECK_IN_CSV_COLUMNS.map((column) => cells[column] ?? null);
}

/**
 * One row per check-in, in the order given, after a header row, then one row per thing kept aside. Lines end in CRLF
 * as RFC 4180 says.
 */
export function checkInsCsv(checkIns: CheckIn[], kept: KeptAside[] = []): string {
  const lines = [CHECK_IN_CSV_COLUMNS.join(',')];
  for (const c of checkIns) lines.push(row(c).map(csvField).join(','));
  for (const k of kept) lines.push(keptRow(k).map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}
