import { describe, expect, it } from 'vitest';
import { detectMedicalEmergency } from '../../shared/safety/medical.js';
import { EMERGENCIES, NOT_EMERGENCIES } from '../fixtures/medical-phrases.js';
import { spoken } from '../helpers/alexa.js';
import { type SkillHarness, withSkillHarness } from '../helpers/skill.js';
import { eveningOf, speakOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.EMERGENCY';
const EVENING = '2026-11-26T03:00:00Z';
const owner = { userId: USER };

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

describe('the medical-emergency words', () => {
  it.each(EMERGENCIES)('hears "%s"', (text) => {
    expect(detectMedicalEmergency(text)).toBe(true);
  });

  it.each(NOT_EMERGENCIES)('does not hear "%s"', (text) => {
    expect(detectMedicalEmergency(text)).toBe(false);
  });
});

describe('asking the skill for emergency help ("call an ambulance", "I\'m having a heart attack")', () => {
  // "Call an ambulance" reached the fallback ("Sorry, I didn't catch that"), and a heart attack was kept as what
  // happened before "how are you feeling?".
  it.each([
    ['en-US', 'nine one one', '911'],
    ['en-GB', 'nine nine nine', '999'],
    ['en-AU', 'triple zero', '000'],
    ['en-IN', 'one one two', '112'],
  ])('in %s: the emergency number at once, on a card too, and the session ends so they can call', async (locale, spokenNumber, number) => {
    const r = await h.talk({ userId: USER, timestamp: EVENING, locale }).say('MedicalEmergencyIntent');
    expect(spoken(r)).toMatch(new RegExp(`^That sounds like a medical emergency\\. Please call ${spokenNumber} now`));
    expect(spoken(r)).toMatch(/not able to call for you/);
    expect(r.response.shouldEndSession).toBe(true);
    expect(JSON.stringify(r.response.card)).toContain(`call ${number} now`);
  });

  it('mid-check-in: the number, and the answers already given stay stored', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '7' });
    const r = await c.say('MedicalEmergencyIntent');
    expect(spoken(r)).toMatch(/^That sounds like a medical emergency/);
    expect(r.response.shouldEndSession).toBe(true);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'scared' }, intensity: 7 }]);
  });
});

describe('emergency words inside any other answer', () => {
  it('at "what happened?": the number first, the words kept, and the skill steps aside', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'frightened', intensity: '6' });
    const r = await c.say('WhatHappenedIntent', { event: "my husband just collapsed and isn't breathing" });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\. I'll let you go so you can call\./);
    expect(r.response.shouldEndSession).toBe(true);
    expect(JSON.stringify(r.response.card)).toContain('911');
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: "my husband just collapsed and isn't breathing" }]);
  });

  // "How strong is it, from 1 to 10?" after "my dad has collapsed" was absurd.
  it('at "how strong?": the number, and no next question', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared' });
    const r = await c.say('WhatHappenedIntent', { event: 'my dad has collapsed' });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\./);
    expect(spoken(r)).not.toMatch(/1 to 10|how strong/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect(JSON.stringify(await h.store.listCheckIns(owner))).toContain('my dad has collapsed');
  });

  it('as a one-shot: the number first', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING, locale: 'en-GB' }).say('WhatHappenedIntent', { event: "I think dad's had a stroke" });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine nine nine now\./);
  });

  it('after the breathing, "my chest still hurts" gets the number before anything else', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('BodySymptomIntent');
    const r = await c.say('WhatHappenedIntent', { event: 'my chest still hurts' });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\./);
  });

  it('on a night the crisis line was given, a goodbye with the number first keeps the crisis card it speaks of', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    await c.say('AMAZON.YesIntent');
    const bye = await c.say('WhatHappenedIntent', { event: 'my chest still hurts' });
    expect(spoken(bye)).toMatch(/^If this could be a medical emergency, call nine one one now\./);
    expect(bye.response.shouldEndSession).toBe(true);
    expect(spoken(bye)).toMatch(/on the card/);
    expect(JSON.stringify(bye.response.card)).toContain('988');
  });

  it('an overdose reported for someone else: the emergency number first, then the crisis line', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: 'my son took too many pills' });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\. .*nine eight eight/);
  });

  // "If this could be a medical emergency, call 911" came before the crisis line for a wish not to wake up.
  it('a wish not to wake up gets the crisis line, with no medical-emergency sentence before it', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: "I keep hoping I just won't wake up" });
    expect(spoken(r)).toMatch(/nine eight eight/);
    expect(spoken(r)).not.toMatch(/medical emergency/i);
  });

  it('an everyday sentence about an emergency gets no such sentence', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '5' });
    const r = await c.say('WhatHappenedIntent', { event: 'my grandad had a stroke years ago and today was his birthday' });
    expect(spoken(r)).not.toMatch(/emergency/i);
  });
});

describe('an overdose taken, or bleeding that will not stop', () => {
  // "I took a whole bottle of pills" got the crisis line and "would you like to breathe together?" with no emergency
  // number; "my friend overdosed" got the number first and then the same offer to breathe, which would keep someone who
  // needs a hospital talking to a speaker.
  it.each(['I took a whole bottle of pills', 'I took 20 paracetamol', 'I drank bleach', 'I took all my sleeping pills', 'I cut too deep', 'my friend overdosed'])(
    'said with crisis words ("%s"): the emergency number first, the line beside it, no offer to breathe, the session ended so they can call, the words kept',
    async (event) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.say('CheckInIntent', { feeling: 'scared', intensity: '7' });
      const r = await c.say('WhatHappenedIntent', { event });
      expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\. /);
      expect(spoken(r)).toMatch(/call or text nine eight eight/);
      expect(spoken(r)).not.toMatch(/breathe/i);
      expect(r.response.shouldEndSession).toBe(true);
      expect(r.response.reprompt).toBeUndefined();
      expect(JSON.stringify(r.response.card)).toMatch(/^(?=.*Call 911 now)(?=.*988)/);
      expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'scared' }, intensity: 7, whatHappened: event }]);
    },
  );

  it("in en-GB: nine nine nine first, then the Samaritans, both on the card", async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING, locale: 'en-GB' }).say('WhatHappenedIntent', { event: "I've taken like 30 tablets" });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine nine nine now\. .*Samaritans on one one six, one two three/);
    expect(JSON.stringify(r.response.card)).toMatch(/^(?=.*999)(?=.*116 123)/);
  });

  // "I can't stop the bleeding" at "what happened?" got "Thanks for checking in. It's all saved. Good night."
  it.each(["I can't stop the bleeding", "there's a lot of blood", 'I mixed pills and alcohol', 'I think I took too much'])(
    'said without crisis words ("%s"): the emergency number first, the words kept, and the skill steps aside',
    async (event) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.say('CheckInIntent', { feeling: 'scared', intensity: '7' });
      const r = await c.say('WhatHappenedIntent', { event });
      expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\. I'll let you go so you can call\./);
      expect(spoken(r)).not.toMatch(/good night|breathe/i);
      expect(r.response.shouldEndSession).toBe(true);
      expect(JSON.stringify(r.response.card)).toContain('911');
      expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: event }]);
    },
  );

  // After the line, "I can't stop the bleeding" got the number and then "shall we breathe together for a minute?".
  it('said after the crisis line: the number first, the line again, no offer to breathe, the words kept', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    const r = await c.say('WhatHappenedIntent', { event: "I can't stop the bleeding" });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\. .*nine eight eight/);
    expect(spoken(r)).not.toMatch(/breathe/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect(JSON.stringify(r.response.card)).toMatch(/^(?=.*911)(?=.*988)/);
    expect((await h.store.listCheckIns(owner))[0]?.whatHappened).toBe("I can't stop the bleeding");
  });
});

// The number first ends with "What you said is kept", and three places kept nothing: an exercise begun outside a
// check-in (or words too short to read as the day's), "how strong is it now?" after one, and "are you sure?" before
// deleting.
describe('emergency words are kept wherever they are said', () => {
  it.each([
    ['in an exercise begun on its own', [['ExerciseIntent', {}]]],
    ['in an exercise begun from the check-in', [['CheckInIntent', { feeling: 'scared', intensity: '9' }], ['AMAZON.YesIntent', {}]]],
    ['at "how strong is it now?" after an exercise', [['CheckInIntent', { feeling: 'scared', intensity: '9' }], ['AMAZON.YesIntent', {}], ['AMAZON.StopIntent', {}]]],
    ['at "are you sure?" before deleting', [['CheckInIntent', { feeling: 'scared', intensity: '7' }], ['DeleteDataIntent', {}]]],
  ] as Array<[string, Array<[string, Record<string, string>]>]>)('%s', async (_where, before) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    for (const [intent, slots] of before) await c.say(intent, slots);
    const r = await c.say('WhatHappenedIntent', { event: 'so much blood' });
    expect(spoken(r)).toMatch(/^If this could be a medical emergency, call nine one one now\. .*What you said is kept/);
    expect(r.response.shouldEndSession).toBe(true);
    const entries = await h.store.listCheckIns(owner);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.whatHappened).toBe('so much blood');
  });
});

// Said by voice, an emergency about someone else, or with no one named, fell to the fallback, which carries no words for the emergency check
// to read: "she's overdosing" got "Sorry, I didn't catch that", as if it were a mishearing.
describe('said by voice, through the interaction model', () => {
  const voice = withVoice(USER);
  const evening = eveningOf(voice);
  const NUMBER_FIRST = /^<speak><p>If this could be a medical emergency, call nine one one now\./;

  it.each([
    "she's overdosing", "he's not breathing", "she's not waking up", "he's gasping for air", "someone's collapsed",
    // With no one named.
    "it won't stop bleeding", 'blood is pouring out of my arm',
  ])(
    '"%s" at "what happened?": the number first, the words kept as said, and the session ended so they can call',
    async (sentence) => {
      const r = await speakOf(voice)('open between sessions', 'scared', '7', sentence);
      expect(r.response.outputSpeech?.ssml).toMatch(NUMBER_FIRST);
      expect(r.response.shouldEndSession).toBe(true);
      expect(await voice().h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'scared' }, intensity: 7, whatHappened: sentence }]);
    },
  );

  it.each(["he's not breathing", "someone's collapsed", 'blood everywhere'])('"%s" said to "how are you feeling?": the number first', async (sentence) => {
    expect(await evening('open between sessions', sentence)).toMatch(NUMBER_FIRST);
  });
});
