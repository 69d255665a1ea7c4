/**
 * A real skill over a real store in a temporary folder, with a local settings API, and every response checked as
 * Alexa-valid SSML as it comes back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadEnv, type Env } from '../../shared/env.js';
import { LOCALE_TIME_ZONES } from '../../shared/limits.js';
import { afterEach, beforeEach } from 'vitest';
import { checkAlexaSsml } from '../../shared/ssml.js';
import { openStore, type Store } from '../../shared/store/index.js';
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

export async function skillHarness(envOverrides: Record<string, string> = {}): Promise<SkillHarness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-skill-'));
  const store = await openStore(dataDir);
  const api = await startFakeAlexaApi();
  const env = loadEnv({ DATA_DIR: dataDir, ...envOverrides });
  const skill = createSkill({ store, env, dataDir, settingsTimeoutMs: 500 });
  const responses: ResponseEnvelope[] = [];
  const send = async (envelope: RequestEnvelope) => {
    const response = await skill.invoke(envelope);
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
