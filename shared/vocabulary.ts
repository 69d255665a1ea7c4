/**
 * What people say for a practice status, a barrier and an exercise. The interaction model's
 * PRACTICE_STATUS, BARRIER and EXERCISE slot types are generated from these tables, and
 * `matchVocabulary` lets the skill (when a slot did not resolve) and the dashboard read the same words.
 *
 * Phrases carry no leading "I" and no "I was": the samples supply those ("I {barrier}",
 * "I was {barrier}"), so one value serves every way of framing it.
 */
import type { Barrier, ExerciseKind, PracticeStatus } from './schemas.js';

/** One slot value: the id the handlers receive, its name, and what else people say for it. */
export interface VocabularyValue<Id extends string> {
  readonly id: Id;
  readonly value: string;
  readonly synonyms: readonly string[];
}

export const PRACTICE_STATUS_VALUES: readonly VocabularyValue<PracticeStatus>[] = [
  {
    id: 'done',
    value: 'did it',
    synonyms: [
      'yeah I did it', 'yes I did it', 'yes I did', 'yeah I did', 'I did it', 'did', 'done', 'I got to it', 'got to it',
      'got it done', 'all of it', 'the whole thing', 'finished it', 'I finished it', 'I managed it', 'managed it',
      'I practiced', 'I practised', 'yep did it', 'did it today', 'did it this morning', 'did it earlier',
      'I did it earlier', 'I did it this morning', 'did it after work', 'did it tonight', 'I did it tonight',
      // The practice by the names people give it: homework, practice.
      'I did my homework', 'did my homework', 'I did the homework', 'I did my practice', 'did my practice',
      "I've done my homework", 'I did my homework today', 'I did my practice today', 'homework done', 'practice done',
    ],
  },
  {
    id: 'partly',
    value: 'partly',
    synonyms: [
      'partially', 'kind of', 'sort of', 'kinda', 'sorta', 'a little', 'a bit', 'some of it', 'a bit of it',
      'halfway', 'half of it', 'tried', 'I tried', 'sort of did', 'kind of did', 'started it', 'not all of it',
      'mostly', 'pretty much', 'sort of yes', 'kind of yes', 'most of it', 'partly did it', 'partly did my practice',
      'partly did my homework', 'half did it', 'only did some of it',
      'a little bit', 'some', 'somewhat', 'not fully', 'part of it', 'a little of it',
      'some of my homework', 'I did some of my homework', 'part of my practice', 'I did part of my practice',
      'half my homework', 'half', 'only half', 'got halfway', "started but didn't finish",
      "didn't finish", "didn't finish it", 'started but',
      'mostly yeah', 'I gave it a go', 'gave it a go', 'a little bit yeah', 'sort of yeah', 'kind of yeah', 'I had a go',
      'had a go at it', 'I gave it a try',
      'yes but only a little', 'I did it kind of', 'I did it but not properly', 'did it but not properly',
      // Found by a voice sweep at "did you get to it?", where they fell to the fallback. "Almost" and "nearly" said alone
      // are some of it; "I almost did it" is not today (classifyPracticeStatus).
      'did it partially', 'partially did it', 'did a bit', 'did a bit of it', 'did a little', 'did a little bit', 'did some',
      'did some of it', 'did half', 'did half of it', 'sort of but not really', 'kind of but not really', 'almost', 'nearly',
      'almost all of it', 'nearly all of it', 'ish', 'sort of ish', 'kind of ish', 'a bit of it yeah',
    ],
  },
  {
    id: 'not_today',
    value: 'not today',
    synonyms: [
      "didn't", 'did not', "I didn't", 'I did not', 'skipped it', 'I skipped it', "didn't get to it",
      "I didn't get to it", 'not really', 'missed it', 'I missed it', "no I didn't", 'not at all', 'not tonight',
      "didn't do it", "I didn't do it", 'not yet', 'nope not today', 'none of it', "didn't get a chance",
      "didn't get the chance", "didn't get round to it", "didn't get around to it", 'no chance', 'no I forgot',
      "I didn't do my homework", "didn't do my homework", 'I skipped my homework', 'skipped my homework',
      "I didn't do my practice", 'I skipped my practice', 'skipped my practice', 'no homework today',
      'nah', 'not really no', "I couldn't do it", "I haven't yet", "I haven't done it", 'yeah nah', 'no I could not do it',
      "not yet but I will", "I didn't manage it", "I didn't manage to", 'no not yet',
      'I forgot to do it', 'forgot to do it', 'nah not today', 'of course not', "nope didn't happen", 'I wish I had',
      'I meant to do it', 'I meant to', "I haven't", 'I almost did it', 'I nearly did it', 'I did it yesterday',
      // "No, I didn't get round to it", "nah mate": the no with more of it said.
      "I didn't get round to it", "I didn't get around to it", 'nah mate', 'no mate', 'nah not really',
      // The UK's "skived it off", and the like.
      'skived it', 'skived it off', 'skived off', 'I skived it off', 'bunked it off', 'blew it off', 'I blew it off',
    ],
  },
];

export const BARRIER_VALUES: readonly VocabularyValue<Barrier>[] = [
  {
    id: 'forgot',
    value: 'forgot',
    synonyms: [
      'forgot about it', 'forgot to', 'it slipped my mind', 'slipped my mind', "didn't remember", 'it went out of my head',
      'completely forgot', 'just forgot', 'I forgot', 'forgetting', 'totally forgot',
    ],
  },
  {
    id: 'no_time',
    value: "didn't have time",
    synonyms: [
      'no time', 'had no time', 'was busy', 'too busy', 'ran out of time', 'procrastinated', 'put it off',
      'kept putting it off', "there wasn't time", 'not enough time', 'busy day', "I didn't have time", 'work got in the way',
      "couldn't find the time", 'out of time', 'procrastination',
      'too much going on', 'had too much going on', 'there was too much going on', 'too much on', 'had too much on',
      // India's "no time was there" and "I was not having time"; "work ran late again".
      'no time was there', 'time was not there', 'there was no time', 'not having time', 'work ran late', 'work ran late again',
      'work went late', 'worked late again',
    ],
  },
  {
    id: 'too_hard',
    value: 'too hard',
    synonyms: [
      'felt too hard', 'it felt too hard', 'too difficult', 'it was too hard', 'it was too difficult', "didn't know how",
      "didn't know where to start", 'too complicated', 'it was hard', 'too big', 'it felt too big', 'too confusing',
    ],
  },
  {
    id: 'low_energy',
    value: 'too tired',
    synonyms: [
      'too down', 'no energy', 'too exhausted', "didn't have the energy", "wasn't up to it", 'felt too low',
      'too low', 'too drained', 'too worn out', 'had nothing left', 'my mood was too low', 'too wiped out',
      'not up to it', 'too sad', 'too depressed', 'too sick', "didn't feel like it", 'no motivation', 'had no energy',
      'low energy', 'I had low energy', 'I was low energy', 'low energy or mood', 'I was knackered', 'I was shattered', 'I was stuffed',
      'too knackered', 'too shattered', 'too buggered',
    ],
  },
  {
    id: 'no_point',
    value: "didn't see the point",
    synonyms: [
      'no point', 'pointless', "it's not helping", "didn't think it would help", "it doesn't help", "couldn't see the point",
      "what's the point", "it won't help", "it wasn't worth it", "don't see the point", 'not worth it',
      'seemed pointless', 'felt pointless', 'it seemed pointless', 'not seeing the point', "I'm not seeing the point",
      // Said of an exercise under way too, where they stop it (ExerciseAnswerHandler).
      "this isn't helping", 'this is not helping', "it isn't helping", 'it is not helping', 'not helping', "it's not working",
      "this isn't working", 'this is not working', "this doesn't help", "this doesn't work", "it doesn't work",
      // After "it's" and "it is" ("it's not working"), which open sentences about the day too (skill/model/carriers.ts).
      'not working',
    ],
  },
  {
    id: 'avoidance',
    value: 'avoiding it',
    synonyms: [
      'was avoiding it', "didn't want to feel it", "didn't want to think about it", "didn't want to go there",
      'it was too painful', 'too painful', 'I was avoiding it', 'avoided it', 'I avoided it', "couldn't face it",
      "didn't want to face it", 'it brings up too much', 'it stirs things up', 'avoiding', 'scared to do it',
      'afraid to do it', 'was scared', 'dreading it', 'was dreading it', 'scared to', 'was scared to', 'afraid to',
      'too scared', 'too scared to', 'it brought up too much', 'brought up too much', 'too anxious', 'I was too anxious',
      // The feeling the task stirs up, in everyday words.
      'brought stuff up', 'it brought stuff up', 'brings stuff up', 'it brings stuff up', 'brought things up', 'it brought things up',
      'stirred stuff up', 'it stirred stuff up',
    ],
  },
  {
    id: 'perfectionism',
    value: 'it had to be perfect',
    synonyms: [
      'had to be perfect', 'wanted it to be perfect', "couldn't do it right", "couldn't do it properly",
      'wanted to do it right', "it wasn't perfect", "wouldn't be good enough", 'do it perfectly', 'get it perfect',
      "it wouldn't be perfect", 'perfectionism',
    ],
  },
  {
    id: 'other',
    value: 'something else',
    synonyms: [
      'other', 'other stuff', 'life got in the way', 'something came up', 'stuff came up', 'other things',
      'a different reason', 'something different', "it's complicated", 'complicated',
    ],
  },
];

export const EXERCISE_VALUES: readonly VocabularyValue<ExerciseKind>[] = [
  {
    id: 'box',
    value: 'box breathing',
    synonyms: ['box', 'square breathing', 'the box', 'box breath', 'four four four four', 'box breathing exercise', 'the box breathing'],
  },
  {
    id: 'four_seven_eight',
    value: 'four seven eight breathing',
    synonyms: [
      'four seven eight', 'the four seven eight', 'four seven eight breath', 'relaxing breath', 'the relaxing breath',
      'four seven eight exercise', 'the four seven eight breathing',
    ],
  },
  {
    id: 'slow_exhale',
    value: 'slow exhale',
    synonyms: [
      'slow breathing', 'longer exhale', 'long exhale', 'slower exhale', 'breathe out slowly', 'in four out six',
      'a slow breath', 'slow breaths', 'long out breath', 'the slow breathing', 'the longer exhale',
    ],
  },
  {
    id: 'grounding',
    value: 'grounding',
    synonyms: [
      'five four three two one', 'the five four three two one exercise', 'the five four three two one', 'ground me',
      'grounding exercise', 'the grounding', 'five senses', 'the five senses', 'senses exercise', 'five four three two one exercise',
    ],
  },
];

/** Lower case, plain apostrophes, letters/digits/apostrophes/spaces only, single spaces: how phrases are compared. */
export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The value whose name or synonym is the whole of `text` (case, punctuation and a leading
 * "I" / "I was" / "it" ignored), or null. For when a slot came back without a resolution, and for
 * the dashboard's "fix a word" form.
 */
export function matchVocabulary<Id extends string>(
  values: readonly VocabularyValue<Id>[],
  text: string,
): VocabularyValue<Id> | null {
  const said = normalisePhrase(text);
  const candidates = [said, said.replace(/^(?:i was|i|it was|it|because i|because)\s+/, '')];
  for (const v of values) {
    const forms = [v.value, ...v.synonyms].map(normalisePhrase);
    if (candidates.some((c) => forms.includes(c))) return v;
  }
  return null;
}

/**
 * Words that name a barrier inside a sentence but cannot be slot synonyms, because the feelings slot type has them
 * ("exhausted" is a feeling when asked how you feel, and low energy when asked what got in the way).
 */
const TEXT_CUES: Partial<Record<Barrier, readonly string[]>> = {
  no_time: [
    'get around to it', 'got around to it', 'too much on', 'no time', 'got crazy', 'needed me',
    'too busy', 'I was out', 'out all day', 'working late', 'worked late', 'hectic', 'flat out', "didn't get time",
    'run off my feet', 'rushed off my feet', 'ran late', 'went late', "wasn't having time", 'no time was there',
  ],
  low_energy: [
    'exhausted', 'drained', 'wiped out', 'worn out', 'unmotivated', 'tired', 'fell asleep', 'in the mood', 'headspace',
    "couldn't be bothered", 'could not be bothered', "can't be bothered", "couldn't be arsed", "can't be arsed", 'could not be arsed', 'stuffed', 'bad mood', 'low mood', 'depression', 'depressed', 'knackered', 'shattered', 'I was sick', 'I was ill', 'I felt sick', 'I felt ill', 'I was not well',
  ],
  // Not wanting to think about something is avoiding it ("honestly I just didn't want to think about the day").
  avoidance: [
    'too anxious', 'too scared', 'too upsetting', 'I was anxious', 'was anxious about it', "didn't want to think about",
    "didn't want to deal with", "didn't want to face", "didn't want to go there", "didn't want to go into",
  ],
  no_point: ["don't think it works", 'do not think it works', "doesn't work", 'does not work', "didn't work", "isn't working", "don't think it helps"],
  too_hard: ['overwhelmed', 'was overwhelmed', 'too much for me', 'too big'],
  perfectionism: ['do it badly', 'do it wrong', 'get it wrong', 'not do it right', 'do it properly', 'mess it up'],
};

/**
 * The barrier named in what someone said, when Alexa did not resolve it: the whole phrase first (matchVocabulary),
 * else the longest name or synonym found inside the sentence ("was avoiding it honestly"). "Something else" is never
 * read from words: it is what the caller keeps when nothing is named, with the words themselves.
 */
export function classifyBarrier(text: string): Barrier | null {
  const named = BARRIER_VALUES.filter((v) => v.id !== 'other').map((v) => ({
    ...v,
    synonyms: [...v.synonyms, ...(TEXT_CUES[v.id] ?? [])],
  }));
  // "I did not have time" is "I didn't have time": the forms are listed contracted, as speech recognition mostly gives them.
  const contracted = text.replace(/\b(did|do|does|could|was|were|is|are|have|has|would|ca)\s+not\b/gi, (_, verb: string) => `${verb}n't`);
  return classifyInText(named, contracted);
}

/** Words that say there was a reason, and not what it was. */
const ANOTHER_REASON = new Set([
  'something else', 'something', 'other', 'others', 'other stuff', 'other things', 'other reasons', 'stuff', 'things',
  'something different', 'a different reason', 'different reason', 'another reason', 'other reason', 'some other reason',
  'another thing', 'some other thing', 'something other', 'else', 'something came up', 'stuff came up', 'things came up',
]);
/** How such words are said around them: "it was something else", "just other stuff I guess". */
const AROUND_A_REASON = /^(?:(?:um+|uh+|er+m?|well|oh|so|no|nah|yeah|honestly|just|probably|mostly|maybe|i guess|i think|i'd say|it was|it's|it is|there was|because|because of|i had)\s+)+|\s+(?:really|i guess|i think|i suppose|though|honestly)$/g;

/**
 * Whether what got in the way was said as no more than "something else" ("other", "something came up"): there was a
 * reason, and what it was is still the person's to say. Not for words that say it ("something else came up with my
 * kids") or that decline to ("it's complicated").
 */
export function namesNoReason(text: string | null): boolean {
  if (text === null) return true;
  return ANOTHER_REASON.has(normalisePhrase(text).replace(AROUND_A_REASON, '').trim());
}

/**
 * The practice status in what someone said when Alexa heard a sentence ("I kind of did it", "did some of it"), read
 * the same way as a barrier: the whole phrase, else the longest form inside it ("kind of did" beats "did").
 */
export function classifyPracticeStatus(text: string): PracticeStatus | null {
  const whole = matchVocabulary(PRACTICE_STATUS_VALUES, text);
  if (whole) return whole.id;
  // A "did" or "done" inside a denial is not a yes: "I haven't done it yet", "I never did it". Read the denial first.
  const said = normalisePhrase(text).replace(/\b(\w+)n't\b/g, '$1 not').replace(/\bcan not\b/g, 'cannot');
  if (NOT_ALL.test(said)) return 'partly';
  if (DENIED.test(said) || NOT_TODAY.test(said)) return 'not_today';
  const inText = classifyInText(PRACTICE_STATUS_VALUES, text);
  if (inText) return inText;
  if (NOT_BOTHERED.test(said)) return 'not_today';
  // What got in the way, said as the whole answer ("busy day", heard as a sentence about the day): not today.
  return matchVocabulary(BARRIER_VALUES, text) ? 'not_today' : null;
}

/** Some but not all of it: "I didn't do all of it", "I barely did it", "couldn't finish". */
const NOT_ALL =
  /\b(?:did|have|has|could|was|were) not (?:(?:do|get through|manage|been able to do|able to do) )?(?:all|the whole|everything|finish)\b|\b(?:barely|hardly|half heartedly)\b/;
/** Almost is not done, and yesterday is not today: "I nearly did it", "I did it yesterday". */
const NOT_TODAY = /\b(?:almost|nearly) (?:did|done|got)\b|\b(?:did|done) (?:it|my \w+) (?:yesterday|last night)\b|\bmeant to\b|\bwish i had\b/;

/**
 * Not done, said without the doing: "couldn't be bothered", "I skived it off", "I was not in the mood" (heard as
 * sentences about the day, because they open with a carrier: "couldn't", "I"). Denials already read as "x not".
 */
const NOT_BOTHERED =
  /\b(?:could|ca|can|would|was|were) not be (?:bothered|arsed)\b|\bcannot be (?:bothered|arsed)\b|\bskiv(?:e|ed|ing)\b|\bbunked\b|\bblew it off\b|\bnot in the mood\b/;

/** None of it: a denial before the doing, "did nothing", "not yet". */
const DENIED =
  /\b(?:never|not)\b(?: \S+){0,3}? (?:do|did|done|doing|manage|managed|get to|got to|got round|got around|start|started|practiced|practised|able)\b|\bnever did\b|\bdid nothing\b|\bnot yet\b|\b(?:nope|nah)\b/;

function classifyInText<Id extends string>(values: readonly VocabularyValue<Id>[], text: string): Id | null {
  const whole = matchVocabulary(values, text);
  if (whole) return whole.id;
  const said = ` ${normalisePhrase(text)} `;
  let best: { id: Id; length: number } | null = null;
  for (const v of values) {
    for (const form of [v.value, ...v.synonyms].map(normalisePhrase)) {
      if (form.length > (best?.length ?? 0) && said.includes(` ${form} `)) best = { id: v.id, length: form.length };
    }
  }
  return best?.id ?? null;
}
