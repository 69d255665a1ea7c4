/**
 * What happened, said without "I" or "my" in front ("went to the gym", "couldn't get out of bed"), through the real
 * interaction model and the real skill: the carrier phrase Alexa leaves out of the slot is put back, so the words are
 * stored as said.
 */
import type { IntentRequest } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { restoreCarrier } from '../../skill/interceptors/CarrierInterceptor.js';
import { EVENT_CARRIERS, FEELING_QUALIFIERS, carrierIntentName, carrierOf, qualifierIntentName, qualifierOf } from '../../skill/model/carriers.js';
import { say } from '../../skill/model/resolve.js';
import { withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.CARRIERS';

const voice = withVoice(USER);

/** Opens the skill and answers the feeling and the number, by voice: the skill now asks what happened. */
async function toWhatHappened() {
  await say(voice().alexa, 'open between sessions');
  await say(voice().alexa, 'anxious');
  await say(voice().alexa, '5');
}

describe('carrier phrases', () => {
  it.each([
    'went to the gym and felt a bit better',
    "couldn't get out of bed until noon",
    'had a fight with my mom about money',
    'exams are coming up and I am behind',
    'long day at the hospital',
    'kids were sick all night',
    'she yelled at me in front of everyone',
    'my sister and I argued again',
    'so much work today',
    // A question word is a carrier of its own: a question with it left out is not the question asked.
    'why am I even awake',
    'who would have thought the bus would be on time',
    // "It" takes every verb "it was" and "it's" did not.
    'it went better than I expected',
    'it hurts to talk about it',
    'this week has been hard',
  ])('keeps "%s" whole at "what happened?"', async (sentence) => {
    await toWhatHappened();
    await say(voice().alexa, sentence);
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry?.whatHappened).toBe(sentence);
  });

  // The README's own example of an idiom: no line, and kept. It fell to the fallback, its words lost.
  it('keeps "this work is killing me" whole at "what happened?", without the crisis line', async () => {
    await toWhatHappened();
    const r = (await say(voice().alexa, 'this work is killing me', true)) as { response: { outputSpeech: { ssml: string } } };
    expect(r.response.outputSpeech.ssml).not.toMatch(/nine eight eight/);
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry?.whatHappened).toBe('this work is killing me');
  });

  it.each([
    'sometimes I think about killing myself',
    'lately I have been wanting to disappear',
    "I've been thinking I would be better off dead",
    'I keep wishing I would not wake up',
    'every night I think about ending it',
    'it hurts so much I want to die',
    'this is too much and I want to end it',
  ])('answers "%s", said at "what happened?", with the crisis line', async (sentence) => {
    await toWhatHappened();
    const r = (await say(voice().alexa, sentence)) as { response: { outputSpeech: { ssml: string } } };
    expect(r.response.outputSpeech.ssml).toMatch(/nine eight eight/);
  });

  it.each([
    ["I'm feeling pretty good", 'pretty good', 'Happy'],
    ['a bit anxious', 'a bit anxious', 'Fearful'],
    ['super tired', 'super tired', 'Bad'],
    ['kind of lonely I guess', 'kind of lonely', 'Sad'],
  ])('keeps "%s", said to "how are you feeling?", as "%s" (filed under %s)', async (sentence, said, family) => {
    await say(voice().alexa, 'open between sessions');
    await say(voice().alexa, sentence);
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry?.feeling).toMatchObject({ said, family });
  });

  it.each([
    ['so much tension', 'so much tension'],
    ['so so', 'so so'],
  ])('keeps "%s", said to "how are you feeling?", whole as the feeling ("so" is put back)', async (sentence, said) => {
    await say(voice().alexa, 'open between sessions');
    await say(voice().alexa, sentence);
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry).toMatchObject({ feeling: { said }, whatHappened: null });
  });

  // "Work" alone fell to the fallback, which carries no words: the one thing said about the day was lost.
  it.each([
    ['work', 'work'],
    ['my mum', 'my mum'],
    ['money mostly', 'money'],
  ])('keeps a topic said alone ("%s") at "what happened?"', async (said, kept) => {
    await toWhatHappened();
    await say(voice().alexa, said, true);
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry?.whatHappened).toBe(kept);
  });

  it('keeps a topic said alone to "how are you feeling?" as what happened, and asks the feeling again', async () => {
    await say(voice().alexa, 'open between sessions');
    const r = (await say(voice().alexa, 'work', true)) as { response: { outputSpeech?: { ssml?: string } } };
    expect(r.response.outputSpeech?.ssml).toMatch(/kept that/i);
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry).toMatchObject({ feeling: null, whatHappened: 'work' });
  });

  it('keeps the number said with a qualified feeling ("pretty anxious about a 6")', async () => {
    await say(voice().alexa, 'open between sessions');
    await say(voice().alexa, 'pretty anxious about a 6');
    expect(await voice().h.store.listCheckIns({ userId: USER })).toMatchObject([{ feeling: { said: 'pretty anxious' }, intensity: 6 }]);
  });

  it('takes a qualifier with no feeling heard ("pretty", the feeling lost) as no feeling, and asks for it', async () => {
    const c = voice().h.talk({ userId: USER, timestamp: '2026-11-26T02:30:00Z' });
    await c.launch();
    const r = await c.say('CheckInPrettyIntent', {});
    expect(JSON.stringify(r.response.outputSpeech)).toMatch(/feeling/i);
    expect(await voice().h.store.listCheckIns({ userId: USER })).toHaveLength(0);
  });

  it('names every qualifier intent after its words, and maps each back to them', () => {
    for (const qualifier of FEELING_QUALIFIERS) expect(qualifierOf(qualifierIntentName(qualifier))).toBe(qualifier);
    expect(new Set(FEELING_QUALIFIERS.map(qualifierIntentName)).size).toBe(FEELING_QUALIFIERS.length);
    expect(qualifierOf('CheckInIntent')).toBeNull();
  });

  it('names every carrier intent after its phrase, and maps each back to it', () => {
    for (const carrier of EVENT_CARRIERS) expect(carrierOf(carrierIntentName(carrier))).toBe(carrier);
    expect(new Set(EVENT_CARRIERS.map(carrierIntentName)).size).toBe(EVENT_CARRIERS.length);
    expect(carrierOf('WhatHappenedIntent')).toBeNull();
  });
});

describe('a question about the skill itself, said with a question word', () => {
  const asked = (carrier: string, rest: string) =>
    restoreCarrier({ type: 'IntentRequest', intent: { name: carrierIntentName(carrier), confirmationStatus: 'NONE', slots: { event: { name: 'event', value: rest, confirmationStatus: 'NONE' } } } } as unknown as IntentRequest).intent;

  it.each([
    ['is', 'it saved'],
    ['will', 'you remember this'],
    ['where', 'are my notes'],
    ['can', 'I stop'],
    ['can', 'I delete that'],
    ['can', 'I change my answer'],
    ['how', 'long will this take'],
    ['who', 'are you'],
  ])('"%s %s" is not kept as what happened: not understood, and the question again', (carrier, rest) => {
    expect(asked(carrier, rest).name).toBe('AMAZON.FallbackIntent');
  });

  it.each([
    ['is', 'it normal to cry after therapy'],
    ['can', 'I take all my pills'],
    ['why', 'am I even alive'],
    ['who', 'would miss me if I died'],
    ['can', 'I stop feeling like this'],
  ])('"%s %s" is still kept, for the safety check and the advice path', (carrier, rest) => {
    expect(asked(carrier, rest)).toMatchObject({ name: 'WhatHappenedIntent', slots: { event: { value: `${carrier} ${rest}` } } });
  });
});
