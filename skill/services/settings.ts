import { z } from 'zod';
import type { Owner, Profile } from '../../shared/schemas.js';
import type { Store } from '../../shared/store/Store.js';
import { fallbackTimeZone, isValidTimeZone } from '../../shared/time.js';

/**
 * The device's time zone, from the Alexa Settings API, so "tonight" means the user's night and not the server's.
 * The API is a network call inside a voice response with an 8-second budget, so it is short-timed, cached in the
 * profile for a day, and never fatal: on any failure the skill still answers, with a stale or default zone.
 */

export const DEVICE_TIME_ZONE_TTL_MS = 24 * 60 * 60 * 1000;
/** After the API fails for a device, how long the skill answers with the fallback before it asks again. */
export const FAILED_LOOKUP_BACKOFF_MS = 5 * 60 * 1000;
/** How long a request waits for the time zone to be cached before it answers anyway. */
const CACHE_WRITE_WAIT_MS = 250;
const DEFAULT_TIMEOUT_MS = 1500;

/** The documented body is a bare JSON string, e.g. "America/Los_Angeles". */
const TimeZoneBodySchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'not a time zone Intl knows' });

export interface FetchDeviceTimeZoneOptions {
  apiEndpoint: string;
  apiAccessToken: string;
  deviceId: string;
  timeoutMs?: number;
}

/**
 * GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone. Null on any error, non-2xx answer, timeout or a
 * zone Intl does not know; the caller decides the fallback. Never logs the token.
 */
export async function fetchDeviceTimeZone({
  apiEndpoint,
  apiAccessToken,
  deviceId,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: FetchDeviceTimeZoneOptions): Promise<string | null> {
  if (!apiEndpoint || !apiAccessToken || !deviceId) return null;
  const url = `${apiEndpoint.replace(/\/+$/, '')}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`;
  // One signal covers connecting, headers and the body: a server that stalls mid-body is as slow as one that never answers.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${apiAccessToken}`, Accept: 'application/json' },
      signal,
    });
    if (!res.ok) {
      // Drain so the connection can be reused; the body of an error is not interesting.
      await res.body?.cancel().catch(() => undefined);
      console.warn(`settings API: time zone request answered ${res.status}`);
      return null;
    }
    const parsed = TimeZoneBodySchema.safeParse(JSON.parse(await res.text()));
    if (!parsed.success) {
      console.warn('settings API: time zone body was not a known time zone');
      return null;
    }
    return parsed.data;
  } catch (error) {
    console.warn(`settings API: time zone request failed: ${error instanceof Error ? error.name : String(error)}`);
    return null;
  }
}

/**
 * Devices whose time zone lookup failed lately. Without it, an API that is down (or unreachable: a Lambda in a VPC with
 * no NAT gateway) made every turn of every check-in wait for the time-out before answering. Bounded, in memory: a
 * restart simply asks again.
 */
export class FailedLookups {
  private readonly failedAt = new Map<string, number>();

  constructor(
    private readonly backoffMs = FAILED_LOOKUP_BACKOFF_MS,
    private readonly capacity = 10_000,
  ) {}

  recent(deviceId: string, now: Date): boolean {
    const at = this.failedAt.get(deviceId);
    if (at === undefined) return false;
    if (now.getTime() - at < this.backoffMs && now.getTime() >= at) return true;
    this.failedAt.delete(deviceId);
    return false;
  }

  note(deviceId: string, now: Date): void {
    this.failedAt.delete(deviceId);
    this.failedAt.set(deviceId, now.getTime());
    if (this.failedAt.size > this.capacity) this.failedAt.delete(this.failedAt.keys().next().value as string);
  }
}

export interface ResolveTimeZoneOptions {
  store: Store;
  owner: Owner;
  /** From the request's context.System; absent in some simulators and tests. */
  apiEndpoint?: string | null;
  apiAccessToken?: string | null;
  deviceId?: string | null;
  /** The operator's configured zone for when the device's cannot be read; unset, the locale's usual zone. */
  defaultTimeZone?: string | undefined;
  /** The request's locale, for the fallback zone. */
  locale?: string;
  now?: Date;
  ttlMs?: number;
  timeoutMs?: number;
  /** The owner's profile when the caller has already read it (null: there is none), saving a read. */
  profile?: Profile | null;
  /** Devices not to ask about again yet (see FailedLookups). */
  failedLookups?: FailedLookups;
}

/**
 * The time zone to file this request under, in order of trust:
 * 1. the zone the user chose on the dashboard;
 * 2. this device's zone cached in the profile less than `ttlMs` ago;
 * 3. a fresh answer from the Settings API (then cached);
 * 4. any cached device zone, however old (a stale answer beats a guess);
 * 5. the configured default, else the usual zone of the request's locale.
 */
export async function resolveTimeZone({
  store,
  owner,
  apiEndpoint,
  apiAccessToken,
  deviceId,
  defaultTimeZone,
  locale,
  now = new Date(),
  ttlMs = DEVICE_TIME_ZONE_TTL_MS,
  timeoutMs,
  profile: known,
  failedLookups,
}: ResolveTimeZoneOptions): Promise<string> {
  const profile = known !== undefined ? known : await store.getProfile(owner);
  if (profile?.timeZone && isValidTimeZone(profile.timeZone)) return profile.timeZone;

  const cached = profile?.deviceTimeZone ?? null;
  const cachedUsable = cached !== null && isValidTimeZone(cached.timeZone);
  if (cachedUsable && cached.deviceId === deviceId) {
    const age = now.getTime() - Date.parse(cached.fetchedAt);
    // A negative age (clock moved back) is treated as fresh enough rather than refetching every time.
    if (age < ttlMs) return cached.timeZone;
  }

  if (apiEndpoint && apiAccessToken && deviceId && !failedLookups?.recent(deviceId, now)) {
    const fetched = await fetchDeviceTimeZone({ apiEndpoint, apiAccessToken, deviceId, timeoutMs });
    if (!fetched) failedLookups?.note(deviceId, now);
    if (fetched) {
      // The cache is an optimisation: the zone is right for this request whatever becomes of the write, so a write
      // that waits (on a lock another process holds) finishes after the answer instead of holding it up.
      const caching = store
        .updateProfile(owner, (p) => ({
          ...p,
          deviceTimeZone: { deviceId, timeZone: fetched, fetchedAt: now.toISOString() },
        }))
        .catch((error: unknown) => console.error('could not cache the device time zone', error));
      await Promise.race([caching, new Promise((resolve) => setTimeout(resolve, CACHE_WRITE_WAIT_MS).unref())]);
      return fetched;
    }
  }

  if (cachedUsable) return cached.timeZone;
  return fallbackTimeZone(locale, defaultTimeZone);
}
