import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLinkCode } from '../../shared/auth.js';
import { openStore } from '../../shared/store/index.js';
import type { Store } from '../../shared/store/Store.js';
import { BUILD_DIR, ensureBuilt } from './build.js';
import { makeOwner, type RunningApp } from './app.js';
import { checkIn } from './factories.js';
import { get, signInHttp } from './http.js';

/**
 * `npm start` serves the skill and the dashboard from one Express process: the skill's server mounts
 * dashboard/build/handler.js and hands it its own store through the well-known symbol, so the process never holds two
 * in-memory copies of the same files. This drives that arrangement with a plain Express app in this process.
 */
describe('mounted in an Express server', () => {
  let server: Server;
  let store: Store;
  let dataDir: string;
  let app: RunningApp;
  const provided = Symbol.for('between-sessions.store');

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(path.join(tmpdir(), 'bs-mounted-'));
    store = await openStore(dataDir);
    (globalThis as Record<symbol, unknown>)[provided] = store;

    const host = express();
    // Something of the host's own, before the dashboard, as POST /alexa will be.
    host.get('/healthz', (_req, res) => {
      res.type('text/plain').send('ok');
    });
    server = await new Promise<Server>((resolve) => {
      const s = host.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // adapter-node reads ORIGIN when the handler is first imported; a real deployment sets it (or PROTOCOL_HEADER).
    process.env.ORIGIN = url;
    // A DATA_DIR that does not exist proves the dashboard used the host's store instead of opening its own.
    process.env.DATA_DIR = path.join(dataDir, 'not-used');
    const { handler } = (await import(pathToFileURL(path.join(BUILD_DIR, 'handler.js')).href)) as {
      handler: express.RequestHandler;
    };
    host.use(handler);
    app = { url, dataDir, store, logs: () => '', stop: async () => {} };
  });

  afterAll(async () => {
    delete (globalThis as Record<symbol, unknown>)[provided];
    await new Promise((r) => server?.close(r));
    await rm(dataDir, { recursive: true, force: true });
  });

  it("serves the host's routes and the dashboard side by side, on the host's store", async () => {
    expect(await (await fetch(`${app.url}/healthz`)).text()).toBe('ok');
    const owner = makeOwner();
    await store.addCheckIn(owner, checkIn({ said: 'hopeful', whatHappened: 'Told my therapist about the week.' }));
    const { code } = await issueLinkCode(store, owner);
    const { res, cookie } = await signInHttp(app, code);
    expect(res.status).toBe(303);
    const week = await get(app, '/', cookie!);
    expect(week.status).toBe(200);
    const html = await week.text();
    expect(html).toMatch(/1 of (7 nights|the \d nights so far|1 night so far)/);
    expect(html).toContain('Told my therapist about the week.');
    // Static assets come through the same handler.
    const script = /import\("\.(\/_app\/immutable\/entry\/start\.[^"]+\.js)"\)/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${app.url}${script}`)).status).toBe(200);
    expect(existsSync(path.join(dataDir, 'not-used')), 'the dashboard opened a store of its own').toBe(false);
  });
});
