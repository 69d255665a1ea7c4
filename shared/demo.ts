/**
 * `npm run demo`: eight weeks of one made-up person's evenings, so the dashboard can be seen alive without anyone's
 * real data. Deterministic (a seeded PRNG, and every timestamp derived from `now`), so screenshots and tests are
 * stable. Everything is written through the store's public operations, so it is validated like any real entry.
 *
 * The person: checks in about 5 nights in 7, Mondays are hard (evenings after a weekly meeting), says feelings the
 * way people do ("wiped out", "meh", "pretty good"), skips the practice sometimes and says why in their own words.
 */
import { DEFAULT_TIME_ZONE, HIGH_INTENSITY } from './limits.js';
import { classifyFeeling } from './feelings.js';
import {
  OwnerSchema,
  PracticePlanSchema,
  type Barrier,
  type ExerciseKind,
  type Feeling,
  type NewCheckIn,
  type Owner,
  type PracticePlan,
  type PracticeStatus,
} from './schemas.js';
import type { Store } from './store/Store.js';
import { addDays, localMoment, weekdayOf, weekStart } from './time.js';

export const DEMO_OWNER: Owner = { userId: 'amzn1.ask.account.DEMO' };

export interface SeedDemoOptions {
  weeks?: number;
  now?: Date;
  seed?: number;
  timeZone?: string;
  /** Replace this owner's existing records. Without it, seeding over real entries is refused. */
  replace?: boolean;
}

export interface SeedDemoResult {
  from: string;
  to: string;
  checkIns: number;
  exercises: number;
  plan: PracticePlan;
}

/* ------------------------------------------------------------------------------------------------------------- */

/** mulberry32: tiny, fast and good enough to make a demo varied yet repeatable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A version-4-shaped UUID from the seeded stream, so the plan id is as repeatable as the rest. */
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => this.int(0, 255));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/* Time zone arithmetic: the demo is dated in the person's own zone, with the real offset for each date. */

function offsetMinutes(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!m) return 0; // "GMT" alone is UTC.
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The instant of a local wall-clock time, as ISO with that zone's offset (e.g. 2026-03-02T21:14:05-05:00). */
function localIso(date: string, hh: number, mm: number, ss: number, timeZone: string): { iso: string; ms: number } {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, hh, mm, ss);
  // Guess with the offset at the wall time read as UTC, then correct once: right except inside a DST gap.
  let off = offsetMinutes(new Date(wall), timeZone);
  off = offsetMinutes(new Date(wall - off * 60_000), timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { iso, ms: wall - off * 60_000 };
}

/*
 * Feelings, as this person says them, classified by the skill's own classifier, so the demo stores exactly what a
 * real check-in would (including off-wheel words with no family, such as "meh").
 */
const HARD_FEELINGS: Feeling[] = [
  'anxious',
  'really anxious',
  'overwhelmed',
  'stressed out',
  'worried',
  'frustrated',
  'ashamed',
  'lonely',
].map((said) => classifyFeeling(said));

const EVERYDAY_FEELINGS: Feeling[] = [
  'tired',
  'wiped out',
  'meh',
  'fine',
  'okay I guess',
  'pretty good',
  'calm',
  'content',
  'hopeful',
  'sad',
  'kind of sad',
  'annoyed',
  'numb',
  'anxious',
  'proud',
  'bored',
].map((said) => classifyFeeling(said));

const MONDAY_NOTES = [
  'The Monday meeting again. My manager went through my numbers in front of everyone.',
  'Sunday dread carried right into today. Could not concentrate after the team call.',
  'Got asked for the report I had not finished and froze. Felt about twelve years old.',
  'Long day, back to back calls, ate lunch at my desk at 4.',
  'Manager said "we need to talk tomorrow" and nothing else. Spiralled all evening.',
  'Meeting ran late, missed dinner with Sam, and we snapped at each other.',
];

const EVERYDAY_NOTES = [
  'Went for a walk at lunch, it actually helped.',
  'Called my sister. We did not fight, which is new.',
  'Nothing much. Work, dinner, TV.',
  'Slept badly so everything felt harder than it was.',
  'Sam cooked, we watched a film, quiet night.',
  'Had a fight with my sister about Mum\'s birthday plans.',
  'Finished the report early for once.',
  'Kept replaying a comment from Monday.',
  'Gym in the morning, felt good after.',
  'Friend cancelled on me last minute, felt a bit flat.',
  'Did the grocery run and cleaned the kitchen, small wins.',
  'Payday, paid the overdue bill, big relief.',
  'Headache most of the afternoon.',
  'Dentist, then a very boring afternoon of emails.',
];

const BARRIERS_SAID: Array<{ barrier: Barrier; said: string }> = [
  { barrier: 'forgot', said: 'I forgot until I was already half asleep' },
  { barrier: 'forgot', said: 'totally forgot' },
  { barrier: 'low_energy', said: 'I was too wiped out to think about it' },
  { barrier: 'low_energy', said: 'too down tonight' },
  { barrier: 'avoidance', said: "I didn't want to think about the meeting again" },
  { barrier: 'no_time', said: 'got home at eleven' },
  { barrier: 'perfectionism', said: "couldn't find the right words so I didn't write anything" },
  { barrier: 'other', said: "Sam's mum was staying over" },
];

const EXERCISE_KINDS: ExerciseKind[] = ['box', 'four_seven_eight', 'slow_exhale', 'grounding'];

/* ------------------------------------------------------------------------------------------------------------- */

/** Writes `weeks` weeks of a made-up person's check-ins, exercises and practice plan for `owner`. */
export async function seedDemo(store: Store, owner: Owner, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const who = OwnerSchema.parse(owner);
  const weeks = options.weeks ?? 8;
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a positive integer, got ${weeks}`);
  const dice = new Dice(prng(options.seed ?? 42));

  const existing = await store.listCheckIns(who);
  if (existing.length > 0) {
    // Nothing a user said is ever lost: the demo never lands on top of real entries unless told to replace them.
    if (!options.replace) {
      throw new Error('This owner already has check-ins; pass { replace: true } to replace them with the demo.');
    }
    await store.deleteOwner(who);
  }

  // Before 4 a.m. it is still last night; localMoment knows that.
  const tonight = localMoment(now, timeZone).night;
  const from = addDays(weekStart(tonight, 1), -7 * (weeks - 1));

  const planCreated = localIso(addDays(from, -1), 17, 40, 0, timeZone);
  const plan = PracticePlanSchema.parse({
    id: dice.uuid(),
    createdAt: planCreated.iso,
    none: false,
    action: "Write one line about the day's worst moment",
    cueWhen: 'When I get into bed',
    cueThen: "I'll say one line about the worst moment",
    why: "So I bring real moments to my session instead of saying 'it was fine', and start noticing what sets me off.",
    bringBack: 'The lines from the week, and what got in the way on the nights I skipped',
    modality: 'CBT',
    startsOn: from,
    endedAt: null,
  });
  await store.updateProfile(who, (p) => ({
    ...p,
    timeZone,
    weekStartsOn: 1,
    plans: [...p.plans.filter((x) => x.id !== plan.id), plan],
  }));

  let checkIns = 0;
  let exercises = 0;
  for (let night = from; night <= tonight; night = addDays(night, 1)) {
    const monday = weekdayOf(night) === 1;

    // A breathing exercise asked for mid-week, in the afternoon, outside any check-in: about one a fortnight.
    if (!monday && dice.chance(0.07)) {
      const at = localIso(night, dice.int(13, 16), dice.int(0, 59), dice.int(0, 59), timeZone);
      if (at.ms <= now.getTime()) {
        const before = dice.int(6, 8);
        await store.addExercise(who, {
          night,
          localTime: at.iso.slice(11, 16),
          kind: dice.pick(EXERCISE_KINDS),
          rounds: dice.int(3, 5),
          completed: true,
          intensityBefore: before,
          intensityAfter: before - dice.int(1, 3),
          checkInId: null,
        });
        exercises++;
      }
    }

    if (!dice.chance(monday ? 0.92 : 0.66)) continue;

    // Mondays are hard in the evening, after the weekly meeting; other nights check in at bedtime, some past midnight.
    let hh: number;
    let mm = dice.int(0, 59);
    let date = night;
    if (monday) {
      hh = dice.int(19, 21);
    } else if (dice.chance(0.15)) {
      hh = 0;
      mm = dice.int(5, 55);
      date = addDays(night, 1);
    } else {
      hh = dice.pick([21, 22, 22, 23]);
    }
    const at = localIso(date, hh, mm, dice.int(0, 59), timeZone);
    if (at.ms > now.getTime()) continue; // Nothing from the future.
    const localTime = at.iso.slice(11, 16);

    const intensity = monday
      ? dice.pick([7, 8, 8, 9, 9, 10])
      : dice.chance(0.05)
        ? 8
        : dice.pick([2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7]);
    const feeling = intensity >= 7 ? dice.pick(HARD_FEELINGS) : dice.pick(EVERYDAY_FEELINGS);

    let whatHappened: string | null = null;
    let whatHappenedSkipped = false;
    const r = dice.next();
    if (r < 0.72) whatHappened = dice.pick(monday ? MONDAY_NOTES : EVERYDAY_NOTES);
    else if (r < 0.92) whatHappenedSkipped = true;
    // else: stopped before that question; what was said is still kept.

    let practice: NewCheckIn['practice'] = null;
    const stoppedEarly = r >= 0.92;
    if (!stoppedEarly) {
      const roll = dice.next();
      // Hard nights get the practice done less often, the way it goes: skipping is mostly mood repair.
      const doneCut = monday ? 0.35 : 0.55;
      const status: PracticeStatus = roll < doneCut ? 'done' : roll < doneCut + 0.2 ? 'partly' : 'not_today';
      if (status === 'done') {
        practice = { planId: plan.id, status, barrier: null, barrierSaid: null };
      } else {
        const b = monday && dice.chance(0.5) ? BARRIERS_SAID[4]! : dice.pick(BARRIERS_SAID);
        const saidInWords = dice.chance(0.8);
        practice = { planId: plan.id, status, barrier: b.barrier, barrierSaid: saidInWords ? b.said : null };
      }
    }

    const checkIn = await store.addCheckIn(who, {
      night,
      localTime,
      timeZone,
      source: 'voice',
      feeling,
      intensity,
      intensityAfter: null,
      whatHappened,
      whatHappenedSkipped,
      practice,
      exerciseIds: [],
      createdAt: at.iso,
    });
    checkIns++;

    // At 8+ the skill offers a body-first exercise; most nights it is taken, and the intensity is asked again.
    if (intensity >= HIGH_INTENSITY && dice.chance(0.85)) {
      const completed = dice.chance(0.85);
      const after = Math.max(1, intensity - (completed ? dice.int(1, 4) : dice.int(0, 1)));
      const exercise = await store.addExercise(who, {
        night,
        localTime,
        kind: dice.pick(EXERCISE_KINDS),
        rounds: completed ? dice.int(3, 6) : dice.int(1, 2),
        completed,
        intensityBefore: intensity,
        intensityAfter: after,
        checkInId: checkIn.id,
      });
      exercises++;
      await store.updateCheckIn(who, checkIn.id, { intensityAfter: after, exerciseIds: [exercise.id] });
    }
  }

  return { from, to: tonight, checkIns, exercises, plan };
}
