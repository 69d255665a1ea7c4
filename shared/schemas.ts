import { z } from 'zod';
import {
  FEELING_MAX_CHARS,
  INTENSITY_MAX,
  INTENSITY_MIN,
  TEXT_MAX_CHARS,
} from './limits.js';

/** The seven core families of the feelings wheel. */
export const FEELING_FAMILIES = ['Angry', 'Disgusted', 'Sad', 'Happy', 'Surprised', 'Bad', 'Fearful'] as const;
export const FeelingFamilySchema = z.enum(FEELING_FAMILIES);
export type FeelingFamily = z.infer<typeof FeelingFamilySchema>;

/** The barriers named in the research (Callan et al. 2012), plus avoidance and perfectionism. */
export const BARRIERS = [
  'forgot',
  'no_time',
  'too_hard',
  'low_energy',
  'no_point',
  'avoidance',
  'perfectionism',
  'other',
] as const;
export const BarrierSchema = z.enum(BARRIERS);
export type Barrier = z.infer<typeof BarrierSchema>;

export const PRACTICE_STATUSES = ['done', 'partly', 'not_today'] as const;
export const PracticeStatusSchema = z.enum(PRACTICE_STATUSES);
export type PracticeStatus = z.infer<typeof PracticeStatusSchema>;

export const EXERCISE_KINDS = ['box', 'four_seven_eight', 'slow_exhale', 'grounding'] as const;
export const ExerciseKindSchema = z.enum(EXERCISE_KINDS);
export type ExerciseKind = z.infer<typeof ExerciseKindSchema>;

export const CRISIS_REGIONS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'IN'] as const;
export const CrisisRegionSchema = z.enum(CRISIS_REGIONS);
export type CrisisRegion = z.infer<typeof CrisisRegionSchema>;

export const IntensitySchema = z.number().int().min(INTENSITY_MIN).max(INTENSITY_MAX);

/** Free text the user said or typed: trimmed, because speech recognition pads, and never empty. */
/**
 * Control characters (a NUL, an escape) and halves of a character (a lone surrogate) are not words anyone said: speech
 * drops them, and they would break the CSV and JSON a user exports. Line breaks and tabs are kept.
 */
export function withoutControlCharacters(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const textSchema = (max: number) => z.string().overwrite(withoutControlCharacters).trim().min(1).max(max);

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** The evening a check-in belongs to, as a local calendar date. */
export const NightSchema = z.iso.date();
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Who the records belong to: the Alexa account, and the recognised person on a shared device. */
export const OwnerSchema = z.object({
  userId: z.string().min(1).max(512),
  personId: z.string().min(1).max(512).optional(),
});
export type Owner = z.infer<typeof OwnerSchema>;

/** A feeling as said, and where it sits on the wheel when that is clear. */
export const FeelingSchema = z.object({
  /** The user's own words, kept exactly as recognised. */
  said: textSchema(FEELING_MAX_CHARS),
  /** The wheel word it matched, or null for a word off the wheel. */
  word: z.string().nullable(),
  /** The core family, only where the mapping is clear. */
  family: FeelingFamilySchema.nullable(),
  /** Wheel path from core to the matched word, e.g. ["Fearful", "Anxious", "Worried"]. */
  path: z.array(z.string()).default([]),
});
export type Feeling = z.infer<typeof FeelingSchema>;

export const PracticeAnswerSchema = z.object({
  planId: z.string().uuid().nullable(),
  status: PracticeStatusSchema,
  barrier: BarrierSchema.nullable().default(null),
  /** What got in the way, in the user's own words. */
  barrierSaid: textSchema(TEXT_MAX_CHARS).nullable().default(null),
});
export type PracticeAnswer = z.infer<typeof PracticeAnswerSchema>;

export const CheckInSchema = z.object({
  id: z.string().uuid(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** The evening this belongs to (a check-in at 1 a.m. belongs to the evening before). */
  night: NightSchema,
  /** Local wall-clock time when it was made, for "when do hard moments cluster". */
  localTime: LocalTimeSchema,
  timeZone: z.string().min(1),
  source: z.enum(['voice', 'dashboard']).default('voice'),
  feeling: FeelingSchema.nullable(),
  intensity: IntensitySchema.nullable(),
  /** Intensity asked again after an exercise, so the record shows what helped. */
  intensityAfter: IntensitySchema.nullable().default(null),
  whatHappened: textSchema(TEXT_MAX_CHARS).nullable().default(null),
  /** True when the user chose to skip "what happened" ("skip", "pass", "no"). */
  whatHappenedSkipped: z.boolean().default(false),
  practice: PracticeAnswerSchema.nullable().default(null),
  exerciseIds: z.array(z.string().uuid()).default([]),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** What a caller supplies to create a check-in; the store adds id and timestamps. */
export const NewCheckInSchema = CheckInSchema.omit({ id: true, createdAt: true, updatedAt: true }).extend({
  createdAt: IsoDateTimeSchema.optional(),
});
export type NewCheckIn = z.input<typeof NewCheckInSchema>;

export const CheckInPatchSchema = CheckInSchema.omit({ id: true, createdAt: true, updatedAt: true }).partial();
export type CheckInPatch = z.input<typeof CheckInPatchSchema>;

export const ExerciseSessionSchema = z.object({
  id: z.string().uuid(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  night: NightSchema,
  localTime: LocalTimeSchema,
  kind: ExerciseKindSchema,
  /** Rounds actually spoken, including "another round". */
  rounds: z.number().int().min(0).max(1000),
  completed: z.boolean(),
  intensityBefore: IntensitySchema.nullable(),
  intensityAfter: IntensitySchema.nullable(),
  checkInId: z.string().uuid().nullable(),
});
export type ExerciseSession = z.infer<typeof ExerciseSessionSchema>;
export const NewExerciseSessionSchema = ExerciseSessionSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type NewExerciseSession = z.input<typeof NewExerciseSessionSchema>;
export const ExercisePatchSchema = NewExerciseSessionSchema.partial();
export type ExercisePatch = z.input<typeof ExercisePatchSchema>;

export const MODALITIES = ['CBT', 'DBT', 'ACT', 'IFS', 'somatic', 'other'] as const;

/** The practice agreed in session, in the client's own words. Filled in by the practice-plan issue. */
export const PracticePlanSchema = z.object({
  id: z.string().uuid(),
  createdAt: IsoDateTimeSchema,
  /** "No practice this week" is a legitimate plan. */
  none: z.boolean().default(false),
  action: textSchema(TEXT_MAX_CHARS).nullable(),
  cueWhen: textSchema(TEXT_MAX_CHARS).nullable().default(null),
  cueThen: textSchema(TEXT_MAX_CHARS).nullable().default(null),
  why: textSchema(TEXT_MAX_CHARS).nullable().default(null),
  bringBack: textSchema(TEXT_MAX_CHARS).nullable().default(null),
  modality: z.enum(MODALITIES).nullable().default(null),
  startsOn: NightSchema,
  endedAt: IsoDateTimeSchema.nullable().default(null),
});
export type PracticePlan = z.infer<typeof PracticePlanSchema>;

/** Settings and cached facts for one owner (an account, or a recognised person on it). */
export const ProfileSchema = z.object({
  userId: z.string().min(1),
  personId: z.string().min(1).nullable(),
  createdAt: IsoDateTimeSchema,
  /** Time zone chosen on the dashboard; wins over the device's. */
  timeZone: z.string().min(1).nullable().default(null),
  /** Device time zone from the Alexa settings API, cached. */
  deviceTimeZone: z
    .object({ deviceId: z.string(), timeZone: z.string(), fetchedAt: IsoDateTimeSchema })
    .nullable()
    .default(null),
  /** 0 = Sunday … 6 = Saturday. */
  weekStartsOn: z.number().int().min(0).max(6).default(1),
  crisisRegion: CrisisRegionSchema.nullable().default(null),
  /** When the skill last gave the crisis line, so the next open that night starts with the number again. */
  crisisLineGivenAt: IsoDateTimeSchema.nullable().default(null),
  plans: z.array(PracticePlanSchema).default([]),
});
export type Profile = z.infer<typeof ProfileSchema>;
