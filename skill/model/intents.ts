/**
 * The source of truth for the interaction model. skill-package/interactionModels/custom/*.json is
 * generated from this file by `npx tsx skill/model/build.ts`; never edit the JSON by hand (a test
 * compares them).
 *
 * Intent and slot names are a contract with the handlers: change them only together.
 */
import { FEELING_VALUES } from '../../shared/feelings.js';
import { BARRIER_VALUES, EXERCISE_VALUES, PRACTICE_STATUS_VALUES, type VocabularyValue } from '../../shared/vocabulary.js';
import { EVENT_CARRIERS, FEELING_QUALIFIERS, carrierIntentName, qualifierIntentName } from './carriers.js';
import { CRISIS_LANGUAGE } from './crisis-language.js';

export const INVOCATION_NAME = 'between sessions';

export interface SlotDef {
  readonly name: string;
  readonly type: string;
}

export interface IntentDef {
  readonly name: string;
  readonly slots?: readonly SlotDef[];
  readonly samples: readonly string[];
}

export interface SlotTypeDef {
  readonly name: string;
  readonly values: readonly { readonly id: string; readonly value: string; readonly synonyms: readonly string[] }[];
}

const FEELING = { name: 'feeling', type: 'FEELING' } as const;
const INTENSITY = { name: 'intensity', type: 'AMAZON.NUMBER' } as const;
/**
 * The first number of a range ("like a 7 or 8", "between 5 and 6"). The second, its top, is in {intensity}: the top is
 * what is stored, so every handler that reads the number reads the one to keep (shared/intensity.ts).
 */
const RANGE_FROM = { name: 'rangeFrom', type: 'AMAZON.NUMBER' } as const;
/**
 * The feeling said by mistake and taken back in the same breath ("angry, no, actually sad"): heard, so that the words
 * around the right one ({feeling}) make a sample; the skill keeps only the right one.
 */
const MISTAKEN = { name: 'mistaken', type: 'FEELING' } as const;
/** How strong, said in words instead of a number ("off the charts", "not that bad"). */
const STRENGTH = { name: 'strength', type: 'STRENGTH' } as const;
/** Language of self-harm or suicide, in the words said (crisis-language.ts). */
export const CRISIS_SLOT = { name: 'crisis', type: 'CRISIS' } as const;
/**
 * The number said straight after the crisis words ("suicidal, 9"): a slot of its own, not {intensity}, so that words
 * the skill takes as what happened instead ("we got home at 9") are put back in the order they were said.
 */
export const NUMBER_AFTER = { name: 'numberAfter', type: 'AMAZON.NUMBER' } as const;

/** A list without repeats, for samples made by crossing carriers with forms, which meet some spelled-out ones. */
const unique = (samples: readonly string[]): string[] => [...new Set(samples)];
/** A second feeling said with the first ("angry and sad", "tired but okay"): one slot per joining word, so it is kept. */
const AND_FEELING = { name: 'andFeeling', type: 'FEELING' } as const;
const BUT_FEELING = { name: 'butFeeling', type: 'FEELING' } as const;
/**
 * What a feeling is about ("anxious about tomorrow"): a custom slot type, which Alexa fills with words beyond its
 * examples too. These are the commonest; the words are kept with the feeling as said.
 */
const ABOUT = { name: 'about', type: 'TOPIC' } as const;
const TOPICS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['work', 'my work', 'my job', 'the job'], ['school', 'college', 'uni', 'class'], ['tomorrow', 'tomorrow morning'],
  ['the future', 'my future'], ['money', 'bills', 'rent', 'my finances'], ['exams', 'my exams', 'my exam', 'the exam', 'the test'],
  ['my family', 'family'], ['my mom', 'my mum', 'my mother'], ['my dad', 'my father'], ['my kids', 'the kids', 'my children'],
  ['my partner', 'my boyfriend', 'my girlfriend', 'my husband', 'my wife'], ['my relationship', 'my marriage'],
  ['my health', 'my body', 'my weight'], ['the news', 'the world'], ['everything', 'all of this'], ['life', 'my life'],
  ['my boss', 'my manager'], ['my friends', 'a friend', 'my friend'], ['the meeting', 'a meeting'],
  ['the interview', 'an interview', 'my interview'], ['my appointment', 'the appointment', 'the doctor'],
  ['therapy', 'my therapy session', 'my session'], ['my sister', 'my brother', 'my siblings'], ['moving', 'the move'],
  ['the holidays', 'christmas', 'the weekend'], ['sleep', 'sleeping', 'not sleeping'], ['things', 'stuff'],
  ['my results', 'the results'], ['my presentation', 'the presentation'], ['the deadline', 'my deadline', 'deadlines'],
  ['my ex', 'the breakup'], ['my baby', 'the baby'],
];
const ABOUT_CARRIERS = ['', "I'm ", 'I feel ', "I'm feeling ", "I'm really ", "I'm a bit ", "I'm so ", 'kind of ', 'a bit ', 'really '];
const TWO_FEELING_CARRIERS = ['', "I'm ", 'I feel ', "I'm feeling ", 'feeling ', 'honestly '];

/** Carrier phrases a feeling is said in; each becomes "<carrier> {feeling}". */
const FEELING_CARRIERS = [
  "I'm feeling", 'I feel', "I'm", "I'm just", 'I am', 'I am feeling', 'feeling', 'just', 'mostly', 'honestly',
  "I've been feeling", "I've been", 'I guess', "I'm feeling like", 'I think', 'I think I feel', "I think I'm",
  "tonight I'm", "today I'm", "tonight I feel", "today I felt", 'I felt', 'I was feeling',
  "that I'm", "to log that I'm", "log that I'm", "to log that I feel", "log that I feel", "to say I'm", "to say I feel",
  "to tell you I'm", "that I feel", "to record that I'm", "record that I'm", "tell you I'm", "say I'm",
  "I'm doing", 'I am doing', 'doing', 'honestly just', "honestly I'm", 'honestly I feel',
  // A sound before the word ("mmm tired"): the feeling was lost with it.
  'mmm', 'mm', 'hmm', 'um', 'umm', 'uh', 'er', 'erm',
];

/** Since when a feeling has been there: said after it, and not kept with it (as "tonight" is not). */
const SINCE_WHEN = ['since morning', 'since this morning', 'since yesterday', 'all day', 'since I woke up'];

/** How a feeling with a qualifier is said ("I'm feeling pretty anxious"); each qualifier is an intent (carriers.ts). */
const QUALIFIED_FORMS = (q: string) => [
  `${q} {feeling}`, `I'm ${q} {feeling}`, `I'm feeling ${q} {feeling}`, `I feel ${q} {feeling}`, `feeling ${q} {feeling}`,
  `I am ${q} {feeling}`, `I am feeling ${q} {feeling}`, `just ${q} {feeling}`, `I'm just ${q} {feeling}`,
  `${q} {feeling} I guess`, `I'm ${q} {feeling} I guess`, `I feel ${q} {feeling} I guess`, `honestly ${q} {feeling}`,
  `I've been feeling ${q} {feeling}`, `I'm doing ${q} {feeling}`, `${q} {feeling} tonight`, `${q} {feeling} today`,
  `${q} {feeling} honestly`, `I think I'm ${q} {feeling}`, `${q} {feeling} right now`, `I'm ${q} {feeling} right now`,
  // With the number: "pretty anxious about a 6", "pretty anxious about an 8" (8 is the one digit said with "an").
  `${q} {feeling} about a {intensity}`, `${q} {feeling} like a {intensity}`, `I'm ${q} {feeling} about a {intensity}`,
  `I'm feeling ${q} {feeling} about a {intensity}`, `I feel ${q} {feeling} like a {intensity}`,
  `${q} {feeling} about an {intensity}`, `${q} {feeling} like an {intensity}`, `${q} {feeling} maybe a {intensity}`,
  `${q} {feeling} maybe an {intensity}`, `${q} {feeling} {intensity} out of ten`, `I'm ${q} {feeling} about an {intensity}`,
  `I'm feeling ${q} {feeling} about an {intensity}`, `I feel ${q} {feeling} like an {intensity}`,
  // Since when, and India's "only" ("feeling very low since morning", "little bit sad only").
  ...SINCE_WHEN.flatMap((since) => [`${q} {feeling} ${since}`, `feeling ${q} {feeling} ${since}`, `I'm feeling ${q} {feeling} ${since}`]),
  `${q} {feeling} only`, `I'm ${q} {feeling} only`, `feeling ${q} {feeling} only`,
];

/** Words said after a feeling ("kind of lonely I guess"): each crossed with the commonest carriers. */
const FEELING_TRAILERS = ['I guess', 'honestly', 'I think', 'actually', 'to be honest', 'if I am honest'];
const TRAILED_CARRIERS = ['', "I'm", 'I feel', "I'm feeling", 'just'];

/** One-shot carriers ("ask between sessions to log that I'm anxious about a 6"), with the number after the feeling. */
const ONE_SHOT_CARRIERS = [
  "log that I'm", 'log that I feel', "to log that I'm", 'to log that I feel', "that I'm", 'that I feel',
  "record that I'm", "to record that I'm", "tell you I'm", "to tell you I'm", "say I'm", "to say I'm",
];

const NUMBER_FORMS = (slot: string) => [
  `about a {${slot}}`, `about an {${slot}}`, `like a {${slot}}`, `like an {${slot}}`, `a {${slot}}`, `an {${slot}}`,
  `{${slot}} out of ten`, `a {${slot}} out of ten`, `an {${slot}} out of ten`, `around a {${slot}}`, `maybe a {${slot}}`,
];

/** The number after a feeling said in one breath: "anxious about an 8", "sad maybe a 9", "tired 8 out of 10". */
const FEELING_NUMBER_CARRIERS = ['', "I'm ", 'I feel ', "I'm feeling ", 'feeling '];
const FEELING_NUMBER_FORMS = [...NUMBER_FORMS('intensity'), 'maybe an {intensity}', 'around an {intensity}', 'at a {intensity}', 'at an {intensity}'];

/** A range for the number: "7 or 8", "a 6 or 7", "like an 8 or 9", "between 5 and 6". The top is kept (RANGE_FROM). */
const RANGES = [
  ...['', 'a ', 'an '].flatMap((a) => ['or ', 'or a ', 'or an ', 'to '].map((or) => `${a}{rangeFrom} ${or}{intensity}`)),
  'between {rangeFrom} and {intensity}', 'somewhere between {rangeFrom} and {intensity}', 'between a {rangeFrom} and a {intensity}',
];
const RANGE_LEADS = ['', 'like ', 'about ', 'maybe ', 'around ', 'probably ', "I'd say ", "it's ", 'honestly ', 'maybe like ', "it's like ", "I'd say like ", 'probably like '];

const checkIn: IntentDef = {
  name: 'CheckInIntent',
  slots: [FEELING, INTENSITY, AND_FEELING, BUT_FEELING, ABOUT, RANGE_FROM],
  samples: unique([
    'I want to check in', 'start my check in', 'to start my check in', 'check in', 'to check in', 'do my check in',
    'to do my check in', "let's check in", 'I want to do my check in', 'start a check in', 'begin my check in',
    'start the check in', 'bedtime check in', 'my bedtime check in', 'do my bedtime check in', 'I want to log how I feel',
    'log how I feel', 'to log how I feel', 'log my feelings', 'record how I feel', 'I want to talk about my day',
    'check in for tonight', 'start tonight\'s check in', "I'd like to check in",
    '{feeling}',
    ...FEELING_CARRIERS.map((c) => `${c} {feeling}`),
    ...TRAILED_CARRIERS.flatMap((c) => FEELING_TRAILERS.map((t) => `${c ? `${c} ` : ''}{feeling} ${t}`)),
    '{feeling} tonight', '{feeling} today', '{feeling} really', '{feeling} again', "I'm {feeling} again",
    'feeling {feeling} today', "I'm feeling {feeling} today", 'I feel {feeling} today', 'feeling {feeling} tonight',
    "I'm feeling {feeling} tonight", 'I feel {feeling} tonight', 'maybe {feeling}', 'probably {feeling}',
    'feeling {feeling} again', 'still {feeling}', "I'm still {feeling}", 'still feeling {feeling}', 'I still feel {feeling}',
    '{feeling} thanks', "I'm {feeling} thanks", "I'm {feeling} thank you",
    'kind of {feeling} and kind of {andFeeling}',
    ...SINCE_WHEN.flatMap((since) => [
      `{feeling} ${since}`, `feeling {feeling} ${since}`, `I'm feeling {feeling} ${since}`, `I've been {feeling} ${since}`,
      `I've been feeling {feeling} ${since}`, `I'm {feeling} ${since}`,
    ]),
    '{feeling} only', "I'm {feeling} only", 'feeling {feeling} only', 'I feel {feeling} only',
    '{feeling} now', '{feeling} right now', "I'm {feeling} now", "I'm {feeling} right now", 'I feel {feeling} now',
    "I'm feeling {feeling} now", 'I feel {feeling} right now',
    'I feel {feeling} about a {intensity}', "I'm feeling {feeling} about a {intensity}", "I'm feeling {feeling} about an {intensity}",
    "I'm {feeling} {intensity} out of ten", "I'm {feeling} about a {intensity}", 'I feel {feeling} {intensity} out of ten',
    "I'm {feeling} a {intensity}", 'I feel {feeling} like a {intensity}', "I'm feeling {feeling} like a {intensity}",
    '{feeling} about a {intensity}', '{feeling} like a {intensity}',
    "I'm feeling {feeling} {intensity} out of ten", "I feel {feeling} at a {intensity}", "I'm {feeling} at a {intensity}",
    ...FEELING_NUMBER_CARRIERS.flatMap((c) => FEELING_NUMBER_FORMS.map((form) => `${c}{feeling} ${form}`)),
    // A range, said with the feeling: "I'm feeling sad about a 6 or 7".
    ...FEELING_NUMBER_CARRIERS.flatMap((c) =>
      ['', 'about ', 'like ', 'maybe ', 'around '].flatMap((lead) => RANGES.map((range) => `${c}{feeling} ${lead}${range}`)),
    ),
    ...ONE_SHOT_CARRIERS.flatMap((c) => [
      `${c} {feeling} about a {intensity}`, `${c} {feeling} about an {intensity}`, `${c} {feeling} like a {intensity}`,
      `${c} {feeling} {intensity} out of ten`,
    ]),
    ...ABOUT_CARRIERS.map((c) => `${c}{feeling} about {about}`),
    ...TWO_FEELING_CARRIERS.flatMap((c) => [
      `${c}{feeling} and {andFeeling}`, `${c}{feeling} and also {andFeeling}`, `${c}{feeling} but {butFeeling}`,
      `${c}{feeling} but also {butFeeling}`,
    ]),
  ]),
};

/**
 * A feeling said again to correct it ("actually I meant scared", "no, I said angry"): its own intent, so that a step
 * that takes any words as its answer (what happened, say) does not file the correction there.
 */
const correctFeeling: IntentDef = {
  name: 'CorrectFeelingIntent',
  slots: [FEELING, MISTAKEN],
  samples: [
    // The wrong one and the right one in one breath ("angry, no, actually sad"): the right one is in {feeling}.
    ...['no actually', 'no wait', 'no I mean', 'no I meant', 'sorry', 'sorry I mean', 'sorry I meant', 'I mean', 'I meant', 'or rather',
      'actually', 'wait', 'wait no', 'no sorry', 'no no', "no actually I'm", "no wait I'm", 'no actually more'].map((turn) => `{mistaken} ${turn} {feeling}`),
    'no wait {feeling}', 'no wait I meant {feeling}', 'no actually {feeling}', 'no actually I meant {feeling}', 'sorry {feeling}',
    'sorry I mean {feeling}', 'no sorry {feeling}', 'no sorry I meant {feeling}', 'oops I meant {feeling}', 'I mean {feeling}',
    'actually {feeling}', "actually I'm {feeling}", 'actually I feel {feeling}', "actually I'm feeling {feeling}",
    'I meant {feeling}', 'actually I meant {feeling}', 'no I meant {feeling}', 'sorry I meant {feeling}',
    "no I'm {feeling}", "no wait I'm {feeling}", "I'm actually {feeling}", 'I actually feel {feeling}',
    'I said {feeling}', 'no I said {feeling}', 'more like {feeling}', "it's more like {feeling}",
    "actually I'm {feeling} now", 'actually I feel {feeling} now', "actually I'm feeling {feeling} now",
    'actually more like {feeling}', 'no wait more like {feeling}', 'wait I meant {feeling}',
  ],
};

const intensity: IntentDef = {
  name: 'IntensityIntent',
  slots: [INTENSITY, RANGE_FROM],
  samples: unique([
    '{intensity}', ...NUMBER_FORMS('intensity'), "I'd say {intensity}", "I'd say a {intensity}", "I'd say an {intensity}",
    "it's a {intensity}", "it's an {intensity}", 'around {intensity}', 'about {intensity}', 'maybe {intensity}',
    'probably a {intensity}', 'probably an {intensity}', "I'd give it a {intensity}", "I'd give it an {intensity}",
    'it was a {intensity}', 'it was an {intensity}', 'now a {intensity}', "it's {intensity}", 'a solid {intensity}',
    "I'm at a {intensity}", "I'm at an {intensity}", "I'm a {intensity}", "I'm an {intensity}", 'about {intensity} out of ten',
    'like {intensity}', 'more like a {intensity}', 'more like an {intensity}', 'down to a {intensity}', 'down to an {intensity}',
    'still a {intensity}', 'still an {intensity}', 'level {intensity}', 'number {intensity}', 'I think a {intensity}',
    'I guess a {intensity}', 'I guess {intensity}', '{intensity} maybe', 'a {intensity} maybe', 'an {intensity} maybe',
    'like a {intensity} maybe', 'like an {intensity} maybe', 'maybe like a {intensity}', 'maybe like an {intensity}',
    '{intensity} I guess', '{intensity} I think', 'a {intensity} I think', 'honestly a {intensity}', 'honestly like a {intensity}',
    'honestly like an {intensity}', 'probably {intensity}',
    // Said again, to correct it.
    'actually {intensity}', 'actually a {intensity}', 'actually an {intensity}', "actually it's a {intensity}",
    "actually it's an {intensity}", 'actually more like a {intensity}', 'actually more like an {intensity}',
    "it's more like a {intensity}", "it's more like an {intensity}", "no it's a {intensity}", "no it's an {intensity}",
    "no wait it's a {intensity}", "no wait it's more like a {intensity}", "no wait it's more like an {intensity}",
    'I meant {intensity}', 'I meant a {intensity}', 'I meant an {intensity}', 'sorry I meant a {intensity}',
    // "Sorry I meant 6", "no wait 5", "no wait I meant 5": found by a voice sweep where they fell to the fallback.
    ...['', 'a ', 'an '].flatMap((a) => [
      // Not "sorry {intensity}": "sorry" alone is a feeling too.
      `sorry I meant ${a}{intensity}`, `sorry I mean ${a}{intensity}`,
      `no wait ${a}{intensity}`, `no wait I meant ${a}{intensity}`, `no wait I mean ${a}{intensity}`, `wait no ${a}{intensity}`,
      `no I meant ${a}{intensity}`, `no I mean ${a}{intensity}`, `I mean ${a}{intensity}`, `oops I meant ${a}{intensity}`,
      `actually no ${a}{intensity}`, `no actually ${a}{intensity}`, `no make that ${a}{intensity}`, `sorry make that ${a}{intensity}`,
    ]),
    // The README's own example, and the ways round it people say.
    'no wait more like a {intensity}', 'no wait more like an {intensity}', 'wait more like a {intensity}', 'wait I meant {intensity}',
    'wait I meant a {intensity}', "actually it's more like a {intensity}", "actually it's more like an {intensity}", 'no more like a {intensity}',
    'make that a {intensity}', 'make that an {intensity}', 'change it to {intensity}', 'change it to a {intensity}',
    'somewhere around {intensity}', 'somewhere around a {intensity}', 'somewhere around an {intensity}',
    'a strong {intensity}', 'a high {intensity}', 'a low {intensity}', 'a weak {intensity}', 'probably like a {intensity}',
    'probably like an {intensity}', "I'd say like a {intensity}", "I'd say like an {intensity}", 'maybe around a {intensity}',
    '{intensity} probably', 'a {intensity} probably', 'an {intensity} probably', 'pretty high like a {intensity}',
    'pretty high like an {intensity}', 'pretty low like a {intensity}', 'pretty low like an {intensity}', 'high like a {intensity}',
    'high like an {intensity}', 'low like a {intensity}', 'low like an {intensity}',
    // Said again later, to change it ("actually make that a 5", "still 8" after an exercise), in the English of the UK
    // and Australia ("I reckon about a six now") and of India ("it is six now"). "Now" keeps it the same number.
    'actually make that a {intensity}', 'actually make that an {intensity}', 'actually make that {intensity}', 'make that {intensity}',
    "actually it's more like a {intensity} now", "actually it's more like an {intensity} now", "it's more like a {intensity} now",
    "it's more like an {intensity} now", 'more like a {intensity} now', 'more like an {intensity} now', "it's a {intensity} now",
    "it's an {intensity} now", "it's {intensity} now", 'still {intensity}', 'still about a {intensity}', 'still about an {intensity}',
    'it is {intensity}', 'it is {intensity} now', 'it is a {intensity}', 'it is an {intensity}', 'it is a {intensity} now',
    'it is an {intensity} now', 'I reckon {intensity}', 'I reckon a {intensity}', 'I reckon an {intensity}',
    'I reckon about a {intensity}', 'I reckon about an {intensity}', 'I reckon about a {intensity} now',
    'I reckon about an {intensity} now', 'I reckon a {intensity} now', 'I reckon an {intensity} now', 'I reckon {intensity} now',
    'reckon a {intensity}', 'reckon an {intensity}', 'reckon {intensity}', 'reckon about a {intensity}', 'reckon about an {intensity}',
    'about a {intensity} now', 'about an {intensity} now', 'a {intensity} now', 'an {intensity} now', '{intensity} now',
    'like a {intensity} now', 'like an {intensity} now', 'now an {intensity}', 'now {intensity}',
    // A range: the top is kept, and said back.
    ...RANGE_LEADS.flatMap((lead) => RANGES.map((range) => `${lead}${range}`)),
    // Hedged before or after, found by a voice sweep where they fell to the fallback, so a stated 9 never got the offer
    // of an exercise: "solid 9", "9 ish", "it's about 9", "honestly 9", "it is 6 maybe", "6 or so", "7 I'd say".
    ...['', 'a ', 'an '].flatMap((a) => [
      `${a}{intensity} ish`, `like ${a}{intensity} ish`, `about ${a}{intensity} ish`, `${a}{intensity} or so`, `about ${a}{intensity} or so`,
      `${a}{intensity} I'd say`, `${a}{intensity} I reckon`, `${a}{intensity} tonight`, `${a}{intensity} today`, `${a}{intensity} right now`,
      `${a}{intensity} honestly`, `${a}{intensity} to be honest`, `${a}{intensity} at least`, `${a}{intensity} or something`,
      `${a}{intensity} or thereabouts`, `${a}{intensity} give or take`,
    ]),
    'solid {intensity}', 'a solid {intensity} tonight', "it's about {intensity}", "it's about a {intensity}", "it's about an {intensity}",
    'it is about {intensity}', 'it is about a {intensity}', 'it is about an {intensity}', "it's like {intensity}", "it's like a {intensity}",
    "it's like an {intensity}", 'honestly {intensity}', 'honestly an {intensity}', 'honestly about {intensity}', 'honestly about a {intensity}',
    'honestly about an {intensity}', 'it is {intensity} maybe', "it's {intensity} maybe", "it's a {intensity} maybe", "it's an {intensity} maybe",
    'it is a {intensity} maybe', 'it is an {intensity} maybe', "it's {intensity} I'd say", "it's a {intensity} I'd say", "it's {intensity} tonight",
    "it's a {intensity} tonight", "it's an {intensity} tonight", 'it is {intensity} tonight', "I'm {intensity} tonight",
    // AMAZON.NUMBER has no halves: "5 and a half" reaches the skill as the 5 heard, rather than as nothing.
    '{intensity} and a half', 'a {intensity} and a half', 'an {intensity} and a half', 'about {intensity} and a half',
    'like {intensity} and a half', "it's {intensity} and a half", 'maybe {intensity} and a half',
  ]),
};

/**
 * How strong, said in words instead of a number. Words that are also feelings ("low", "heavy") are not here: they
 * reach the skill as a feeling, and the intensity question reads them the same way (shared/intensity.ts).
 */
const strength: IntentDef = {
  name: 'StrengthIntent',
  slots: [STRENGTH],
  samples: [
    '{strength}', "it's {strength}", 'it is {strength}', "I'd say {strength}", 'honestly {strength}', 'pretty much {strength}',
    'like {strength}', "it's like {strength}", 'still {strength}', "it's still {strength}", 'it feels {strength}',
    'it feels like {strength}', 'I guess {strength}', 'probably {strength}', 'I dunno {strength}', 'I dunno like {strength}',
    "I don't know {strength}", 'um {strength}', 'maybe {strength}', 'just {strength}', '{strength} honestly',
    '{strength} I guess', '{strength} I think', '{strength} tonight', '{strength} right now', "it's {strength} tonight",
    "it's {strength} right now", "I'd say it's {strength}", 'I think {strength}', "I think it's {strength}",
  ],
};

const whatHappened: IntentDef = {
  name: 'WhatHappenedIntent',
  slots: [{ name: 'event', type: 'AMAZON.SearchQuery' }],
  // AMAZON.SearchQuery must never be a sample on its own: every sample has a carrier phrase.
  samples: [
    // Only openings whose loss changes nothing; the rest are carriers of their own (carriers.ts).
    'today {event}', 'well {event}', 'what happened was {event}', 'just {event}', 'tonight {event}',
    'basically {event}', 'honestly {event}', 'something happened {event}', 'mainly {event}', 'mostly {event}', 'um {event}',
    'first {event}', 'I guess {event}', 'what happened is {event}', 'it was about {event}', 'mostly just {event}',
    'well today {event}', 'so today {event}',
  ],
};

/**
 * What the day was about, said in a word or two ("work", "my mum", "money mostly"): AMAZON.SearchQuery cannot be a sample
 * on its own, so without this a topic said alone fell to the fallback, which carries no words. The skill takes it as
 * WhatHappenedIntent with the words as said (CarrierInterceptor); "mostly" and the like are left out, as on
 * WhatHappenedIntent.
 */
const topic: IntentDef = {
  name: 'TopicIntent',
  slots: [ABOUT],
  samples: [
    '{about}', '{about} mostly', '{about} mainly', '{about} really', '{about} I guess', '{about} again', '{about} as usual',
    '{about} stuff', '{about} things', 'not much just {about}', 'nothing much just {about}', 'not a lot just {about}',
  ],
};

const skip: IntentDef = {
  name: 'SkipIntent',
  samples: [
    'skip', 'pass', 'nothing much', 'nothing', 'nothing really', 'skip it', "I'd rather not say", 'next question',
    'skip this one', 'skip that', 'skip this', 'rather not say', 'no comment', "let's skip it", 'move on', "let's move on",
    'nothing happened', 'nothing to report', 'nothing in particular', 'not much', 'not a lot', 'nothing special happened',
    "I don't want to talk about it", "I'd rather not", "I'd rather skip it", 'pass on that', "I don't know", 'no idea',
    'same as usual', 'just the usual', 'nothing new', 'the usual stuff', 'not tonight thanks', 'leave it',
    'nothing really happened', 'nothing much happened', 'not much happened', 'not a lot happened', 'nothing much really',
    'I guess nothing', 'nothing I guess', 'honestly nothing',
    // Not "just work": that says what the day was about, and reaches WhatHappenedIntent ("just {event}") as "work".
    'nothing major', 'nothing major happened', 'not much really',
    "honestly I don't want to get into it", "I don't want to get into it",
    // "I don't know", as said.
    'dunno', 'I dunno', 'dunno really', 'I dunno really', 'no idea really',
  ],
};

const practiceStatus: IntentDef = {
  name: 'PracticeStatusIntent',
  slots: [{ name: 'status', type: 'PRACTICE_STATUS' }],
  samples: [
    '{status}', 'I {status}', 'yeah {status}', 'yes {status}', 'well {status}', 'only {status}', 'I think {status}',
    'I guess {status}', 'um {status}', '{status} today', '{status} I guess', "honestly {status}", 'I mean {status}',
    'yep {status}', 'no {status}', 'nah {status}', 'not really {status}', 'I only {status}', '{status} this morning', '{status} earlier', '{status} tonight',
    'yeah {status} this morning', 'yes {status} earlier', 'I {status} this morning', 'I {status} earlier',
  ],
};

/** "What's my practice?": the plan read back in the user's own words. */
const practiceReadBack: IntentDef = {
  name: 'PracticeReadBackIntent',
  samples: [
    "what's my practice", 'what is my practice', "what's my homework", 'what is my homework', "what's my homework this week",
    "what's my practice this week", 'what is my practice this week', 'what is my homework this week', 'read me my practice',
    'read me my homework', 'remind me of my practice', 'remind me of my homework', 'remind me what my practice is',
    'remind me what my homework is', 'what was my homework', 'what was my practice', 'tell me my practice',
    'tell me my homework', 'what am I practicing', 'what am I supposed to practice', 'what am I meant to practice',
    'what did my therapist give me', 'what homework do I have', 'what practice do I have', 'do I have homework',
    'do I have any homework', 'do I have a practice',
    "what's my practice for this week", 'what am I working on this week', 'what did my therapist ask me to do',
    "what's the homework", "what's my homework again", 'what was my practice again', "what's my practice again",
    'what was my homework again', 'what am I working on',
  ],
};

/**
 * A new practice, or none this week, said by voice ("set my homework", "I have new homework: call my sister when
 * anxious", "there's no homework this week"). Setting one by voice is a later release: the skill says so, leaves the
 * plan as it is, and keeps the words of the task aside. Its own intent, so that these are not heard as what happened
 * ("I {event}", "there's {event}"), which filed them on a new entry as if they had been taken. Only "new" openings take
 * words: "my homework is too hard" is what got in the way.
 */
const NEW_PRACTICE_OPENINGS = [
  'I have new homework', 'I have some new homework', 'I have a new practice', "I've got new homework", "I've got a new practice",
  'I got new homework', 'I got a new practice', 'my new homework is', 'my new practice is', 'my new homework this week is',
  'the new homework is', 'my therapist gave me new homework', 'my therapist gave me a new practice', 'my therapist set me new homework',
];
const setPractice: IntentDef = {
  name: 'SetPracticeIntent',
  slots: [{ name: 'task', type: 'AMAZON.SearchQuery' }],
  samples: [
    'set my homework', 'set my practice', 'set my homework for this week', 'set my practice for this week', 'set a new practice',
    'set new homework', 'set up my homework', 'set up my practice', 'change my homework', 'change my practice', 'update my homework',
    'update my practice', 'add my homework', 'add new homework', 'new homework', 'new practice', 'I have new homework this week',
    'I got homework from my therapist', 'I got new homework from my therapist', 'my therapist gave me homework',
    'my therapist gave me some homework', 'my therapist gave me new homework this week', 'to set my homework', 'to set my practice',
    'to change my homework', 'to change my practice', 'that I have new homework',
    ...NEW_PRACTICE_OPENINGS,
    ...NEW_PRACTICE_OPENINGS.map((opening) => `${opening} {task}`),
    // None this week: a plan too, and as little to be set by voice yet.
    "there's no homework this week", 'there is no homework this week', "there's no practice this week", 'there is no practice this week',
    'no homework this week', 'no practice this week', "I don't have homework this week", "I don't have any homework this week",
    'I have no homework this week', "I don't have a practice this week", 'we agreed no homework this week',
    'my therapist said no homework this week', "that there's no homework this week", "there's no homework", 'no homework',
  ],
};

const barrier: IntentDef = {
  name: 'BarrierIntent',
  slots: [{ name: 'barrier', type: 'BARRIER' }],
  samples: [
    '{barrier}', 'I {barrier}', 'I was {barrier}', 'it was {barrier}', 'it felt {barrier}', "it's {barrier}", 'it is {barrier}',
    'because {barrier}', 'because I {barrier}', 'because I was {barrier}', 'because it was {barrier}', 'I just {barrier}',
    'honestly {barrier}', 'honestly I {barrier}', 'I think I {barrier}', 'I guess I {barrier}', 'I felt {barrier}',
    "I'm {barrier}", 'probably {barrier}', 'mostly {barrier}', 'I think I was {barrier}', 'I was just {barrier}',
    'I kind of {barrier}', 'it {barrier}', 'the problem was {barrier}', 'what got in the way was {barrier}',
    'no {barrier}', 'no I {barrier}', 'no I was {barrier}', 'not today I {barrier}', 'not today I was {barrier}',
  ],
};

const exercise: IntentDef = {
  name: 'ExerciseIntent',
  slots: [{ name: 'exercise', type: 'EXERCISE' }],
  samples: [
    '{exercise} instead', "let's do {exercise} instead", 'can we do {exercise} instead', 'try {exercise} instead',
    'help me breathe', 'I need to calm down', 'do a breathing exercise', 'breathing exercise', 'a breathing exercise',
    'help me calm down', 'help me relax', 'calm me down', 'I need to breathe', "let's breathe", 'breathe with me',
    'can we do a breathing exercise', 'guide me through a breathing exercise', 'I need a breathing exercise',
    'help me ground myself', 'help me get grounded', 'I want to do an exercise', 'do an exercise', 'an exercise',
    'a calming exercise', 'do a calming exercise', 'I need to settle', 'help me settle', 'breathing', 'let\'s do some breathing',
    'can we do some breathing', 'breathing please', 'some breathing please', 'can we breathe', 'I want to breathe',
    '{exercise}', 'do {exercise}', 'do the {exercise} exercise', 'do a {exercise} exercise', "let's do {exercise}",
    "let's do the {exercise}", "let's try {exercise}", 'start {exercise}', 'I want to do {exercise}', 'can we do {exercise}',
    'do some {exercise}', 'try {exercise}', 'guide me through {exercise}', '{exercise} please', 'I want {exercise}',
    'I need {exercise}', 'lead me through {exercise}', 'take me through {exercise}', 'do {exercise} with me',
    // One-shots: "ask between sessions for grounding", "... to do box breathing".
    'for {exercise}', 'for a {exercise}', 'for some {exercise}', 'for a {exercise} exercise', 'to do {exercise}',
    'to do some {exercise}', 'to start {exercise}', 'to help me breathe', 'for a breathing exercise', 'to help me calm down',
    'the {exercise} one', '{exercise} one', 'the {exercise}', "yes let's breathe", "yes let's do {exercise}", 'yes {exercise}',
    // In the middle of panic, the words are about the panic, not the exercise: breathing starts at once, hands-free.
    // Words about the body (heart, breath, chest) are BodySymptomIntent: they are said with an emergency caveat first.
    "I'm having a panic attack", 'I think I am having a panic attack', "I think I'm having a panic attack",
    'I am having a panic attack', 'having a panic attack', 'panic attack', "I'm having an anxiety attack",
    'anxiety attack', "I'm panicking", 'I am panicking', "I'm freaking out", "I can't calm down", 'I cannot calm down',
    "help I'm panicking", 'help me I am panicking', 'I need help calming down',
    // Bedtime: "help me sleep" is a wish to settle, and a slow breath is what the skill has for it.
    'help me sleep', 'help me fall asleep', 'help me get to sleep', 'help me wind down', 'to help me sleep',
    'to help me fall asleep', 'something to help me sleep',
  ],
};

/**
 * The body in distress: heart, breath, chest. Panic feels like this, and so can a heart or lung emergency, so the skill
 * says first, briefly, to call the local emergency number if this could be one, then breathes as ExerciseIntent does.
 * A heart attack named as such is not here: that is a call to make, not a reason to breathe along.
 */
const bodySymptom: IntentDef = {
  name: 'BodySymptomIntent',
  samples: [
    'my heart is racing', "my heart's racing", 'my heart is pounding', "my heart's pounding", 'my heart is beating so fast',
    "my heart won't slow down", 'heart racing',
    "I can't catch my breath", "I can't get my breath", "I can't breathe", 'I cannot breathe', "I can't breathe properly",
    "I feel like I can't breathe", "it's hard to breathe", 'I am struggling to breathe', "I'm struggling to breathe",
    "I'm having trouble breathing", "I'm short of breath", "I'm hyperventilating", "I think I'm hyperventilating",
    'I am hyperventilating',
    'my chest is tight', 'my chest feels tight', 'my chest hurts', 'my chest is hurting', 'my chest feels heavy',
    'tight chest', 'I have a tight chest', 'I have chest pain', 'chest pain', "my chest is tight and I can't breathe",
    "my heart is racing and I can't breathe",
  ],
};

/**
 * Help that only a person can give, asked for or named: "call an ambulance", "I'm having a heart attack". The skill
 * cannot call; it says the local emergency number and ends the session so they can. The same words inside any other
 * answer get the number first too (respond.ts), whatever else the answer is.
 */
const medicalEmergency: IntentDef = {
  name: 'MedicalEmergencyIntent',
  samples: [
    'call an ambulance', 'call me an ambulance', 'please call an ambulance', 'can you call an ambulance', 'someone call an ambulance',
    'help call an ambulance', 'get an ambulance', 'get me an ambulance', 'send an ambulance', 'ring an ambulance',
    'phone an ambulance', 'I need an ambulance', 'we need an ambulance', 'I need a doctor right now',
    'call nine one one', 'please call nine one one', 'call nine nine nine', 'please call nine nine nine', 'call triple zero',
    'call one one two', 'call emergency services', 'call the paramedics',
    "I'm having a heart attack", "I think I'm having a heart attack", 'I am having a heart attack', "I'm having a stroke",
    "I think I'm having a stroke", "I'm having a seizure", "I'm having an allergic reaction",
    // Said with "now", or to someone else in the room: no carrier took them, and they fell to the fallback.
    'call an ambulance now', 'get me an ambulance now', 'I need an ambulance now', 'we need an ambulance now',
    'someone call an ambulance now', 'help someone call an ambulance',
    // Opened by a word no carrier takes.
    'crushing chest pain', 'crushing chest pain since last night', 'crushing pain in my chest',
  ],
};

/**
 * "A bit better", "worse, like a 9": how the feeling changed, said after an exercise, with or without the number.
 * One slot type for the direction, so "I feel better" is not taken for a feeling named "better" there.
 */
const CHANGE_FRAMES = [
  // "Actually I'm feeling worse now", said to "how are you feeling?" too, where it fell to the fallback.
  "actually I'm ", "actually I'm feeling ", 'actually I feel ', "honestly I'm feeling ", 'honestly I feel ',
  '', 'a bit ', 'a little ', 'much ', 'a lot ', 'slightly ', 'somewhat ', "it's ", "it's a bit ", "it's a little ",
  'I feel ', 'I feel a bit ', 'I feel a little ', 'I feel much ', "I'm ", "I'm a bit ", "I'm a little ", "I'm feeling ",
  "I'm feeling a bit ", 'feeling ', 'feeling a bit ', 'yeah ', 'yeah a bit ', 'definitely ', 'actually ', 'a tiny bit ',
  "that's ", "that's a bit ", "that's much ", "that's a lot ",
];
const feltChange: IntentDef = {
  name: 'FeltChangeIntent',
  slots: [{ name: 'change', type: 'CHANGE' }, INTENSITY],
  samples: [
    ...CHANGE_FRAMES.flatMap((f) => [`${f}{change}`, `${f}{change} now`]),
    ...['', 'a bit ', 'a little ', 'much ', "I'm ", 'I feel ', 'feeling '].flatMap((f) => [
      `${f}{change} than yesterday`, `${f}{change} than last night`, `${f}{change} than before`,
    ]),
    ...['', 'a bit ', 'bit ', 'a little ', 'much ', "it's ", 'I feel ', 'I feel a bit ', "I'm ", "I'm a bit "].flatMap((f) => [
      `${f}{change} like a {intensity}`, `${f}{change} maybe a {intensity}`, `${f}{change} about a {intensity}`,
      `${f}{change} now a {intensity}`, `${f}{change} like an {intensity}`, `${f}{change} maybe an {intensity}`,
    ]),
  ],
};

/** "How strong is it now?" after an exercise, answered without a number. */
const noChange: IntentDef = {
  name: 'NoChangeIntent',
  samples: [
    'the same', 'same', 'about the same', 'still the same', 'pretty much the same', 'same as before', 'no change',
    'no real change', "it hasn't changed", 'it has not changed', 'unchanged', "it's the same", 'it is about the same',
    'roughly the same', 'more or less the same', 'basically the same', 'just the same', 'same as it was',
  ],
};

/**
 * Thanks, and "it helped": what people say when an exercise has done its work. Mid-exercise it ends the exercise;
 * elsewhere it is met with "you're welcome" and the question the skill was waiting on.
 */
const thanks: IntentDef = {
  name: 'ThanksIntent',
  samples: [
    'thank you', 'thanks', 'thanks a lot', 'thank you so much', 'thanks so much', 'thank you very much', 'cheers',
    'it helped', 'that helped', 'it helped a little', 'that helped a little', 'it helped a lot', 'that helped a lot',
    'it really helped', 'that really helped', 'thanks that helped', 'thank you that helped', 'that was helpful',
    'that was nice', 'that was good', 'that was lovely', 'that was really nice', 'that did help', 'it did help',
    'thanks for asking', 'thank you for asking', 'thanks for checking in', 'thank you for checking in', 'cheers for asking',
  ],
};

/**
 * Asking the skill what to do, or what is wrong, in words with nothing to keep ("what should I do?"). Questions with
 * words ("should I up my meds?", "am I depressed?") come as carriers of WhatHappenedIntent (carriers.ts), so they are
 * kept; either way the skill says whose question it is (skill/advice.ts).
 */
const advice: IntentDef = {
  name: 'AdviceIntent',
  samples: [
    'what should I do', 'what do I do', 'what would you do', 'what do you think I should do', 'what do you suggest',
    'give me some advice', 'give me advice', 'any advice', 'can you give me some advice', 'can you give me advice',
    'do you have any advice', "what's your advice", 'what is your advice', 'tell me what to do', 'what can I do',
    "what's wrong with me", 'what is wrong with me', 'is something wrong with me', 'is there something wrong with me',
    'is that normal', 'is it normal', 'do I need help', 'do I need medication', 'do I need meds',
  ],
};

const exerciseInfo: IntentDef = {
  name: 'ExerciseInfoIntent',
  slots: [{ name: 'exercise', type: 'EXERCISE' }],
  samples: [
    'what is {exercise}', "what's {exercise}", 'how does {exercise} work', 'tell me about {exercise}', 'explain {exercise}',
    'how do I do {exercise}', 'what is the {exercise} exercise', 'what exercises do you have', 'what exercises are there',
    'which exercises can we do', 'what breathing exercises do you know', 'what kinds of exercises are there',
    'what exercises can you do', 'list the exercises',
    // Asked of the exercise just offered.
    'what is it', "what's the exercise", 'what is the exercise', 'what kind of exercise', 'what does it involve',
    'what do I have to do', 'how does it work', 'what would we do',
  ],
};

const anotherRound: IntentDef = {
  name: 'AnotherRoundIntent',
  samples: [
    'another round', 'again', 'one more', 'one more round', 'once more', 'keep going', 'do it again', 'another one',
    "let's go again", 'one more time', 'go again', 'again please', 'another round please', 'more rounds',
  ],
};

const slower: IntentDef = {
  name: 'SlowerIntent',
  samples: [
    'slower', 'slow down', 'go slower', 'more slowly', 'a bit slower', 'too fast', "that's too fast", 'slower please',
    'can you go slower', 'slow it down', "it's too fast", 'a little slower', 'please slow down',
  ],
};

/**
 * Clear language of self-harm or suicide. The handler answers with the crisis line at once; being
 * generous here costs one unnecessary safety message, missing one costs far more.
 *
 * The sentences are the values of the CRISIS slot type (crisis-language.ts), which "{crisis}" takes whole, not samples
 * of their own: Alexa sends no words for a sample without a slot, so what was said ("nobody would miss me") never
 * reached tonight's entry. Alexa learns a slot's values as it learns samples, so each is heard as CrisisIntent as
 * before, now with its words. A slot that is a sample on its own takes sentences off its list too; the skill reads
 * those again, and one that is no crisis language is what happened (skill/interceptors/CarrierInterceptor.ts).
 */
const crisis: IntentDef = {
  name: 'CrisisIntent',
  slots: [CRISIS_SLOT, FEELING, INTENSITY, NUMBER_AFTER],
  samples: [
    '{crisis}',
    // Said together with the feeling, or with the number to "how strong?" ("anxious and I want to die", "9 and I want
    // to die"): the crisis answer comes first, whatever the feeling; the feeling and the number are kept as answers.
    ...['', "I'm ", 'I feel '].map((c) => `${c}{feeling} and {crisis}`),
    ...['', 'a ', "it's ", "it's a "].map((c) => `${c}{intensity} and {crisis}`),
    // With the number in the same breath ("suicidal, 9", "pretty suicidal 9"): both kept, each where it goes.
    '{crisis} {numberAfter}',
  ],
};

/**
 * "Remind me at bedtime", "set a reminder for 10 pm": the daily reminder is a later release (journey 9). Its own intent,
 * so that the skill can say so, rather than "Sorry, I didn't catch that"; nothing is set and nothing is kept (a time is no
 * words to keep). Not "remind me of my practice": that is PracticeReadBackIntent.
 */
const REMINDER_ASKS = [
  'remind me', 'to remind me', 'can you remind me', 'remind me to check in', 'remind me to do my check in',
  'remind me to do my practice', 'remind me to do my homework',
];
const setReminder: IntentDef = {
  name: 'SetReminderIntent',
  slots: [{ name: 'time', type: 'AMAZON.TIME' }],
  samples: unique([
    ...REMINDER_ASKS.flatMap((ask) => [
      `${ask} at bedtime`, `${ask} every night`, `${ask} every day`, `${ask} at {time}`, `${ask} every night at {time}`,
      `${ask} every day at {time}`, `${ask} each night at {time}`,
    ]),
    'remind me to check in', 'remind me to do my check in', 'remind me to do my practice', 'remind me to do my homework',
    'to remind me to check in', 'can you remind me', 'remind me at {time} every night', 'remind me tonight at {time}',
    'set a reminder', 'set a reminder for {time}', 'set a reminder at {time}', 'set a reminder for bedtime', 'set a bedtime reminder',
    'set a daily reminder', 'set a daily reminder for {time}', 'set a daily reminder at {time}', 'set a nightly reminder',
    'set a bedtime reminder for {time}', 'set up a reminder', 'set up a daily reminder', 'to set a reminder', 'to set a reminder for {time}',
    'can you set a reminder', 'can you set a reminder for {time}', 'I want a reminder', "I'd like a reminder", 'I need a reminder',
    'bedtime reminder', 'a reminder', 'reminder', 'reminders',
  ]),
};

const weekSummary: IntentDef = {
  name: 'WeekSummaryIntent',
  samples: [
    'how was my week', 'give me my weekly summary', 'summarize my week', 'summarise my week', 'my weekly summary',
    'weekly summary', 'how did my week go', 'tell me about my week', 'what was my week like', 'review my week',
    'my week', 'sum up my week', 'how have I been this week', 'how am I doing this week', 'week summary',
    'give me a summary of my week', 'what did this week look like', 'how has my week been', 'weekly review',
    // Found by a sweep of phrasings the development set does not hold.
    "how's my week been", 'how did I do this week', 'how was this week', 'give me a recap of my week', 'weekly summary please',
    'recap my week', 'how is my week going', "how's my week going",
  ],
};

const dashboardCode: IntentDef = {
  name: 'DashboardCodeIntent',
  samples: [
    'give me my dashboard code', 'link my dashboard', 'dashboard code', 'my dashboard code', 'get my dashboard code',
    'what is my dashboard code', "what's my dashboard code", 'connect my dashboard', 'link the dashboard', 'sign in code',
    'give me a sign in code', 'give me a code for the dashboard', 'I need a dashboard code', 'dashboard', 'open my dashboard',
    'link my account to the dashboard', 'code for the website', 'log in to the dashboard',
    // One-shots: "ask between sessions for my dashboard code".
    'for my dashboard code', 'for a dashboard code', 'for the dashboard code', 'for a sign in code', 'for a code',
    'for my code', 'to give me my dashboard code', 'to give me a dashboard code', 'to link my dashboard',
  ],
};

const deleteData: IntentDef = {
  name: 'DeleteDataIntent',
  samples: [
    'delete my data', 'forget everything about me', 'erase my data', 'delete everything', 'erase everything',
    'delete all my data', 'remove my data', 'wipe my data', 'delete my check ins', 'delete my history',
    'forget me', 'erase my history', 'clear my data', 'delete all my check ins', 'delete everything you know about me',
  ],
};

/**
 * Built-in intents. Samples added here are the ones Amazon does not already ship; for Yes, No and
 * Previous the brief's phrases are listed even where built in, so the model says what we rely on.
 */
const builtIns: IntentDef[] = [
  {
    name: 'AMAZON.HelpIntent',
    samples: [
      'what can I say', 'how does this work', 'what can you do', 'what do I say', 'how do I use this', 'what do you mean',
      'what does that mean', "I don't understand", 'I do not understand', "I don't get it",
      // Asked of a question heard again: the help for it says what it wants, and why.
      'why do you keep asking me that', 'why do you keep asking', 'why do you keep asking me', 'why are you asking me that',
      'why are you asking', 'why do you ask', 'why do you want to know', 'why does that matter',
    ],
  },
  {
    name: 'AMAZON.StopIntent',
    samples: [
      'good night', 'goodnight', "that's all", "that's enough", "I'm done for tonight", "that's it for tonight", "that's all for tonight",
      "that's all for now", 'stop talking', 'can you stop talking', 'please stop talking', 'be quiet', 'please be quiet',
      // Leaving, as people say it: they fell to the fallback, and the skill went on asking.
      'leave me alone', 'just leave me alone', 'please leave me alone', 'go away', 'just go away', 'please go away',
      'night night', 'nighty night', 'night', 'night then', 'bye', 'bye for now', 'see you tomorrow',
    ],
  },
  { name: 'AMAZON.CancelIntent', samples: ["let's stop there", 'cancel that', 'stop here', "let's stop here", 'we can stop here'] },
  { name: 'AMAZON.NavigateHomeIntent', samples: [] },
  { name: 'AMAZON.FallbackIntent', samples: [] },
  {
    name: 'AMAZON.YesIntent',
    samples: [
      'yes please', 'sure', 'okay', 'yeah', 'yes I would', "let's do it", 'go ahead', 'please do', 'sure why not', 'why not',
      "I'd like that", 'I would like that', "ok let's do it", "okay let's do it", "yes I'd like that", 'that would be nice',
      'yes let us', 'alright then', 'okay then', 'yep', 'yup', 'yes I do', 'I do',
      // As people say it: "yeah sure", "okay fine", and in Australia and India "yeah righto", "ya".
      'yeah sure', 'yes sure', 'okay fine', 'ok fine', 'alright fine', 'yeah righto', 'righto', 'ya', 'yah', 'ya sure',
      'yeah alright', 'yeah ok', 'sure thing', 'alright go on', 'go on then please', 'why not then', 'sure go ahead',
      // To "would you like to breathe together?": ways of saying yes that are not "yes".
      'ok', 'alright', 'all right', 'ok then', 'I guess so', 'I suppose so', 'I suppose', 'go on then', 'go on', 'yeah go on then',
      'yeah go on', 'go for it', 'yeah okay', 'okay sure', 'sure go on', 'yes let\'s', 'yeah why not', 'I think so', 'probably a good idea',
      // To "are you sure?" of deleting everything.
      'yes delete it', 'yes delete everything', "yes I'm sure", "I'm sure", 'yes please delete it',
    ],
  },
  {
    name: 'AMAZON.NoIntent',
    samples: [
      'no thanks', 'not now', 'no thank you', 'nope', 'not right now', 'maybe later', 'no keep it', "no don't delete it", 'keep it',
      // As people say it, in the UK ("no ta") and elsewhere.
      "nah I'm good", "nah I'm fine", 'nah thanks', 'nah thank you', 'no ta', 'no thanks ta', 'no need', 'no need thanks',
      "no thanks I'm fine", "no thanks I'm good", "no thank you I'm fine", "no thank you I'm good", "nah I'm okay",
      'not now ta', 'not now thanks', 'not now thank you', 'not right now thanks', 'not right now ta', 'not tonight ta',
    ],
  },
  { name: 'AMAZON.PreviousIntent', samples: ['go back', 'back', 'previous question', 'the last question'] },
  // A misheard answer or a change of heart: the whole check-in again, on the same entry.
  {
    name: 'AMAZON.StartOverIntent',
    samples: ['start over', 'restart', 'start again', "let's start again", 'I want to start over', 'I want to start again',
      'start over please', "I'd like to start again", "I'd like to start over", 'start from the beginning', 'let me start again', 'can we start over', 'from the top', 'begin again', 'redo my check in'],
  },
  // Lying in bed, a question or a number is easily missed.
  {
    name: 'AMAZON.RepeatIntent',
    samples: [
      'what was that', 'come again', 'can you say that again', 'repeat the question', 'pardon', 'sorry what', 'sorry can you repeat that',
      'can you repeat that', 'hang on what',
      // "What?" and "huh?" mean "say that again", never an answer.
      'what', 'huh', 'eh', 'what did you say', 'what was the question', 'say again', 'what was that again', 'you what', 'sorry what was that',
    ],
  },
];

/** One intent per meaningful carrier phrase, so the carrier can be put back (see carriers.ts). */
const carrierIntents: IntentDef[] = EVENT_CARRIERS.map((carrier) => ({
  name: carrierIntentName(carrier),
  slots: [{ name: 'event', type: 'AMAZON.SearchQuery' }],
  samples: [`${carrier} {event}`],
}));

/** One intent per qualifier of a feeling, so it can be put back (see carriers.ts). */
const qualifierIntents: IntentDef[] = FEELING_QUALIFIERS.map((qualifier) => ({
  name: qualifierIntentName(qualifier),
  slots: [FEELING, INTENSITY],
  samples: QUALIFIED_FORMS(qualifier),
}));

export const INTENTS: readonly IntentDef[] = [
  checkIn, correctFeeling, intensity, strength, noChange, feltChange, thanks, advice, whatHappened, topic, ...carrierIntents, ...qualifierIntents, skip, practiceStatus, practiceReadBack, setPractice, barrier, exercise, bodySymptom, medicalEmergency, exerciseInfo, anotherRound, slower, crisis,
  setReminder, weekSummary, dashboardCode, deleteData, ...builtIns,
];

const slotType = <Id extends string>(name: string, values: readonly VocabularyValue<Id>[]): SlotTypeDef => ({
  name,
  values: values.map((v) => ({ id: v.id, value: v.value, synonyms: v.synonyms })),
});

export const SLOT_TYPES: readonly SlotTypeDef[] = [
  { name: 'FEELING', values: FEELING_VALUES },
  slotType('PRACTICE_STATUS', PRACTICE_STATUS_VALUES),
  slotType('BARRIER', BARRIER_VALUES),
  slotType('EXERCISE', EXERCISE_VALUES),
  {
    name: 'STRENGTH',
    values: [
      {
        id: 'top',
        value: 'off the charts',
        synonyms: [
          'off the chart', 'off the scale', 'through the roof', 'unbearable', 'as bad as it gets', 'as bad as it can get', 'the worst',
          "the worst it's been", 'the worst it has been', 'the worst ever', 'really high', 'very high', 'super high', 'so high',
          'sky high', 'extremely high', 'maxed out', 'the max', 'a hundred', 'one hundred', 'a thousand', 'a million',
          'really strong', 'very strong', 'really intense', 'very intense', 'extreme', 'really really high', 'insanely high',
        ],
      },
      { id: 'high', value: 'high', synonyms: ['pretty high', 'quite high', 'fairly high', 'pretty strong', 'quite strong', 'intense', 'pretty intense', 'high ish'] },
      {
        id: 'middle',
        value: 'medium',
        synonyms: [
          'in the middle', 'somewhere in the middle', 'moderate', 'mid', 'not that bad', 'not that high', 'not too high',
          'not that strong', 'not too strong', 'manageable', 'medium ish', 'kind of medium', 'about medium', 'mid range',
        ],
      },
      { id: 'low', value: 'not much', synonyms: ['barely there', 'mild', 'pretty mild', 'not very strong', 'not strong', 'not very high', 'quite mild'] },
    ],
  },
  {
    name: 'CHANGE',
    values: [
      {
        id: 'better',
        value: 'better',
        synonyms: ['calmer', 'lighter', 'more relaxed', 'less anxious', 'less tense', 'improved', 'easier', 'more settled', 'less wound up'],
      },
      { id: 'worse', value: 'worse', synonyms: ['more anxious', 'heavier', 'more upset', 'more tense', 'not better', 'more wound up'] },
    ],
  },
  {
    name: 'TOPIC',
    values: TOPICS.map(([value, ...synonyms]) => ({ id: value.toUpperCase().replace(/\s+/g, '_'), value, synonyms })),
  },
  // One entity: the skill asks only whether the words are on the list, and keeps them as said, not as its name.
  {
    name: 'CRISIS',
    values: [{ id: 'CRISIS', value: 'suicidal', synonyms: CRISIS_LANGUAGE.filter((phrase) => phrase !== 'suicidal') }],
  },
];

/**
 * Samples Amazon ships with the built-in intents we use (from the ASK built-in intent reference),
 * so the duplicate check can see collisions with them too.
 */
export const AMAZON_BUILT_IN_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it'],
  'AMAZON.HelpIntent': ['help', 'help me', 'can you help me'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up'],
  'AMAZON.YesIntent': ['yes', 'yes please', 'sure'],
  'AMAZON.NoIntent': ['no', 'no thanks'],
  'AMAZON.PreviousIntent': ['go back', 'skip back', 'back up'],
  'AMAZON.RepeatIntent': ['repeat', 'say that again', 'repeat that'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start from the beginning'],
  'AMAZON.NavigateHomeIntent': ['home', 'go home', 'exit'],
};
