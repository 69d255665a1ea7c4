/**
 * Date words for nights (YYYY-MM-DD local calendar dates). Formatted in UTC on purpose: a night is already a local
 * date, so formatting it in the viewer's zone could move it by a day.
 */
function nightDate(night: string): Date {
  const [y, m, d] = night.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const short = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
const long = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' });

/** "Mon 3 Mar" */
export function shortNight(night: string): string {
  return short.format(nightDate(night));
}

/** "Monday 3 March 2025" */
export function longNight(night: string): string {
  return long.format(nightDate(night));
}

/**
 * The clock time of a check-in, told against its night: one made at 00:30 belongs to the evening before, so it
 * reads "00:30, after midnight" under that evening's date rather than looking like the next day's.
 */
export function timeOfNight(localTime: string): string {
  return localTime < '04:00' ? `${localTime}, after midnight` : localTime;
}

/** "3 – 9 March 2025", across months "28 April – 4 May 2025", across years "29 December 2025 – 4 January 2026". */
export function weekRange(start: string, end: string): string {
  const [startYear, endYear] = [start.slice(0, 4), end.slice(0, 4)];
  const from = startYear === endYear ? dayMonth.format(nightDate(start)) : `${dayMonth.format(nightDate(start))} ${startYear}`;
  return `${from} – ${dayMonth.format(nightDate(end))} ${endYear}`;
}

/** "Week of Mon 29 Dec 2025": a past week named with its year, so weeks of different years do not read the same. */
export function weekHeading(start: string): string {
  return `Week of ${shortNight(start)} ${start.slice(0, 4)}`;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The seven weekday numbers (0 = Sunday) in the order of a week that starts on `weekStartsOn`. */
export function weekdayOrder(weekStartsOn: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
}

export const BARRIER_LABELS: Record<string, string> = {
  forgot: 'Forgot',
  no_time: 'No time',
  too_hard: 'Felt too hard',
  low_energy: 'Low energy or mood',
  no_point: "Didn't see the point",
  avoidance: 'Avoiding the feeling',
  perfectionism: 'Wanting it just right',
  other: 'Something else',
};

export const STATUS_LABELS: Record<string, string> = {
  done: 'Did it',
  partly: 'Did part of it',
  not_today: 'Not today',
};

export const EXERCISE_LABELS: Record<string, string> = {
  box: 'Box breathing',
  four_seven_eight: '4-7-8 breathing',
  slow_exhale: 'Slower exhale',
  grounding: '5-4-3-2-1 grounding',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
