/**
 * The week, told once: the dashboard's "This week" page and the skill's spoken "How was my week?" both read a
 * WeekView built here, so the screen and the voice can never disagree about what happened.
 *
 * Everything is counted in nights (the evening a check-in belongs to), never as a streak: "5 of 7 nights" cannot
 * "break", and a skipped night is simply not counted.
 */
import { HIGH_INTENSITY } from './limits.js';
import {
  BARRIERS,
  FEELING_FAMILIES,
  OwnerSchema,
  type Barrier,
  type CheckIn,
  type ExerciseKind,
  type ExerciseSession,
  type FeelingFamily,
  type Owner,
  type PracticePlan,
} from './schemas.js';
import { isStoreCorrupt, type Store } from './store/Store.js';
import { addDays, weekdayOf, weekStart as weekStartOf } from './time.js';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** How many weeks of check-ins the hard-moment clusters look at, by default. */
export const CLUSTER_WEEKS = 8;

/** The week containing `night`, and the starts of the weeks either side, for "previous / next week" links. */
export function weeksAround(
  night: string,
  weekStartsOn: number,
): { start: string; end: string; prev: string; next: string } {
  const start = weekStartOf(night, weekStartsOn);
  return { start, end: addDays(start, 6), prev: addDays(start, -7), next: addDays(start, 7) };
}

/**
 * Part of the day from a local "HH:MM". Night runs from 22:00 to 04:59 so that a 1 a.m. check-in (which belongs
 * to the evening before) is counted as that evening's night, not as a morning.
 */
export function partOfDay(localTime: string): PartOfDay {
  const hour = Number(localTime.slice(0, 2));
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}

/* ---------------------------------------------------------------------------------------------------------------
 * The WeekView
 * ------------------------------------------------------------------------------------------------------------- */

export interface DayView {
  night: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  weekdayName: WeekdayName;
  /** Newest first. */
  checkIns: CheckIn[];
  maxIntensity: number | null;
  /** Rounded to one decimal. */
  averageIntensity: number | null;
  /** Intensity asked again after an exercise, so the chart can show what helped. Rounded to one decimal. */
  averageIntensityAfter: number | null;
}

export interface FeelingWordCount {
  /** The words as said, lowercased and with spaces collapsed so "Anxious" and "anxious " group together. */
  word: string;
  count: number;
}

export interface FeelingFamilyCount {
  /** null for words off the wheel, or whose family is not clear ("meh", "fine"): kept, never forced. */
  family: FeelingFamily | null;
  count: number;
  words: FeelingWordCount[];
}

export interface BarrierCount {
  barrier: Barrier;
  count: number;
  /** What got in the way, in the user's own words (distinct, in the order said). */
  said: string[];
}

export interface PracticeSummary {
  done: number;
  partly: number;
  notToday: number;
  /** Nights with a practice answer. done + partly + notToday === answered. */
  answered: number;
  barriers: BarrierCount[];
}

export interface ExercisePair {
  exerciseId: string;
  night: string;
  kind: ExerciseKind;
  before: number;
  after: number;
  /** after − before: negative means the intensity came down. */
  change: number;
}

export interface ExerciseSummary {
  sessions: number;
  /** Sessions where both intensities were given, oldest first. */
  pairs: ExercisePair[];
  /** Mean of the pairs' changes, one decimal; null when there are no pairs. */
  averageChange: number | null;
  averageBefore: number | null;
  averageAfter: number | null;
}

export interface WeekNote {
  night: string;
  /** What happened, in the user's own words, exactly as stored. */
  text: string;
  checkInId: string;
  /** The feeling as said that night, for context beside the note. */
  feelingSaid: string | null;
  intensity: number | null;
  intensityAfter: number | null;
}

export interface WeekView {
  weekStart: string;
  weekEnd: string;
  /** Distinct nights with at least one check-in: "5 of 7 nights". */
  nightsCheckedIn: number;
  checkInCount: number;
  days: DayView[];
  /** Sorted by count, most first; the off-wheel group (family null) last among equals. */
  feelingsByFamily: FeelingFamilyCount[];
  practice: PracticeSummary;
  exercises: ExerciseSummary;
  /** Oldest first, so they read as the week went. */
  notes: WeekNote[];
  /** The plan in force that week, if any ("no practice this week" is a plan with none: true). */
  plan: PracticePlan | null;
}

export interface WeekInput {
  checkIns: CheckIn[];
  exercises: ExerciseSession[];
  /** The first night of the week. */
  weekStart: string;
  plan: PracticePlan | null;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Newest first: by night, then by when it was made. */
function newestFirst(a: CheckIn, b: CheckIn): number {
  if (a.night !== b.night) return a.night < b.night ? 1 : -1;
  if (a.createdAt !== b.createdAt) return Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Lowercased and whitespace-collapsed, only for grouping; the stored words are never changed. */
function groupingKey(said: string): string {
  return said.trim().replace(/\s+/g, ' ').toLowerCase();
}

function familyOrder(f: FeelingFamily | null): number {
  return f === null ? FEELING_FAMILIES.length : FEELING_FAMILIES.indexOf(f);
}

function summariseFeelings(checkIns: CheckIn[]): FeelingFamilyCount[] {
  const families = new Map<FeelingFamily | null, Map<string, number>>();
  for (const c of checkIns) {
    if (!c.feeling) continue;
    const words = families.get(c.feeling.family) ?? new Map<string, number>();
    const key = groupingKey(c.feeling.said);
    words.set(key, (words.get(key) ?? 0) + 1);
    families.set(c.feeling.family, words);
  }
  const result: FeelingFamilyCount[] = [];
  for (const [family, words] of families) {
    const list = [...words].map(([word, count]) => ({ word, count }));
    list.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
    result.push({ family, count: list.reduce((n, w) => n + w.count, 0), words: list });
  }
  result.sort((a, b) => b.count - a.count || familyOrder(a.family) - familyOrder(b.family));
  return result;
}

function summarisePractice(checkIns: CheckIn[]): PracticeSummary {
  // A night counts once, with its latest answer: "I skipped it" at 7 p.m. and "I did it" at 11 p.m. is a done night,
  // and what got in the way at 7 is no reason for a skip that night no longer has. The earlier entry keeps its words,
  // on the day's entries and in the history; only the week's count is the night's.
  const latestByNight = new Map<string, CheckIn>();
  const chronological = [...checkIns].sort((a, b) => newestFirst(b, a));
  for (const c of chronological) if (c.practice) latestByNight.set(c.night, c);
  const summary: PracticeSummary = { done: 0, partly: 0, notToday: 0, answered: 0, barriers: [] };
  const barriers = new Map<Barrier, { count: number; said: string[] }>();
  for (const c of latestByNight.values()) {
    summary.answered += 1;
    const { status, barrier, barrierSaid } = c.practice!;
    if (status === 'done') summary.done += 1;
    else if (status === 'partly') summary.partly += 1;
    else summary.notToday += 1;
    // Words without a category are still a barrier; they go under "other" rather than disappearing.
    if (barrier === null && barrierSaid === null) continue;
    const key: Barrier = barrier ?? 'other';
    const entry = barriers.get(key) ?? { count: 0, said: [] };
    entry.count += 1;
    if (barrierSaid !== null && !entry.said.includes(barrierSaid)) entry.said.push(barrierSaid);
    barriers.set(key, entry);
  }
  summary.barriers = [...barriers]
    .map(([barrier, e]) => ({ barrier, count: e.count, said: e.said }))
    .sort((a, b) => b.count - a.count || BARRIERS.indexOf(a.barrier) - BARRIERS.indexOf(b.barrier));
  return summary;
}

function summariseExercises(exercises: ExerciseSession[]): ExerciseSummary {
  const sorted = [...exercises].sort(
    (a, b) => a.night.localeCompare(b.night) || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const pairs: ExercisePair[] = [];
  for (const e of sorted) {
    if (e.intensityBefore === null || e.intensityAfter === null) continue;
    pairs.push({
      exerciseId: e.id,
      night: e.night,
      kind: e.kind,
      before: e.intensityBefore,
      after: e.intensityAfter,
      change: e.intensityAfter - e.intensityBefore,
    });
  }
  return {
    sessions: sorted.length,
    pairs,
    averageChange: mean(pairs.map((p) => p.change)),
    averageBefore: mean(pairs.map((p) => p.before)),
    averageAfter: mean(pairs.map((p) => p.after)),
  };
}

/** Builds the week from records already loaded. Pure: records outside the week are ignored, nothing is mutated. */
export function buildWeek(input: WeekInput): WeekView {
  // The caller names the first night; shifting by zero validates it as a night without moving it.
  const weekStart = addDays(input.weekStart, 0);
  const weekEnd = addDays(weekStart, 6);
  const inWeek = (night: string) => night >= weekStart && night <= weekEnd;

  const checkIns = input.checkIns.filter((c) => inWeek(c.night)).sort(newestFirst);
  const exercises = input.exercises.filter((e) => inWeek(e.night));

  const days: DayView[] = [];
  for (let i = 0; i < 7; i++) {
    const night = addDays(weekStart, i);
    const those = checkIns.filter((c) => c.night === night);
    const intensities = those.map((c) => c.intensity).filter((n): n is number => n !== null);
    const after = those.map((c) => c.intensityAfter).filter((n): n is number => n !== null);
    const weekday = weekdayOf(night);
    days.push({
      night,
      weekday,
      weekdayName: WEEKDAY_NAMES[weekday]!,
      checkIns: those,
      maxIntensity: intensities.length ? Math.max(...intensities) : null,
      averageIntensity: mean(intensities),
      averageIntensityAfter: mean(after),
    });
  }

  const notes: WeekNote[] = [...checkIns]
    .reverse()
    .filter((c): c is CheckIn & { whatHappened: string } => c.whatHappened !== null)
    .map((c) => ({
      night: c.night,
      text: c.whatHappened,
      checkInId: c.id,
      feelingSaid: c.feeling?.said ?? null,
      intensity: c.intensity,
      intensityAfter: c.intensityAfter,
    }));

  return {
    weekStart,
    weekEnd,
    nightsCheckedIn: days.filter((d) => d.checkIns.length > 0).length,
    checkInCount: checkIns.length,
    days,
    feelingsByFamily: summariseFeelings(checkIns),
    practice: summarisePractice(checkIns),
    exercises: summariseExercises(exercises),
    notes,
    plan: input.plan,
  };
}

/**
 * A night of the week still to come, given `tonight` (the evening it is now, from localMoment): any night after it, and
 * tonight itself until it has a check-in. At 6 a.m. on Thursday the evening has not begun, so Thursday is neither
 * counted nor shown as a night without one; a check-in tonight makes it one of the nights so far. Before
 * NIGHT_ROLLOVER_HOUR, tonight is still the evening before.
 */
export function stillToCome(day: DayView, tonight: string): boolean {
  return day.night >= tonight && day.checkIns.length === 0;
}

/**
 * The nights of the week that have come by `tonight`: what "3 of the 4 nights so far" counts out of, on the dashboard
 * and aloud. 7 for a week that is over, or when tonight is not known.
 */
export function nightsSoFar(view: WeekView, tonight: string | undefined): number {
  return tonight === undefined ? 7 : view.days.filter((day) => !stillToCome(day, tonight)).length;
}

/**
 * The plan that was in force during a week: the newest one started by the week's last night and not ended before
 * its first. Worked out from the plan history rather than "the active plan today", so past weeks show their own plan.
 */
export function planForWeek(plans: PracticePlan[], weekStart: string, weekEnd: string): PracticePlan | null {
  const candidates = plans.filter(
    (p) => p.startsOn <= weekEnd && (p.endedAt === null || p.endedAt.slice(0, 10) >= weekStart),
  );
  candidates.sort((a, b) => b.startsOn.localeCompare(a.startsOn) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return candidates[0] ?? null;
}

/** Loads one owner's week from the store and builds it. `anyNight` may be any night inside the week. */
export async function weekFor(store: Store, owner: Owner, anyNight: string, weekStartsOn: number): Promise<WeekView> {
  const who = OwnerSchema.parse(owner);
  const { start, end } = weeksAround(anyNight, weekStartsOn);
  const [checkIns, exercises, profile] = await Promise.all([
    store.listCheckIns(who, { from: start, to: end }),
    store.listExercises(who, { from: start, to: end }),
    // A damaged settings file hides only the practice plan: the week is made of entries, which can still be read.
    store.getProfile(who).catch((error: unknown) => {
      if (isStoreCorrupt(error)) return null;
      throw error;
    }),
  ]);
  const plan = planForWeek(profile?.plans ?? [], start, end);
  return buildWeek({ checkIns, exercises, weekStart: start, plan });
}

/* ---------------------------------------------------------------------------------------------------------------
 * When hard moments cluster
 * ------------------------------------------------------------------------------------------------------------- */

export interface ClusterCell {
  /** 0 = Sunday … 6 = Saturday, of the night the check-in belongs to. */
  weekday: number;
  part: PartOfDay;
  /** Distinct nights with a hard moment in this cell. */
  count: number;
}

export interface HardMomentClusters {
  /** All 28 cells (weekday × part of day), Sunday-morning first, zeros included, so a grid can be drawn directly. */
  cells: ClusterCell[];
  /** Distinct nights with at least one check-in at or above the threshold. */
  total: number;
  threshold: number;
  /** A plain sentence when one weekday or part of day clearly dominates; a neutral one otherwise; null if none. */
  headline: string | null;
  /** The whole weeks the clusters look back over, when known (hardMomentsFor), so a summary can say so. */
  weeks?: number;
}

/** A pattern is named only when it covers at least half the hard nights and at least this many of them. */
const CLUSTER_MIN_NIGHTS = 3;

const PART_PHRASE: Record<PartOfDay, string> = {
  morning: 'in the morning',
  afternoon: 'in the afternoon',
  evening: 'in the evening',
  night: 'late at night',
};

function share(count: number, total: number): string {
  return count * 2 === total ? 'Half' : 'Most';
}

/**
 * Weekday × part of day of the check-ins whose first intensity (before any exercise) was at or above the
 * threshold. Counted in distinct nights, so checking in twice on one hard Monday does not make Mondays look worse.
 */
export function hardMomentClusters(checkIns: CheckIn[], opts: { threshold?: number } = {}): HardMomentClusters {
  const threshold = opts.threshold ?? HIGH_INTENSITY;
  const hard = checkIns.filter((c) => c.intensity !== null && c.intensity >= threshold);

  const cellNights = new Map<string, Set<string>>();
  const nightsByWeekday = new Map<number, Set<string>>();
  const nightsByPart = new Map<PartOfDay, Set<string>>();
  const allNights = new Set<string>();
  for (const c of hard) {
    const weekday = weekdayOf(c.night);
    const part = partOfDay(c.localTime);
    const key = `${weekday}:${part}`;
    (cellNights.get(key) ?? cellNights.set(key, new Set()).get(key)!).add(c.night);
    (nightsByWeekday.get(weekday) ?? nightsByWeekday.set(weekday, new Set()).get(weekday)!).add(c.night);
    (nightsByPart.get(part) ?? nightsByPart.set(part, new Set()).get(part)!).add(c.night);
    allNights.add(c.night);
  }

  const cells: ClusterCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (const part of PARTS_OF_DAY) {
      cells.push({ weekday, part, count: cellNights.get(`${weekday}:${part}`)?.size ?? 0 });
    }
  }

  const total = allNights.size;
  const dominates = (n: number) => n >= CLUSTER_MIN_NIGHTS && n * 2 >= total;
  const topWeekday = [...nightsByWeekday].sort((a, b) => b[1].size - a[1].size || a[0] - b[0])[0];
  const topPart = [...nightsByPart].sort(
    (a, b) => b[1].size - a[1].size || PARTS_OF_DAY.indexOf(a[0]) - PARTS_OF_DAY.indexOf(b[0]),
  )[0];
  const label = `${threshold}+`;

  let headline: string | null = null;
  if (total === 0) {
    headline = null;
  } else if (topWeekday && dominates(topWeekday[1].size)) {
    const [weekday, nights] = topWeekday;
    const name = WEEKDAY_NAMES[weekday]!;
    const cell = topPart ? cellNights.get(`${weekday}:${topPart[0]}`)?.size ?? 0 : 0;
    // Name the part of day too only when that exact cell carries the weekday's pattern by itself.
    const when = topPart && dominates(cell) && cell === nights.size ? ` ${PART_PHRASE[topPart[0]]}` : '';
    headline = `${share(nights.size, total)} of your ${label} nights (${nights.size} of ${total}) were ${name}s${when}.`;
  } else if (topPart && dominates(topPart[1].size)) {
    const [part, nights] = topPart;
    headline = `${share(nights.size, total)} of your ${label} nights (${nights.size} of ${total}) peaked ${PART_PHRASE[part]}.`;
  } else {
    headline =
      total === 1
        ? `There was one night at ${threshold} or more.`
        : `There were ${total} nights at ${threshold} or more, spread across different days and times.`;
  }
  return { cells, total, threshold, headline };
}

/** The nights the clusters look at: `weeks` whole weeks ending with the week that contains `anyNight`. */
export function clusterRange(
  anyNight: string,
  weekStartsOn: number,
  weeks: number = CLUSTER_WEEKS,
): { from: string; to: string } {
  const { start, end } = weeksAround(anyNight, weekStartsOn);
  return { from: addDays(start, -7 * (weeks - 1)), to: end };
}

/** Loads the last `weeks` weeks of one owner's check-ins and finds where hard moments cluster. */
export async function hardMomentsFor(
  store: Store,
  owner: Owner,
  anyNight: string,
  weekStartsOn: number,
  opts: { weeks?: number; threshold?: number } = {},
): Promise<HardMomentClusters> {
  const weeks = opts.weeks ?? CLUSTER_WEEKS;
  const range = clusterRange(anyNight, weekStartsOn, weeks);
  const checkIns = await store.listCheckIns(OwnerSchema.parse(owner), range);
  return { ...hardMomentClusters(checkIns, opts.threshold === undefined ? {} : { threshold: opts.threshold }), weeks };
}

/* ---------------------------------------------------------------------------------------------------------------
 * The week in a few sentences
 * ------------------------------------------------------------------------------------------------------------- */

/** How a barrier is named in a sentence. Plain, and about the circumstance, never about the person. */
const BARRIER_PHRASE: Record<Barrier, string> = {
  forgot: 'forgetting',
  no_time: 'not having the time',
  too_hard: 'it feeling too hard',
  low_energy: 'low energy or mood',
  no_point: 'not seeing the point',
  avoidance: 'not wanting to go near the feeling',
  perfectionism: 'wanting to get it just right',
  other: 'something else',
};

function listPhrase(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

function nights(n: number): string {
  return n === 1 ? '1 night' : `${n} nights`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function points(n: number): string {
  const abs = Math.abs(n);
  return abs === 1 ? '1 point' : `${abs} points`;
}

/** "This week", or "that week" for one that is over. */
function weekWord(view: WeekView, tonight: string | undefined): string {
  return tonight && tonight > view.weekEnd ? 'that week' : 'this week';
}

/** "5 of 7 nights"; for a week still under way, out of the nights so far. */
function nightsLine(view: WeekView, tonight: string | undefined): string {
  const n = view.nightsCheckedIn;
  const soFar = nightsSoFar(view, tonight);
  if (soFar === 7) return `You checked in on ${n} of 7 nights ${weekWord(view, tonight)}.`;
  const first = view.days[0]!;
  // The one night so far is the first of the week: tonight, or, the morning after, the evening before.
  if (soFar === 1 && first.checkIns.length > 0) {
    return first.night === tonight ? 'You checked in tonight, the first night of the week.' : `You checked in on ${first.weekdayName}, the first night of the week.`;
  }
  if (n >= soFar) return `You checked in on all ${soFar} nights so far this week.`;
  return `You checked in on ${n} of the ${soFar} nights so far this week.`;
}

/**
 * A few short, warm, plain sentences with the same facts as the dashboard: no markup and no SSML (the skill
 * escapes them before speaking). Nothing here counts what was missed. Given `tonight`, a week still under way is
 * counted in the nights so far ("2 of the 3 nights so far"), not against nights that have not come yet.
 */
export function describeWeek(
  view: WeekView,
  clusters?: HardMomentClusters | null,
  tonight?: string,
  /** False where the invitation would be odd: said by the skill to someone already talking to it tonight. */
  inviteToCheckIn = true,
): string[] {
  const out: string[] = [];
  // The clusters look back further than this week: said after this week's facts without that, "2 nights at 8 or more"
  // would contradict "the strongest night was at 8".
  const patternLine =
    clusters?.headline && clusters.total > 0
      ? clusters.weeks
        ? `Over the last ${clusters.weeks} weeks, ${clusters.headline.charAt(0).toLowerCase()}${clusters.headline.slice(1)}`
        : clusters.headline
      : null;
  if (view.nightsCheckedIn === 0 && view.exercises.sessions === 0) {
    if (weekWord(view, tonight) === 'that week') {
      out.push('There were no check-ins that week, and that is okay.');
      if (patternLine) out.push(patternLine);
      return out;
    }
    out.push('There are no check-ins for this week yet, and that is okay.');
    if (inviteToCheckIn) out.push('Tonight at bedtime, you can say "open between sessions" and tell me how you feel in a word or two.');
    if (patternLine) out.push(patternLine);
    return out;
  }

  if (view.nightsCheckedIn > 0) out.push(nightsLine(view, tonight));

  // The words as the user said them carry more than the family names, so the sentence uses the words.
  const words = view.feelingsByFamily
    .flatMap((f) => f.words)
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, 3);
  if (words.length > 0) {
    const [first, ...rest] = words;
    if (rest.length === 0) {
      out.push(`The feeling that came up was ${first!.word}${first!.count > 1 ? `, ${times(first!.count)}` : ''}.`);
    } else if (first!.count === 1) {
      // Nothing came up more than once, so nothing "came up most".
      out.push(`The feelings you named included ${listPhrase(words.map((w) => w.word))}.`);
    } else {
      out.push(
        `The feelings that came up most were ${first!.word}${first!.count > 1 ? `, ${times(first!.count)}` : ''}, then ${listPhrase(rest.map((w) => w.word))}.`,
      );
    }
  }

  const hardest = view.days
    .filter((d) => d.maxIntensity !== null)
    .sort((a, b) => b.maxIntensity! - a.maxIntensity! || a.night.localeCompare(b.night))[0];
  if (hardest && view.nightsCheckedIn > 1) {
    out.push(`The strongest night was ${hardest.weekdayName}, at ${hardest.maxIntensity} out of 10.`);
  }

  const p = view.practice;
  if (view.plan?.none) {
    out.push(`There was no practice set ${weekWord(view, tonight)}, and that is a fine plan too.`);
  } else if (p.answered > 0) {
    const parts: string[] = [];
    if (p.done > 0) parts.push(`did it on ${nights(p.done)}`);
    if (p.partly > 0) parts.push(`did part of it on ${nights(p.partly)}`);
    if (p.notToday > 0) parts.push(`didn't get to it on ${nights(p.notToday)}`);
    out.push(`With your practice, you ${listPhrase(parts)}.`);
    if (p.barriers.length > 0) {
      // "Mostly" only when the first two really came up more often than the rest; a tie names up to three.
      const [, second, third] = p.barriers;
      const leading = second && third && second.count > third.count;
      const named = p.barriers.slice(0, leading || !third ? 2 : 3).map((b) => {
        // "Something else" says nothing; the user's own words say more, so use them where we have them.
        if (b.barrier === 'other' && b.said.length > 0) return `"${b.said[0]}"`;
        return BARRIER_PHRASE[b.barrier];
      });
      const mostly = leading ? 'mostly ' : '';
      out.push(`What got in the way was ${mostly}${listPhrase(named)}. That is useful to bring to your next session.`);
    }
  }

  const e = view.exercises;
  if (e.sessions > 0) {
    const did = `You did ${e.sessions === 1 ? 'one breathing or grounding exercise' : `${e.sessions} breathing or grounding exercises`}`;
    if (e.averageChange === null) {
      out.push(`${did}.`);
    } else {
      // "On average" only makes sense over more than one before-and-after pair.
      const one = e.pairs.length === 1;
      if (e.averageChange < 0) {
        out.push(`${did}, and ${one ? 'it' : 'on average they'} brought your intensity down by ${points(e.averageChange)}.`);
      } else if (e.averageChange > 0) {
        out.push(
          `${did}. ${one ? 'Your' : 'On average your'} intensity was ${points(e.averageChange)} higher afterwards, which happens, and is worth noticing.`,
        );
      } else {
        out.push(`${did}, and ${one ? 'your intensity stayed the same' : 'on average your intensity stayed about the same'}.`);
      }
    }
  }

  if (patternLine) out.push(patternLine);
  return out;
}
