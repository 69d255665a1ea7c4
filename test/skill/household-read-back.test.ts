/**
 * On a shared Echo, what the skill reads back from the store is for the voice it belongs to (context.ts, heardOwner):
 * a voice Alexa does not recognise, in a recognised person's session, hears nothing of theirs, and is not told whether
 * there is anything to hear.
 */
import { describe, expect, it } from 'vitest';
import { describeWeek, hardMomentsFor, weekFor } from '../../shared/week.js';
import { reprompt, spoken } from '../helpers/alexa.js';
import { type SkillHarness, withSkillHarness } from '../helpers/skill.js';
import type { Owner } from '../../shared/schemas.js';

const USER = 'amzn1.ask.account.HOUSEHOLD';
const ana = { userId: USER, personId: 'amzn1.ask.person.ANA' };
const ben = { userId: USER, personId: 'amzn1.ask.person.BEN' };
/** Recognised, with nothing stored: what a voice that is not recognised hears must be the same for her as for Ana. */
const cara = { userId: USER, personId: 'amzn1.ask.person.CARA' };
const unrecognised = { userId: USER };
const TONIGHT = '2026-11-26T03:00:00Z'; // 22:00 on Wednesday 25 November in New York
const at = { timestamp: TONIGHT };

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

/** Three nights of check-ins this week (Monday to Wednesday), the last too long before TONIGHT to be offered back. */
async function weekOf(caller: Owner, feeling: string): Promise<void> {
  for (const timestamp of ['2026-11-24T03:00:00Z', '2026-11-25T03:00:00Z', '2026-11-25T23:00:00Z']) {
    const c = h.talk({ ...caller, timestamp });
    await c.say('CheckInIntent', { feeling, intensity: '4' });
    await c.say('SkipIntent');
  }
}

function planOf(action: string) {
  return {
    id: crypto.randomUUID(),
    createdAt: '2026-11-20T18:00:00.000Z',
    none: false,
    action,
    cueWhen: 'when I get home',
    cueThen: 'I will text her',
    why: 'she keeps me steady',
    bringBack: 'how it felt',
    modality: null,
    startsOn: '2026-11-20',
    endedAt: null,
  };
}

async function setPlan(owner: Owner, action: string): Promise<void> {
  await h.store.updateProfile(owner, (p) => ({ ...p, plans: [planOf(action)] }));
}

/** The way into a recognised person's session before the voice Alexa does not recognise speaks. */
const OPENINGS = [
  ['an open', async (c: ReturnType<SkillHarness['talk']>) => c.launch()],
  ['a check-in under way', async (c: ReturnType<SkillHarness['talk']>) => c.say('CheckInIntent', { feeling: 'restless' })],
] as const;

describe('a voice Alexa does not recognise, in a recognised person\'s session', () => {
  // The audit: "how was my week?" was answered from Ana's records ("The feeling that came up was sad").
  it.each(OPENINGS)('hears nothing of the week, after %s', async (_, open) => {
    await weekOf(ana, 'sad');
    const c = h.talk({ ...ana, ...at });
    await open(c);
    c.caller = { ...unrecognised, ...at };
    const r = await c.say('WeekSummaryIntent');
    expect(spoken(r)).not.toMatch(/sad|\bnights?\b|feeling that came up|checked in/i);
    expect(spoken(r)).toMatch(/only read that back to the person it belongs to/);
    expect(await h.store.listCheckIns(unrecognised)).toEqual([]);
  });

  it.each(OPENINGS)('hears nothing of the practice, after %s', async (_, open) => {
    await setPlan(ana, 'call my sister');
    const c = h.talk({ ...ana, ...at });
    await open(c);
    c.caller = { ...unrecognised, ...at };
    const r = await c.say('PracticeReadBackIntent');
    expect(spoken(r)).not.toMatch(/sister|steady|text her|practice set|no practice/i);
    expect(spoken(r)).toMatch(/only read that back to the person it belongs to/);
  });

  // Not even whether there is anything: the answer is word for word the one given in the session of someone with nothing.
  it.each(['WeekSummaryIntent', 'PracticeReadBackIntent'])('is told the same for %s whether or not there is anything to tell', async (intent) => {
    await weekOf(ana, 'sad');
    await setPlan(ana, 'call my sister');
    const heard = async (person: Owner) => {
      const c = h.talk({ ...person, ...at });
      await c.launch();
      c.caller = { ...unrecognised, ...at };
      return c.say(intent);
    };
    const [full, empty] = [await heard(ana), await heard(cara)];
    expect(spoken(full)).toBe(spoken(empty));
    expect(full.response.shouldEndSession).toBe(empty.response.shouldEndSession);
  });

  it('carries on with the check-in under way afterwards', async () => {
    await weekOf(ana, 'sad');
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'restless' });
    c.caller = { ...unrecognised, ...at };
    const r = await c.say('WeekSummaryIntent');
    expect(spoken(r)).toMatch(/back to tonight[\s\S]*1 to 10/i);
    expect(r.response.shouldEndSession).toBeFalsy();
    c.caller = { ...ana, ...at };
    await c.say('IntensityIntent', { intensity: '5' });
    const tonight = await h.store.listCheckIns(ana, { from: '2026-11-25', to: '2026-11-25' });
    expect(tonight[0]).toMatchObject({ feeling: { said: 'restless' }, intensity: 5 });
  });

  it('hears the person\'s own records once Alexa recognises them again', async () => {
    await weekOf(ana, 'sad');
    const c = h.talk({ ...ana, ...at });
    await c.launch();
    c.caller = { ...unrecognised, ...at };
    await c.say('WeekSummaryIntent');
    const again = await h.talk({ ...ana, ...at }).say('WeekSummaryIntent');
    expect(spoken(again)).toMatch(/sad/);
  });
});

describe('a recognised voice in a session that is not their own', () => {
  /** What was read back, without the check-in's question that follows it. */
  const weekPart = (r: Parameters<typeof spoken>[0]) => spoken(r).split('Now, back to tonight.')[0]!;

  async function expectedWeek(owner: Owner): Promise<string[]> {
    return describeWeek(await weekFor(h.store, owner, '2026-11-25', 1), await hardMomentsFor(h.store, owner, '2026-11-25', 1), '2026-11-25', false);
  }

  // The session stays the account's (it stored something before Ana spoke), but "my week" said by Ana is Ana's.
  it('hears their own week, not the account\'s, in a session the account began', async () => {
    await weekOf(ana, 'hopeful');
    await weekOf(unrecognised, 'grumpy');
    const c = h.talk({ ...unrecognised, ...at });
    await c.say('CheckInIntent', { feeling: 'tired' });
    c.caller = { ...ana, ...at };
    const week = weekPart(await c.say('WeekSummaryIntent'));
    expect(week).toMatch(/hopeful/);
    expect(week).not.toMatch(/grumpy|tired/);
    for (const sentence of await expectedWeek(ana)) expect(week).toContain(sentence);
  });

  it('hears their own practice, not the account\'s, in a session the account began', async () => {
    await setPlan(ana, 'call my sister');
    await setPlan(unrecognised, 'walk the dog');
    const c = h.talk({ ...unrecognised, ...at });
    await c.say('CheckInIntent', { feeling: 'tired' });
    c.caller = { ...ana, ...at };
    const practice = weekPart(await c.say('PracticeReadBackIntent'));
    expect(practice).toMatch(/call my sister/);
    expect(practice).not.toMatch(/walk the dog/);
  });

  it('hears their own week in another recognised person\'s session', async () => {
    await weekOf(ana, 'hopeful');
    await weekOf(ben, 'grumpy');
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'restless' });
    c.caller = { ...ben, ...at };
    const week = weekPart(await c.say('WeekSummaryIntent'));
    expect(week).toMatch(/grumpy/);
    expect(week).not.toMatch(/hopeful|restless/);
  });
});

describe('a question asked again to a voice Alexa does not recognise, in a recognised person\'s session', () => {
  const AGAIN = ['AMAZON.RepeatIntent', 'AMAZON.HelpIntent', 'AMAZON.FallbackIntent', 'WeekSummaryIntent'] as const;
  /** The speech and the reprompt: neither may carry the words. */
  const said = (r: Parameters<typeof spoken>[0]) => `${spoken(r)} ${reprompt(r)}`;

  // "Would you like to carry on with it?" said again repeated the words of a check-in from an earlier session.
  it.each(AGAIN)('offers tonight\'s unfinished check-in back without its words, at %s', async (intent) => {
    const earlier = h.talk({ ...ana, timestamp: '2026-11-26T02:30:00Z' });
    await earlier.say('CheckInIntent', { feeling: 'heartbroken', intensity: '4' });
    await earlier.timeout();
    const c = h.talk({ ...ana, ...at });
    expect(spoken(await c.launch())).toMatch(/heartbroken, at 4[\s\S]*carry on/);
    c.caller = { ...unrecognised, ...at };
    const r = await c.say(intent);
    expect(said(r)).not.toMatch(/heartbroken|\b4\b/);
    expect(said(r)).toMatch(/carry on/);
    expect(r.response.shouldEndSession).toBeFalsy();
    // Ana, recognised, hears it as before.
    c.caller = { ...ana, ...at };
    expect(spoken(await c.say('AMAZON.RepeatIntent'))).toMatch(/heartbroken, at 4/);
  });

  // The offer said "panicky, at 9" to Ana, recognised when she opened; a "yes" Alexa did not recognise carries on her
  // entry (writing follows the session), but does not have its number said to it.
  it('carries on the unfinished check-in on a "yes" it did not recognise, without its number', async () => {
    const earlier = h.talk({ ...ana, timestamp: '2026-11-26T02:30:00Z' });
    await earlier.say('CheckInIntent', { feeling: 'panicky', intensity: '9' });
    await earlier.timeout();
    const c = h.talk({ ...ana, ...at });
    await c.launch();
    c.caller = { ...unrecognised, ...at };
    const r = await c.say('AMAZON.YesIntent');
    expect(said(r)).toMatch(/breathe together/);
    expect(said(r)).not.toMatch(/panicky|\b9\b/i);
    await c.say('AMAZON.NoIntent');
    await c.say('WhatHappenedIntent', { event: 'a long shift' });
    expect(await h.store.listCheckIns(ana)).toMatchObject([{ feeling: { said: 'panicky' }, intensity: 9, whatHappened: 'a long shift' }]);
    expect(await h.store.listCheckIns(unrecognised)).toEqual([]);
  });

  it('asks about the practice without saying what it is', async () => {
    await setPlan(ana, 'call my sister');
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'hopeful', intensity: '3' });
    c.caller = { ...unrecognised, ...at };
    const asked = await c.say('WhatHappenedIntent', { event: 'work was long' });
    expect(said(asked)).toMatch(/Did you get to your practice today/);
    expect(said(asked)).not.toMatch(/sister/);
    const again = await c.say('AMAZON.RepeatIntent');
    expect(said(again)).toMatch(/practice/);
    expect(said(again)).not.toMatch(/sister/);
    // The answer is still Ana's, on her entry (context.ts: writing follows the session).
    await c.say('AMAZON.YesIntent');
    expect(await h.store.listCheckIns(ana)).toMatchObject([{ whatHappened: 'work was long', practice: { status: 'done' } }]);
  });

  it('still names the practice to the person it belongs to', async () => {
    await setPlan(ana, 'call my sister');
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'hopeful', intensity: '3' });
    expect(spoken(await c.say('WhatHappenedIntent', { event: 'work was long' }))).toMatch(/Your practice: call my sister/);
  });

  it.each([
    ['how strong', { feeling: 'restless' }, /restless/i],
    ['the offer of an exercise', { feeling: 'panicky', intensity: '9' }, /panicky|\b9\b/i],
  ] as const)('asks %s without the words said to it', async (_, slots, words) => {
    const c = h.talk({ ...ana, ...at });
    expect(spoken(await c.say('CheckInIntent', slots))).toMatch(words);
    c.caller = { ...unrecognised, ...at };
    expect(said(await c.say('AMAZON.RepeatIntent'))).not.toMatch(words);
    c.caller = { ...ana, ...at };
    expect(said(await c.say('AMAZON.RepeatIntent'))).toMatch(words);
  });
});

describe('two recognised people in one session', () => {
  // Ana opened, and was offered her unfinished check-in back; Ben, recognised, answers. The session follows him
  // (ownerOf): he hears nothing of Ana's entry, and his words go into his own records, not hers.
  it('gives the second nothing of the first\'s unfinished check-in, and keeps their words apart', async () => {
    const earlier = h.talk({ ...ana, timestamp: '2026-11-26T02:30:00Z' });
    await earlier.say('CheckInIntent', { feeling: 'heartbroken', intensity: '4' });
    await earlier.timeout();
    const c = h.talk({ ...ana, ...at });
    await c.launch();
    c.caller = { ...ben, ...at };
    const again = await c.say('AMAZON.RepeatIntent');
    expect(`${spoken(again)} ${reprompt(again)}`).not.toMatch(/heartbroken|\b4\b/);
    const yes = await c.say('AMAZON.YesIntent');
    expect(`${spoken(yes)} ${reprompt(yes)}`).not.toMatch(/heartbroken|\b4\b/);
    await c.say('CheckInIntent', { feeling: 'grumpy', intensity: '3' });
    expect(await h.store.listCheckIns(ana)).toMatchObject([{ feeling: { said: 'heartbroken' }, intensity: 4, whatHappened: null }]);
    expect(await h.store.listCheckIns(ben)).toMatchObject([{ feeling: { said: 'grumpy' }, intensity: 3 }]);
  });
});
