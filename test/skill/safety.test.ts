import { describe, expect, it } from 'vitest';
import { reprompt, spoken } from '../helpers/alexa.js';
import { type SkillHarness, withSkillHarness } from '../helpers/skill.js';

const USER = 'amzn1.ask.account.SAFETY';
const owner = { userId: USER };
const EVENING = '2026-11-26T03:00:00Z';

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

const LINES = [
  ['en-US', 'nine eight eight', '988'],
  ['en-CA', 'nine eight eight', '988'],
  ['en-GB', 'one one six, one two three', '116 123'],
  ['en-AU', 'thirteen, eleven, fourteen', '13 11 14'],
  ['en-IN', 'one four four one six', '14416'],
] as const;

describe('safety', () => {
  it.each(LINES)('answers a request in %s at once with the local crisis line and a card', async (locale, said, card) => {
    const c = h.talk({ userId: USER, timestamp: EVENING, locale });
    const r = await c.say('CrisisIntent');
    expect(spoken(r)).toContain(said);
    expect(r.response.card).toMatchObject({ type: 'Simple' });
    expect(JSON.stringify(r.response.card)).toContain(card);
    expect(r.response.shouldEndSession).toBe(false);
  });

  it.each([
    ['as the feeling', 'CheckInIntent', { feeling: "I don't want to live anymore" }],
    ['inside what happened', 'WhatHappenedIntent', { event: 'I had a fight with my sister and I want to hurt myself' }],
    ['as a barrier', 'BarrierIntent', { barrier: 'I just want to die' }],
    ['as a passive wish, in the feeling', 'CheckInIntent', { feeling: 'like I want to disappear' }],
    ['as a passive wish, in what happened', 'WhatHappenedIntent', { event: 'wish I could just not wake up tomorrow' }],
  ])('answers self-harm language %s, keeps the words, and does not carry on the check-in', async (_where, intent, slots) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    await c.say('IntensityIntent', { intensity: '7' });
    const r = await c.say(intent, slots);
    expect(spoken(r)).toContain('nine eight eight');
    expect(spoken(r)).not.toMatch(/1 to 10|what happened|practice/i);
    const words = Object.values(slots)[0] as string;
    expect((await h.store.listCheckIns(owner))[0]?.whatHappened).toContain(words);

    // Whatever comes next, the skill does not return to the check-in questions.
    const next = await c.say('WhatHappenedIntent', { event: 'I just feel so alone' });
    expect(spoken(next)).toContain('nine eight eight');
    expect(spoken(next)).not.toMatch(/1 to 10|practice/i);
    const bye = await c.say('AMAZON.StopIntent');
    expect(bye.response.shouldEndSession).toBe(true);
    expect(JSON.stringify(bye.response.card)).toContain('988');
  });

  // "I'm listening… would you like to breathe together?" to someone on their way to call held them back.
  it.each(["I'll call them now", 'I called them', "I'm going to bed", 'going to text the line now'])(
    'lets the person go after the line when they say "%s": the goodbye with the number, their words kept',
    async (words) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.say('CrisisIntent');
      const bye = await c.say('WhatHappenedIntent', { event: words });
      expect(bye.response.shouldEndSession).toBe(true);
      expect(spoken(bye)).toMatch(/nine eight eight/);
      expect(spoken(bye)).not.toMatch(/breathe together/i);
      expect(JSON.stringify(bye.response.card)).toContain('988');
      expect((await h.store.listCheckIns(owner))[0]?.whatHappened).toContain(words);
    },
  );

  // A reason to stay must never end the session after the line.
  it.each(['I called them and nobody answered', "I'm not going to call them", "I want to call them but I'm scared", "I can't go to sleep", "this isn't a good night"])(
    'stays after the line when they say "%s": the follow-up, the session open',
    async (words) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.say('CrisisIntent');
      const r = await c.say('WhatHappenedIntent', { event: words });
      expect(r.response.shouldEndSession).toBe(false);
      expect(spoken(r)).toMatch(/nine eight eight/);
      expect(spoken(r)).toMatch(/breathe together/i);
    },
  );

  it.each([
    ['WhatHappenedCanIntent', 'I take all my pills'],
    ['WhatHappenedShouldIIntent', 'take all my sleeping pills'],
    ['WhatHappenedWhatIntent', 'happens if I take all my pills'],
    ['WhatHappenedHowIntent', 'many sleeping pills is too many'],
    ['WhatHappenedHowIntent', 'much paracetamol would kill me'],
  ])('meets an overdose asked as a question (%s "%s") at "what happened?" with the line, not a word about medication', async (intent, event) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'numb', intensity: '6' });
    const r = await c.say(intent, { event });
    expect(spoken(r)).toContain('nine eight eight');
    expect(spoken(r)).not.toMatch(/pharmacist|good night/i);
    expect(r.response.shouldEndSession).toBe(false);
    const [checkIn] = await h.store.listCheckIns(owner);
    expect(checkIn?.whatHappened).toContain(event);
  });

  it('leaves a question about when to take the day\'s doses to the pharmacist', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'fine', intensity: '3' });
    const r = await c.say('WhatHappenedCanIntent', { event: 'I take all my pills at the same time' });
    expect(spoken(r)).not.toContain('nine eight eight');
    expect(spoken(r)).toMatch(/pharmacist/i);
  });

  it('answers "call an ambulance" after the line with the emergency number, not the follow-up', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    const r = await c.say('MedicalEmergencyIntent');
    expect(spoken(r)).toMatch(/^That sounds like a medical emergency\. Please call nine one one now/);
    expect(spoken(r)).toMatch(/nine eight eight/);
    expect(r.response.shouldEndSession).toBe(true);
  });

  it('offers to breathe together after giving the line, without playing therapist', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    const offer = await c.say('WhatHappenedIntent', { event: 'I just feel so alone' });
    expect(spoken(offer)).toMatch(/breathe together/i);
    const breathe = await c.say('AMAZON.YesIntent');
    expect(spoken(breathe)).toMatch(/breathe/i);
    expect((await h.store.listExercises(owner))[0]?.kind).toBe('slow_exhale');
  });

  it('ends the line, and each answer after it, with a question it acts on: yes breathes, no or stop says goodbye with the number', async () => {
    const asks = /(?:Would you like|Shall we) [^.?!]*breathe together for a minute[^.?!]*\?$/;
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const open = [
      await c.say('CrisisIntent'),
      await c.say('WhatHappenedIntent', { event: 'I just feel so alone' }),
      await c.say('AMAZON.RepeatIntent'),
      await c.say('AMAZON.FallbackIntent'),
    ];
    for (const r of open) {
      expect(r.response.shouldEndSession).toBe(false);
      expect(spoken(r)).toContain('nine eight eight');
      expect(spoken(r)).toMatch(asks);
      expect(reprompt(r)).toMatch(asks);
      expect(spoken(r)).not.toMatch(/\bfirst\b/);
    }
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/breathe in/i);

    for (const answer of ['AMAZON.NoIntent', 'AMAZON.StopIntent']) {
      const d = h.talk({ userId: USER, timestamp: EVENING });
      await d.say('CrisisIntent');
      const bye = await d.say(answer);
      expect(bye.response.shouldEndSession, answer).toBe(true);
      expect(spoken(bye), answer).toContain('nine eight eight');
      expect(JSON.stringify(bye.response.card), answer).toContain('988');
    }
  });

  it('says the number again when asked to repeat, and does not go back to the check-in', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CrisisIntent');
    for (const intent of ['AMAZON.RepeatIntent', 'AMAZON.PreviousIntent']) {
      const again = await c.say(intent);
      expect(spoken(again)).toContain('nine eight eight');
      expect(spoken(again)).not.toMatch(/how are you feeling|1 to 10/i);
      expect(again.response.shouldEndSession).toBe(false);
    }
  });

  it.each([
    'this work is killing me',
    'my phone died',
    "I'm dying to see the new film",
    'my feet are killing me after the hike',
    'I could kill for a coffee',
  ])('does not mistake the idiom "%s" for a crisis', async (event) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'tired', intensity: '5' });
    const r = await c.say('WhatHappenedIntent', { event });
    expect(spoken(r)).not.toMatch(/nine eight eight/);
    expect(r.response.card).toBeUndefined();
    expect((await h.store.listCheckIns(owner))[0]?.whatHappened).toBe(event);
  });

  it('keeps the feeling said with crisis words ("anxious and I want to die"), and a number said with them', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('CrisisIntent', { feeling: 'anxious' });
    expect(spoken(r)).toContain('nine eight eight');
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: null }]);

    const d = h.talk({ userId: 'amzn1.ask.account.SAFETY2', timestamp: EVENING });
    await d.launch();
    await d.say('CheckInIntent', { feeling: 'numb' });
    const n = await d.say('CrisisIntent', { intensity: '9' });
    expect(spoken(n)).toContain('nine eight eight');
    expect(await h.store.listCheckIns({ userId: 'amzn1.ask.account.SAFETY2' })).toMatchObject([{ feeling: { said: 'numb' }, intensity: 9 }]);
  });

  it.each([
    ['"yes" to breathing', 'AMAZON.YesIntent', {}],
    ['"help me breathe"', 'ExerciseIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } }],
  ])('after the line, an exercise started with %s ends with the number and its card, not the next question', async (_how, intent, slots) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('IntensityIntent', { intensity: '5' });
    await c.say('CrisisIntent');
    const breathe = await c.say(intent, slots);
    expect(spoken(breathe)).toMatch(/breath/i);
    const [exercise] = await h.store.listExercises(owner);
    expect(exercise?.kind).toBe(intent === 'ExerciseIntent' ? 'box' : 'slow_exhale');
    expect(exercise?.checkInId).toBeNull();
    const stop = await c.say('AMAZON.StopIntent');
    expect(spoken(stop)).not.toMatch(/1 to 10|how strong/i);
    expect(spoken(stop)).toContain('nine eight eight');
    expect(JSON.stringify(stop.response.card)).toContain('988');
    expect(stop.response.shouldEndSession).toBe(true);
  });

  it('after the line, answers what comes next in words that move with it, and keeps every word', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    await c.say('WhatHappenedIntent', { event: 'I cut myself again last night' });
    const first = spoken(await c.say('CheckInIntent', { feeling: 'okay' }));
    const second = spoken(await c.say('WhatHappenedIntent', { event: 'I just feel so alone' }));
    expect(first).toContain('nine eight eight');
    expect(second).toContain('nine eight eight');
    expect(second).not.toBe(first);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry?.feeling?.said).toBe('sad');
    expect(entry?.whatHappened).toBe('I cut myself again last night … okay … I just feel so alone');
  });

  it('says the number before any goodbye in a session where the line was given', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    await c.say('AMAZON.YesIntent');
    const bye = await c.say('ThanksIntent');
    expect(bye.response.shouldEndSession).toBe(true);
    expect(spoken(bye)).toContain('nine eight eight');
    expect(JSON.stringify(bye.response.card)).toContain('988');
  });

  it('starts the next open that night with the number again, and not the next day', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('WhatHappenedIntent', { event: 'I cut myself again' });
    await c.say('AMAZON.StopIntent');
    const later = h.talk({ userId: USER, timestamp: '2026-11-26T03:30:00Z' });
    const hello = await later.launch();
    expect(spoken(hello)).toContain('nine eight eight');
    expect(spoken(hello)).toMatch(/how are you feeling now/i);
    expect(JSON.stringify(hello.response.card)).toContain('988');
    const bye = await later.say('AMAZON.StopIntent');
    expect(spoken(bye)).toContain('nine eight eight');
    const nextDay = await h.talk({ userId: USER, timestamp: '2026-11-27T02:30:00Z' }).launch();
    expect(spoken(nextDay)).not.toContain('nine eight eight');
    expect(nextDay.response.card).toBeUndefined();
  });

  it('ends a one-shot the same night ("help me breathe", "I\'m anxious") with the number too', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    await c.say('AMAZON.NoIntent');
    const breathe = h.talk({ userId: USER, timestamp: '2026-11-26T04:00:00Z' });
    await breathe.say('ExerciseIntent');
    const done = await breathe.say('AMAZON.StopIntent');
    expect(spoken(done)).toContain('nine eight eight');
    expect(JSON.stringify(done.response.card)).toContain('988');
    const oneShot = h.talk({ userId: USER, timestamp: '2026-11-26T04:10:00Z' });
    await oneShot.say('CheckInIntent', { feeling: 'anxious' });
    expect(spoken(await oneShot.say('AMAZON.StopIntent'))).toContain('nine eight eight');
  });

  it.each(['WeekSummaryIntent', 'DashboardCodeIntent', 'PracticeReadBackIntent'])(
    'after the line, still answers %s, and ends with the number',
    async (intent) => {
      const c = h.talk({ userId: USER, timestamp: EVENING });
      await c.say('CrisisIntent');
      const r = await c.say(intent);
      expect(spoken(r)).not.toMatch(/I'm listening/);
      expect(spoken(r)).toContain('nine eight eight');
      expect(r.response.shouldEndSession).toBe(true);
    },
  );

  it('after the line, still deletes on request, with the confirmation, and ends with the number', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
    await c.say('CrisisIntent');
    expect(spoken(await c.say('DeleteDataIntent'))).toMatch(/are you sure/i);
    const done = await c.say('AMAZON.YesIntent');
    expect(spoken(done)).toMatch(/deleted/i);
    expect(spoken(done)).toContain('nine eight eight');
    expect(await h.store.listCheckIns(owner)).toHaveLength(0);
  });

  // New Zealand has no Alexa locale: its Echos speak en-AU, and Australia's numbers do not work there.
  it('gives an en-AU Echo in New Zealand (by its time zone) New Zealand\'s line and emergency number', async () => {
    h.api.timeZones.set('amzn1.ask.device.KIWI', 'Pacific/Auckland');
    const c = h.talk({ userId: USER, timestamp: EVENING, locale: 'en-AU', deviceId: 'amzn1.ask.device.KIWI' });
    const r = await c.say('CrisisIntent');
    expect(spoken(r)).toContain('one seven three seven');
    expect(spoken(r)).not.toContain('thirteen, eleven, fourteen');
    expect(JSON.stringify(r.response.card)).toContain('1737');
    expect(JSON.stringify(r.response.card)).toContain('111');
    const emergency = await h.talk({ userId: 'amzn1.ask.account.KIWI2', timestamp: EVENING, locale: 'en-AU', deviceId: 'amzn1.ask.device.KIWI' }).say('MedicalEmergencyIntent');
    expect(spoken(emergency)).toContain('one one one');
  });

  it('gives an en-US Echo in London the UK\'s line', async () => {
    h.api.timeZones.set('amzn1.ask.device.LONDON', 'Europe/London');
    const r = await h.talk({ userId: USER, timestamp: EVENING, locale: 'en-US', deviceId: 'amzn1.ask.device.LONDON' }).say('CrisisIntent');
    expect(spoken(r)).toContain('one one six, one two three');
  });

  it('uses the region the user chose over the device locale and time zone', async () => {
    await h.store.updateProfile(owner, (p) => ({ ...p, crisisRegion: 'NZ', timeZone: 'America/Chicago' }));
    const c = h.talk({ userId: USER, timestamp: EVENING, locale: 'en-US' });
    const r = await c.say('CrisisIntent');
    expect(spoken(r)).toContain('one seven three seven');
  });
});
