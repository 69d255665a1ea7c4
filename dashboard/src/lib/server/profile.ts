import { DEFAULT_TIME_ZONE } from '$shared/limits.js';
import type { Owner, Profile } from '$shared/schemas.js';
import { env } from './env.js';
import { getStore } from './store.js';

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
  return preferencesFrom(await (await getStore()).getProfile(owner));
}

/** The preferences a profile gives, or the defaults for none (a new user, or a profile that cannot be read). */
export function preferencesFrom(profile: Profile | null): Preferences {
  return {
    timeZone: profile?.timeZone ?? profile?.deviceTimeZone?.timeZone ?? env().DEFAULT_TIME_ZONE ?? DEFAULT_TIME_ZONE,
    weekStartsOn: profile?.weekStartsOn ?? 1,
    profile,
  };
}
