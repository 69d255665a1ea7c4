/**
 * Property-based fuzzing of the skill endpoint with real Alexa request envelopes, mutated: every request goes through
 * the real Express app's POST /alexa (the envelope guard, the adapter, the skill) to a real store in a temporary folder.
 * Whatever arrives, the answer is a 200 with Alexa-valid SSML or a 4xx with a JSON { error }: never a 500, never a
 * crash, never an unhandled rejection; nothing said in an earlier turn leaves the store; nobody hears another
 * person's words.
 *
 * Three fuzzers, each on its own user in one store, beside another user whose words must never come back to anyone:
 * 1. real envelopes of every kind (a launch, every intent of the model with its slot values, the end of a session,
 *    Connections.Response, AudioPlayer, skill events, unknown types), mutated one to three times: a field deleted or
 *    made null, a number, a list, 100,000 characters, 70 levels deep, right-to-left text, NUL, half a surrogate pair;
 *    unknown intents, entity resolutions of odd shapes, SSML in a slot, unknown locales, far timestamps, a new session
 *    with attributes and an old one without (480 envelopes by default);
 * 2. session attributes from nowhere: an older or a newer shape, unknown steps, counters out of range, records that
 *    are not there or are another user's, an exercise half-way with nonsense in it, then the turns that follow;
 * 3. a check-in cut off after each of its turns (Alexa ending it with ERROR, EXCEEDED_MAX_REPROMPTS, USER_INITIATED,
 *    or not at all), then a second session the same evening.
 * What each found is a focused case in test/skill/fuzz-found.test.ts.
 *
 * The generator is seeded (FUZZ_SEED, default below), so a failure names the case that reproduces it; FUZZ_SCALE
 * multiplies the number of cases for a longer run by hand (FUZZ_SCALE=5 FUZZ_SEED=1 npx vitest run test/skill/fuzz).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadEnv } from '../../shared/env.js';
import type { CheckIn } from '../../shared/schemas.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { createServer } from '../../skill/app.js';
import { createSkill } from '../../skill/skill.js';
import {
  EVERYDAY_ANSWERS,
  intentRequest,
  launchRequest,
  newSession,
  otherRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  SKILL_ID,
  type Caller,
  type SlotSpec,
  type Slots,
} from '../helpers/alexa.js';
import { startFakeAlexaApi, type FakeAlexaApi } from '../helpers/fake-alexa-api.js';
import { listen, postToSkill } from '../helpers/skill.js';
import { ssmlProblems } from '../helpers/ssml-check.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** One evening, so the sessions of a case fall on the same night. */
const EVENING = '2026-11-26T03:00:00Z';
const LATER = '2026-11-26T03:20:00Z';

// ---- a seeded generator ------------------------------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---- the interaction model ---------------------------------------------------------------------------------------

interface ModelIntent {
  name: string;
  slots?: Array<{ name: string; type: string }>;
}
interface ModelType {
  name: string;
  values: Array<{ id?: string; name: { value: string; synonyms?: string[] } }>;
}
let INTENTS: ModelIntent[] = [];
let TYPES = new Map<string, ModelType>();

async function loadModel() {
  const file = path.resolve(import.meta.dirname, '../../skill-package/interactionModels/custom/en-US.json');
  const model = JSON.parse(await readFile(file, 'utf8')) as { interactionModel: { languageModel: { intents: ModelIntent[]; types: ModelType[] } } };
  INTENTS = model.interactionModel.languageModel.intents;
  TYPES = new Map(model.interactionModel.languageModel.types.map((t) => [t.name, t]));
}

const FREE_TEXT = [
  'I had a long day at work',
  'my sister called and we argued',
  'nothing much',
  'I went for a walk',
  'seven',
  '3',
  '11',
  '0',
  '-2',
  '?',
  'like a 5 year old',
  'honestly like an 8',
  'sorry',
  'what',
  'nah',
];

/** A slot value as Alexa might send it for this slot type: one of the type's values (resolved), or words. */
function slotValue(rng: Rng, type: string): string | SlotSpec {
  if (type === 'AMAZON.NUMBER') return rng.pick(['1', '4', '7', '9', '10', '12', '0', '?', '5']);
  const custom = TYPES.get(type);
  if (custom && rng.chance(0.75)) {
    const v = rng.pick(custom.values);
    const said = rng.chance(0.3) && v.name.synonyms?.length ? rng.pick(v.name.synonyms) : v.name.value;
    return { value: said, id: v.id ?? v.name.value, type, noMatch: rng.chance(0.1) };
  }
  return rng.pick(FREE_TEXT);
}

function randomIntent(rng: Rng, caller: Caller, session: Session | null): RequestEnvelope {
  const intent = rng.pick(INTENTS);
  const slots: Slots = {};
  for (const s of intent.slots ?? []) if (rng.chance(0.6)) slots[s.name] = slotValue(rng, s.type);
  return intentRequest(intent.name, slots, caller, session);
}

type Session = ReturnType<typeof newSession>;

/** Any request Alexa sends, unmutated. */
function baseEnvelope(rng: Rng, caller: Caller, session: Session): RequestEnvelope {
  switch (rng.int(12)) {
    case 0:
      return launchRequest(caller, session);
    case 1:
      return sessionEndedRequest(rng.pick(['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'] as const), caller, session, rng.chance(0.5) ? { type: 'INVALID_RESPONSE', message: 'bad' } : undefined);
    case 2:
      return withSession(
        otherRequest('Connections.Response', { name: 'AskFor', status: { code: '200', message: 'OK' }, token: 'tok', payload: { permissionScope: 'x', status: 'ACCEPTED' } }, caller),
        rng.chance(0.5) ? session : null,
      );
    case 3:
      return otherRequest(rng.pick(['AudioPlayer.PlaybackStarted', 'AudioPlayer.PlaybackFailed', 'PlaybackController.PlayCommandIssued']), { token: 't', offsetInMilliseconds: 0 }, caller);
    case 4:
      return otherRequest('System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE', message: 'bad' }, cause: { requestId: 'r' } }, caller);
    case 5:
      return skillDisabledEvent(caller);
    case 6:
      return withSession(otherRequest(rng.pick(['Alexa.Presentation.APL.UserEvent', 'Display.ElementSelected', 'CanFulfillIntentRequest', 'Messaging.MessageReceived', 'Some.Unknown.Request']), { token: 't' }, caller), rng.chance(0.5) ? session : null);
    default:
      return randomIntent(rng, caller, session);
  }
}

function withSession(envelope: RequestEnvelope, session: Session | null): RequestEnvelope {
  if (!session) return envelope;
  const json = envelope as unknown as Record<string, unknown>;
  const system = (json.context as { System: { user: unknown; application: unknown } }).System;
  json.session = { new: session.isNew, sessionId: session.id, application: system.application, attributes: session.attributes, user: system.user };
  return envelope;
}

// ---- values and mutations ----------------------------------------------------------------------------------------

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const SSML_META = `& < > " ' ]]> <speak><audio src="x"/></speak> &amp; <![CDATA[x]]>`;
const STRANGE_TEXT = [
  '',
  ' ',
  '\u202Eevil\u202C right to left',
  'שלום עולם',
  'مرحبا',
  '😀🧠 feeling 💔',
  'a\u0000b',
  '\u0007\u001b[31mred',
  '\uD800',
  'x\uDFFFy',
  '\uFEFFbom',
  SSML_META,
  '?',
  'undefined',
  'null',
  '__proto__',
  'constructor',
  'I want to kill myself',
  'he is not breathing',
];

function strangeValue(rng: Rng): unknown {
  switch (rng.int(14)) {
    case 0:
      return null;
    case 1:
      return rng.pick([0, -1, 1.5, 1e300, -0, 2 ** 53 + 1]);
    case 2:
      return rng.chance(0.5);
    case 3:
      return [];
    case 4:
      return [1, 'a', null, {}];
    case 5:
      return {};
    case 6:
      return 'x'.repeat(rng.pick([3_000, 20_000, 100_000]));
    case 7:
      return nested(rng.pick([10, 40, 63, 70]));
    case 8:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    default:
      return rng.pick(STRANGE_TEXT);
  }
}

type Json = Record<string, unknown>;

/** Every path into the envelope, containers and leaves alike. */
function paths(value: unknown, at: string[] = [], out: string[][] = []): string[][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    out.push([...at, key]);
    paths((value as Json)[key], [...at, key], out);
  }
  return out;
}

function parentOf(root: Json, at: string[]): Json | null {
  let node: unknown = root;
  for (const key of at.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Json)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Json) : null;
}

/** Set (or create) a field along a path, making the objects on the way. */
function put(root: Json, at: string[], value: unknown) {
  let node = root;
  for (const key of at.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[at[at.length - 1]!] = value;
}

/** A structural mutation anywhere: a field deleted, or replaced with something strange. */
function mutateAnywhere(rng: Rng, envelope: Json): string {
  const all = paths(envelope);
  const at = rng.pick(all);
  const parent = parentOf(envelope, at);
  if (!parent) return 'nothing';
  const key = at[at.length - 1]!;
  if (rng.chance(0.3)) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return `delete ${at.join('.')}`;
  }
  const value = strangeValue(rng);
  parent[key] = value;
  return `set ${at.join('.')} = ${show(value)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
}

function slotsOf(envelope: Json): Json | null {
  const request = envelope.request as Json | undefined;
  const intent = request?.intent as Json | undefined;
  return intent && typeof intent.slots === 'object' && intent.slots !== null ? (intent.slots as Json) : null;
}

/** The mutations the brief names, aimed at the fields the skill reads. */
const TARGETED: Array<(rng: Rng, e: Json) => string> = [
  (rng, e) => {
    const name = rng.pick(['UnknownIntent', 'AMAZON.PauseIntent', 'AMAZON.ScrollDownIntent', 'WhatHappened', '', ' ', 'x'.repeat(300), 'Crisis Intent', '__proto__', 'AMAZON.SendToPhoneIntent']);
    put(e, ['request', 'type'], 'IntentRequest');
    put(e, ['request', 'intent', 'name'], name);
    return `intent ${JSON.stringify(name)}`;
  },
  (rng, e) => {
    const slots = slotsOf(e) ?? {};
    put(e, ['request', 'type'], 'IntentRequest');
    if (!(e.request as Json).intent) put(e, ['request', 'intent', 'name'], rng.pick(INTENTS).name);
    const name = rng.pick(['feeling', 'intensity', 'event', 'status', 'barrier', 'exercise', 'about', 'change', 'strength', 'rangeFrom']);
    const shapes: unknown[] = [
      { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_NO_MATCH' } }] },
      { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' } }] },
      { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [] }] },
      { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'x', id: '' } }] }] },
      { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'x', id: 'not_a_real_id' } }] }] },
      { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: null }] }] },
      { resolutionsPerAuthority: [null, { status: null }, 7] },
      { resolutionsPerAuthority: [] },
      { resolutionsPerAuthority: 'text' },
      {},
      null,
      'text',
    ];
    const shape = rng.pick(shapes);
    slots[name] = { name, value: rng.pick(['anxious', 'done', 'box breathing', 'I forgot', '7', 'work']), confirmationStatus: 'NONE', resolutions: shape };
    put(e, ['request', 'intent', 'slots'], slots);
    return `slot ${name} resolutions ${show(shape)}`;
  },
  (rng, e) => {
    const slots = slotsOf(e);
    if (!slots || Object.keys(slots).length === 0) return 'nothing';
    const name = rng.pick(Object.keys(slots));
    const value = rng.pick([SSML_META, 'a & b < c > d " e \' f ]]>', 'x'.repeat(100_000), 'y '.repeat(30_000), 'z'.repeat(2_500), ...STRANGE_TEXT]);
    (slots[name] as Json).value = value;
    return `slot ${name} value ${show(value)}`;
  },
  (rng, e) => {
    const slots = slotsOf(e);
    if (!slots) return 'nothing';
    const name = rng.pick([...Object.keys(slots), 'feeling', 'event']);
    const empty = rng.pick<unknown>([{}, { name }, { name, value: '' }, { name, confirmationStatus: 'NONE' }, { name, value: '   ' }]);
    slots[name] = empty;
    return `slot ${name} = ${show(empty)}`;
  },
  (rng, e) => {
    if (rng.chance(0.25)) {
      delete (e.request as Json).locale;
      return 'no locale';
    }
    const locale = rng.pick(['fr-FR', 'en-ZZ', 'de-DE', 'ja-JP', 'en', 'EN-us', '', 'xx-XX-yy', 'en-GB', 'en-IN', 'en-AU', 'en-CA', 'zz']);
    (e.request as Json).locale = locale;
    return `locale ${JSON.stringify(locale)}`;
  },
  (rng, e) => {
    const ts = rng.pick(['1970-01-01T00:00:00Z', '2000-01-01T00:00:00Z', '2001-02-29T00:00:00Z', '9999-12-31T23:59:59Z', '2099-06-01T12:00:00Z', '2026-11-26', '2026-11-26T03:00:00+14:00', '2026-11-26T03:00:00.123456Z', 'yesterday', '', '0']);
    (e.request as Json).timestamp = ts;
    return `timestamp ${JSON.stringify(ts)}`;
  },
  (rng, e) => {
    const session = e.session as Json | undefined;
    if (!session) return 'nothing';
    if (rng.chance(0.5)) {
      session.new = true;
      session.attributes = { conversation: { step: 'what_happened', checkInId: 'made-up', turns: 4 }, speaker: '' };
      return 'session.new true with attributes';
    }
    session.new = false;
    if (rng.chance(0.5)) delete session.attributes;
    else session.attributes = {};
    return 'session.new false without attributes';
  },
  (rng, e) => {
    const system = (e.context as Json | undefined)?.System as Json | undefined;
    if (!system) return 'nothing';
    const person = rng.pick<unknown>([{ personId: 'amzn1.ask.person.SOMEONE' }, { personId: '' }, {}, null, undefined]);
    if (person === undefined) delete system.person;
    else system.person = person;
    return `person ${show(person)}`;
  },
  (rng, e) => {
    const system = (e.context as Json | undefined)?.System as Json | undefined;
    if (!system) return 'nothing';
    const which = rng.pick(['apiEndpoint', 'apiAccessToken', 'device']);
    const value = rng.pick<unknown>(['', 'http://127.0.0.1:1', 'not a url', null, 7, { deviceId: null }, { deviceId: '../../etc' }]);
    system[which] = value;
    return `System.${which} = ${show(value)}`;
  },
  (rng, e) => {
    const type = rng.pick(['LaunchRequest', 'SessionEndedRequest', 'IntentRequest', 'System.ExceptionEncountered', 'AlexaSkillEvent.SkillDisabled', 'Connections.Response', 'AudioPlayer.PlaybackStopped', 'Foo']);
    (e.request as Json).type = type;
    return `request.type ${type}`;
  },
];

function mutate(rng: Rng, envelope: RequestEnvelope): { envelope: Json; how: string[] } {
  const json = JSON.parse(JSON.stringify(envelope)) as Json;
  const how: string[] = [];
  const count = 1 + rng.int(3);
  for (let i = 0; i < count; i++) {
    const mutation = rng.chance(0.5) ? mutateAnywhere : rng.pick(TARGETED);
    try {
      how.push(mutation(rng, json));
    } catch {
      // An earlier mutation took away what this one aims at (the request is a string now): nothing more to spoil.
      how.push('nothing');
    }
  }
  return { envelope: json, how };
}

// ---- the running skill -------------------------------------------------------------------------------------------

interface Fuzzed {
  store: Store;
  dataDir: string;
  api: FakeAlexaApi;
  post(body: string): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

async function fuzzedSkill(): Promise<Fuzzed> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-fuzz-'));
  const store = await openStore(dataDir);
  const api = await startFakeAlexaApi();
  const env = loadEnv({ DATA_DIR: dataDir });
  const skill = createSkill({ store, env, dataDir, settingsTimeoutMs: 200 });
  const server = await listen(createServer({ skill, verification: { signature: false, timestamp: false } }));
  const agent = new Agent({ keepAlive: true });
  return {
    store,
    dataDir,
    api,
    post: (body) => postToSkill(agent, server.port, body),
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => server.server.close(() => resolve()));
      await api.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const VICTIM = 'amzn1.ask.account.VICTIM';
/** Words only the victim said: no answer to anyone else may contain them. */
const VICTIM_WORDS = 'Zanzibarquokka';

let f: Fuzzed;
let errors: MockInstance;
let warnings: MockInstance;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);
let victim: { checkInId: string; exerciseId: string; records: CheckIn[] };

beforeAll(async () => {
  await loadModel();
  f = await fuzzedSkill();
  process.on('unhandledRejection', onRejection);
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // Someone else in the same store, whose words must never reach another user.
  const caller = { userId: VICTIM, timestamp: EVENING, apiEndpoint: f.api.url };
  const talk = conversationOf(caller);
  await talk.send((s) => intentRequest('CheckInIntent', { feeling: `${VICTIM_WORDS} anxious`, intensity: '4' }, caller, s));
  await talk.send((s) => intentRequest('WhatHappenedIntent', { event: `my ${VICTIM_WORDS} secret` }, caller, s));
  await talk.send((s) => intentRequest('ExerciseIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } }, caller, s));
  const records = await f.store.listCheckIns({ userId: VICTIM });
  const exercises = await f.store.listExercises({ userId: VICTIM });
  expect(records).toHaveLength(1);
  expect(exercises).toHaveLength(1);
  victim = { checkInId: records[0]!.id, exerciseId: exercises[0]!.id, records };
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  errors.mockRestore();
  warnings.mockRestore();
  await f.close();
});

/** What the error handler logged: the skill failed on the request (the request was still answered). */
function errorHandlerCalls(): string[] {
  return errors.mock.calls
    .filter((call) => typeof call[0] === 'string' && call[0].startsWith('Error handling '))
    .map((call) => `${call[0]} ${call[1] instanceof Error ? call[1].stack?.split('\n').slice(0, 3).join(' | ') : String(call[1])}`);
}

/** The properties every answer holds, whatever was sent. */
function checkAnswer(sent: string, status: number, text: string, own = false): ResponseEnvelope | null {
  expect([200, 400, 403, 405, 413], `status ${status}: ${text.slice(0, 300)}`).toContain(status);
  let body: unknown;
  expect(() => (body = JSON.parse(text)), `the answer is JSON: ${text.slice(0, 200)}`).not.toThrow();
  if (!own) expect(text.toLowerCase(), 'another user\'s words').not.toContain(VICTIM_WORDS.toLowerCase());
  if (status !== 200) {
    expect(body).toEqual({ error: expect.any(String) });
    return null;
  }
  const response = body as ResponseEnvelope;
  expect(response.version).toBe('1.0');
  expect(typeof response.response).toBe('object');
  expect(ssmlProblems(response)).toEqual([]);
  const type = (() => {
    try {
      return (JSON.parse(sent) as { request: { type: string } }).request.type;
    } catch {
      return null;
    }
  })();
  if (type === 'SessionEndedRequest') expect(response.response.outputSpeech, 'no speech at the end of a session').toBeUndefined();
  // A session left open has a question to answer.
  if (response.response.shouldEndSession === false) expect(response.response.reprompt).toBeDefined();
  return response;
}

/** A conversation that carries the attributes the skill returned, as Alexa does. */
function conversationOf(caller: Caller) {
  let session = newSession();
  let ended = false;
  const talk = {
    last: null as ResponseEnvelope | null,
    get session() {
      return session;
    },
    async send(build: (s: Session) => RequestEnvelope): Promise<ResponseEnvelope> {
      if (ended) session = newSession();
      const body = JSON.stringify(build(session));
      const { status, text } = await f.post(body);
      const response = checkAnswer(body, status, text, caller.userId === VICTIM);
      expect(status, text).toBe(200);
      session = { id: session.id, isNew: false, attributes: (response!.sessionAttributes as Json | undefined) ?? {} };
      ended = response!.response.shouldEndSession === true;
      talk.last = response;
      return response!;
    },
    endSession() {
      ended = true;
    },
  };
  return talk;
}

/** Everything stored for a user: each check-in's words, and what the store kept aside. */
async function wordsOf(userId: string): Promise<string> {
  const owners = await f.store.ownersOf(userId);
  const parts: string[] = [];
  for (const owner of owners.length ? owners : [{ userId }]) {
    for (const c of await f.store.listCheckIns(owner)) parts.push(JSON.stringify(c));
    for (const k of await f.store.keptAside(owner)) parts.push(JSON.stringify(k));
  }
  return parts.join('\n');
}

// ---- 1. structural mutations of real envelopes -------------------------------------------------------------------

/** How far into a check-in the user got before the strange request, and the words they said on the way. */
interface Stage {
  feeling: string | null;
  happened: string | null;
  run(talk: ReturnType<typeof conversationOf>, caller: Caller, n: number): Promise<void>;
}

const STAGES: Stage[] = [
  { feeling: null, happened: null, run: async () => {} },
  { feeling: null, happened: null, run: async (t, c) => void (await t.send((s) => launchRequest(c, s))) },
  {
    feeling: 'weary',
    happened: null,
    run: async (t, c) => {
      await t.send((s) => launchRequest(c, s));
      await t.send((s) => intentRequest('CheckInIntent', { feeling: { value: 'weary', id: 'SAD.TIRED', type: 'FEELING' } }, c, s));
    },
  },
  {
    feeling: 'weary',
    happened: 'Quillon river walk',
    run: async (t, c) => {
      await t.send((s) => intentRequest('CheckInIntent', { feeling: 'weary', intensity: '4' }, c, s));
      await t.send((s) => intentRequest('WhatHappenedIntent', { event: 'Quillon river walk' }, c, s));
    },
  },
];

/**
 * What of the earlier words is gone: what happened is only ever added to; the feeling may be replaced by another (a
 * correction, "no wait, scared"), never emptied. Everything goes when Alexa says the skill was disabled.
 */
async function lostWords(userId: string, stage: Stage): Promise<string[]> {
  const checkIns = await Promise.all((await f.store.ownersOf(userId)).map((owner) => f.store.listCheckIns(owner)));
  const all = checkIns.flat();
  const text = await wordsOf(userId);
  const lost: string[] = [];
  if (stage.happened && !text.includes(stage.happened)) lost.push(stage.happened);
  if (stage.feeling && !text.includes(stage.feeling) && !all.some((c) => c.feeling !== null)) lost.push(stage.feeling);
  return lost;
}

function requestType(body: string): unknown {
  try {
    return (JSON.parse(body) as { request?: { type?: unknown } }).request?.type;
  } catch {
    return null;
  }
}

describe('structural mutations of real envelopes', () => {
  it('answers every mutated envelope with a 200 and valid SSML or a 4xx with JSON, and keeps every earlier word', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED);
    const cases = 120 * SCALE;
    const stats = { sent: 0, byStatus: new Map<number, number>() };
    const failures: string[] = [];
    for (let n = 0; n < cases; n++) {
      const userId = `amzn1.ask.account.FUZZ${n}`;
      const caller: Caller = { userId, timestamp: EVENING, apiEndpoint: f.api.url };
      const talk = conversationOf(caller);
      let stage = rng.pick(STAGES);
      await stage.run(talk, caller, n);
      for (let k = 0; k < 4; k++) {
        const base = baseEnvelope(rng, caller, talk.session);
        const { envelope, how } = mutate(rng, base);
        const body = JSON.stringify(envelope);
        const errorsBefore = errorHandlerCalls().length;
        const { status, text } = await f.post(body);
        stats.sent += 1;
        stats.byStatus.set(status, (stats.byStatus.get(status) ?? 0) + 1);
        const label = `case ${n}.${k} (seed ${SEED}): ${(base.request as { type: string }).type} ${(base.request as { intent?: { name: string } }).intent?.name ?? ''} with ${how.join('; ')}`;
        try {
          checkAnswer(body, status, text);
        } catch (error) {
          failures.push(`${label}\n  ${(error as Error).message.split('\n')[0]}`);
        }
        const failed = errorHandlerCalls().slice(errorsBefore);
        if (failed.length) failures.push(`${label}\n  error handler: ${failed.join(' // ').slice(0, 400)}`);
        // The skill was disabled: everything of the account is deleted, as it must be.
        if (status === 200 && requestType(body) === 'AlexaSkillEvent.SkillDisabled') stage = STAGES[0]!;
        for (const word of await lostWords(userId, stage)) failures.push(`${label}\n  lost "${word}"`);
      }
    }
    console.log(`structural: ${stats.sent} envelopes`, Object.fromEntries(stats.byStatus));
    expect(failures.slice(0, 30)).toEqual([]);
    expect(rejections).toEqual([]);
  });
});

// ---- 2. session attributes from nowhere --------------------------------------------------------------------------

const STEP_NAMES = ['feeling', 'intensity', 'offer_exercise', 'exercise', 'intensity_after', 'what_happened', 'practice', 'barrier', 'barrier_other', 'confirm_delete', 'offer_resume', 'crisis', 'idle'];

/** Attributes as an older or a future version of the skill, or nobody, might have left them. */
function strangeConversation(rng: Rng, own: { checkInId: string | null; exerciseId: string | null }): Json {
  const state: Json = {};
  const field = (name: string, values: unknown[]) => {
    if (rng.chance(0.6)) state[name] = rng.pick(values);
  };
  const exerciseShapes = [
    null,
    { id: victim.exerciseId, kind: 'box', rounds: 1, slower: false, checkInId: victim.checkInId },
    { id: 'no-such-exercise', kind: 'box', rounds: 2, slower: false, checkInId: own.checkInId },
    { id: own.exerciseId, kind: 'box', rounds: 1, slower: false, checkInId: own.checkInId },
    { id: own.exerciseId, kind: 'unknown_kind', rounds: 1, slower: false, checkInId: null },
    { id: own.exerciseId, kind: 'grounding', rounds: -3, slower: 'yes', checkInId: 5 },
    { id: own.exerciseId, kind: 'four_seven_eight', rounds: 1e9, slower: false, checkInId: 'no-such-check-in' },
    { kind: 'slow_exhale' },
    'text',
    [],
    7,
  ];
  field('step', [...STEP_NAMES, ...STEP_NAMES, 'unknown_step', 'FEELING', 'breathing', '', null, 5, ['feeling'], { step: 'feeling' }]);
  field('checkInId', [own.checkInId, own.checkInId, victim.checkInId, 'no-such-check-in', '', 123, null, {}, '../../../etc/passwd', 'x'.repeat(5000)]);
  field('retries', [0, 1, 2, 5, -1, -1e9, 1e9, 'two', null, 2.5, true]);
  field('turns', [0, 3, -5, 1e300, 2 ** 53, 'x', [], null, 1.5]);
  for (const flag of ['intensitySkipped', 'happenedLetGo', 'askHappened', 'dayUntold', 'exerciseOffered', 'strongInWords', 'barrierAsked', 'feelingDeclined', 'practiceDeclined', 'afterCrisis']) {
    field(flag, [true, false, 'true', 'false', 1, 0, null, {}]);
  }
  field('nextExercise', ['box', 'grounding', 'bogus', 5, null, '']);
  field('askedAbout', ['box', 'four_seven_eight', 'bogus', 5, null, {}]);
  field('exercise', exerciseShapes);
  field('resumeId', [own.checkInId, victim.checkInId, 'no-such-check-in', 7, null, '']);
  field('redo', [[], ['intensity'], ['what_happened', 'practice', 'barrier'], ['bogus'], 'intensity', [null], {}, null, ['intensity', 'intensity']]);
  field('aFieldFromTheFuture', [{ nested: true }, 'x']);
  return state;
}

function strangeAttributes(rng: Rng, own: { checkInId: string | null; exerciseId: string | null }): Json {
  switch (rng.int(10)) {
    case 0:
      return { conversation: rng.pick<unknown>(['garbage', [], null, 42, true, { step: null }]) };
    case 1:
      return { speaker: rng.pick<unknown>(['amzn1.ask.person.SOMEONE', 5, null, {}, '']), conversation: strangeConversation(rng, own) };
    case 2:
      return { somethingElse: { deep: [1, 2, 3] } };
    default:
      return { speaker: '', conversation: strangeConversation(rng, own) };
  }
}

/** What a person might say next, whatever the skill thinks it asked. */
function likelyRequest(rng: Rng, caller: Caller, session: Session): RequestEnvelope {
  // Deleting everything is left out: the properties below hold that nothing said earlier disappears.
  const said: Array<readonly [string, Slots]> = [
    ...EVERYDAY_ANSWERS.filter(([intent]) => intent !== 'DeleteDataIntent'),
    ['CheckInIntent', { feeling: 'scared', intensity: '9' }],
    ['IntensityIntent', { intensity: '9' }],
    ['IntensityIntent', { intensity: '42' }],
    ['WhatHappenedIntent', { event: 'Morvenglade bus ride' }],
    ['PracticeStatusIntent', { status: { value: 'done', id: 'done', type: 'PRACTICE_STATUS' } }],
    ['StrengthIntent', { strength: { value: 'really bad', id: 'high', type: 'STRENGTH' } }],
    ['UnknownIntent', {}],
  ];
  const kind = rng.int(10);
  if (kind === 0) return launchRequest(caller, session);
  if (kind === 1) return sessionEndedRequest(rng.pick(['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'] as const), caller, session);
  const [intent, slots] = rng.pick(said);
  return intentRequest(intent, slots, caller, session);
}

describe('session attributes from nowhere', () => {
  it('answers every request with attributes of any shape usably, and keeps every earlier word', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED + 1);
    const cases = 100 * SCALE;
    const failures: string[] = [];
    let sent = 0;
    for (let n = 0; n < cases; n++) {
      const userId = `amzn1.ask.account.ATTRS${n}`;
      const caller: Caller = { userId, timestamp: EVENING, apiEndpoint: f.api.url };
      // A real check-in first, and an exercise, so the attributes can name them.
      const talk = conversationOf(caller);
      await talk.send((s) => intentRequest('CheckInIntent', { feeling: 'weary', intensity: '4' }, caller, s));
      await talk.send((s) => intentRequest('WhatHappenedIntent', { event: `Quillon river walk ${n}` }, caller, s));
      const own = (await f.store.listCheckIns({ userId }))[0]!;
      let exerciseId: string | null = null;
      if (rng.chance(0.5)) {
        await talk.send((s) => intentRequest('ExerciseIntent', {}, caller, s));
        exerciseId = (await f.store.listExercises({ userId }))[0]?.id ?? null;
      }
      const attributes = strangeAttributes(rng, { checkInId: own.id, exerciseId });
      let session: Session = { id: `amzn1.echo-api.session.fuzz-${n}`, isNew: rng.chance(0.2), attributes };
      // Three turns from there, each with the attributes the skill gave back: it must find its feet.
      for (let k = 0; k < 3; k++) {
        const envelope = likelyRequest(rng, caller, session);
        const body = JSON.stringify(envelope);
        const errorsBefore = errorHandlerCalls().length;
        const { status, text } = await f.post(body);
        sent += 1;
        const intent = (envelope.request as { intent?: { name: string } }).intent?.name ?? envelope.request.type;
        const label = `case ${n}.${k} (seed ${SEED + 1}): ${intent} with ${JSON.stringify(session.attributes).slice(0, 600)}`;
        let response: ResponseEnvelope | null = null;
        try {
          response = checkAnswer(body, status, text);
          expect(status).toBe(200);
        } catch (error) {
          failures.push(`${label}\n  ${(error as Error).message.split('\n')[0]}`);
          break;
        }
        const failed = errorHandlerCalls().slice(errorsBefore);
        if (failed.length) failures.push(`${label}\n  error handler: ${failed.join(' // ').slice(0, 500)}`);
        const words = await wordsOf(userId);
        const conv = session.attributes.conversation as Json | undefined;
        const deleting = conv?.step === 'confirm_delete';
        // After "start over", what happened is asked again and its new answer replaces the old one, as the person asked.
        const redoing = conv?.step === 'what_happened' && Array.isArray(conv.redo) && conv.redo.includes('what_happened') && conv.askHappened !== true;
        if (!deleting && !redoing && !words.includes(`Quillon river walk ${n}`)) {
          failures.push(`${label}\n  lost what happened`);
          break;
        }
        if (response!.response.shouldEndSession !== false) break;
        session = { id: session.id, isNew: false, attributes: (response!.sessionAttributes as Json | undefined) ?? {} };
      }
    }
    console.log(`attributes: ${sent} requests`);
    expect(failures.slice(0, 40)).toEqual([]);
    expect(rejections).toEqual([]);
    // Nothing of the victim's changed, whatever named their records.
    expect(await f.store.listCheckIns({ userId: VICTIM })).toEqual(victim.records);
  });
});

// ---- 3. sessions cut off half-way --------------------------------------------------------------------------------

/** A turn of the first session, and what it stores where, so it can be looked for after the cut. */
interface Said {
  build: (caller: Caller, s: Session) => RequestEnvelope;
  keeps?: (checkIn: CheckIn) => boolean;
  what: string;
}

const FIRST_SESSIONS: Record<string, Said[]> = {
  plain: [
    { what: 'open', build: (c, s) => launchRequest(c, s) },
    { what: 'weary', build: (c, s) => intentRequest('CheckInIntent', { feeling: 'weary' }, c, s), keeps: (x) => x.feeling?.said === 'weary' },
    { what: '4', build: (c, s) => intentRequest('IntensityIntent', { intensity: '4' }, c, s), keeps: (x) => x.intensity === 4 },
    { what: 'Quillon', build: (c, s) => intentRequest('WhatHappenedIntent', { event: 'Quillon river walk' }, c, s), keeps: (x) => x.whatHappened?.includes('Quillon river walk') === true },
    {
      what: 'partly',
      build: (c, s) => intentRequest('PracticeStatusIntent', { status: { value: 'kind of', id: 'partly', type: 'PRACTICE_STATUS' } }, c, s),
      keeps: (x) => x.practice?.status === 'partly',
    },
    {
      what: 'barrier',
      build: (c, s) => intentRequest('BarrierIntent', { barrier: { value: 'I forgot about the Morvenglade', type: 'BARRIER', noMatch: true } }, c, s),
      keeps: (x) => JSON.stringify(x.practice).includes('Morvenglade'),
    },
  ],
  exercise: [
    { what: 'weary 9', build: (c, s) => intentRequest('CheckInIntent', { feeling: 'weary', intensity: '9' }, c, s), keeps: (x) => x.feeling?.said === 'weary' && x.intensity === 9 },
    { what: 'yes', build: (c, s) => intentRequest('AMAZON.YesIntent', {}, c, s), keeps: (x) => x.exerciseIds.length > 0 },
    { what: 'another', build: (c, s) => intentRequest('AnotherRoundIntent', {}, c, s) },
    { what: 'stop', build: (c, s) => intentRequest('AMAZON.StopIntent', {}, c, s) },
    { what: '5', build: (c, s) => intentRequest('IntensityIntent', { intensity: '5' }, c, s), keeps: (x) => x.intensityAfter === 5 },
    { what: 'Quillon', build: (c, s) => intentRequest('WhatHappenedIntent', { event: 'Quillon river walk' }, c, s), keeps: (x) => x.whatHappened?.includes('Quillon river walk') === true },
  ],
};

/** Answers whatever the skill asks in the second session, with other words than the first. */
function answerTo(rng: Rng, step: unknown, caller: Caller, s: Session): RequestEnvelope {
  switch (step) {
    case 'offer_resume':
      return intentRequest(rng.pick(['AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent']), {}, caller, s);
    case 'feeling':
      return intentRequest('CheckInIntent', { feeling: 'brittle' }, caller, s);
    case 'intensity':
    case 'intensity_after':
      return intentRequest('IntensityIntent', { intensity: '3' }, caller, s);
    case 'offer_exercise':
      return intentRequest('AMAZON.NoIntent', {}, caller, s);
    case 'exercise':
      return intentRequest('AMAZON.StopIntent', {}, caller, s);
    case 'what_happened':
      return intentRequest('WhatHappenedIntent', { event: 'Brindlecombe ferry' }, caller, s);
    case 'practice':
      return intentRequest('PracticeStatusIntent', { status: { value: 'did it', id: 'done', type: 'PRACTICE_STATUS' } }, caller, s);
    case 'barrier':
      return intentRequest('BarrierIntent', { barrier: { value: 'no time', id: 'no_time', type: 'BARRIER' } }, caller, s);
    default:
      return intentRequest(rng.pick(['AMAZON.StopIntent', 'AMAZON.HelpIntent', 'AMAZON.FallbackIntent']), {}, caller, s);
  }
}

describe('sessions cut off half-way', () => {
  const endings = ['ERROR', 'EXCEEDED_MAX_REPROMPTS', 'USER_INITIATED', 'no word from Alexa'] as const;
  const cuts = Object.entries(FIRST_SESSIONS).flatMap(([name, turns]) => turns.map((_, k) => [name, k] as const));
  it('keeps everything said before the cut, and a second check-in the same evening leaves the first as it was', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED + 2);
    const failures: string[] = [];
    let n = 0;
    for (const [name, cut] of cuts) {
      for (const ending of endings) {
        // The second session opens the skill, or is a one-shot; by turns, and both for every cut with FUZZ_SCALE > 1.
        for (const secondOpens of SCALE > 1 ? [true, false] : [n % 2 === 0]) {
          n += 1;
          const userId = `amzn1.ask.account.CUT${n}`;
          const caller: Caller = { userId, timestamp: EVENING, apiEndpoint: f.api.url };
          await f.store.updateProfile({ userId }, (p) => ({ ...p, plans: [{ id: '4b2a4c1e-7f43-4c55-9a55-0e6d1c1f7a01', createdAt: '2026-11-01T18:00:00.000Z', none: false, action: 'write one line', cueWhen: 'I get into bed', cueThen: "I'll write one line", why: 'to let it go', bringBack: 'the lines', modality: 'CBT', startsOn: '2026-11-01', endedAt: null }] }));
          const label = `${name} cut after turn ${cut}, ${ending}, then ${secondOpens ? 'open' : 'a one-shot'} (seed ${SEED + 2})`;
          const errorsBefore = errorHandlerCalls().length;
          const first = conversationOf(caller);
          const turns = FIRST_SESSIONS[name]!.slice(0, cut + 1);
          try {
            for (const turn of turns) await first.send((s) => turn.build(caller, s));
            if (ending !== 'no word from Alexa' && first.last?.response.shouldEndSession !== true) {
              await first.send((s) => sessionEndedRequest(ending, caller, s, ending === 'ERROR' ? { type: 'INTERNAL_SERVICE_ERROR', message: 'cut off' } : undefined));
            }
            const firstIds = (await f.store.listCheckIns({ userId })).map((c) => c.id);
            // The same evening, twenty minutes later.
            const later: Caller = { ...caller, timestamp: LATER };
            const second = conversationOf(later);
            second.endSession();
            let r = await second.send((s) => (secondOpens ? launchRequest(later, s) : intentRequest('CheckInIntent', { feeling: 'brittle', intensity: '3' }, later, s)));
            const saidLater: string[] = secondOpens ? [] : ['brittle'];
            for (let k = 0; k < 8 && r.response.shouldEndSession === false; k++) {
              const step = (second.session.attributes.conversation as Json | undefined)?.step;
              r = await second.send((s) => answerTo(rng, step, later, s));
              if (step === 'feeling') saidLater.push('brittle');
              if (step === 'what_happened') saidLater.push('Brindlecombe ferry');
            }
            const all = await f.store.listCheckIns({ userId });
            for (const words of saidLater) {
              if (!JSON.stringify(all).includes(words)) failures.push(`${label}: "${words}", said in the second session, is not stored`);
            }
            if (all.filter((c) => firstIds.includes(c.id)).length !== firstIds.length) failures.push(`${label}: a check-in of the first session is gone`);
            if (firstIds.length > 1) failures.push(`${label}: the first session made ${firstIds.length} check-ins`);
            for (const turn of turns) {
              if (!turn.keeps) continue;
              const kept = all.filter((c) => firstIds.includes(c.id)).some(turn.keeps);
              if (!kept) failures.push(`${label}: "${turn.what}" is not in the first check-in as said\n  ${JSON.stringify(all).slice(0, 900)}`);
            }
          } catch (error) {
            failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
          }
          const failed = errorHandlerCalls().slice(errorsBefore);
          if (failed.length) failures.push(`${label}\n  error handler: ${failed.join(' // ').slice(0, 400)}`);
        }
      }
    }
    console.log(`cut off: ${n} evenings`);
    expect(failures.slice(0, 30)).toEqual([]);
    expect(rejections).toEqual([]);
  });
});

describe('another person in the same store', () => {
  it('has their records as they were, whatever named them', async () => {
    expect(await f.store.listCheckIns({ userId: VICTIM })).toEqual(victim.records);
  });
});
