import { z } from 'zod';
import { DEFAULT_TIME_ZONE, LOCALE_TIME_ZONES, NIGHT_ROLLOVER_HOUR } from './limits.js';
import { NightSchema } from './schemas.js';

/**
 * Local calendar arithmetic for "which evening does this belong to". Everything goes through Intl with an explicit
 * IANA zone, never the server's own zone, so a server in UTC files a 1 a.m. check-in in Sydney under the right night.
 * Nights are plain YYYY-MM-DD strings and are computed in UTC on purpose: a calendar date has no DST.
 */

export interface LocalMoment {
  /** The evening this moment belongs to: before NIGHT_ROLLOVER_HOUR it is the previous calendar day. */
  night: string;
  /** Local wall-clock time, HH:mm (24 h). */
  localTime: string;
  /** Day of the week of `night` (0 = Sunday), so a 1 a.m. Saturday check-in counts as Friday evening. */
  weekday: number;
  /** Local hour, 0–23, of the moment itself. */
  hour: number;
}

// Formatters are costly to build and immutable, so one per zone is kept for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone Intl knows (IANA names such as "Europe/London", and "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '' || tz.length > 64) return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone to use when the device's cannot be read: the operator's configured default, else the usual zone of the
 * request's locale, else New York.
 */
export function fallbackTimeZone(locale: string | undefined, configured?: string): string {
  if (configured !== undefined && isValidTimeZone(configured)) return configured;
  return (locale !== undefined && Object.hasOwn(LOCALE_TIME_ZONES, locale) ? LOCALE_TIME_ZONES[locale] : undefined) ?? DEFAULT_TIME_ZONE;
}

/*
 * The last moments computed, by zone and UTC minute: every request asks, formatToParts is the slowest call in a turn,
 * and every zone in use today is offset from UTC by whole minutes, so one answer holds for the whole minute.
 */
const moments = new Map<string, LocalMoment>();

/** Where and when a moment falls for someone in `timeZone`. Throws RangeError for an unknown zone. */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('localMoment: invalid date');
  const key = `${timeZone}@${Math.floor(ms / 60_000)}`;
  const known = moments.get(key);
  if (known) return { ...known };
  const moment = computeLocalMoment(at, timeZone);
  if (moments.size >= 1_000) moments.clear();
  moments.set(key, moment);
  return { ...moment };
}

function computeLocalMoment(at: Date, timeZone: string): LocalMoment {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`localMoment: unknown time zone "${timeZone}"`);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  // Some ICU versions print midnight as "24" even with h23; treat it as 0.
  const hour = Number(parts.hour) % 24;
  const night = hour < NIGHT_ROLLOVER_HOUR ? addDays(date, -1) : date;
  return {
    night,
    localTime: `${String(hour).padStart(2, '0')}:${parts.minute}`,
    weekday: weekdayOf(night),
    hour,
  };
}

function parseNight(night: string): { y: number; m: number; d: number } {
  const parsed = NightSchema.safeParse(night);
  if (!parsed.success) throw new RangeError(`not a YYYY-MM-DD date: "${night}"`);
  const [y, m, d] = night.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` days after (or before, for negative n) a YYYY-MM-DD date. */
export function addDays(night: string, n: number): string {
  z.number().int().parse(n);
  const { y, m, d } = parseNight(night);
  return formatUtcDate(Date.UTC(y, m - 1, d + n));
}

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday. */
export function weekdayOf(night: string): number {
  const { y, m, d } = parseNight(night);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The first night of the week containing `night`, for a week starting on `weekStartsOn` (0 = Sunday … 6). */
export function weekStart(night: string, weekStartsOn: number): string {
  z.number().int().min(0).max(6).parse(weekStartsOn);
  const back = (weekdayOf(night) - weekStartsOn + 7) % 7;
  return addDays(night, -back);
}
