/**
 * A real skill over a real store in a temporary folder, with a local settings API, reached as Alexa reaches it: the
 * request JSON posted to `POST /alexa` of the real Express app (the adapter and the envelope guard included), over
 * loopback. Signature checks are off, as with ALEXA_SKIP_VERIFICATION (test/skill/server.test.ts tests them), and so is
 * the timestamp window, since tests send requests from other times of night. Every response is checked as Alexa-valid
 * SSML as it comes back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadEnv, type Env } from '../../shared/env.js';
import { LOCALE_TIME_ZONES } from '../../shared/limits.js';
import { afterEach, beforeEach } from 'vitest';
import { checkAlexaSsml } from '../../shared/ssml.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { createServer } from '../../skill/app.js';
import type { SkillDeps } from '../../skill/context.js';
import { createSkill } from '../../skill/skill.js';
import { Conversation, type Caller } from './alexa.js';
import { startFakeAlexaApi, type FakeAlexaApi } from './fake-alexa-api.js';

export interface SkillHarness {
  store: Store;
  dataDir: string;
  env: Env;
  api: FakeAlexaApi;
  send(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
  talk(caller?: Caller): Conversation;
  responses: ResponseEnvelope[];
  close(): Promise<void>;
}

/** Every speech and reprompt must be valid for Alexa; a test fails on the first one that is not. */
export function assertAlexaValid(response: ResponseEnvelope): void {
  for (const speech of [response.response.outputSpeech, response.response.reprompt?.outputSpeech]) {
    const ssml = (speech as { ssml?: string } | undefined)?.ssml;
    if (!ssml) continue;
    const problems = checkAlexaSsml(ssml);
    if (problems.length) throw new Error(`Invalid SSML (${problems.join('; ')}):\n${ssml}`);
  }
}

/** `deps`: what a test sets of the skill's own dependencies (a shorter store deadline, so a held lock is met fast). */
export async function skillHarness(envOverrides: Record<string, string> = {}, deps: Pick<SkillDeps, 'storeDeadlineMs'> = {}): Promise<SkillHarness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-skill-'));
  const store = await openStore(dataDir);
  const api = await startFakeAlexaApi();
  const env = loadEnv({ DATA_DIR: dataDir, ...envOverrides });
  const skill = createSkill({ store, env, dataDir, settingsTimeoutMs: 500, ...deps });
  const server = await listen(createServer({ skill, verification: { signature: false, timestamp: false } }));
  const agent = new Agent({ keepAlive: true });
  const responses: ResponseEnvelope[] = [];
  const send = async (envelope: RequestEnvelope) => {
    const response = await postEnvelope(agent, server.port, envelope);
    assertAlexaValid(response);
    responses.push(response);
    return response;
  };
  return {
    store,
    dataDir,
    env,
    api,
    send,
    responses,
    talk: (caller: Caller = {}) => new Conversation(send, { apiEndpoint: api.url, ...onDeviceOf(api, caller) }),
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => server.server.close(() => resolve()));
      await api.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh harness for every test of the file: `let h; withSkillHarness((x) => (h = x));`. */
export function withSkillHarness(use: (harness: SkillHarness) => void, envOverrides: Record<string, string> = {}): void {
  let current: SkillHarness | undefined;
  beforeEach(async () => {
    current = await skillHarness(envOverrides);
    use(current);
  });
  afterEach(async () => {
    await current?.close();
  });
}

/**
 * A caller who names a locale and no device speaks to an Echo where that locale is spoken: its own device, whose time
 * zone the settings API gives as that country's (as on a real Echo), unless the test set one. Without this, an en-GB
 * test would have an Echo in New York (the fake API's default), and be given New York's crisis line.
 */
function onDeviceOf(api: FakeAlexaApi, caller: Caller): Caller {
  if (!caller.locale || caller.deviceId) return caller;
  const deviceId = `amzn1.ask.device.TESTDEVICE-${caller.locale}`;
  const zone = LOCALE_TIME_ZONES[caller.locale];
  if (zone && !api.timeZones.has(deviceId)) api.timeZones.set(deviceId, zone);
  return { ...caller, deviceId };
}

/** The app on a free loopback port. */
export function listen(app: ReturnType<typeof createServer>): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}

/** Posts a body to POST /alexa as Alexa does, over a keep-alive agent: the status and the text of the answer. */
export function postToSkill(agent: Agent, port: number, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/alexa', method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts the envelope; anything but a 200 with a response envelope fails the test that sent it. */
async function postEnvelope(agent: Agent, port: number, envelope: RequestEnvelope): Promise<ResponseEnvelope> {
  const { status, text } = await postToSkill(agent, port, JSON.stringify(envelope));
  if (status !== 200) throw new Error(`POST /alexa answered ${status}: ${text}`);
  try {
    return JSON.parse(text) as ResponseEnvelope;
  } catch {
    throw new Error(`POST /alexa answered 200 with a body that is not JSON: ${text}`);
  }
}
