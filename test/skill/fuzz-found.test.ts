/**
 * What fuzzing the endpoint with mutated Alexa requests found (test/skill/fuzz.test.ts), each as a focused case: a
 * request Alexa could deliver, or one an older or newer version of the skill left behind, answered as the skill
 * answers, not with the error handler's apology, and nothing said is lost.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { intentRequest, launchRequest, spoken, type Slots } from '../helpers/alexa.js';
import { listen, skillHarness, type SkillHarness } from '../helpers/skill.js';
import { createServer } from '../../skill/app.js';
import { createSkill } from '../../skill/skill.js';
import { plan } from '../factories.js';

const USER = 'amzn1.ask.account.FUZZFOUND';
const EVENING = '2026-11-26T03:00:00Z';

let h: SkillHarness;
let errors: MockInstance;
beforeEach(async () => {
  h = await skillHarness();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  errors.mockRestore();
  await h.close();
});

/** What the error handler logged: the skill failed on a request, whatever it answered. */
function failures(): unknown[] {
  return errors.mock.calls.filter((call) => typeof call[0] === 'string' && call[0].startsWith('Error handling')).map((call) => call[1]);
}

/** A turn of a session already under way, with the attributes it carries. */
function inSession(intent: string, slots: Slots, attributes: Record<string, unknown>): RequestEnvelope {
  return intentRequest(intent, slots, { userId: USER, timestamp: EVENING, apiEndpoint: h.api.url }, { id: 'amzn1.echo-api.session.FOUND', isNew: false, attributes });
}

/** Posts a body to POST /alexa of the real app over this harness's store, for an answer that is not a 200. */
async function fetchAlexa(body: string): Promise<Response> {
  const skill = createSkill({ store: h.store, env: h.env, dataDir: h.dataDir, settingsTimeoutMs: 200 });
  const { server, port } = await listen(createServer({ skill, verification: { signature: false, timestamp: false } }));
  try {
    const res = await fetch(`http://127.0.0.1:${port}/alexa`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    await res.clone().text();
    return res;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function aCheckIn(): Promise<string> {
  const c = h.talk({ userId: USER, timestamp: EVENING });
  await c.say('CheckInIntent', { feeling: 'weary', intensity: '4' });
  const [checkIn] = await h.store.listCheckIns({ userId: USER });
  return checkIn!.id;
}

describe('session attributes of another shape', () => {
  it.each<[string, (checkInId: string) => Record<string, unknown>]>([
    ['"redo" as text, not a list', (id) => ({ step: 'what_happened', checkInId: id, redo: 'intensity', turns: 3 })],
    ['"redo" as an object', (id) => ({ step: 'what_happened', checkInId: id, redo: {}, turns: 3 })],
    ['"turns" as text', (id) => ({ step: 'what_happened', checkInId: id, turns: 'x11' })],
    ['"turns" as an object', (id) => ({ step: 'what_happened', checkInId: id, turns: { n: 1 } })],
    // (null is the id of an exercise the store could not take, which goes on: see store-trouble.test.ts.)
    ['an exercise with a number for its id', (id) => ({ step: 'exercise', checkInId: id, exercise: { id: 42, kind: 'box', rounds: 1, slower: false, checkInId: id } })],
    ['an exercise with its rounds as text', (id) => ({ step: 'exercise', checkInId: id, exercise: { id: 42, kind: 'box', rounds: 'two', slower: 'no', checkInId: id } })],
    ['"askedAbout" a number', (id) => ({ step: 'offer_exercise', checkInId: id, askedAbout: 5, exerciseOffered: true })],
    ['a step no version of the skill had', (id) => ({ step: 'breathing_v2', checkInId: id, retries: -4, afterCrisis: 'no' })],
  ])('with %s, what is said is stored and answered without an apology', async (_what, attributes) => {
    const checkInId = await aCheckIn();
    for (const [intent, slots] of [
      ['WhatHappenedIntent', { event: 'Quillon river walk' }],
      ['AMAZON.HelpIntent', {}],
      ['AMAZON.PreviousIntent', {}],
      ['IntensityIntent', { intensity: '5' }],
    ] as Array<[string, Slots]>) {
      const r = await h.send(inSession(intent, slots, { speaker: '', conversation: attributes(checkInId) }));
      expect(spoken(r), intent).not.toMatch(/something went wrong/i);
      expect(failures(), intent).toEqual([]);
    }
    const stored = JSON.stringify(await h.store.listCheckIns({ userId: USER }));
    expect(stored).toContain('weary');
    expect(stored).toContain('"intensity":5');
    expect(stored).toContain('Quillon river walk');
  });

  it('goes on with an exercise of a kind this version does not know, as slow breathing, and finishes its record', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'weary', intensity: '9' });
    await c.say('AMAZON.YesIntent');
    const state = c.attributes.conversation as { exercise: { kind: string } };
    expect(state.exercise.kind).toBeDefined();
    state.exercise.kind = 'yoga_nidra';
    const again = await h.send(inSession('AnotherRoundIntent', {}, c.attributes));
    expect(spoken(again)).not.toMatch(/something went wrong/i);
    const stop = await h.send(inSession('AMAZON.StopIntent', {}, again.sessionAttributes!));
    expect(spoken(stop)).toMatch(/scale|number|how strong/i);
    expect(failures()).toEqual([]);
    const [exercise] = await h.store.listExercises({ userId: USER });
    expect(exercise).toMatchObject({ completed: true });
  });
});

describe('a request without a session', () => {
  // Alexa sends a session with every launch and intent; a test tool or a proxy may not. The skill answers as it would
  // at the start of one, and keeps what was said.
  it.each<[string, Slots]>([
    ['WhatHappenedIntent', { event: 'Quillon river walk' }],
    ['CheckInIntent', { feeling: 'weary', intensity: '4' }],
    ['CheckInIntent', { feeling: 'scared', intensity: '9' }],
    ['ExerciseIntent', {}],
    ['AMAZON.HelpIntent', {}],
    ['AMAZON.StopIntent', {}],
    ['CrisisIntent', {}],
  ])('%s %j is answered without an apology, and kept', async (intent, slots) => {
    const r = await h.send(intentRequest(intent, slots, { userId: USER, timestamp: EVENING, apiEndpoint: h.api.url }, null));
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(failures()).toEqual([]);
    const said = Object.values(slots).filter((v): v is string => typeof v === 'string' && !/^\d+$/.test(v));
    const stored = JSON.stringify(await h.store.listCheckIns({ userId: USER }));
    for (const words of said) expect(stored).toContain(words);
  });

  it('opens the skill', async () => {
    const r = await h.send(launchRequest({ userId: USER, timestamp: EVENING, apiEndpoint: h.api.url }, null as never));
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(failures()).toEqual([]);
  });
});

describe('slots whose entity resolution is not of the documented shape', () => {
  // Alexa documents resolutionsPerAuthority as a list. Read defensively, as predicates.slot means to: anything else is
  // no resolution, and the words as said are the answer.
  it.each<[string, unknown]>([
    ['text', 'text'],
    ['an object', { status: { code: 'ER_SUCCESS_MATCH' } }],
    ['a number', 7],
    ['null', null],
  ])('resolutionsPerAuthority as %s: the words are the answer, and stored', async (_what, resolutionsPerAuthority) => {
    const envelope = intentRequest('CheckInIntent', { feeling: { value: 'weary', id: 'SAD.TIRED', type: 'FEELING' }, intensity: '4' }, { userId: USER, timestamp: EVENING, apiEndpoint: h.api.url }) as unknown as {
      request: { intent: { slots: Record<string, { resolutions?: unknown }> } };
    };
    envelope.request.intent.slots.feeling!.resolutions = { resolutionsPerAuthority };
    envelope.request.intent.slots.intensity!.resolutions = { resolutionsPerAuthority };
    const r = await h.send(envelope as unknown as RequestEnvelope);
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(failures()).toEqual([]);
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn).toMatchObject({ feeling: { said: 'weary' }, intensity: 4 });
  });
});

describe('a settings API address, token or device of another kind', () => {
  // The guard does not check what only the settings lookup reads; one of another kind is no lookup, and the night is
  // the locale's, as when the lookup fails.
  it.each<[string, string, unknown]>([
    ['apiEndpoint', 'a list', [1, 'a']],
    ['apiEndpoint', 'a number', 7],
    ['apiAccessToken', 'an object', { token: 'x' }],
    ['device', 'text', 'not a device'],
    ['device', 'an object with an object for its id', { deviceId: { id: 1 } }],
    ['device', 'an id with half a surrogate pair in it', { deviceId: 'amzn1.ask.device.x\uDFFFy' }],
    ['apiEndpoint', 'an address with half a surrogate pair in it', 'https://api.amazonalexa.com/\uD800'],
  ])('%s as %s: what is said is answered and stored', async (field, _what, value) => {
    const envelope = intentRequest('WhatHappenedIntent', { event: 'Quillon river walk' }, { userId: USER, timestamp: EVENING }) as unknown as {
      context: { System: Record<string, unknown> };
    };
    envelope.context.System[field] = value;
    const r = await h.send(envelope as unknown as RequestEnvelope);
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(failures()).toEqual([]);
    expect(JSON.stringify(await h.store.listCheckIns({ userId: USER }))).toContain('Quillon river walk');
  });
});

describe('a speaker kept in the session attributes that no version of the skill wrote', () => {
  // The skill keeps '' or the person id Alexa sent (at most 512 characters, as the guard takes them). Anything else is
  // no kept speaker: the voice Alexa heard is the owner, as in a session from before speakers were kept.
  it.each<[string, unknown]>([
    ['20,000 characters', 'x'.repeat(20_000)],
    ['a number', 5],
    ['an object', { personId: 'amzn1.ask.person.X' }],
    ['half a surrogate pair', '\uD800'],
  ])('as %s: what is said is stored for the account, and answered', async (_what, speaker) => {
    const checkInId = await aCheckIn();
    const r = await h.send(inSession('WhatHappenedIntent', { event: 'Quillon river walk' }, { speaker, conversation: { step: 'what_happened', checkInId } }));
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(failures()).toEqual([]);
    expect(JSON.stringify(await h.store.listCheckIns({ userId: USER }))).toContain('Quillon river walk');
  });
});

describe('words heard as a barrier before the practice was asked about', () => {
  it('are kept after what happened, not in its place', async () => {
    await h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2026-11-01' })] }));
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'weary', intensity: '4' });
    await c.say('WhatHappenedIntent', { event: 'Quillon river walk' });
    await c.say('ExerciseIntent');
    // Said in the middle of the breathing, heard as the barrier "low energy".
    const r = await c.say('BarrierIntent', { barrier: { value: 'I just feel too tired', id: 'low_energy', type: 'BARRIER' } });
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn!.whatHappened).toContain('Quillon river walk');
    expect(checkIn!.whatHappened).toContain('I just feel too tired');
    expect(failures()).toEqual([]);
  });
});

describe('a feeling said again at length, after what happened was told', () => {
  // A feeling longer than a feeling field holds is kept whole as what happened too: after what is there, not over it.
  const LONG = 'actually I am feeling really quite overwhelmed and tired and sad and worried about everything that is going on with my family and my job';

  it('as a correction at the practice question, keeps what happened', async () => {
    await h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2026-11-01' })] }));
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'weary', intensity: '4' });
    await c.say('WhatHappenedIntent', { event: 'Quillon river walk' });
    const r = await c.say('CorrectFeelingIntent', { feeling: LONG });
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn!.whatHappened).toContain('Quillon river walk');
    expect(checkIn!.whatHappened).toContain(LONG);
    expect(failures()).toEqual([]);
  });

  it('as the answer to "how are you feeling?", after a sentence about the day was kept, keeps that sentence', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('WhatHappenedIntent', { event: 'Quillon river walk' });
    // Heard as a barrier ("too tired…"), with a feeling in it: the feeling question's answer, longer than a feeling.
    const long = 'too tired and anxious and worried about everything that is going on with my family and my job and the house and the money';
    await c.say('BarrierIntent', { barrier: long });
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn!.feeling?.word).toBe('Tired');
    expect(checkIn!.whatHappened).toContain('Quillon river walk');
    expect(checkIn!.whatHappened).toContain(long);
    expect(failures()).toEqual([]);
  });

  it('in declining the exercise, keeps what happened', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'weary', intensity: '9' });
    expect((c.attributes.conversation as { step: string }).step).toBe('offer_exercise');
    await h.store.updateCheckIn({ userId: USER }, (await h.store.listCheckIns({ userId: USER }))[0]!.id, { whatHappened: 'Quillon river walk' });
    const r = await c.say('CheckInIntent', { feeling: LONG });
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn!.whatHappened).toContain('Quillon river walk');
    expect(checkIn!.whatHappened).toContain(LONG);
    expect(failures()).toEqual([]);
  });
});

describe('an exercise whose record is gone', () => {
  // Everything deleted from the dashboard in the middle of the breathing: the session still names the exercise.
  it.each<[string, Slots]>([
    ['AMAZON.StopIntent', {}],
    ['AnotherRoundIntent', {}],
    ['SlowerIntent', {}],
    ['IntensityIntent', { intensity: '5' }],
    ['ThanksIntent', {}],
  ])('%s is answered without an apology', async (intent, slots) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'weary', intensity: '9' });
    await c.say('AMAZON.YesIntent');
    expect((c.attributes.conversation as { step: string }).step).toBe('exercise');
    await h.store.deleteOwner({ userId: USER });
    const r = await c.say(intent, slots);
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(failures()).toEqual([]);
  });
});

describe('a request timestamped on the last night of the year 9999', () => {
  // Verification off (local testing), the guard takes any time a clock could show. One whose code expires, or whose
  // week ends, past the year 9999 is refused as the guard refuses any malformed request.
  it('is refused with a 400 and a JSON error, touching nothing', async () => {
    const envelope = intentRequest('DashboardCodeIntent', {}, { userId: USER, timestamp: '9999-12-31T23:59:59Z', apiEndpoint: h.api.url });
    const res = await fetchAlexa(JSON.stringify(envelope));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: expect.any(String) });
    expect(failures()).toEqual([]);
    expect(await h.store.getProfile({ userId: USER })).toBeNull();
  });
});

describe('an answer to "what happened today?" when something is kept there already', () => {
  // Not after "start over" (which asks it again, to replace it): the answer goes after what is kept.
  it.each<[string, Slots]>([
    ['WhatHappenedIntent', { event: 'Brindlecombe ferry' }],
    ['PracticeStatusIntent', { status: { value: 'kind of', id: 'partly', type: 'PRACTICE_STATUS' } }],
  ])('%s keeps what was there', async (intent, slots) => {
    const checkInId = await aCheckIn();
    await h.store.updateCheckIn({ userId: USER }, checkInId, { whatHappened: 'Quillon river walk' });
    const r = await h.send(inSession(intent, slots, { speaker: '', conversation: { step: 'what_happened', checkInId, turns: 1 } }));
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn!.whatHappened).toContain('Quillon river walk');
    expect(failures()).toEqual([]);
  });
});
