import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { TEXT_MAX_CHARS } from '../../shared/limits.js';
import { join } from '../../shared/ssml.js';
import * as say from '../../skill/messages/en.js';
import { reprompt, spoken } from '../helpers/alexa.js';
import { type SkillHarness, withSkillHarness } from '../helpers/skill.js';

const USER = 'amzn1.ask.account.CHECKIN';
const owner = { userId: USER };
/** 21:30 in New York on 25 November 2026. */
const EVENING = '2026-11-26T02:30:00Z';

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

describe('the bedtime check-in', () => {
  it('asks one question at a time and stores each answer the moment it is given', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const hello = await c.launch();
    expect(spoken(hello)).toMatch(/feeling|how are you/i);
    expect(hello.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);

    const afterFeeling = await c.say('CheckInIntent', { feeling: { value: 'anxious', id: 'FEARFUL.ANXIOUS', type: 'FEELING' } });
    expect(spoken(afterFeeling)).toMatch(/1 to 10/);
    let [entry] = await h.store.listCheckIns(owner);
    expect(entry?.feeling).toMatchObject({ said: 'anxious', family: 'Fearful' });
    expect(entry?.intensity).toBeNull();
    expect(entry?.night).toBe('2026-11-25');

    const afterIntensity = await c.say('IntensityIntent', { intensity: '6' });
    expect(spoken(afterIntensity)).toMatch(/happen|today/i);
    [entry] = await h.store.listCheckIns(owner);
    expect(entry?.intensity).toBe(6);

    const done = await c.say('WhatHappenedIntent', { event: 'my boss yelled at me in the meeting' });
    expect(done.response.shouldEndSession).toBe(true);
    expect(spoken(done)).toMatch(/saved/i);
    [entry] = await h.store.listCheckIns(owner);
    expect(entry?.whatHappened).toBe('my boss yelled at me in the meeting');
    expect(await h.store.listCheckIns(owner)).toHaveLength(1);
  });

  it.each([
    ['skip', 'SkipIntent', {}],
    ['no', 'AMAZON.NoIntent', {}],
    ['not really', 'PracticeStatusIntent', { status: { value: 'not really', id: 'not_today', type: 'PRACTICE_STATUS' } }],
  ])('takes "%s" as an answer to what happened', async (_said, intent, slots) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'tired' });
    await c.say('IntensityIntent', { intensity: '3' });
    const done = await c.say(intent, slots);
    expect(done.response.shouldEndSession).toBe(true);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ whatHappenedSkipped: true, whatHappened: null, intensity: 3 });
  });

  it('keeps feeling and intensity when the user stops after the intensity', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    await c.say('IntensityIntent', { intensity: '5' });
    const bye = await c.say('AMAZON.StopIntent');
    expect(bye.response.shouldEndSession).toBe(true);
    expect(spoken(bye)).toMatch(/kept what you said/i);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ intensity: 5, feeling: { said: 'sad', family: 'Sad' } });
  });

  it('keeps feeling and intensity when the user falls asleep (the session times out)', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'exhausted' });
    await c.say('IntensityIntent', { intensity: '7' });
    const ended = await c.timeout();
    expect(ended.response.outputSpeech).toBeUndefined();
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ intensity: 7, feeling: { said: 'exhausted' } });
  });

  it('keeps a second check-in the same evening as its own entry', async () => {
    for (const [feeling, intensity] of [['calm', '2'], ['worried', '6']] as const) {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.launch();
      await c.say('CheckInIntent', { feeling });
      await c.say('IntensityIntent', { intensity });
      await c.say('SkipIntent');
    }
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.feeling?.said).sort()).toEqual(['calm', 'worried']);
    expect(new Set(entries.map((e) => e.night))).toEqual(new Set(['2026-11-25']));
  });

  it('starts from what a one-shot already said', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('CheckInIntent', { feeling: 'sad', intensity: '6' });
    expect(spoken(r)).toMatch(/happen|today/i);
    expect(spoken(r)).not.toMatch(/1 to 10/);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ intensity: 6, feeling: { said: 'sad' } });

    const c2 = h.talk({ userId: USER, timestamp: EVENING });
    const r2 = await c2.say('CheckInIntent', { feeling: 'overwhelmed' });
    expect(spoken(r2)).toMatch(/1 to 10/);
  });

  it.each<[string, string | null, null]>([
    ['flibbertigibbet', null, null],
    ['meh', null, null],
    ['wiped out', 'Bad', null],
    ['pretty anxious', 'Fearful', null],
  ])('keeps the feeling word "%s" as said, and never refuses it', async (word, family) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('CheckInIntent', { feeling: word });
    expect(spoken(r)).toMatch(/1 to 10/);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry?.feeling?.said).toBe(word);
    expect(entry?.feeling?.family ?? null).toBe(family);
  });

  it.each([
    ['0', 'out of range'],
    ['?', 'not understood'],
    ['7.5', 'not whole'],
  ])('asks again once, with the range, for an intensity of %s (%s), and stores nothing bogus', async (bad) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'angry' });
    const again = await c.say('IntensityIntent', { intensity: bad });
    expect(spoken(again)).toMatch(/1 to 10/);
    expect(again.response.shouldEndSession).toBe(false);
    expect((await h.store.listCheckIns(owner))[0]?.intensity).toBeNull();

    const second = await c.say('IntensityIntent', { intensity: bad });
    expect(spoken(second)).toMatch(/leave the number out/i);
    expect(spoken(second)).toMatch(/happen|today/i);
    expect((await h.store.listCheckIns(owner))[0]?.intensity).toBeNull();
  });

  it('meets "I don\'t know" (which Alexa hears as skip) at the first question gently, once, then goes on without the word', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const again = await c.say('SkipIntent');
    expect(again.response.shouldEndSession).toBe(false);
    expect(spoken(again)).toMatch(/hard to name/i);
    expect(spoken(again)).toMatch(/not sure/i);
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);
    const on = await c.say('SkipIntent');
    expect(on.response.shouldEndSession).toBe(false);
    expect(spoken(on)).toMatch(/leave the word out/i);
    expect(spoken(on)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);
    await c.say('IntensityIntent', { intensity: '4' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: null, intensity: 4 }]);
  });

  it('says good night, having stored nothing, when nothing at all is given, instead of asking again and again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('SkipIntent');
    await c.say('SkipIntent');
    await c.say('SkipIntent');
    await c.say('AMAZON.FallbackIntent');
    const last = await c.say('AMAZON.FallbackIntent');
    expect(last.response.shouldEndSession).toBe(true);
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);
  });

  it('does not ask for the feeling over and over when "skip" follows a sentence kept as what happened', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    expect(spoken(await c.say('WhatHappenedIntent', { event: "can't sleep" }))).toMatch(/kept that.*feeling/i);
    const r = await c.say('SkipIntent');
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: null, whatHappened: "can't sleep" }]);
  });

  it.each([
    ['feel hopeless and worthless', 'hopeless and worthless'],
    ['am feeling pretty low', 'pretty low'],
    ['feel like garbage', 'like garbage'],
    ['also felt proud today', 'proud today'],
    ['just feel numb', 'numb'],
  ])('takes "I %s" (Alexa heard "I" as a carrier phrase) to "how are you feeling?" as the feeling', async (event, said) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const next = await c.say('WhatHappenedIntent', { event });
    expect(spoken(next)).toMatch(/1 to 10/);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ feeling: { said }, whatHappened: null });
  });

  it.each([
    ['WhatHappenedIntent', { event: 'am feeling anxious about a 6' }, 'anxious', 6],
    ['WhatHappenedIntent', { event: 'feel kind of sad, maybe a four' }, 'kind of sad', 4],
    ['CheckInIntent', { feeling: 'anxious about a 6' }, 'anxious', 6],
    ['CheckInIntent', { feeling: 'stressed like an 8 out of 10' }, 'stressed', 8],
  ] as const)('takes a number said after the feeling (%s %j) as the intensity, not as part of the feeling', async (intent, slots, said, n) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const next = await c.say(intent, slots);
    expect(spoken(next)).not.toMatch(/1 to 10/);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ feeling: { said }, intensity: n, whatHappened: null });
  });

  it('keeps "not sure" as the feeling, with no family forced on it', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('SkipIntent');
    const next = await c.say('CheckInIntent', { feeling: { value: 'not sure', id: 'OFF.NOT_SURE', type: 'FEELING' } });
    expect(spoken(next)).toMatch(/1 to 10/);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry?.feeling).toMatchObject({ said: 'not sure', family: null });
  });

  it('keeps a feeling said to the offer of an exercise on the same entry, beside the one given, not a new one', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'angry' });
    await c.say('IntensityIntent', { intensity: '9' });
    const r = await c.say('CheckInIntent', { feeling: 'furious' });
    expect(r.response.shouldEndSession).toBe(false);
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ feeling: { said: 'angry, furious', word: 'Angry' }, intensity: 9 });
    // An explicit correction still replaces it.
    await c.say('CorrectFeelingIntent', { feeling: 'scared' });
    expect((await h.store.listCheckIns(owner))[0]?.feeling?.said).toBe('scared');
  });

  it.each(['like an 8', 'would say about an 8', '8 I guess'])(
    'takes a number that came as a sentence ("%s": Alexa heard a phrase, not a number) as the intensity, not as what happened',
    async (event) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.launch();
      // At 8, the offer of an exercise comes first (PRODUCT.md: "at any point"), before the feeling is asked.
      const r = await c.say('WhatHappenedIntent', { event });
      expect(spoken(r)).toMatch(/breathe/i);
      const [entry] = await h.store.listCheckIns(owner);
      expect(entry).toMatchObject({ intensity: 8, whatHappened: null, feeling: null });
      expect(spoken(await c.say('AMAZON.NoIntent'))).toMatch(/feeling|how are you/i);
      const next = await c.say('CheckInIntent', { feeling: 'anxious' });
      expect(spoken(next)).not.toMatch(/breathe/i);
      expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 8, feeling: { said: 'anxious' } }]);
    },
  );

  it('takes a one-shot that is only a number among hedges as the intensity of a new entry', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('WhatHappenedIntent', { event: 'would say about a 6' });
    expect(spoken(r)).toMatch(/feeling|how are you/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 6, whatHappened: null }]);
  });

  it('keeps a sentence that only holds a number among other words as what happened', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('WhatHappenedIntent', { event: 'slept 3 hours and then work' });
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ intensity: null, whatHappened: 'slept 3 hours and then work' });
  });

  it.each(['SkipIntent', 'AMAZON.NoIntent'])('takes %s to "how strong?" as an answer, without asking again', async (intent) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'numb' });
    const r = await c.say(intent);
    expect(spoken(r)).toMatch(/leave the number out/i);
    expect(spoken(r)).toMatch(/happen|today/i);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: null, feeling: { said: 'numb' } });
  });

  it('keeps what happened when it is told in answer to "how strong?", and does not ask for it again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'upset' });
    // Alexa takes "work" as the carrier phrase of WhatHappenedIntent.
    const again = await c.say('WhatHappenedIntent', { event: 'was fine but my mom called and we fought' });
    expect(spoken(again)).toMatch(/kept/i);
    expect(spoken(again)).toMatch(/1 to 10/);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: null, whatHappened: 'was fine but my mom called and we fought' });

    const done = await c.say('IntensityIntent', { intensity: '6' });
    expect(spoken(done)).not.toMatch(/what happened|anything from today/i);
    expect(done.response.shouldEndSession).toBe(true);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 6, whatHappened: 'was fine but my mom called and we fought' }]);
  });

  it('keeps what happened told on the second try at "how strong?" too, and moves on without the number', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'upset' });
    await c.say('IntensityIntent', { intensity: '?' });
    const r = await c.say('WhatHappenedIntent', { event: 'my sister did not call me back again' });
    expect(spoken(r)).toMatch(/leave the number out/i);
    expect(spoken(r)).not.toMatch(/what happened|anything from today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: null, whatHappened: 'my sister did not call me back again' }]);
  });

  it.each(['pretty high', 'kind of medium I guess', 'not that strong'])(
    'does not file "%s", said to "how strong?", as what happened',
    async (said) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.launch();
      await c.say('CheckInIntent', { feeling: 'upset' });
      const again = await c.say('WhatHappenedIntent', { event: said });
      expect(spoken(again)).toMatch(/1 to 10/);
      expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: null, whatHappened: null });
    },
  );

  it.each([
    ['angry and sad', { andFeeling: { value: 'sad', id: 'SAD', type: 'FEELING' } }, 'Angry'],
    ['tired but okay', { butFeeling: { value: 'okay', id: 'OFF.OKAY', type: 'FEELING' } }, 'Bad'],
  ])('keeps two feelings said together ("%s"), filed under the first', async (said, second, family) => {
    const [first] = said.split(' ');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('CheckInIntent', { feeling: first!, ...second });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listCheckIns(owner))[0]?.feeling).toMatchObject({ said, family });
  });

  it('takes a number said after the intensity question as a correction, says so, and asks what it was waiting on', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('IntensityIntent', { intensity: '7' });
    const r = await c.say('IntensityIntent', { intensity: '5' });
    expect(spoken(r)).toMatch(/\b5\b/);
    expect(spoken(r)).toMatch(/happen|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 5 }]);
  });

  it.each(['intensity', 'what_happened'])('takes a feeling corrected at the %s step on the same entry, and asks again', async (step) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: { value: 'sacred', id: 'SAD', type: 'FEELING' } });
    if (step === 'what_happened') await c.say('IntensityIntent', { intensity: '6' });
    const r = await c.say('CorrectFeelingIntent', { feeling: { value: 'scared', id: 'FEARFUL.SCARED', type: 'FEELING' } });
    expect(spoken(r)).toMatch(/okay, scared/i);
    expect(spoken(r)).toMatch(step === 'intensity' ? /1 to 10/ : /happen|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'scared', family: 'Fearful' }, whatHappened: null }]);
  });

  it('keeps what happened that is longer than a record holds: the start on the entry, all of it in the rescue log', async () => {
    // Alexa never sends this much in one slot; a forged or broken request might.
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'tired' });
    await c.say('IntensityIntent', { intensity: '4' });
    const r = await c.say('WhatHappenedIntent', { event: long });
    expect(spoken(r)).toMatch(/saved/i);
    expect(spoken(r)).not.toMatch(/sorry|couldn't/i);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry!.whatHappened!.length).toBeLessThanOrEqual(TEXT_MAX_CHARS);
    expect(entry!.whatHappened).toMatch(/^word0 word1 word2 .* word\d+…$/);
    const [file] = await readdir(path.join(h.dataDir, 'rescue'));
    expect(await readFile(path.join(h.dataDir, 'rescue', file!), 'utf8')).toContain(long);
    // Kept aside as the entry's: deleting the entry deletes it too.
    await h.store.deleteCheckIn(owner, entry!.id);
    expect(JSON.stringify(await h.store.keptAside(owner))).not.toContain('word499');
  });

  it('keeps what a feeling is about with the feeling, as said ("anxious about tomorrow")', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('CheckInIntent', { feeling: { value: 'anxious', id: 'FEARFUL.ANXIOUS', type: 'FEELING' }, about: 'tomorrow' });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listCheckIns(owner))[0]?.feeling).toMatchObject({ said: 'anxious about tomorrow', family: 'Fearful' });
  });

  it('accepts a good number on the second try', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'angry' });
    const again = await c.say('IntensityIntent', { intensity: '15' });
    expect(spoken(again)).toMatch(/How strong is it, from 1 to 10\?/);
    expect((await h.store.listCheckIns(owner))[0]?.intensity).toBeNull();
    await c.say('IntensityIntent', { intensity: '4' });
    expect((await h.store.listCheckIns(owner))[0]?.intensity).toBe(4);
  });

  it('reads back the user\'s own words with &, < and quotes as valid SSML', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const hostile = `Tom & Jerry <3 "quoted" 'it's'`;
    const r = await c.say('CheckInIntent', { feeling: hostile });
    const ssml = (r.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toContain('Tom &amp; Jerry &lt;3');
    expect(spoken(r)).toContain(hostile);
    expect((await h.store.listCheckIns(owner))[0]?.feeling?.said).toBe(hostile);
  });

  it('takes a bare "okay" (which Alexa hears as yes) as the feeling', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('AMAZON.YesIntent');
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listCheckIns(owner))[0]?.feeling).toMatchObject({ said: 'okay', family: null });
  });

  it('tells someone new what to expect, and greets them as a returning user once something is saved', async () => {
    const first = await h.talk({ userId: USER, timestamp: EVENING }).launch();
    expect(spoken(first)).toMatch(/I'm Between Sessions.*skip/);
    await quickCheckIn();
    const again = await h.talk({ userId: USER, timestamp: EVENING }).launch();
    expect(spoken(again)).not.toMatch(/I'm Between Sessions/);
    expect(spoken(again)).toMatch(/feeling|how are you/i);
  });

  async function quickCheckIn() {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '2' });
    await c.say('SkipIntent');
  }

  it('varies its greeting from night to night', async () => {
    await quickCheckIn();
    const greetings = new Set<string>();
    for (let night = 0; night < 6; night++) {
      const timestamp = new Date(Date.parse(EVENING) + night * 86_400_000).toISOString();
      const c = h.talk({ userId: USER, timestamp });
      greetings.add(spoken(await c.launch()));
    }
    expect(greetings.size).toBeGreaterThanOrEqual(4);
  });
});

describe('what Alexa could not make out', () => {
  it('does not take "?" (a slot heard but not made out) as the feeling', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('CheckInIntent', { feeling: '?' });
    expect(spoken(r)).not.toContain('?.');
    expect(await h.store.listCheckIns(owner)).toEqual([]);
  });
});

describe('sentences said to "how are you feeling?"', () => {
  it.each([
    ['I would say sad', 'Sad'],
    ["I've been anxious all day", 'Anxious'],
    ['to be honest pretty low', 'Sad'],
    // Kept as said, and filed by what is left without the hedge.
    ["I'm not sure, maybe sad", 'Sad'],
    ['dunno, anxious I guess', 'Anxious'],
  ])('takes "%s" as the feeling, said back as the feeling word, and still asks what happened', async (said, word) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('WhatHappenedIntent', { event: said });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(spoken(r)).not.toContain(said);
    expect(spoken(r)).not.toMatch(/kept that/i);
    await c.say('IntensityIntent', { intensity: '5' });
    const next = await c.say('WhatHappenedIntent', { event: 'my sister called' });
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ feeling: { said, word }, intensity: 5, whatHappened: 'my sister called' });
    expect(next.response.shouldEndSession).toBe(true);
  });

  // "I'm feeling a bit wired and on edge" was said back as "Anxious", a word the user never said.
  it.each([
    ['a bit wired and on edge', /wired and on edge/i, /anxious|nervous/i],
    ["like I'm drowning", null, /I'm drowning/i],
  ])('says back "%s" only in the user\'s own words, and only when they can be said back', async (feeling, echo, never) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('CheckInIntent', { feeling });
    expect(spoken(r)).toMatch(/1 to 10/);
    if (echo) expect(spoken(r)).toMatch(echo);
    expect(spoken(r)).not.toMatch(never);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: feeling } }]);
  });

  // Alexa hears "ran out of time" as a reason (BarrierIntent): it was stored as the feeling.
  it.each([
    ['ran out of time', { value: 'ran out of time', id: 'no_time', type: 'BARRIER' }, null],
    ['too tired', { value: 'too tired', id: 'low_energy', type: 'BARRIER' }, 'too tired'],
  ])('takes "%s", heard as a reason, as the feeling only when it names one', async (_said, barrier, feeling) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('BarrierIntent', { barrier });
    const [entry] = await h.store.listCheckIns(owner);
    if (feeling) {
      expect(entry).toMatchObject({ feeling: { said: feeling } });
      expect(spoken(r)).toMatch(/1 to 10/);
    } else {
      expect(entry).toMatchObject({ feeling: null, whatHappened: 'ran out of time' });
      expect(spoken(r)).toMatch(/kept that/i);
      expect(spoken(r)).toMatch(/feeling/i);
    }
  });

  it.each(['I would say fine', "I'd say meh", "I guess I'm okay"])('takes "%s", a word people use for how they are, as the feeling', async (said) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('WhatHappenedIntent', { event: said });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said }, whatHappened: null }]);
  });

  it('keeps every sentence said out of turn: a second one goes after the first instead of replacing it', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('WhatHappenedIntent', { event: 'long day' });
    await c.say('WhatHappenedIntent', { event: 'my flatmate had a go at me' });
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry?.whatHappened).toBe('long day … my flatmate had a go at me');
  });

  it('takes a one-shot "I\'ve been anxious all day" as the feeling', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: "I've been anxious all day" });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { word: 'Anxious' }, whatHappened: null }]);
  });

  it.each(['I would say my boss was angry', "I'd say it was a good day", 'to be honest my sister is sick'])(
    'keeps "%s", about someone or something else, as what happened, not as the feeling',
    async (said) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.launch();
      const r = await c.say('WhatHappenedIntent', { event: said });
      expect(spoken(r)).toMatch(/kept that/i);
      expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: null, whatHappened: said }]);
    },
  );

  it('still keeps a longer sentence as what happened, and asks the feeling', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('WhatHappenedIntent', { event: 'I had a fight with my sister at dinner and felt awful' });
    expect(spoken(r)).toMatch(/kept that/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: null, whatHappened: 'I had a fight with my sister at dinner and felt awful' }]);
  });
});

describe('the practice question', () => {
  async function setPlan() {
    await h.store.updateProfile(owner, (p) => ({
      ...p,
      plans: [
        {
          id: '9b2f7d3e-4c1a-4f7e-9a39-0f3f0c7f6c11',
          createdAt: '2026-11-20T18:00:00.000Z',
          none: false,
          action: 'say one line about the worst moment of the day',
          cueWhen: 'When I get into bed',
          cueThen: "I'll say one line about the worst moment",
          why: 'so I notice patterns',
          bringBack: 'the lines',
          modality: 'CBT',
          startsOn: '2026-11-20',
          endedAt: null,
        },
      ],
    }));
  }

  /** A check-in with a practice set, up to "did you get to your practice?"; what happened skipped, or as given. */
  async function atThePracticeQuestion(happened?: string) {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'content' });
    await c.say('IntensityIntent', { intensity: '3' });
    await (happened === undefined ? c.say('SkipIntent') : c.say('WhatHappenedIntent', { event: happened }));
    return c;
  }

  // Read in as "Did you get to your practice today — Write one line…?", with the plan's capital letter and its "I will".
  it('names the practice in the user\'s words as its own sentence, then asks about today', async () => {
    const c = await atThePracticeQuestion('a quiet day');
    const asked = spoken((h.responses.at(-1))!);
    expect(asked).toContain('Your practice: say one line about the worst moment of the day. Did you get to it today?');
  });

  it('takes "skip" to the practice question as declining it: nothing recorded as skipped, and no barrier asked', async () => {
    const c = await atThePracticeQuestion();
    const r = await c.say('SkipIntent');
    expect(spoken(r)).not.toMatch(/got in the way/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ practice: null }]);
  });

  it('keeps the reason said with the practice answer ("I tried but it was too hard") as the barrier, and asks no more', async () => {
    const c = await atThePracticeQuestion();
    const r = await c.say('WhatHappenedIntent', { event: 'I tried but it was too hard' });
    expect(spoken(r)).not.toMatch(/got in the way/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([
      { practice: { status: 'partly', barrier: 'too_hard', barrierSaid: 'I tried but it was too hard' } },
    ]);
  });

  it('asks what got in the way again after "go back" from that question and a new answer', async () => {
    const c = await atThePracticeQuestion();
    await c.say('PracticeStatusIntent', { status: { value: 'not today', id: 'not_today', type: 'PRACTICE_STATUS' } });
    expect(spoken(await c.say('AMAZON.PreviousIntent'))).toMatch(/practice/i);
    const r = await c.say('PracticeStatusIntent', { status: { value: 'partly', id: 'partly', type: 'PRACTICE_STATUS' } });
    expect(spoken(r)).toMatch(/got in the way/i);
  });

  it('keeps the practice said in place of the number ("I skipped my practice today"), asks what got in the way, then the number', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    const r = await c.say('PracticeStatusIntent', { status: { value: 'skipped my practice', id: 'not_today', type: 'PRACTICE_STATUS' } });
    expect(spoken(r)).toMatch(/what got in the way/i);
    expect(spoken(r)).not.toMatch(/sorry/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'sad' }, intensity: null, practice: { status: 'not_today' } }]);
    expect(spoken(await c.say('SkipIntent'))).toMatch(/1 to 10/);
  });

  it('says a one-shot sentence ("tell between sessions the meeting ran long") is kept before asking the feeling', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: 'the meeting ran long' });
    expect(spoken(r)).toMatch(/kept that.*feeling/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: 'the meeting ran long', feeling: null }]);
  });

  it('tells someone whose plan was set on the dashboard, before any check-in, what to expect', async () => {
    await setPlan();
    const hello = await h.talk({ userId: USER, timestamp: EVENING }).launch();
    expect(spoken(hello)).toMatch(/I'm Between Sessions/);
    expect(spoken(hello)).toMatch(/say skip/i);
  });

  it('does not take "pretty good" said to the practice question as a new feeling', async () => {
    const c = await atThePracticeQuestion('my mom called');
    const r = await c.say('CheckInPrettyIntent', { feeling: { value: 'good', id: 'HAPPY', type: 'FEELING' } });
    expect(spoken(r)).toMatch(/practice/i);
    expect(spoken(r)).toMatch(/partly/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'content' }, practice: null }]);
  });

  it('"start over" asks every question again on the same entry, each new answer replacing the old', async () => {
    const c = await atThePracticeQuestion('a quiet day');
    // Left at the practice question (a practice answered earlier tonight is not asked again).
    await c.say('AMAZON.StopIntent');
    // The evening closed; a new session the same night is a new entry. Start over within one instead.
    const d = h.talk({ userId: USER, timestamp: EVENING });
    await d.launch();
    await d.say('CheckInIntent', { feeling: 'sad' });
    await d.say('IntensityIntent', { intensity: '4' });
    await d.say('WhatHappenedIntent', { event: 'a call with my sister' });
    const top = await d.say('AMAZON.StartOverIntent');
    expect(spoken(top)).toMatch(/from the top/i);
    expect(spoken(top)).toMatch(/feeling/i);
    expect(spoken(await d.say('CheckInIntent', { feeling: 'lonely' }))).toMatch(/1 to 10/);
    expect(spoken(await d.say('IntensityIntent', { intensity: '5' }))).toMatch(/happen|today/i);
    expect(spoken(await d.say('WhatHappenedIntent', { event: 'my sister never called' }))).toMatch(/practice/i);
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ feeling: { said: 'lonely' }, intensity: 5, whatHappened: 'my sister never called', practice: null });
  });

  it('keeps every answer as it was, and says so, when each question asked again after "start over" is skipped', async () => {
    const c = await atThePracticeQuestion('the meeting ran long');
    await c.say('AMAZON.StopIntent');
    const before = (await h.store.listCheckIns(owner))[0];
    const d = h.talk({ userId: USER, timestamp: EVENING });
    await d.launch();
    await d.say('CheckInIntent', { feeling: 'sad', intensity: '4' });
    await d.say('WhatHappenedIntent', { event: 'a call with my sister' });
    await d.say('PracticeStatusIntent', { status: { value: 'partly', id: 'partly', type: 'PRACTICE_STATUS' } });
    await d.say('AMAZON.StartOverIntent');
    for (let i = 0; i < 3; i++) expect(spoken(await d.say('SkipIntent'))).toMatch(/keep what you said before/i);
    const last = await d.say('SkipIntent');
    expect(spoken(last)).not.toMatch(/got in the way/i);
    expect(last.response.shouldEndSession).toBe(true);
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.id !== before?.id)).toMatchObject({
      feeling: { said: 'sad' }, intensity: 4, whatHappened: 'a call with my sister', whatHappenedSkipped: false, practice: { status: 'partly' },
    });
  });

  it('does not ask a second check-in the same evening about the practice an earlier one answered', async () => {
    const c = await atThePracticeQuestion('a quiet day');
    await c.say('PracticeStatusIntent', { status: { value: 'yes', id: 'done', type: 'PRACTICE_STATUS' } });
    const d = h.talk({ userId: USER, timestamp: EVENING });
    await d.launch();
    await d.say('CheckInIntent', { feeling: 'restless', intensity: '5' });
    const last = await d.say('WhatHappenedIntent', { event: 'could not sleep' });
    expect(spoken(last)).not.toMatch(/practice/i);
    expect(last.response.shouldEndSession).toBe(true);
    const entries = await h.store.listCheckIns(owner);
    expect(entries.map((e) => e.practice?.status ?? null).sort()).toEqual(['done', null]);
    // "I did it" / "I skipped it" still works any time.
    const e = h.talk({ userId: USER, timestamp: EVENING });
    expect(spoken(await e.say('PracticeStatusIntent', { status: { value: 'not today', id: 'not_today', type: 'PRACTICE_STATUS' } }))).toMatch(/got in the way/i);
  });

  it('does not offer back, as unfinished, a second check-in that ended without the practice an earlier one answered', async () => {
    const c = await atThePracticeQuestion('a quiet day');
    await c.say('PracticeStatusIntent', { status: { value: 'yes', id: 'done', type: 'PRACTICE_STATUS' } });
    const later = (minutes: number) => new Date(Date.parse(EVENING) + minutes * 60_000).toISOString();
    const d = h.talk({ userId: USER, timestamp: later(20) });
    await d.launch();
    await d.say('CheckInIntent', { feeling: 'sad', intensity: '5' });
    expect((await d.say('WhatHappenedIntent', { event: 'could not sleep' })).response.shouldEndSession).toBe(true);
    const again = await h.talk({ userId: USER, timestamp: later(30) }).launch();
    expect(spoken(again)).not.toMatch(/carry on/i);
  });

  it('keeps an old answer that was not given again when a start-over is cut off', async () => {
    const c = await atThePracticeQuestion('a quiet day');
    await c.say('AMAZON.StartOverIntent');
    await c.say('CheckInIntent', { feeling: 'calm' });
    await c.say('AMAZON.StopIntent');
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'calm' }, intensity: 3, whatHappened: 'a quiet day' }]);
  });

  it('"start over" at the intensity question, then "skip", keeps the number given before', async () => {
    const c = await atThePracticeQuestion();
    await c.say('AMAZON.StartOverIntent');
    await c.say('CheckInIntent', { feeling: 'content' });
    const skipped = await c.say('SkipIntent');
    expect(spoken(skipped)).toMatch(/happen|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 3 }]);
  });

  it('reads the practice back in the user\'s own words when asked, and ends when no check-in is under way', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('PracticeReadBackIntent');
    const text = spoken(r);
    expect(text).toContain('say one line about the worst moment of the day');
    expect(text).toContain("When I get into bed, I'll say one line about the worst moment.");
    expect(text).toContain('so I notice patterns');
    expect(text).toContain('the lines');
    expect(text).not.toMatch(/when when/i);
    expect(r.response.shouldEndSession).toBe(true);
  });

  it('reads the practice back mid-check-in, then carries on with the check-in', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'content' });
    const r = await c.say('PracticeReadBackIntent');
    expect(spoken(r)).toContain('say one line about the worst moment of the day');
    expect(spoken(r)).toMatch(/back to tonight.*1 to 10/i);
    expect(r.response.shouldEndSession).toBe(false);
  });

  // It read the plan and ended the session: nothing was stored yet, so no check-in counted as under way.
  it('reads the practice back when asked at "how are you feeling?", then asks that again', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('PracticeReadBackIntent');
    expect(spoken(r)).toContain('say one line about the worst moment of the day');
    expect(spoken(r)).toMatch(/back to tonight.*feeling/i);
    expect(reprompt(r)).toMatch(/feeling/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(spoken(await c.say('CheckInIntent', { feeling: 'content' }))).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'content' } }]);
  });

  it('says when no practice is set, and that a week without one is a plan too', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const none = spoken(await c.say('PracticeReadBackIntent'));
    expect(none).toMatch(/don't have a practice set/i);
    // The dashboard has no page for setting one yet (the practice-plan issue brings it): the skill must not send people to look.
    expect(none).not.toMatch(/dashboard/i);
    await h.store.updateProfile(owner, (p) => ({
      ...p,
      plans: [{ id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5', createdAt: '2026-11-20T18:00:00.000Z', none: true, action: null,
        cueWhen: null, cueThen: null, why: null, bringBack: null, modality: null, startsOn: '2026-11-20', endedAt: null }],
    }));
    expect(spoken(await h.talk({ userId: USER, timestamp: EVENING }).say('PracticeReadBackIntent'))).toMatch(/no practice set.*plan too/i);
  });

  it('comes back to "carry on?" after "how was my week?" asked there, without a second "welcome back"', async () => {
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'anxious' });
    await c0.timeout();
    const c = h.talk({ userId: USER, timestamp: new Date(Date.parse(EVENING) + 600_000).toISOString() });
    expect(spoken(await c.launch())).toMatch(/carry on/i);
    const r = await c.say('WeekSummaryIntent');
    expect(r.response.shouldEndSession).toBe(false);
    expect(spoken(r)).toMatch(/carry on/i);
    expect(spoken(r)).not.toMatch(/welcome back/i);
    await c.say('AMAZON.YesIntent');
    await c.say('IntensityIntent', { intensity: '4' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 4 }]);
  });

  it('reads back a user\'s words with &, < and quotes as valid SSML', async () => {
    await h.store.updateProfile(owner, (p) => ({
      ...p,
      plans: [{ id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d6', createdAt: '2026-11-20T18:00:00.000Z', none: false,
        action: 'text Sam & "Jo" <3', cueWhen: 'when dinner\'s done', cueThen: 'I\'ll text them', why: null, bringBack: null,
        modality: null, startsOn: '2026-11-20', endedAt: null }],
    }));
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('PracticeReadBackIntent');
    expect(spoken(r)).toContain('text Sam & "Jo" <3');
    expect(spoken(r)).toContain("When dinner's done, I'll text them.");
  });

  it.each([
    ['kind of did it', 'partly'],
    ['did some of it', 'partly'],
    ['did not get round to it', 'not_today'],
  ])('takes "I %s" (a sentence to Alexa) as the practice status, and files nothing as what happened', async (event, status) => {
    const c = await atThePracticeQuestion();
    const r = await c.say('WhatHappenedIntent', { event });
    expect(spoken(r)).not.toMatch(/did you get to your practice/i);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ practice: { status }, whatHappened: null, whatHappenedSkipped: true });
  });

  it('takes a barrier said to the practice question as "not today" with that barrier, and does not ask for it again', async () => {
    const c = await atThePracticeQuestion('my cat was sick');
    const r = await c.say('BarrierIntent', { barrier: { value: "didn't have time", id: 'no_time', type: 'BARRIER' } });
    expect(spoken(r)).not.toMatch(/what got in the way/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({
      whatHappened: 'my cat was sick',
      practice: { status: 'not_today', barrier: 'no_time', barrierSaid: "didn't have time" },
    });
  });

  /** At "what got in the way?", "something else" said, and "what was it?" asked. */
  async function atWhatItWas() {
    const c = await atThePracticeQuestion();
    await c.say('AMAZON.NoIntent');
    const r = await c.say('BarrierIntent', { barrier: { value: 'something else', id: 'other', type: 'BARRIER' } });
    return { c, r };
  }

  // It ended the check-in with "that's the kind of thing worth bringing to your next session", keeping only "something else".
  it('asks what it was after "something else", and keeps their words after it, the barrier still "something else"', async () => {
    const { c, r } = await atWhatItWas();
    expect(spoken(r)).toMatch(/what was it/i);
    expect(spoken(r)).not.toMatch(/worth bringing|sleep|night/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(reprompt(r)).toMatch(/skip/i);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ barrier: 'other', barrierSaid: 'something else' });
    const done = await c.say('WhatHappenedIntent', { event: 'my son was ill' });
    expect(spoken(done)).toMatch(/worth bringing/i);
    expect(done.response.shouldEndSession).toBe(true);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({
      status: 'not_today', barrier: 'other', barrierSaid: 'something else … my son was ill',
    });
  });

  it('keeps what is said to "what was it?" as words, whatever Alexa heard it as, without renaming the barrier', async () => {
    const { c } = await atWhatItWas();
    await c.say('BarrierIntent', { barrier: { value: 'forgot', id: 'forgot', type: 'BARRIER' } });
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ barrier: 'other', barrierSaid: 'something else … forgot' });
  });

  // They were filed under what happened, as if said about the day.
  it.each([
    ['WhatHappenedIntent', { event: 'I just want to die' }],
    ['BarrierIntent', { barrier: { value: 'I just want to die', type: 'BARRIER', noMatch: true } }],
  ] as const)('gives the crisis line for crisis words said to "what was it?" (%s), and keeps them as what got in the way', async (intent, slots) => {
    const { c } = await atWhatItWas();
    const r = await c.say(intent, slots);
    expect(spoken(r)).toContain('nine eight eight');
    expect(JSON.stringify(r.response.card)).toContain('988');
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({
      whatHappened: null,
      practice: { status: 'not_today', barrier: 'other', barrierSaid: 'something else … I just want to die' },
    });
  });

  it.each([
    ['I just want to die', 'other'],
    ['too tired and I want to die', 'low_energy'],
  ] as const)('gives the crisis line for "%s" said to "what got in the way?", and keeps it as what got in the way', async (event, barrier) => {
    const c = await atThePracticeQuestion();
    await c.say('AMAZON.NoIntent');
    const r = await c.say('WhatHappenedIntent', { event });
    expect(spoken(r)).toContain('nine eight eight');
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ whatHappened: null, practice: { status: 'not_today', barrier, barrierSaid: event } });
  });

  it.each([
    ['skip', 'SkipIntent'],
    ["I'd rather not say", 'SkipIntent'],
    ['no', 'AMAZON.NoIntent'],
  ])('takes "%s" to "what was it?" as an answer: "something else" kept, and the check-in closes kindly', async (_said, intent) => {
    const { c } = await atWhatItWas();
    const r = await c.say(intent);
    expect(spoken(r)).toMatch(/saved/i);
    expect(spoken(r)).not.toMatch(/sorry|what was it/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ status: 'not_today', barrier: 'other', barrierSaid: 'something else' });
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent'])('keeps "something else" on %s at "what was it?"', async (intent) => {
    const { c } = await atWhatItWas();
    const r = await c.say(intent);
    expect(spoken(r)).toMatch(/kept what you said/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ status: 'not_today', barrier: 'other', barrierSaid: 'something else' });
  });

  it.each([
    ['the reason said with it', { value: 'something else came up with my kids', type: 'BARRIER', noMatch: true }, 'something else came up with my kids'],
    ['a barrier named', { value: 'forgot', id: 'forgot', type: 'BARRIER' }, 'forgot'],
  ] as const)('does not ask what it was with %s', async (_what, barrier, said) => {
    const c = await atThePracticeQuestion();
    await c.say('AMAZON.NoIntent');
    const r = await c.say('BarrierIntent', { barrier });
    expect(spoken(r)).not.toMatch(/what was it/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ barrierSaid: said });
  });

  it('asks what it was when "something else" is said to the practice question itself', async () => {
    const c = await atThePracticeQuestion();
    const r = await c.say('BarrierIntent', { barrier: { value: 'other', id: 'other', type: 'BARRIER' } });
    expect(spoken(r)).toMatch(/what was it/i);
    await c.say('WhatHappenedIntent', { event: 'the car broke down' });
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ status: 'not_today', barrier: 'other', barrierSaid: 'other … the car broke down' });
  });

  it('asks what got in the way again, on help, without saying "that\'s useful to know" a second time', async () => {
    const c = await atThePracticeQuestion();
    await c.say('AMAZON.NoIntent');
    const r = await c.say('AMAZON.HelpIntent');
    expect(spoken(r)).toMatch(/what got in the way/i);
    expect(spoken(r)).not.toMatch(/useful to know/i);
  });

  // Alexa sends words it could not resolve with ER_SUCCESS_NO_MATCH: they were stored as "partly", met with "some of it counts".
  it.each([
    ['never did it', 'not_today', /what got in the way/i],
    ['done and dusted', 'done', /nice work|good|counts|doing its work/i],
  ] as const)('reads "%s", which Alexa could not resolve, as %s', async (value, status, reply) => {
    const c = await atThePracticeQuestion();
    const r = await c.say('PracticeStatusIntent', { status: { value, type: 'PRACTICE_STATUS', noMatch: true } });
    expect(spoken(r)).toMatch(reply);
    expect(spoken(r)).not.toMatch(/some of it/i);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ status, barrier: null });
  });

  it('asks the practice question again, with the choices, when words Alexa could not resolve name no status', async () => {
    const c = await atThePracticeQuestion();
    const r = await c.say('PracticeStatusIntent', { status: { value: 'blue skies', type: 'PRACTICE_STATUS', noMatch: true } });
    expect(spoken(r)).toMatch(/yes, partly, or not today/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toBeNull();
  });

  it.each([
    ['never did it', 'not_today', /what got in the way/i],
    ['done and dusted', 'done', /feeling|how are you/i],
  ] as const)('reads "%s" said on its own, which Alexa could not resolve, as %s', async (value, status, reply) => {
    await setPlan();
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('PracticeStatusIntent', { status: { value, type: 'PRACTICE_STATUS', noMatch: true } });
    expect(spoken(r)).toMatch(reply);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ practice: { status } }]);
  });

  it('asks the practice question, storing nothing, when words said on its own name no status; the answer is kept', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('PracticeStatusIntent', { status: { value: 'blue skies', type: 'PRACTICE_STATUS', noMatch: true } });
    expect(spoken(r)).toMatch(/yes, partly, or not today/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);
    await c.say('AMAZON.YesIntent');
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ practice: { status: 'done' } }]);
  });

  it('asks the practice question again, with the choices, when a sentence names no status', async () => {
    const c = await atThePracticeQuestion('my cat was sick');
    const r = await c.say('WhatHappenedIntent', { event: 'my therapist said to wait' });
    expect(spoken(r)).toMatch(/yes, partly, or not today/i);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ practice: null, whatHappened: 'my cat was sick' });
  });

  it('is asked only when a practice is set, and takes a skip with its barrier in the user\'s words', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'content' });
    await c.say('IntensityIntent', { intensity: '3' });
    const practiceQ = await c.say('SkipIntent');
    expect(spoken(practiceQ)).toMatch(/practice/i);
    expect(spoken(practiceQ)).toContain('say one line about the worst moment of the day');
    const barrierQ = await c.say('PracticeStatusIntent', { status: { value: 'not today', id: 'not_today', type: 'PRACTICE_STATUS' } });
    expect(spoken(barrierQ)).toMatch(/what got in the way/i);
    expect(spoken(barrierQ)).not.toMatch(/should|failed|lazy/i);
    const done = await c.say('BarrierIntent', { barrier: { value: 'I forgot', id: 'forgot', type: 'BARRIER' } });
    expect(done.response.shouldEndSession).toBe(true);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry?.practice).toMatchObject({ status: 'not_today', barrier: 'forgot', barrierSaid: 'I forgot' });
  });

  it.each([
    ['AMAZON.YesIntent', {}, 'done'],
    ['PracticeStatusIntent', { status: { value: 'kind of', id: 'partly', type: 'PRACTICE_STATUS' } }, 'partly'],
    ['AMAZON.NoIntent', {}, 'not_today'],
  ] as const)('maps %s to %s', async (intent, slots, status) => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '2' });
    await c.say('SkipIntent');
    await c.say(intent, slots);
    expect((await h.store.listCheckIns(owner))[0]?.practice?.status).toBe(status);
  });

  it.each([
    ['names the barrier inside a sentence Alexa did not resolve', 'was avoiding it honestly', 'avoidance'],
    ['keeps a barrier said in the user\'s own words as "other"', 'my mother was visiting all week', 'other'],
  ])('%s, and keeps the sentence too', async (_what, said, barrier) => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '2' });
    await c.say('SkipIntent');
    await c.say('AMAZON.NoIntent');
    await c.say('WhatHappenedIntent', { event: said });
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ barrier, barrierSaid: said });
  });

  it('takes "I skipped it" said to "how are you feeling?" as the practice, not as the feeling', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('PracticeStatusIntent', { status: { value: 'I skipped it', id: 'not_today', type: 'PRACTICE_STATUS' } });
    expect(r.response.shouldEndSession).toBe(false);
    // A skip is met with curiosity first, so the answer is the barrier, never the feeling ("I forgot").
    expect(spoken(r)).toMatch(/what got in the way/i);
    let [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ feeling: null, practice: { status: 'not_today' } });
    expect(spoken(await c.say('BarrierIntent', { barrier: { value: 'I forgot', id: 'forgot', type: 'BARRIER' } }))).toMatch(/feeling|how are you/i);
    await c.say('CheckInIntent', { feeling: 'tired' });
    [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ feeling: { said: 'tired' }, practice: { status: 'not_today', barrier: 'forgot' } });
  });

  it('takes a one-shot sentence about the practice ("I skipped my homework because I was tired") as the practice and its barrier', async () => {
    await setPlan();
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: 'I skipped my homework because I was tired' });
    expect(spoken(r)).toMatch(/feeling|how are you/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([
      { practice: { status: 'not_today', barrier: 'low_energy', barrierSaid: 'I skipped my homework because I was tired' }, whatHappened: null },
    ]);
  });

  it.each(["I skipped it today because I was knackered", 'I skipped it because I forgot'])(
    'takes "%s" said to "how are you feeling?" as the practice and its reason, not as the feeling',
    async (said) => {
      await setPlan();
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.launch();
      await c.say('WhatHappenedIntent', { event: said });
      const [entry] = await h.store.listCheckIns(owner);
      expect(entry).toMatchObject({ feeling: null, practice: { status: 'not_today', barrierSaid: said } });
      expect(entry?.practice?.barrier).not.toBeNull();
    },
  );

  it('keeps a further sentence about the day said to the practice question, and asks the question again', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '4' });
    await c.say('WhatHappenedIntent', { event: 'my sister called' });
    const r = await c.say('WhatHappenedIntent', { event: 'and then we argued about mum' });
    expect(spoken(r)).toMatch(/kept that.*practice/i);
    expect((await h.store.listCheckIns(owner))[0]?.whatHappened).toBe('my sister called … and then we argued about mum');
  });

  it('takes "I haven\'t done my practice yet" said to "how are you feeling?" as the practice, not as what happened', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('WhatHappenedIntent', { event: "I haven't done my practice yet" });
    expect(spoken(r)).toMatch(/what got in the way/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ practice: { status: 'not_today' }, whatHappened: null }]);
  });

  it('does not praise, or record as done, a practice the user says they have not done ("I haven\'t done my homework yet")', async () => {
    await setPlan();
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: "I haven't done my homework yet" });
    expect(spoken(r)).not.toMatch(/nice work|good|counts/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ practice: { status: 'not_today' } }]);
  });

  it('asks again, and records nothing, when "what got in the way?" gets an empty answer', async () => {
    await setPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '2' });
    await c.say('SkipIntent');
    await c.say('AMAZON.NoIntent');
    const r = await c.say('BarrierIntent', { barrier: '' });
    expect(spoken(r)).toMatch(/didn't catch that.*what got in the way/i);
    expect((await h.store.listCheckIns(owner))[0]?.practice).toMatchObject({ status: 'not_today', barrier: null });
  });

  it('asks what got in the way when a sentence about the practice names no reason ("I partly did my practice")', async () => {
    await setPlan();
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: 'I partly did my practice' });
    expect(spoken(r)).toMatch(/what got in the way/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ practice: { status: 'partly', barrier: null, barrierSaid: 'I partly did my practice' } }]);
  });

  it('says there is no practice, and carries on with the check-in, when "I did it" comes mid-way and none is set', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('PracticeStatusIntent', { status: { value: 'I did it', id: 'done', type: 'PRACTICE_STATUS' } });
    expect(spoken(r)).toMatch(/don't have a practice set/i);
    expect(spoken(r)).toMatch(/feeling|how are you/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);
  });

  it('still takes an unresolved practice-like answer to "how are you feeling?" as the feeling', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('PracticeStatusIntent', { status: 'kind of down' });
    expect((await h.store.listCheckIns(owner))[0]?.feeling).toMatchObject({ said: 'kind of down' });
  });

  it('is not asked when no practice is set', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '2' });
    const done = await c.say('SkipIntent');
    expect(done.response.shouldEndSession).toBe(true);
    expect(spoken(done)).not.toMatch(/practice/i);
  });
});

describe('help, fallback and leaving', () => {
  it('keeps a feeling and what it is about, said to "what happened?", together ("stressed about money")', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '4' });
    await c.say('CheckInIntent', { feeling: 'stressed', about: 'money' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: 'stressed about money' }]);
  });

  it('takes "yes" to the what-happened question as wanting to tell it, and listens', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '4' });
    const r = await c.say('AMAZON.YesIntent');
    expect(spoken(r)).toMatch(/go ahead/i);
    expect(spoken(r)).not.toMatch(/sorry/i);
    await c.say('WhatHappenedIntent', { event: 'my sister called' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: 'my sister called' }]);
  });

  it('gives help that depends on where the user is', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    const help = await c.say('AMAZON.HelpIntent');
    expect(spoken(help)).toMatch(/1 to 10/);
    expect(spoken(help)).toMatch(/barely there/);
    // Someone in a check-in is not told how to start one.
    expect(spoken(help)).not.toMatch(/open Between Sessions/i);
    expect(help.response.shouldEndSession).toBe(false);
    const stillCounts = await c.say('IntensityIntent', { intensity: '4' });
    expect(spoken(stillCounts)).toMatch(/happen|today/i);
    const atHappened = await c.say('AMAZON.HelpIntent');
    expect(spoken(atHappened)).toMatch(/sentence.*skip/i);
    expect(spoken(atHappened)).not.toMatch(/open Between Sessions/i);
  });

  it('re-prompts usefully on a fallback', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('AMAZON.FallbackIntent');
    expect(spoken(r)).toMatch(/didn't catch/i);
    expect(reprompt(r)).toMatch(/feeling/i);
    expect(r.response.shouldEndSession).toBe(false);
  });

  // British for "pardon?": heard as the feeling "sorry", it replaced "anxious" with a feeling of remorse.
  it.each(['sorry', 'Sorry?', 'pardon', 'what', 'sorry what'])('takes a bare "%s" after a question as asking it again, changing nothing', async (said) => {
    const c = h.talk({ userId: USER, timestamp: EVENING, locale: 'en-GB' });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say('CheckInIntent', { feeling: said });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(spoken(r)).not.toMatch(/sorry\./i);
    await c.say('IntensityIntent', { intensity: '5' });
    const again = await c.say('WhatHappenedIntent', { event: said });
    expect(spoken(again)).toMatch(/what happened|what stood out|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 5, whatHappened: null }]);
  });

  // The intensity question lets go after two misses; "how are you feeling?" asked the same words for ever.
  it('does not ask "how are you feeling?" in the same words again and again: a third miss goes on without the word', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const first = await c.say('AMAZON.FallbackIntent');
    const second = await c.say('AMAZON.FallbackIntent');
    expect(spoken(second)).not.toEqual(spoken(first));
    expect(spoken(second)).not.toMatch(/didn't catch/i);
    expect(second.response.shouldEndSession).toBe(false);
    const third = await c.say('AMAZON.FallbackIntent');
    expect(spoken(third)).toMatch(/leave the word out/i);
    expect(spoken(third)).toMatch(/1 to 10/);
    await c.say('IntensityIntent', { intensity: '4' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: null, intensity: 4 }]);
  });

  it.each(['AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])('%s leaves and keeps what was said', async (intent) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'lonely' });
    const r = await c.say(intent);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await h.store.listCheckIns(owner))[0]?.feeling?.said).toBe('lonely');
  });

  it('"say that again" asks the current question again, and changes nothing', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    const r = await c.say('AMAZON.RepeatIntent');
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'sad' }, intensity: null }]);
  });

  it('"go back" asks the question before again, and its new answer replaces the old one on the same entry', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const back = await c.say('AMAZON.PreviousIntent');
    expect(spoken(back)).toMatch(/feeling/i);
    expect(spoken(back)).not.toMatch(/1 to 10/);
    const again = await c.say('CheckInIntent', { feeling: 'worried' });
    expect(spoken(again)).toMatch(/1 to 10/);
    await c.say('IntensityIntent', { intensity: '6' });

    // From "what happened?" back to the number.
    const number = await c.say('AMAZON.PreviousIntent');
    expect(spoken(number)).toMatch(/1 to 10/);
    const next = await c.say('IntensityIntent', { intensity: '4' });
    expect(spoken(next)).toMatch(/happen|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'worried' }, intensity: 4, whatHappened: null }]);
  });

  it('takes a feeling said to "how strong?" as the feeling corrected, and asks the number again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say('CheckInIntent', { feeling: { value: 'worried', id: 'FEARFUL.ANXIOUS.WORRIED', type: 'FEELING' } });
    expect(spoken(r)).toMatch(/okay, worried/i);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'worried' }, intensity: null }]);
  });

  it.each(['11', '15', 'a hundred'])('asks "%s", past the top of the scale, again once with the range, storing nothing', async (said) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say('IntensityIntent', { intensity: said });
    expect(spoken(r)).toMatch(/past the top of the scale.*How strong is it, from 1 to 10\?/i);
    expect(spoken(r)).not.toMatch(/put down|breathe together/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: null }]);
    // A misheard "15" corrected: the number said next is the one kept.
    await c.say('IntensityIntent', { intensity: '5' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 5 }]);
  });

  it.each(['11', 'a hundred'])('keeps "%s", said past the top a second time, as a 10, says so, and offers the exercise', async (said) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('IntensityIntent', { intensity: said });
    const r = await c.say('IntensityIntent', { intensity: said });
    expect(spoken(r)).toMatch(/past the top of the scale, so I'll put down 10.*breathe together/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 10 }]);
  });

  it.each([
    ['0', /starts at 1/i],
    ['6.5', /whole number/i],
  ])('says what was wrong with "%s" when asking for the number again', async (said, why) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say('IntensityIntent', { intensity: said });
    expect(spoken(r)).toMatch(why);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: null }]);
  });

  it('takes a feeling said with a number at "how strong?" ("anxious about a 6") as both, the feeling corrected', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    await c.say('CheckInIntent', { feeling: 'anxious', intensity: '6' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 6 }]);
  });

  it('takes "I\'m worried about my exam" said to "how strong?" as the feeling corrected, and asks the number again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    const r = await c.say('WhatHappenedIntent', { event: "I'm worried about my exam tomorrow" });
    expect(spoken(r)).toMatch(/okay, worried about my exam tomorrow/i);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'worried about my exam tomorrow', family: 'Fearful' } }]);
  });

  it.each([
    ["I'm stuffed", 'stuffed', 'Bad'],
    ["I'm worried about my exam tomorrow", 'worried about my exam tomorrow', 'Fearful'],
  ])('takes "%s" (a sentence opening with "I\'m") at the first question as the feeling', async (event, said, family) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    expect(spoken(await c.say('WhatHappenedIntent', { event }))).toMatch(/1 to 10/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said, family }, whatHappened: null }]);
  });

  it.each(['low', 'strong', 'bad'])('takes "%s" said to "how strong?" as a try at the number, not a new feeling', async (word) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say('CheckInIntent', { feeling: word });
    expect(spoken(r)).toMatch(/number from 1 to 10/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: null }]);
  });

  it.each(['WeekSummaryIntent', 'DashboardCodeIntent'])('answers %s asked mid-check-in, then carries on with the check-in', async (intent) => {
    const c = h.talk({ userId: USER, timestamp: EVENING, apiEndpoint: h.api.url });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say(intent);
    expect(spoken(r)).toMatch(intent === 'WeekSummaryIntent' ? /this week/i : /dashboard|code/i);
    expect(spoken(r)).toMatch(/back to tonight.*1 to 10/i);
    expect(r.response.shouldEndSession).toBe(false);
    await c.say('IntensityIntent', { intensity: '5' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 5 }]);
  });

  it('answers the week asked right after opening, and leaves: no check-in was under way', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('WeekSummaryIntent');
    expect(r.response.shouldEndSession).toBe(true);
    expect(spoken(r)).not.toMatch(/back to tonight/i);
  });

  it('answers System.ExceptionEncountered with no speech (Alexa allows none), and logs what went wrong', async () => {
    const { otherRequest } = await import('../helpers/alexa.js');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const r = await h.send(
        otherRequest('System.ExceptionEncountered', {
          error: { type: 'INVALID_RESPONSE', message: 'The response could not be read' },
          cause: { requestId: 'amzn1.echo-api.request.earlier' },
        }, { userId: USER, apiEndpoint: h.api.url }),
      );
      expect(r.response.outputSpeech).toBeUndefined();
      expect(r.response.reprompt).toBeUndefined();
      expect(errors.mock.calls.flat().join(' ')).toContain('INVALID_RESPONSE');
      expect(errors.mock.calls.flat().join(' ')).not.toMatch(/Unable to find a suitable request handler/);
    } finally {
      errors.mockRestore();
    }
  });

  it.each([
    ['AlexaSkillEvent.SkillPermissionAccepted', { body: { acceptedPermissions: [{ scope: 'alexa::alerts:reminders:skill:readwrite' }] } }],
    ['AlexaSkillEvent.SkillEnabled', {}],
    ['Display.ElementSelected', { token: 'x' }],
  ])('answers a request type it has no use for (%s) quietly, with no speech and no error', async (type, fields) => {
    const { otherRequest } = await import('../helpers/alexa.js');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const r = await h.send(otherRequest(type, fields, { userId: USER, apiEndpoint: h.api.url }));
      expect(r.response.outputSpeech).toBeUndefined();
      expect(errors).not.toHaveBeenCalled();
      expect(await h.store.listCheckIns(owner)).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });

  it('logs a session that Alexa ended with an error, and answers nothing', async () => {
    const { sessionEndedRequest } = await import('../helpers/alexa.js');
    const r = await h.send(
      sessionEndedRequest('ERROR', { userId: USER, apiEndpoint: h.api.url }, undefined, { type: 'INVALID_RESPONSE', message: 'x' }),
    );
    expect(r.response.outputSpeech).toBeUndefined();
  });
});

describe('a check-in cut off half-way', () => {
  /** Feeling and number given at 21:30, then the session ended (asleep, or the Echo lost the connection). */
  async function cutOff() {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('IntensityIntent', { intensity: '6' });
    await c.timeout();
  }
  async function setWalkPlan() {
    await h.store.updateProfile(owner, (p) => ({
      ...p,
      plans: [{ id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', createdAt: '2026-11-20T18:00:00.000Z', none: false, action: 'a walk',
        cueWhen: null, cueThen: null, why: null, bringBack: null, modality: null, startsOn: '2026-11-20', endedAt: null }],
    }));
  }
  const later = (minutes: number) => new Date(Date.parse(EVENING) + minutes * 60_000).toISOString();

  it('is offered back on the next open that evening, and carried on with on yes: no second entry', async () => {
    await cutOff();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    const offer = await c.launch();
    expect(spoken(offer)).toMatch(/anxious/i);
    expect(spoken(offer)).toMatch(/\b6\b/);
    expect(spoken(offer)).toMatch(/carry on/i);
    const next = await c.say('AMAZON.YesIntent');
    expect(spoken(next)).toMatch(/happen|today/i);
    await c.say('WhatHappenedIntent', { event: 'the train was cancelled again' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([
      { feeling: { said: 'anxious' }, intensity: 6, whatHappened: 'the train was cancelled again' },
    ]);
  });

  it('takes what happened, said straight away, as carrying on', async () => {
    await cutOff();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    await c.say('WhatHappenedIntent', { event: 'the train was cancelled again' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 6, whatHappened: 'the train was cancelled again' }]);
  });

  it.each([
    ['no', 'AMAZON.NoIntent', {}],
    ['a new feeling', 'CheckInIntent', { feeling: 'calm' }],
  ])('starts a new entry on %s, and keeps the first as it was', async (_what, intent, slots) => {
    await cutOff();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    const r = await c.say(intent, slots);
    expect(r.response.shouldEndSession).toBe(false);
    if (intent === 'CheckInIntent') expect(await h.store.listCheckIns(owner)).toHaveLength(2);
    else expect(spoken(r)).toMatch(/feeling/i);
    expect((await h.store.listCheckIns(owner)).at(-1)).toMatchObject({ feeling: { said: 'anxious' }, intensity: 6, whatHappened: null });
  });

  it('is not offered when it went past what happened (unheard twice) to the practice', async () => {
    await setWalkPlan();
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('IntensityIntent', { intensity: '6' });
    await c.say('AMAZON.FallbackIntent');
    const practice = await c.say('AMAZON.FallbackIntent');
    expect(spoken(practice)).toMatch(/practice/i);
    await c.say('AMAZON.YesIntent');
    expect(spoken(await h.talk({ userId: USER, timestamp: later(10) }).launch())).not.toMatch(/carry on/i);
  });

  it('takes a number said straight away, when the number was the open question, as carrying on', async () => {
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'anxious' });
    await c0.timeout();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    const r = await c.say('IntensityIntent', { intensity: '6' });
    expect(spoken(r)).toMatch(/happen|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 6 }]);
  });

  // "Calm, at 2", cut off; then "8" to the offer: that is how strong it is now, not a correction of the 2.
  it('takes a number said straight away, when the entry already has one, as a new reading: the first keeps its number', async () => {
    await cutOff();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    const r = await c.say('IntensityIntent', { intensity: '8' });
    expect(spoken(r)).toMatch(/breathe|exercise/i);
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ feeling: expect.objectContaining({ said: 'anxious' }), intensity: 6 }),
      expect.objectContaining({ feeling: null, intensity: 8 }),
    ]));
  });

  // How it is now, in words, to "would you like to carry on?": the same question came back word for word, or "sorry, I
  // didn't catch that … tell me how you're feeling now", which is what they had just done.
  const top = { value: "it's unbearable", id: 'top', type: 'STRENGTH' };
  const worse = { value: 'worse', id: 'worse', type: 'CHANGE' };
  it.each([
    ['"it\'s unbearable"', 'StrengthIntent', { strength: top }, /8, 9 or 10/],
    ['"off the charts"', 'StrengthIntent', { strength: { value: 'off the charts', id: 'top', type: 'STRENGTH' } }, /8, 9 or 10/],
    ['"I\'m feeling worse now"', 'FeltChangeIntent', { change: worse }, /thank you for saying so\. as a number now, from 1 to 10/i],
  ])('takes %s to the offer, when the entry has its number, as how strong it is now: the number asked, a new reading', async (_said, intent, slots, asks) => {
    await cutOff();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    const r = await c.say(intent, slots);
    expect(spoken(r)).toMatch(asks);
    expect(spoken(r)).not.toMatch(/carry on|didn't catch/i);
    expect(spoken(await c.say('IntensityIntent', { intensity: '9' }))).toMatch(/9 is a lot to carry.*breathe together/);
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ feeling: expect.objectContaining({ said: 'anxious' }), intensity: 6 }),
      expect.objectContaining({ feeling: null, intensity: 9 }),
    ]));
  });

  it('takes "it\'s unbearable", said twice to the offer when the entry stopped at "how strong?", as the answer: the exercise offered', async () => {
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'anxious' });
    await c0.timeout();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    expect(spoken(await c.launch())).toMatch(/carry on/i);
    expect(spoken(await c.say('StrengthIntent', { strength: top }))).toMatch(/8, 9 or 10/);
    expect(spoken(await c.say('StrengthIntent', { strength: top }))).toMatch(/sounds like a lot.*breathe together/);
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    await c.say('IntensityIntent', { intensity: '6' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: "anxious, it's unbearable" }, intensity: null, intensityAfter: 6 }]);
  });

  it('takes "worse" to the offer, when the entry stopped at "how strong?", as carrying on: the number asked for it', async () => {
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'anxious' });
    await c0.timeout();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    expect(spoken(await c.say('FeltChangeIntent', { change: worse }))).toMatch(/as a number now, from 1 to 10/i);
    expect(spoken(await c.say('IntensityIntent', { intensity: '8' }))).toMatch(/8 is a lot to carry/);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 8 }]);
  });

  it('is offered when it stopped at the practice question, and the practice said straight away carries on with it', async () => {
    await setWalkPlan();
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'sad', intensity: '5' });
    expect(spoken(await c0.say('WhatHappenedIntent', { event: 'my sister called' }))).toMatch(/practice/i);
    await c0.timeout();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    expect(spoken(await c.launch())).toMatch(/carry on/i);
    await c.say('PracticeStatusIntent', { status: { value: 'not today', id: 'not_today', type: 'PRACTICE_STATUS' } });
    expect(await h.store.listCheckIns(owner)).toMatchObject([
      { feeling: { said: 'sad' }, whatHappened: 'my sister called', practice: { status: 'not_today' } },
    ]);
  });

  it('takes "not tonight" to the offer as a no when the practice was not the open question, recording no practice', async () => {
    await cutOff();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    const r = await c.say('PracticeStatusIntent', { status: { value: 'not tonight', id: 'not_today', type: 'PRACTICE_STATUS' } });
    expect(spoken(r)).toMatch(/new one/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 6, practice: null }]);
  });

  it('does not offer the exercise again when the check-in it resumes already had one', async () => {
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'panicked', intensity: '9' });
    await c0.say('AMAZON.YesIntent');
    await c0.timeout();
    const c = h.talk({ userId: USER, timestamp: later(10) });
    expect(spoken(await c.launch())).toMatch(/carry on/i);
    const r = await c.say('AMAZON.YesIntent');
    expect(spoken(r)).not.toMatch(/breathe together/i);
    // The number after the exercise was never given: asked first, so the record shows what helped.
    expect(spoken(r)).toMatch(/how strong/i);
    const next = await c.say('IntensityIntent', { intensity: '5' });
    expect(spoken(next)).toMatch(/happen|today|stood out/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 9, intensityAfter: 5 }]);
    expect(await h.store.listExercises(owner)).toMatchObject([{ intensityBefore: 9, intensityAfter: 5 }]);
  });

  // Stopped at "how strong is it now?" right after the exercise: on carrying on, that is the question.
  it('asks the number after the exercise first when the check-in it resumes stopped there', async () => {
    const c0 = h.talk({ userId: USER, timestamp: EVENING });
    await c0.launch();
    await c0.say('CheckInIntent', { feeling: 'anxious', intensity: '9' });
    await c0.say('AMAZON.YesIntent');
    expect(spoken(await c0.say('AMAZON.StopIntent'))).toMatch(/how strong/i);
    await c0.say('AMAZON.StopIntent');
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    const r = await c.say('AMAZON.YesIntent');
    expect(spoken(r)).toMatch(/how strong/i);
    await c.say('IntensityIntent', { intensity: '6' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 9, intensityAfter: 6 }]);
  });

  it('is not offered once it is finished, nor hours later', async () => {
    await cutOff();
    expect(spoken(await h.talk({ userId: USER, timestamp: later(5 * 60) }).launch())).not.toMatch(/carry on/i);
    const c = h.talk({ userId: USER, timestamp: later(10) });
    await c.launch();
    await c.say('AMAZON.YesIntent');
    await c.say('SkipIntent');
    expect(spoken(await h.talk({ userId: USER, timestamp: later(20) }).launch())).not.toMatch(/carry on/i);
  });
});

describe('the closing words', () => {
  it('never thank twice in a row, whatever was said before them', () => {
    const leads = [say.barrierAck, ...[0, 1, 2].map((seed) => say.practiceDoneAck(seed))];
    for (let seed = 0; seed < 8; seed++) {
      for (const lead of leads) {
        const text = join([lead, say.closing(seed)]).ssml;
        expect(text.match(/\bthank/gi)?.length ?? 0, text).toBeLessThanOrEqual(1);
      }
    }
  });
});
