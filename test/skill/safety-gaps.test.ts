/**
 * Gaps in the safety net, said by voice at every question of the evening: through the real en-US interaction model and
 * the real skill. A phrase no sample takes reaches the skill as AMAZON.FallbackIntent, which carries no words, so the
 * safety checks never see it; and the model is the same at every question, but each question's handler is not, so
 * each phrase is said at each of them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { IntentRequest } from 'ask-sdk-model';
import { detectMedicalEmergency } from '../../shared/safety/medical.js';
import { crisisAsRead, restoreCarrier } from '../../skill/interceptors/CarrierInterceptor.js';
import { matchUtterance } from '../../skill/model/resolve.js';
import { plan } from '../factories.js';
import { EMERGENCIES as ALL_EMERGENCIES } from '../fixtures/medical-phrases.js';
import { speakOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.SAFETYGAPS';
const voice = withVoice(USER);
const speak = speakOf(voice);

const LINE = /nine eight eight/;
const NUMBER_FIRST = /^<speak><p>If this could be a medical emergency, call nine one one now\./;

/** What was said before, to reach each question from a fresh session (a practice is set, so it is asked about). */
const STEPS: Record<string, { before: string[]; step: string }> = {
  'how are you feeling?': { before: ['open between sessions'], step: 'feeling' },
  'how strong?': { before: ['open between sessions', 'sad'], step: 'intensity' },
  'would you like to breathe together?': { before: ['open between sessions', 'scared', '9'], step: 'offer_exercise' },
  'mid-exercise': { before: ['open between sessions', 'scared', '9', 'yes'], step: 'exercise' },
  'how strong now?': { before: ['open between sessions', 'scared', '9', 'yes', 'stop'], step: 'intensity_after' },
  'what happened?': { before: ['open between sessions', 'calm', '3'], step: 'what_happened' },
  'did you get to your practice?': { before: ['open between sessions', 'calm', '3', 'skip'], step: 'practice' },
  'what got in the way?': { before: ['open between sessions', 'calm', '3', 'skip', 'no'], step: 'barrier' },
  'what was it?': { before: ['open between sessions', 'calm', '3', 'skip', 'no', 'something else'], step: 'barrier_other' },
};
/** After the crisis line, where anything more said must still be heard: not a step near misses are asked at. */
const AFTER_THE_LINE: Record<string, { before: string[]; step: string }> = {
  'after the crisis line': { before: ['open between sessions', 'I want to die'], step: 'crisis' },
};

beforeEach(async () => {
  await voice().h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2020-01-01' })] }));
});

/** Says what reaches the question, checks it was reached, then says the phrase (strict: no sample taking it fails). */
async function sayAt(question: string, phrase: string) {
  const { before, step } = STEPS[question] ?? AFTER_THE_LINE[question]!;
  await speak(...before);
  const attributes = voice().alexa.context().session()?.attributes() as { conversation?: { step?: string } } | undefined;
  expect(attributes?.conversation?.step, 'the setup reached the question').toBe(step);
  return speak(phrase);
}

/** Every word tonight's entry holds, in whichever field the answer went. */
const storedWords = async () => JSON.stringify(await voice().h.store.listCheckIns({ userId: USER }));

const crossed = (phrases: readonly string[], steps: readonly string[] = Object.keys(STEPS)) =>
  steps.flatMap((question) => phrases.map((phrase) => [phrase, question] as const));
/** The same, and after the crisis line too. */
const crossedAll = (phrases: readonly string[]) => crossed(phrases, [...Object.keys(STEPS), ...Object.keys(AFTER_THE_LINE)]);

// Passive wishes to die, and hopelessness: "maybe I just won't wake up tomorrow" fell to the fallback ("Sorry, I didn't
// catch that"), since no carrier took "maybe".
const PASSIVE_WISHES = [
  "maybe I just won't wake up tomorrow",
  "maybe it'd be better if I didn't wake up",
  "I hope I don't wake up",
  'I wish I could go to sleep and never wake up',
  'maybe everyone would be better off without me',
  "I don't want to be here anymore",
  "what's the point of going on",
  "I can't do this anymore",
  "I've been thinking about ending it",
  'I want to disappear forever',
];

describe('passive wishes to die, said at any question', () => {
  it.each(crossedAll(PASSIVE_WISHES))('"%s" at "%s" gets the crisis line, and the words are kept', async (phrase, question) => {
    const r = await sayAt(question, phrase);
    expect(r.response.outputSpeech?.ssml).toMatch(LINE);
    expect(r.response.card?.title).toBeDefined();
    expect(await storedWords()).toContain(phrase);
  });
});

// Bleeding, a stabbing, an overdose: someone's own or someone else's emergency gets the emergency number first, and the
// skill steps aside so they can call. Each reached the skill as words, but the emergency check did not read them.
const EMERGENCIES = ["she's bleeding a lot", "blood won't stop", "someone's been stabbed", "he's been stabbed", 'my friend took too many pills'];

describe('emergencies, said at any question', () => {
  it.each(crossedAll(EMERGENCIES))('"%s" at "%s" gets the emergency number first, and the session ends so they can call', async (phrase, question) => {
    const r = await sayAt(question, phrase);
    expect(r.response.outputSpeech?.ssml).toMatch(NUMBER_FIRST);
    expect(r.response.shouldEndSession).toBe(true);
  });
});

/** What the skill's handlers would make of the phrase after its interceptors: the intent, and the words it carries. */
function heard(phrase: string): { intent: string; words: string } | null {
  const match = matchUtterance(voice().alexa, phrase);
  if (!match) return null;
  const slots = Object.fromEntries(Object.entries(match.slots).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE' }]));
  const request = restoreCarrier(crisisAsRead({ type: 'IntentRequest', intent: { name: match.intent, slots } } as unknown as IntentRequest));
  const words = Object.values(request.intent.slots ?? {}).map((slot) => slot.value).filter(Boolean).join(' ');
  return { intent: request.intent.name, words };
}

/** Typed forms speech recognition never gives, as Alexa would hear them. */
const AS_HEARD: Record<string, string> = { 'please call 999': 'please call nine nine nine', 'Im having a heart attack': "I'm having a heart attack" };

// Every emergency the check hears (test/fixtures/medical-phrases.ts) must reach it by voice: as the emergency intent,
// as words the check reads, or as a symptom of the body, which gets the number first too (BodySymptomIntentHandler).
describe('emergencies, through the interaction model', () => {
  const spoken = [...new Set(ALL_EMERGENCIES.map((p) => (AS_HEARD[p] ?? p).replace(/\u2019/g, "'").replace(/[,.!?]/g, '')))];

  it.each(spoken)('"%s" reaches the emergency answer', (phrase) => {
    const request = heard(phrase);
    expect(request, 'the fallback carries no words').not.toBeNull();
    if (['MedicalEmergencyIntent', 'BodySymptomIntent'].includes(request!.intent)) return;
    expect(detectMedicalEmergency(request!.words), `${request!.intent} "${request!.words}"`).toBe(true);
  });
});

// "I took all my pills", said whole at bedtime, is an overdose told, not the day's medication ("I took all my pills
// today"): like "I took too many pills", the emergency number first, and the crisis line beside it. It got neither.
describe('"I took all my pills", said at any question', () => {
  it.each([...Object.keys(STEPS), ...Object.keys(AFTER_THE_LINE)])('at "%s": the emergency number first, and the crisis line', async (question) => {
    const r = await sayAt(question, 'I took all my pills');
    expect(r.response.outputSpeech?.ssml).toMatch(NUMBER_FIRST);
    expect(r.response.outputSpeech?.ssml).toMatch(LINE);
    expect(r.response.shouldEndSession).toBe(true);
    expect(await storedWords()).toContain('I took all my pills');
  });
});

// Openings said contracted, or with no subject, that no carrier took: "they're", "don't", "mum's", "mom's", "dad's",
// "everyone's", "wish". Each fell to the fallback, its words unread.
const CONTRACTED_CRISIS = ["they're better off without me", "don't want to be here anymore", "everyone's better off without me", 'wish I was dead'];
const CONTRACTED_EMERGENCIES = ["mum's not breathing", "mom's collapsed", "dad's had a stroke", "they're not breathing"];

describe('contracted openings, said at any question', () => {
  it.each(crossedAll(CONTRACTED_CRISIS))('"%s" at "%s" gets the crisis line, and the words are kept', async (phrase, question) => {
    const r = await sayAt(question, phrase);
    expect(r.response.outputSpeech?.ssml).toMatch(LINE);
    expect(await storedWords()).toContain(phrase);
  });

  it.each(crossedAll(CONTRACTED_EMERGENCIES))('"%s" at "%s" gets the emergency number first', async (phrase, question) => {
    const r = await sayAt(question, phrase);
    expect(r.response.outputSpeech?.ssml).toMatch(NUMBER_FIRST);
    expect(r.response.shouldEndSession).toBe(true);
  });
});

// Fragments with no subject, as said in answer to "what happened?", and openings no carrier takes ("you're", "hope").
const FRAGMENTS = ["you're better off without me", "hope I don't wake up", 'rather be dead'];

describe('fragments with no subject, said at any question', () => {
  it.each(crossedAll(FRAGMENTS))('"%s" at "%s" gets the crisis line, and the words are kept', async (phrase, question) => {
    const r = await sayAt(question, phrase);
    expect(r.response.outputSpeech?.ssml).toMatch(LINE);
    expect(await storedWords()).toContain(phrase);
  });

  it.each(Object.keys(STEPS))('"took all my pills" at "%s" gets the emergency number first, and the crisis line', async (question) => {
    const r = await sayAt(question, 'took all my pills');
    expect(r.response.outputSpeech?.ssml).toMatch(NUMBER_FIRST);
    expect(r.response.outputSpeech?.ssml).toMatch(LINE);
  });
});

// Near misses: the same words about something else. Said by voice, the first fell to the fallback too.
const NEAR_MISSES = [
  "maybe I'll wake up early tomorrow",
  'I hope I wake up less tired',
  'I bled a bit shaving',
  'I cut my finger chopping onions',
  'the meeting killed me',
  "I'm dying to see the new film",
  "she's bleeding me dry with her demands",
  'I took all my pills today',
];

describe('near misses, said at any question', () => {
  it.each(crossed(NEAR_MISSES))('"%s" at "%s" gets neither the crisis line nor the emergency number', async (phrase, question) => {
    const r = await sayAt(question, phrase);
    expect(r.response.outputSpeech?.ssml).not.toMatch(LINE);
    expect(r.response.outputSpeech?.ssml).not.toMatch(/nine one one/);
    const attributes = voice().alexa.context().session()?.attributes() as { conversation?: { step?: string } } | undefined;
    expect(attributes?.conversation?.step).not.toBe('crisis');
  });
});

// The carriers added for these ("maybe", "hopefully", "don't") open other answers too: those keep their meaning.
describe('answers that open with a new carrier', () => {
  it.each([
    ['maybe a 6', 'IntensityIntent'],
    ['maybe 7', 'IntensityIntent'],
    ['maybe tired', 'CheckInIntent'],
    ['maybe high', 'StrengthIntent'],
  ])('"%s" is still %s', (phrase, intent) => {
    expect(matchUtterance(voice().alexa, phrase)?.intent).toBe(intent);
  });

  // "Don't see the point" was a value of the barrier slot; now it comes as words, read for the same reason.
  it('"don\'t see the point" at "what got in the way?" is still the reason "no point"', async () => {
    await sayAt('what got in the way?', "don't see the point");
    const [entry] = await voice().h.store.listCheckIns({ userId: USER });
    expect(entry?.practice).toMatchObject({ status: 'not_today', barrier: 'no_point', barrierSaid: "don't see the point" });
  });
});
