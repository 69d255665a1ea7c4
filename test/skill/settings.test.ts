import { once } from 'node:events';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Owner, type Profile, ProfileSchema } from '../../shared/schemas.js';
import type { Store } from '../../shared/store/Store.js';
import { fetchDeviceTimeZone, resolveTimeZone } from '../../skill/services/settings.js';

const TOKEN = 'test-access-token';
const DEVICE = 'amzn1.ask.device.AE/x+y=='; // real device ids carry characters that must be encoded
const HOUR = 60 * 60 * 1000;

/** How the fake Alexa API answers the next requests. */
type Mode = 'ok' | '403' | '500' | 'slow' | 'garbage' | 'not-a-zone' | 'stall-body';
let mode: Mode = 'ok';
let zone = 'America/Los_Angeles';
const requests: Array<{ url: string; auth: string | undefined; accept: string | undefined }> = [];

let server: Server;
let endpoint: string;

/** Speaks the documented Settings API shape: GET /v2/devices/{id}/settings/System.timeZone → "Zone/Name". */
function handle(req: IncomingMessage, res: ServerResponse): void {
  requests.push({ url: req.url ?? '', auth: req.headers.authorization, accept: req.headers.accept });
  const expectedPath = `/v2/devices/${encodeURIComponent(DEVICE)}/settings/System.timeZone`;
  if (req.method !== 'GET' || req.url !== expectedPath) {
    res.writeHead(404).end();
    return;
  }
  if (req.headers.authorization !== `Bearer ${TOKEN}` || mode === '403') {
    res.writeHead(403, { 'content-type': 'application/json' }).end('{"type":"FORBIDDEN","message":"denied"}');
    return;
  }
  const json = { 'content-type': 'application/json' };
  switch (mode) {
    case 'ok':
      res.writeHead(200, json).end(JSON.stringify(zone));
      return;
    case '500':
      res.writeHead(500, json).end('{"type":"INTERNAL_ERROR"}');
      return;
    case 'slow':
      setTimeout(() => res.writeHead(200, json).end(JSON.stringify(zone)), 1000).unref();
      return;
    case 'stall-body':
      res.writeHead(200, json);
      res.write('"America/');
      setTimeout(() => res.end('Chicago"'), 1000).unref();
      return;
    case 'garbage':
      res.writeHead(200, json).end('<html>oops</html>');
      return;
    case 'not-a-zone':
      res.writeHead(200, json).end(JSON.stringify('Mars/Olympus_Mons'));
      return;
  }
}

beforeAll(async () => {
  server = createServer(handle);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  mode = 'ok';
  zone = 'America/Los_Angeles';
  requests.length = 0;
  // The service warns on each failure by design; keep test output readable and check it where it matters.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const base = () => ({ apiEndpoint: endpoint, apiAccessToken: TOKEN, deviceId: DEVICE });

describe('fetchDeviceTimeZone', () => {
  it('asks the documented path with the bearer token and returns the zone', async () => {
    await expect(fetchDeviceTimeZone(base())).resolves.toBe('America/Los_Angeles');
    expect(requests).toEqual([
      {
        url: `/v2/devices/${encodeURIComponent(DEVICE)}/settings/System.timeZone`,
        auth: `Bearer ${TOKEN}`,
        accept: 'application/json',
      },
    ]);
  });

  it('tolerates a trailing slash on the endpoint', async () => {
    await expect(fetchDeviceTimeZone({ ...base(), apiEndpoint: `${endpoint}/` })).resolves.toBe('America/Los_Angeles');
  });

  it.each(['403', '500', 'garbage', 'not-a-zone'] as const)('returns null on %s', async (m) => {
    mode = m;
    await expect(fetchDeviceTimeZone(base())).resolves.toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('returns null with a wrong token', async () => {
    await expect(fetchDeviceTimeZone({ ...base(), apiAccessToken: 'wrong' })).resolves.toBeNull();
  });

  it('gives up after the timeout on a slow server', async () => {
    mode = 'slow';
    const started = Date.now();
    await expect(fetchDeviceTimeZone({ ...base(), timeoutMs: 150 })).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('gives up after the timeout when the body stalls', async () => {
    mode = 'stall-body';
    const started = Date.now();
    await expect(fetchDeviceTimeZone({ ...base(), timeoutMs: 150 })).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('returns null when nothing is listening', async () => {
    await expect(fetchDeviceTimeZone({ ...base(), apiEndpoint: 'http://127.0.0.1:1' })).resolves.toBeNull();
  });

  it('does not call out without a token or device', async () => {
    await expect(fetchDeviceTimeZone({ ...base(), apiAccessToken: '' })).resolves.toBeNull();
    await expect(fetchDeviceTimeZone({ ...base(), deviceId: '' })).resolves.toBeNull();
    expect(requests).toHaveLength(0);
  });

  it('never writes the token to the logs', async () => {
    mode = '500';
    await fetchDeviceTimeZone(base());
    const logged = JSON.stringify([vi.mocked(console.warn).mock.calls, vi.mocked(console.error).mock.calls]);
    expect(logged).not.toContain(TOKEN);
  });
});

/** Just the two operations resolveTimeZone uses, with the real schema so a bad write would throw. */
function fakeStore(initial?: Partial<Profile>): Store & { profile: Profile | null; updates: number } {
  const fake = {
    profile: initial
      ? ProfileSchema.parse({ userId: 'u1', personId: null, createdAt: '2026-01-01T00:00:00.000Z', ...initial })
      : null,
    updates: 0,
    async getProfile(_owner: Owner) {
      return fake.profile ? structuredClone(fake.profile) : null;
    },
    async updateProfile(owner: Owner, change: (p: Profile) => Profile) {
      const current =
        fake.profile ??
        ProfileSchema.parse({ userId: owner.userId, personId: owner.personId ?? null, createdAt: new Date().toISOString() });
      fake.profile = ProfileSchema.parse(change(structuredClone(current)));
      fake.updates++;
      return structuredClone(fake.profile);
    },
  };
  return fake as unknown as Store & { profile: Profile | null; updates: number };
}

const owner: Owner = { userId: 'u1' };
const NOW = new Date('2026-06-01T12:00:00.000Z');

describe('resolveTimeZone', () => {
  it("uses the user's dashboard choice without calling the API", async () => {
    const store = fakeStore({ timeZone: 'Europe/London' });
    await expect(resolveTimeZone({ store, owner, ...base(), now: NOW })).resolves.toBe('Europe/London');
    expect(requests).toHaveLength(0);
  });

  it('fetches on first use and caches it in the profile', async () => {
    const store = fakeStore();
    await expect(resolveTimeZone({ store, owner, ...base(), now: NOW })).resolves.toBe('America/Los_Angeles');
    expect(store.profile?.deviceTimeZone).toEqual({
      deviceId: DEVICE,
      timeZone: 'America/Los_Angeles',
      fetchedAt: NOW.toISOString(),
    });
    expect(requests).toHaveLength(1);
  });

  it('the cache avoids a second request within the ttl', async () => {
    const store = fakeStore();
    await resolveTimeZone({ store, owner, ...base(), now: NOW });
    zone = 'Asia/Tokyo';
    const later = new Date(NOW.getTime() + 23 * HOUR);
    await expect(resolveTimeZone({ store, owner, ...base(), now: later })).resolves.toBe('America/Los_Angeles');
    expect(requests).toHaveLength(1);
  });

  it('refetches once the cache is older than the ttl', async () => {
    const store = fakeStore();
    await resolveTimeZone({ store, owner, ...base(), now: NOW });
    zone = 'Asia/Tokyo';
    const later = new Date(NOW.getTime() + 25 * HOUR);
    await expect(resolveTimeZone({ store, owner, ...base(), now: later })).resolves.toBe('Asia/Tokyo');
    expect(requests).toHaveLength(2);
    expect(store.profile?.deviceTimeZone?.fetchedAt).toBe(later.toISOString());
  });

  it('refetches for a different device even when the cache is fresh', async () => {
    const store = fakeStore({
      deviceTimeZone: { deviceId: 'other-device', timeZone: 'Asia/Tokyo', fetchedAt: NOW.toISOString() },
    });
    await expect(resolveTimeZone({ store, owner, ...base(), now: NOW })).resolves.toBe('America/Los_Angeles');
    expect(requests).toHaveLength(1);
    expect(store.profile?.deviceTimeZone?.deviceId).toBe(DEVICE);
  });

  it.each(['403', '500', 'garbage', 'not-a-zone'] as const)('falls back to a stale cache when the API gives %s', async (m) => {
    const store = fakeStore({
      deviceTimeZone: { deviceId: DEVICE, timeZone: 'Australia/Sydney', fetchedAt: '2026-01-01T00:00:00.000Z' },
    });
    mode = m;
    await expect(resolveTimeZone({ store, owner, ...base(), now: NOW })).resolves.toBe('Australia/Sydney');
    expect(requests).toHaveLength(1);
    // The stale entry is kept, not overwritten with nothing.
    expect(store.profile?.deviceTimeZone?.timeZone).toBe('Australia/Sydney');
  });

  it('falls back to the default when there is nothing else, without writing the profile', async () => {
    const store = fakeStore();
    mode = '500';
    await expect(
      resolveTimeZone({ store, owner, ...base(), defaultTimeZone: 'Europe/Dublin', now: NOW }),
    ).resolves.toBe('Europe/Dublin');
    expect(store.updates).toBe(0);
  });

  it('falls back to the default on timeout, within the time budget', async () => {
    const store = fakeStore();
    mode = 'slow';
    const started = Date.now();
    await expect(resolveTimeZone({ store, owner, ...base(), timeoutMs: 150, now: NOW })).resolves.toBe(
      'America/New_York',
    );
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('uses the default without a request when the request carries no API access', async () => {
    const store = fakeStore();
    await expect(
      resolveTimeZone({ store, owner, apiEndpoint: undefined, apiAccessToken: undefined, deviceId: DEVICE, now: NOW }),
    ).resolves.toBe('America/New_York');
    expect(requests).toHaveLength(0);
  });

  it('ignores an invalid zone saved on the profile', async () => {
    const store = fakeStore({ timeZone: 'Not/AZone' });
    await expect(resolveTimeZone({ store, owner, ...base(), now: NOW })).resolves.toBe('America/Los_Angeles');
  });

  it('still answers with the fetched zone when caching it fails', async () => {
    const store = fakeStore();
    store.updateProfile = async () => {
      throw new Error('disk full');
    };
    await expect(resolveTimeZone({ store, owner, ...base(), now: NOW })).resolves.toBe('America/Los_Angeles');
    expect(console.error).toHaveBeenCalled();
  });
});
