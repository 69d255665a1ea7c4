/**
 * The feelings vocabulary: the 130-position feelings wheel, the words people actually say at bedtime
 * that are not on it, and `classifyFeeling`, which turns what was said into a `Feeling`.
 *
 * Used by the skill (slot ids from the interaction model), by the interaction-model generator (the
 * FEELING slot type is built from `FEELING_VALUES`) and by the dashboard (families for grouping).
 * Domain code: no ask-sdk imports.
 */
import { z } from 'zod';
import wheelJson from './feelings-wheel.json' with { type: 'json' };
import { FEELING_MAX_CHARS } from './limits.js';
import { normalisePhrase } from './vocabulary.js';
import { FEELING_FAMILIES, FeelingFamilySchema, FeelingSchema, type Feeling, type FeelingFamily, withoutControlCharacters } from './schemas.js';

// ---------------------------------------------------------------------------------------------
// The wheel, validated once at load so a bad edit of the JSON fails loudly instead of misfiling feelings.

const WheelSchema = z
  .object({
    about: z.string(),
    positions: z.number().int(),
    core: z
      .array(
        z.object({
          word: FeelingFamilySchema,
          middle: z
            .array(z.object({ word: z.string().min(1), outer: z.array(z.string().min(1)).min(1) }))
            .min(1),
        }),
      )
      .length(FEELING_FAMILIES.length),
  })
  .refine(
    (w) => w.positions === w.core.reduce((n, c) => n + 1 + c.middle.reduce((m, mid) => m + 1 + mid.outer.length, 0), 0),
    { message: 'feelings-wheel.json: "positions" does not match the number of words in the wheel' },
  );

const wheel = WheelSchema.parse(wheelJson);

/** One place on the wheel: a core, middle or outer word with its path from the core. */
export interface WheelPosition {
  /** e.g. "FEARFUL.ANXIOUS.WORRIED": the path in upper case, spaces as underscores. */
  readonly id: string;
  readonly word: string;
  readonly family: FeelingFamily;
  /** Core → middle → outer, e.g. ["Fearful", "Anxious", "Worried"]. */
  readonly path: readonly string[];
  readonly ring: 'core' | 'middle' | 'outer';
}

/** The wheel as a tree, for the dashboard: each core family with its middle words and their outer words. */
export interface WheelFamily {
  readonly family: FeelingFamily;
  readonly middle: readonly { readonly word: string; readonly outer: readonly string[] }[];
}

export const positionId = (path: readonly string[]): string =>
  path.map((w) => w.toUpperCase().replace(/\s+/g, '_')).join('.');

export const FEELING_WHEEL: readonly WheelFamily[] = wheel.core.map((c) => ({
  family: c.word,
  middle: c.middle.map((m) => ({ word: m.word, outer: [...m.outer] })),
}));

/** All 130 positions, in wheel order. */
export const WHEEL_POSITIONS: readonly WheelPosition[] = FEELING_WHEEL.flatMap((c) => [
  { id: positionId([c.family]), word: c.family, family: c.family, path: [c.family], ring: 'core' as const },
  ...c.middle.flatMap((m) => [
    { id: positionId([c.family, m.word]), word: m.word, family: c.family, path: [c.family, m.word], ring: 'middle' as const },
    ...m.outer.map((o) => ({
      id: positionId([c.family, m.word, o]),
      word: o,
      family: c.family,
      path: [c.family, m.word, o],
      ring: 'outer' as const,
    })),
  ]),
]);

const POSITION_BY_ID = new Map(WHEEL_POSITIONS.map((p) => [p.id, p]));
const POSITIONS_BY_WORD = new Map<string, WheelPosition[]>();
for (const p of WHEEL_POSITIONS) {
  const key = p.word.toLowerCase();
  POSITIONS_BY_WORD.set(key, [...(POSITIONS_BY_WORD.get(key) ?? []), p]);
}

/** Every place a wheel word sits (two for Embarrassed, Disappointed, Overwhelmed, Inferior); empty if off the wheel. */
export function positionsOf(word: string): readonly WheelPosition[] {
  return POSITIONS_BY_WORD.get(word.trim().toLowerCase()) ?? [];
}

export function positionById(id: string): WheelPosition | undefined {
  return POSITION_BY_ID.get(id);
}

// ---------------------------------------------------------------------------------------------
// Words people say that the wheel does not have (or says differently), filed under the nearest
// position where the family is clear. Thought through one by one; when in doubt a word goes to
// OFF_WHEEL instead, because a wrong family on the dashboard is worse than no family.

const NEAR_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Angry
  ANGRY: ['anger', 'pissed off', 'pissed', 'cross', 'ticked off'],
  'ANGRY.LET_DOWN': ['let down by someone', 'letdown'],
  'ANGRY.LET_DOWN.BETRAYED': ['stabbed in the back', 'double crossed'],
  'ANGRY.LET_DOWN.RESENTFUL': ['resentment', 'resenting'],
  'ANGRY.HUMILIATED': ['humiliation', 'humbled'],
  'ANGRY.HUMILIATED.DISRESPECTED': ['disrespect', 'not respected'],
  'ANGRY.HUMILIATED.RIDICULED': ['mocked', 'laughed at', 'made fun of'],
  'ANGRY.BITTER': ['bitterness', 'sour'],
  'ANGRY.BITTER.INDIGNANT': ['outraged', 'offended'],
  'ANGRY.BITTER.VIOLATED': ['invaded', 'wronged'],
  'ANGRY.MAD': ['mad at someone', 'mad at myself'],
  'ANGRY.MAD.FURIOUS': ['livid', 'fuming', 'enraged', 'seething', 'raging'],
  'ANGRY.MAD.JEALOUS': ['envious', 'envy', 'jealousy'],
  'ANGRY.AGGRESSIVE': ['combative', 'confrontational'],
  'ANGRY.AGGRESSIVE.PROVOKED': ['goaded', 'wound up by someone'],
  'ANGRY.AGGRESSIVE.HOSTILE': ['hostility', 'spiteful'],
  'ANGRY.FRUSTRATED': ['fed up', 'frustration', 'sick of it', 'exasperated', 'over it'],
  'ANGRY.FRUSTRATED.INFURIATED': ['incensed', 'infuriating'],
  'ANGRY.FRUSTRATED.ANNOYED': ['irritated', 'irritable', 'grumpy', 'cranky', 'aggravated', 'snappy', 'annoyance', 'narked', 'miffed'],
  'ANGRY.DISTANT': ['detached', 'disconnected', 'far away'],
  'ANGRY.DISTANT.WITHDRAWN': ['shut off', 'closed off', 'in my shell'],
  'ANGRY.DISTANT.NUMB': ['shut down', 'feel nothing', 'dead inside'],
  'ANGRY.CRITICAL': ['critical of myself', 'self critical'],
  'ANGRY.CRITICAL.SKEPTICAL': ['sceptical', 'doubtful', 'cynical'],
  'ANGRY.CRITICAL.DISMISSIVE': ['dismissed', 'brushed off'],
  // Disgusted
  DISGUSTED: ['disgust', 'grossed out', 'sickened'],
  'DISGUSTED.DISAPPROVING': ['disapproval', 'disapprove'],
  'DISGUSTED.DISAPPROVING.JUDGMENTAL': ['judgemental', 'judged'],
  'DISGUSTED.DISAPPROVING.EMBARRASSED': ['mortified', 'embarrassment', 'cringey', 'awkward'],
  'DISGUSTED.DISAPPOINTED': ['disappointment', 'disappointed in myself'],
  'DISGUSTED.DISAPPOINTED.APPALLED': ['aghast', 'scandalized'],
  'DISGUSTED.DISAPPOINTED.REVOLTED': ['repulsed', 'revulsion'],
  'DISGUSTED.AWFUL': ['dreadful', 'feeling awful'],
  'DISGUSTED.AWFUL.NAUSEATED': ['nauseous', 'queasy', 'sick to my stomach'],
  'DISGUSTED.AWFUL.DETESTABLE': ['hateful', 'loathsome', 'hate myself'],
  'DISGUSTED.REPELLED': ['put off', 'turned off'],
  'DISGUSTED.REPELLED.HORRIFIED': ['horror', 'horrified by it'],
  'DISGUSTED.REPELLED.HESITANT': ['reluctant', 'wary', 'unwilling'],
  // Sad
  // "Flat" is the plain word it is, not the diagnostic-sounding "Depressed" it was filed under.
  SAD: ['down', 'low', 'blue', 'unhappy', 'sadness', 'miserable', 'gloomy', 'bummed', 'bummed out', 'tearful', 'teary', 'weepy', 'down in the dumps', 'a bit down', 'feeling down', 'low mood', 'flat'],
  'SAD.HURT': ['upset', 'wounded', 'hurting', 'stung'],
  // Said across the English locales the skill serves (en-GB, en-AU, en-IN as well as en-US).
  'SAD.HURT.DISAPPOINTED': ['gutted', 'crushed'],
  'SAD.DEPRESSED': ['depression', 'heavy'],
  'SAD.DEPRESSED.INFERIOR': ['less than', 'not as good as others'],
  'SAD.DEPRESSED.EMPTY': ['hollow', 'emptiness', 'void'],
  'SAD.GUILTY': ['guilt', 'guilt ridden'],
  'SAD.GUILTY.REMORSEFUL': ['regretful', 'regret', 'sorry', 'full of regret'],
  'SAD.GUILTY.ASHAMED': ['shame', 'shameful', 'full of shame'],
  'SAD.DESPAIR': ['despairing', 'hopeless', 'in despair', 'defeated'],
  'SAD.DESPAIR.POWERLESS': ['stuck', 'trapped'],
  'SAD.DESPAIR.GRIEF': ['grieving', 'heartbroken', 'mourning', 'bereaved', 'heartbreak', 'grief stricken'],
  'SAD.VULNERABLE': ['raw', 'unprotected', 'tender'],
  'SAD.VULNERABLE.FRAGILE': ['delicate', 'brittle', 'breakable'],
  'SAD.VULNERABLE.VICTIMIZED': ['victimised', 'picked on', 'bullied', 'targeted'],
  'SAD.LONELY': ['alone', 'lonesome', 'loneliness', 'on my own', 'homesick', 'missing home'],
  'SAD.LONELY.ABANDONED': ['deserted', 'forsaken', 'left behind'],
  'SAD.LONELY.ISOLATED': ['cut off', 'shut in', 'all alone'],
  // Happy
  HAPPY: ['good', 'pretty good', 'really good', 'great', 'really great', 'fantastic', 'wonderful', 'amazing', 'awesome', 'cheerful', 'glad', 'pleased', 'upbeat', 'lovely', 'brilliant', 'on top of the world', 'happiness'],
  'HAPPY.OPTIMISTIC': ['hopeful', 'positive', 'hope', 'looking forward'],
  'HAPPY.OPTIMISTIC.INSPIRED': ['motivated', 'uplifted'],
  'HAPPY.OPTIMISTIC.OPEN': ['open minded', 'receptive'],
  'HAPPY.TRUSTING': ['trust', 'safe with people'],
  'HAPPY.TRUSTING.INTIMATE': ['close', 'connected', 'close to someone'],
  'HAPPY.TRUSTING.SENSITIVE': ['tender hearted', 'soft'],
  'HAPPY.PEACEFUL': ['calm', 'relaxed', 'at peace', 'settled', 'chilled', 'chill', 'serene', 'mellow', 'centered', 'centred', 'grounded', 'tranquil', 'at ease', 'peace'],
  'HAPPY.PEACEFUL.THANKFUL': ['grateful', 'blessed', 'appreciative', 'gratitude', 'lucky'],
  'HAPPY.PEACEFUL.LOVING': ['loved', 'affectionate', 'in love', 'caring', 'love'],
  'HAPPY.POWERFUL': ['strong', 'empowered', 'capable'],
  'HAPPY.POWERFUL.CREATIVE': ['imaginative', 'artistic'],
  'HAPPY.POWERFUL.COURAGEOUS': ['brave', 'bold', 'fearless'],
  'HAPPY.ACCEPTED': ['supported', 'understood', 'included', 'belonging'],
  'HAPPY.ACCEPTED.VALUED': ['appreciated', 'cared for'],
  'HAPPY.ACCEPTED.RESPECTED': ['taken seriously', 'listened to'],
  'HAPPY.PROUD': ['proud of myself', 'accomplished', 'pride'],
  'HAPPY.PROUD.CONFIDENT': ['self assured', 'sure of myself', 'confidence'],
  'HAPPY.PROUD.SUCCESSFUL': ['productive', 'on top of things', 'winning'],
  'HAPPY.INTERESTED': ['engaged', 'absorbed', 'intrigued'],
  'HAPPY.INTERESTED.INQUISITIVE': ['questioning', 'wondering'],
  'HAPPY.INTERESTED.CURIOUS': ['curiosity', 'fascinated'],
  'HAPPY.CONTENT': ['contented', 'satisfied', 'comfortable', 'cozy', 'cosy', 'chuffed'],
  'HAPPY.CONTENT.JOYFUL': ['joyous', 'elated', 'delighted', 'overjoyed', 'ecstatic', 'joy'],
  'HAPPY.CONTENT.FREE': ['relieved', 'liberated', 'light', 'unburdened', 'relief'],
  'HAPPY.PLAYFUL': ['silly', 'goofy', 'fun'],
  'HAPPY.PLAYFUL.CHEEKY': ['mischievous', 'naughty'],
  'HAPPY.PLAYFUL.AROUSED': ['turned on', 'frisky'],
  // Surprised
  SURPRISED: ['surprise', 'caught off guard'],
  'SURPRISED.EXCITED': ['thrilled', 'pumped', 'buzzing', 'excitement', 'stoked'],
  'SURPRISED.EXCITED.ENERGETIC': ['energized', 'energised', 'lively', 'hyper'],
  'SURPRISED.EXCITED.EAGER': ['keen', 'raring to go'],
  'SURPRISED.AMAZED': ['amazement', 'wowed'],
  'SURPRISED.AMAZED.AWE': ['in awe', 'awed', 'awestruck'],
  'SURPRISED.AMAZED.ASTONISHED': ['astounded', 'gobsmacked'],
  'SURPRISED.CONFUSED': ['mixed up', 'muddled', 'unsure', 'uncertain', 'puzzled', 'confusion'],
  'SURPRISED.CONFUSED.PERPLEXED': ['baffled', 'bewildered'],
  'SURPRISED.CONFUSED.DISILLUSIONED': ['disenchanted', 'let down by it all'],
  'SURPRISED.STARTLED': ['jolted', 'taken aback'],
  'SURPRISED.STARTLED.DISMAYED': ['crestfallen', 'disheartened'],
  'SURPRISED.STARTLED.SHOCKED': ['stunned', 'in shock'],
  // Bad
  BAD: ['not good', 'not so good', 'not that good', 'not very good', 'not too good', 'no good at all', 'crappy', 'crap', 'like crap', 'pretty crap', 'like garbage', 'like rubbish', 'like shit', 'shit', 'lousy', 'rough', 'terrible', 'horrible', 'rubbish', 'off', 'out of sorts', 'under the weather', 'unwell', 'sick', 'ill', 'poorly'],
  'BAD.BORED': ['boredom', 'uninspired'],
  'BAD.BORED.INDIFFERENT': ['whatever', "don't care", 'unbothered'],
  'BAD.BORED.APATHETIC': ['unmotivated', "can't be bothered", 'listless', 'apathy'],
  'BAD.BUSY': ['swamped', 'snowed under', 'slammed'],
  'BAD.BUSY.PRESSURED': ['under pressure', 'pushed', 'pressure'],
  'BAD.BUSY.RUSHED': ['hurried', 'rushed off my feet'],
  'BAD.STRESSED': ['stressed out', 'stress', 'tense', 'frazzled', 'wound up', 'strung out', 'uptight', 'stressy', 'tension', 'tensed', 'a lot of tension'],
  'BAD.STRESSED.OVERWHELMED': ['overloaded', 'in over my head', 'too much', 'overwhelm'],
  'BAD.STRESSED.OUT_OF_CONTROL': ['all over the place', 'chaotic', 'spiraling', 'spiralling', 'falling apart'],
  'BAD.TIRED': ['exhausted', 'wiped out', 'drained', 'emotionally drained', 'emotionally exhausted', 'burnt out', 'burned out', 'worn out', 'knackered', 'shattered', 'spent', 'fatigued', 'beat', 'wiped', 'run down', 'dead tired', 'wrecked', 'tired out', 'weary', 'stuffed', 'buggered', 'cream crackered', 'cooked'],
  'BAD.TIRED.SLEEPY': ['drowsy', 'ready for bed', 'groggy', 'half asleep'],
  'BAD.TIRED.UNFOCUSED': ['scattered', 'distracted', 'foggy', 'spacey', 'brain fog', 'scatterbrained'],
  // Fearful
  FEARFUL: ['afraid', 'fear', 'fearfulness'],
  'FEARFUL.SCARED': ['shaken', 'spooked', 'shaky'],
  'FEARFUL.SCARED.HELPLESS': ['defenceless', 'defenseless', 'at a loss'],
  'FEARFUL.SCARED.FRIGHTENED': ['terrified', 'petrified', 'panicked'],
  'FEARFUL.ANXIOUS': ['anxiety', 'restless', 'uneasy', 'unsettled', 'jittery', 'antsy', 'panicky', 'keyed up', 'wired'],
  'FEARFUL.ANXIOUS.WORRIED': ['worry', 'concerned', 'apprehensive', 'troubled', 'worried sick'],
  'FEARFUL.INSECURE': ['self conscious', 'insecurity', 'unsure of myself'],
  'FEARFUL.INSECURE.INADEQUATE': ['not good enough', 'like a failure', 'a failure', 'incompetent'],
  'FEARFUL.WEAK': ['feeble', 'frail'],
  'FEARFUL.WEAK.WORTHLESS': ['useless', 'no good'],
  'FEARFUL.WEAK.INSIGNIFICANT': ['invisible', 'small', 'unimportant'],
  'FEARFUL.REJECTED': ['unwanted', 'rejection'],
  'FEARFUL.REJECTED.EXCLUDED': ['left out', 'shut out'],
  'FEARFUL.REJECTED.PERSECUTED': ['hounded', 'ganged up on'],
  'FEARFUL.THREATENED': ['unsafe', 'in danger'],
  'FEARFUL.THREATENED.NERVOUS': ['on edge', 'jumpy', 'edgy', 'butterflies', 'nervy'],
  'FEARFUL.THREATENED.EXPOSED': ['naked', 'seen through'],
};

/**
 * Words with no clear family: kept as the user's word, never forced onto the wheel.
 * Key: the value; "OFF.<VALUE>" is its id.
 */
const OFF_WHEEL: Readonly<Record<string, readonly string[]>> = {
  fine: ['fine thanks', 'alright I guess', 'fine I guess'],
  // Not "eh": said alone, it asks for the question again ("eh?"), and the model takes it so.
  meh: ['nothing special'],
  okay: ['ok', 'alright', 'all right', 'okay ish', 'OK'],
  mixed: ['mixed feelings', 'conflicted', 'all sorts', 'up and down', 'a mix', 'torn'],
  blah: ['bleh', 'blech'],
  'so so': ['average', 'middling', 'fifty fifty', 'in between'],
  'not great': ['could be better', 'not the best', 'not amazing', 'not so great', 'not that great', 'not very great', 'not too great', 'been better', "I've been better", 'have been better'],
  // Said often, and not the same as "bad": kept as its own word.
  'not okay': ['not ok', 'not alright', 'not all right', 'not doing okay', 'not doing well', 'not well', 'not fine', 'not happy'],
  'not bad': ['not too bad', 'decent', 'pretty decent'],
  weird: ['strange', 'odd', 'funny'],
  'a mess': ['a wreck', 'a bit of a mess', 'a nervous wreck', 'an emotional wreck', 'a hot mess'],
  emotional: ['all the feelings', 'a lot of feelings', 'worked up'],
  normal: ['like normal', 'same as always', 'same old', 'my normal self'],
  triggered: ['activated', 'set off'],
  'hanging in there': ['surviving', 'getting by', 'coping', 'holding on'],
  // Unsteady (the UK's "a bit wobbly"), and too much coming in: no one family is clear for either.
  wobbly: ['having a wobble', 'a bit of a wobble'],
  overstimulated: ['over stimulated', 'sensory overload', 'in sensory overload'],
  // Not knowing is an answer too: numbness and feelings that are hard to name are common, and never refused.
  'not sure': ['hard to say', "can't tell", 'not really sure', "don't know what I feel", "I don't know what I feel"],
};

const offId = (value: string) => `OFF.${value.toUpperCase().replace(/\s+/g, '_')}`;

/** One value of the FEELING slot type: a distinct wheel word or an off-wheel word, with what else people say for it. */
export interface FeelingValue {
  /** A wheel position id, or "OFF.<WORD>" where no family is clear. */
  readonly id: string;
  /** Lower case, as the slot value name. */
  readonly value: string;
  readonly synonyms: readonly string[];
}

function buildValues(): FeelingValue[] {
  for (const id of Object.keys(NEAR_WORDS)) {
    if (!POSITION_BY_ID.has(id)) throw new Error(`feelings: NEAR_WORDS key ${id} is not a wheel position`);
  }
  const values: FeelingValue[] = [];
  const seenWords = new Set<string>();
  for (const p of WHEEL_POSITIONS) {
    const value = p.word.toLowerCase();
    // A word at two positions is one value; its id names the first position in wheel order,
    // and classifyFeeling looks up both through positionsOf().
    if (seenWords.has(value)) continue;
    seenWords.add(value);
    const all = POSITIONS_BY_WORD.get(value) ?? [p];
    const extra = all.flatMap((q) => NEAR_WORDS[q.id] ?? []);
    // The interaction-model schema requires at least one synonym per value; "feeling <word>" is
    // a real answer to "how are you feeling?" and never collides with another value.
    values.push({ id: p.id, value, synonyms: unique([...extra, `feeling ${value}`].map(normalisePhrase)).filter((s) => s !== value) });
  }
  for (const [value, synonyms] of Object.entries(OFF_WHEEL)) {
    values.push({ id: offId(value), value, synonyms: unique([...synonyms, `feeling ${value}`].map(normalisePhrase)).filter((s) => s !== value) });
  }
  return values;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}


/** The FEELING slot type's values, in wheel order then the off-wheel words. */
export const FEELING_VALUES: readonly FeelingValue[] = buildValues();

const VALUE_BY_ID = new Map(FEELING_VALUES.map((v) => [v.id, v]));
/** Every spoken form (value or synonym), normalised, to its value. */
const VALUE_BY_PHRASE = new Map<string, FeelingValue>();
for (const v of FEELING_VALUES) {
  for (const phrase of [v.value, ...v.synonyms]) VALUE_BY_PHRASE.set(normalisePhrase(phrase), v);
}
/** Longest first, so "not good enough" wins over "good" and "stressed out" over "stressed". */
const PHRASES_LONGEST_FIRST = [...VALUE_BY_PHRASE.keys()].sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------------------------------------
// Classification

/** What people wrap a feeling in. Stripped one at a time from either end until the rest is a known word. */
const LEADING_FILLERS = [
  "i'm feeling", 'im feeling', 'i am feeling', "i've been feeling", 'i feel like', 'i feel', "i'm", 'im', 'i am',
  'feeling', 'feel', 'honestly', 'just', 'pretty', 'kind of', 'kinda', 'sort of', 'sorta', 'really', 'so', 'very',
  'a little bit', 'a little', 'a bit', 'bit', 'quite', 'rather', 'super', 'extremely', 'totally', 'mostly',
  'somewhat', 'like', 'um', 'uh', 'er', 'well', 'i think', 'i guess', "i'd say", 'i suppose', 'tonight', 'today',
  'right now', 'still', 'a lot', 'more', 'mainly', 'definitely', 'generally', 'overall', 'slightly', 'fairly', 'too',
];
const TRAILING_FILLERS = [
  'i guess', 'i think', 'i suppose', 'today', 'tonight', 'right now', 'really', 'to be honest', 'honestly',
  'at the moment', 'mostly', 'overall', 'i would say', 'thanks', 'thank you', 'actually', 'though', 'as well',
];
const NEGATIONS = /(?:^|\s)(?:not|never|no longer|isn't|wasn't|don't|didn't|aren't|hardly|barely|n't)\s+(?:\S+\s+)?$/;

function stripOnce(text: string): string | null {
  for (const f of LEADING_FILLERS) {
    if (text.startsWith(`${f} `)) return text.slice(f.length + 1);
  }
  for (const f of TRAILING_FILLERS) {
    if (text.endsWith(` ${f}`)) return text.slice(0, -(f.length + 1));
  }
  return null;
}

/** Whether the whole of `said`, fillers aside, is a word or phrase of the feelings vocabulary ("fine", "meh", "not great"). */
export function isFeelingPhrase(said: string): boolean {
  let text: string | null = normalisePhrase(said);
  while (text) {
    if (VALUE_BY_PHRASE.has(text)) return true;
    text = stripOnce(text);
  }
  return false;
}

function findValue(said: string): FeelingValue | null {
  let text: string | null = normalisePhrase(said);
  // 1. The whole phrase, peeling fillers off the ends: "I'm feeling pretty anxious" → "anxious".
  while (text) {
    const exact = VALUE_BY_PHRASE.get(text);
    if (exact) return exact;
    text = stripOnce(text);
  }
  // 2. A known word inside a longer answer, first-mentioned wins ("anxious and tired" → anxious),
  //    except where it is negated: "not happy" must not be filed under Happy.
  const full = ` ${normalisePhrase(said)} `;
  let best: { at: number; value: FeelingValue } | null = null;
  const taken: [number, number][] = [];
  for (const phrase of PHRASES_LONGEST_FIRST) {
    let from = 0;
    for (;;) {
      const at = full.indexOf(` ${phrase} `, from);
      if (at < 0) break;
      from = at + 1;
      const start = at + 1;
      const end = start + phrase.length;
      // A shorter phrase inside a longer one already found ("good" inside "not good enough") does not count.
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      if (NEGATIONS.test(full.slice(0, at + 1))) continue;
      const value = VALUE_BY_PHRASE.get(phrase);
      if (value && (!best || start < best.at)) best = { at: start, value };
    }
  }
  return best?.value ?? null;
}

function commonPrefix(paths: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = paths;
  if (!first) return [];
  const out: string[] = [];
  for (let i = 0; i < first.length; i++) {
    const w = first[i] as string;
    if (rest.some((p) => p[i] !== w)) break;
    out.push(w);
  }
  return out;
}

function feelingFor(said: string, value: FeelingValue | null): Feeling {
  const position = value ? POSITION_BY_ID.get(value.id) : undefined;
  if (!value || !position) return { said, word: null, family: null, path: [] };
  // The value name is the wheel word in lower case; every position of that word counts.
  const positions = POSITIONS_BY_WORD.get(position.word.toLowerCase()) ?? [position];
  const path = commonPrefix(positions.map((p) => p.path));
  // A word on two cores (Overwhelmed: Bad and Fearful) has no clear family; the word is still known.
  const family = path.length > 0 ? (path[0] as FeelingFamily) : null;
  return { said, word: position.word, family, path: positions.length === 1 ? [...position.path] : path };
}

/**
 * Turn what the user said into a Feeling.
 *
 * - `said` is kept as said (trimmed; cut to FEELING_MAX_CHARS so the record is always valid —
 *   callers with a longer answer should keep the whole text elsewhere, e.g. as what happened).
 * - `slotId` is the entity-resolution id from the FEELING slot; it wins when it is known,
 *   because Alexa matched it against the synonyms. An unknown id falls back to the text.
 * - Off-wheel words without a clear family come back with word and family null: never refused.
 *
 * Throws only when there is nothing at all to keep (empty `said` and no usable slot id).
 */
export function classifyFeeling(said: string, slotId?: string | null): Feeling {
  const fromSlot = slotId ? (VALUE_BY_ID.get(slotId) ?? null) : null;
  let kept = withoutControlCharacters(String(said ?? '')).trim();
  if (!kept && fromSlot) kept = fromSlot.value;
  if (!kept) throw new RangeError('classifyFeeling: nothing was said');
  kept = [...kept].slice(0, FEELING_MAX_CHARS).join('').trim();
  const value = fromSlot ?? findValue(kept);
  // Parse, so a change to FeelingSchema that this code does not meet shows up at once, not in the store.
  return FeelingSchema.parse(feelingFor(kept, value));
}

/** The family of a stored feeling: its own field, or the first step of its path for older records. */
export function familyOf(feeling: Pick<Feeling, 'family' | 'path'>): FeelingFamily | null {
  if (feeling.family) return feeling.family;
  const first = feeling.path[0];
  return FeelingFamilySchema.safeParse(first).success ? (first as FeelingFamily) : null;
}

/** The family a word belongs to on its own: null when off the wheel or on two cores. */
export function familyOfWord(word: string): FeelingFamily | null {
  return classifyFeeling(word).family;
}

/** Family of every wheel word (lower case): null for the four words on two cores. */
export const FAMILY_OF: ReadonlyMap<string, FeelingFamily | null> = new Map(
  [...POSITIONS_BY_WORD.entries()].map(([word, ps]) => {
    const families = new Set(ps.map((p) => p.family));
    return [word, families.size === 1 ? (ps[0] as WheelPosition).family : null];
  }),
);
