import { DEFAULT_TIME_ZONE } from '$shared/limits.js';
import type { Owner, Profile } from '$shared/schemas.js';
import { addDays, isValidTimeZone, localMoment } from '$shared/time.js';
import { env } from './env.js';
import { getStore } from './store.js';
import { readable } from './unreadable.js';

export interface Preferences {
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekStartsOn: number;
  profile: Profile | null;
}

/**
 * The user's time zone and first day of the week: the zone chosen on the dashboard wins over the device's, and
 * both fall back to the configured default so a brand-new user still gets a sensible "this week".
 */
export async function preferencesOf(owner: Owner): Promise<Preferences> {
  return withFiledZone(owner, preferencesFrom(await (await getStore()).getProfile(owner)));
}

/**
 * The preferences, or the defaults when the settings file cannot be read: a damaged settings file must not hide
 * entries that can be read (Settings itself says what is wrong with it).
 */
export async function preferencesOrDefaults(owner: Owner): Promise<Preferences> {
  const read = await readable('Preferences unreadable; showing the defaults', () => preferencesOf(owner));
  return read.ok ? read.value : withFiledZone(owner, preferencesFrom(null));
}

/**
 * When neither the user nor their Echo has given a zone (and none is configured), the skill filed their nights in the
 * usual zone of their Alexa locale: the newest check-in says which. Without this the dashboard showed New York, and
 * saving the settings form (to change the first day of the week, say) set New York for the skill too.
 */
export async function withFiledZone(owner: Owner, preferences: Preferences): Promise<Preferences> {
  const { profile } = preferences;
  if (profile?.timeZone || profile?.deviceTimeZone?.timeZone || env().DEFAULT_TIME_ZONE) return preferences;
  try {
    const since = addDays(localMoment(new Date(), 'UTC').night, -62);
    const [newest] = await (await getStore()).listCheckIns(owner, { from: since });
    return newest && isValidTimeZone(newest.timeZone) ? { ...preferences, timeZone: newest.timeZone } : preferences;
  } catch {
    // An unreadable month file is reported by the page that reads it; the zone falls back as before.
    return preferences;
  }
}

/** The preferences a profile gives, or the defaults for none (a new user, or a profile that cannot be read). */
export function preferencesFrom(profile: Profile | null): Preferences {
  return {
    timeZone: profile?.timeZone ?? profile?.deviceTimeZone?.timeZone ?? env().DEFAULT_TIME_ZONE ?? DEFAULT_TIME_ZONE,
    weekStartsOn: profile?.weekStartsOn ?? 1,
    profile,
  };
}
