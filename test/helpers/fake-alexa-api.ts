/**
 * A local HTTP server that speaks the documented shape of the Alexa settings API, so the skill's real HTTP call is
 * exercised without reaching Amazon: GET /v2/devices/{deviceId}/settings/System.timeZone → "Area/City".
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAlexaApi {
  url: string;
  requests: Array<{ method: string; path: string; authorization: string | undefined }>;
  /** Time zone per device id; a missing device answers 404. */
  timeZones: Map<string, string>;
  /** When set, every request gets this status. */
  failWith: number | null;
  close(): Promise<void>;
}

export async function startFakeAlexaApi(defaultZone = 'America/New_York'): Promise<FakeAlexaApi> {
  const api: Omit<FakeAlexaApi, 'url' | 'close'> = { requests: [], timeZones: new Map(), failWith: null };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '';
    api.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization });
    if (api.failWith) {
      res.writeHead(api.failWith).end();
      return;
    }
    const match = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(path);
    if (req.method !== 'GET' || !match) {
      res.writeHead(404).end();
      return;
    }
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'FORBIDDEN' }));
      return;
    }
    const device = decodeURIComponent(match[1] ?? '');
    const zone = api.timeZones.get(device) ?? defaultZone;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(zone));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
