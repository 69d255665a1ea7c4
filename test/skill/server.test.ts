import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../shared/env.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { createServer, type Verification } from '../../skill/app.js';
import { createSkill } from '../../skill/skill.js';
import { Conversation, intentRequest, launchRequest, SKILL_ID, spoken } from '../helpers/alexa.js';
import { startFakeAlexaApi, type FakeAlexaApi } from '../helpers/fake-alexa-api.js';
import { assertAlexaValid } from '../helpers/skill.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const USER = 'amzn1.ask.account.SERVER';

interface Running {
  url: string;
  store: Store;
  dataDir: string;
  close(): Promise<void>;
}

async function run(verification: Verification): Promise<Running> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-server-'));
  const store = await openStore(dataDir);
  const env = loadEnv({ DATA_DIR: dataDir });
  const app = createServer({ skill: createSkill({ store, env, dataDir, settingsTimeoutMs: 300 }), verification });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    dataDir,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let api: FakeAlexaApi;
beforeAll(async () => {
  api = await startFakeAlexaApi();
});
afterAll(async () => {
  await api.close();
});

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/alexa`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

/** A refused verification answers as the envelope guard does: JSON { error } with a clear message, not the SDK's text. */
async function expectNotVerified(res: Response, reason: RegExp) {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: string };
  expect(body).toEqual({ error: expect.stringMatching(/^The request could not be verified as coming from Alexa/) });
  expect(body.error).toMatch(reason);
}

async function nothingStored(running: Running) {
  expect(await running.store.listCheckIns({ userId: USER })).toEqual([]);
  expect(await running.store.getProfile({ userId: USER })).toBeNull();
}

describe('POST /alexa through Express', () => {
  it('runs a whole check-in over HTTP in local-testing mode', async () => {
    const running = await run({ signature: false, timestamp: false });
    try {
      const send = async (envelope: unknown) => {
        const res = await post(running.url, JSON.stringify(envelope));
        expect(res.status).toBe(200);
        const body = (await res.json()) as ResponseEnvelope;
        assertAlexaValid(body);
        return body;
      };
      const c = new Conversation(send, { userId: USER, apiEndpoint: api.url });
      await c.launch();
      await c.say('CheckInIntent', { feeling: 'hopeful' });
      const r = await c.say('IntensityIntent', { intensity: '3' });
      expect(spoken(r)).toMatch(/happen|today/i);
      expect((await running.store.listCheckIns({ userId: USER }))[0]).toMatchObject({ intensity: 3 });
    } finally {
      await running.close();
    }
  });

  it('refuses an unsigned request when verification is on, and touches nothing', async () => {
    const running = await run({ signature: true, timestamp: true });
    try {
      const res = await post(running.url, JSON.stringify(launchRequest({ userId: USER, apiEndpoint: api.url })));
      await expectNotVerified(res, /missing certificate/i);
      await nothingStored(running);
      const forged = await post(
        running.url,
        JSON.stringify(intentRequest('CheckInIntent', { feeling: 'sad' }, { userId: USER, apiEndpoint: api.url })),
        { SignatureCertChainUrl: 'https://evil.example/cert.pem', 'Signature-256': 'AAAA' },
      );
      await expectNotVerified(forged, /host name/i);
      await nothingStored(running);
    } finally {
      await running.close();
    }
  });

  it('refuses a stale request (older than 150 s) or one from the future, and touches nothing', async () => {
    const running = await run({ signature: false, timestamp: true });
    try {
      const stale = new Date(Date.now() - 200_000).toISOString();
      const res = await post(
        running.url,
        JSON.stringify(intentRequest('CheckInIntent', { feeling: 'sad' }, { userId: USER, timestamp: stale, apiEndpoint: api.url })),
      );
      await expectNotVerified(res, /timestamp/i);
      await nothingStored(running);
      // Nor one from the future: a year ahead would be filed under a night that has not come.
      const ahead = new Date(Date.now() + 365 * 86_400_000).toISOString();
      const future = await post(
        running.url,
        JSON.stringify(intentRequest('CheckInIntent', { feeling: 'sad' }, { userId: USER, timestamp: ahead, apiEndpoint: api.url })),
      );
      expect(future.status).toBe(400);
      await nothingStored(running);
      const fresh = await post(
        running.url,
        JSON.stringify(intentRequest('CheckInIntent', { feeling: 'sad' }, { userId: USER, apiEndpoint: api.url })),
      );
      expect(fresh.status).toBe(200);
    } finally {
      await running.close();
    }
  });

  it('refuses a request for another skill with 403 when ALEXA_SKILL_ID is set', async () => {
    const running = await run({ signature: false, timestamp: false, skillId: SKILL_ID });
    try {
      const foreign = await post(
        running.url,
        JSON.stringify(launchRequest({ userId: USER, skillId: 'amzn1.ask.skill.ffffffff-0000-4000-8000-000000000000', apiEndpoint: api.url })),
      );
      expect(foreign.status).toBe(403);
      await nothingStored(running);
      const ours = await post(running.url, JSON.stringify(launchRequest({ userId: USER, apiEndpoint: api.url })));
      expect(ours.status).toBe(200);
    } finally {
      await running.close();
    }
  });

  it.each([
    ['not JSON', '{"version": "1.0", '],
    ['JSON but no envelope', '{"hello": "world"}'],
    ['an envelope without a user', JSON.stringify({ version: '1.0', context: { System: { application: { applicationId: SKILL_ID } } }, request: { type: 'LaunchRequest', requestId: 'r', timestamp: new Date().toISOString() } })],
    ['an empty body', ''],
    // Fields the skill reads, of the wrong kind: refused here rather than failing half-way through a turn.
    ...(
      [
        ['a locale that is a number', (e: Record<string, any>) => void (e.request.locale = 42)],
        ['a null session', (e: Record<string, any>) => void (e.session = null)],
        ['session attributes that are text', (e: Record<string, any>) => void (e.session.attributes = 'abc')],
        ['a person id that is a number', (e: Record<string, any>) => void (e.context.System.person = { personId: 7 })],
        ['a user id longer than any', (e: Record<string, any>) => void (e.context.System.user.userId = 'x'.repeat(600))],
        ['a timestamp no clock shows', (e: Record<string, any>) => void (e.request.timestamp = '+275760-09-13T00:00:00Z')],
        ['an IntentRequest without its intent', (e: Record<string, any>) => void delete e.request.intent],
        ['a slot value that is a number', (e: Record<string, any>) => void (e.request.intent.slots.event = { name: 'event', value: 5 })],
        // Too deep for JSON.stringify to write here, so put in as text below.
        ['session attributes nested 10,000 deep', (e: Record<string, any>) => void (e.session.attributes = { deep: 'DEEP' })],
      ] as const
    ).map(([what, spoil]) => {
      const envelope = intentRequest('WhatHappenedIntent', { event: 'words that must not be half-stored' }, { userId: USER }) as unknown as Record<string, any>;
      spoil(envelope);
      const deep = `${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}`;
      return [what, JSON.stringify(envelope).replace('"DEEP"', deep)] as [string, string];
    }),
  ])('answers %s with 400', async (_what, body) => {
    const running = await run({ signature: false, timestamp: false });
    try {
      const res = await post(running.url, body);
      expect(res.status).toBe(400);
      expect(await readdir(running.dataDir)).not.toContain('accounts');
    } finally {
      await running.close();
    }
  });

  it('answers a body far larger than any Alexa request with 413 and a clear message, logging no stack', async () => {
    const running = await run({ signature: false, timestamp: false });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await post(running.url, JSON.stringify({ version: '1.0', padding: 'x'.repeat(2_000_000) }));
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/too large/i) });
      expect(errors).not.toHaveBeenCalled();
      expect(await readdir(running.dataDir)).not.toContain('accounts');
    } finally {
      errors.mockRestore();
      await running.close();
    }
  });

  it('takes only POST on the skill endpoint', async () => {
    const running = await run({ signature: false, timestamp: false });
    try {
      const res = await fetch(`${running.url}/alexa`);
      expect(res.status).toBe(405);
    } finally {
      await running.close();
    }
  });
});

function startProcess(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'skill/server.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.includes('listening')) child.kill('SIGTERM');
    });
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
    setTimeout(() => child.kill('SIGKILL'), 20_000);
  });
}

describe('start-up', () => {
  it.each([
    ['PORT', 'not-a-port'],
    ['DEFAULT_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['ALEXA_SKILL_ID', 'my-skill'],
    ['ALEXA_SKIP_VERIFICATION', 'maybe'],
    ['ADDRESS_HEADER', 'X Forwarded For'],
    ['XFF_DEPTH', '0'],
  ])('stops with a message naming %s when it is invalid', async (name, value) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-env-'));
    const result = await startProcess({ DATA_DIR: dataDir, [name]: value });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(name);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops with a message naming PORT when the port is taken, not a stack trace', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-env-'));
    const taken = createNetServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((taken.address() as AddressInfo).port);
      const result = await startProcess({ DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1' });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`PORT ${port} is already in use`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stops with a message naming HOST when it is not an address of this machine', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-env-'));
    // 192.0.2.1 is TEST-NET-1: documentation only, never a local address.
    const result = await startProcess({ DATA_DIR: dataDir, PORT: '0', HOST: '192.0.2.1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HOST 192.0.2.1 is not an address of this machine');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops with a message naming DATA_DIR when it cannot be a folder, before taking any request', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'bs-env-'));
    const file = path.join(parent, 'a-file');
    await writeFile(file, 'not a folder');
    const result = await startProcess({ DATA_DIR: path.join(file, 'data'), PORT: '0', HOST: '127.0.0.1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DATA_DIR \(.*a-file\/data\) cannot be created: ENOTDIR/);
    expect(result.stdout).not.toMatch(/listening/);
    await rm(parent, { recursive: true, force: true });
  });

  // The start-up error listener stayed attached, so a later server error would have been turned into a start-up
  // message on a promise nobody awaits any more, and swallowed.
  it('leaves no start-up error handler on the running server', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-env-'));
    const { start } = await import('../../skill/server.js');
    const running = await start(loadEnv({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }));
    try {
      expect(running.listenerCount('error')).toBe(0);
    } finally {
      await new Promise((resolve) => running.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('says loudly that verification is off, creates DATA_DIR, and listens', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'bs-env-'));
    const dataDir = path.join(parent, 'fresh', 'data');
    const result = await startProcess({ DATA_DIR: dataDir, PORT: '0', ALEXA_SKIP_VERIFICATION: '1', HOST: '127.0.0.1' });
    expect(result.stderr).toMatch(/ALEXA_SKIP_VERIFICATION is on/);
    expect(result.stdout).toMatch(/listening/);
    expect(await readdir(dataDir)).toBeDefined();
    await rm(parent, { recursive: true, force: true });
  });
});
