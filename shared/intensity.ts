import { INTENSITY_MAX, INTENSITY_MIN } from './limits.js';

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
  // Off the scale, said to say so ("it's a hundred"): heard as numbers, so the answer can say where the scale ends.
  fifteen: 15, twenty: 20, fifty: 50, hundred: 100, thousand: 1000, million: 1_000_000,
};

export type IntensityReading =
  /** `range`: the two ends, when a range was said ("7 or 8"); `value` is then its top, the one stored. */
  | { ok: true; value: number; range?: readonly [number, number] }
  | { ok: false; reason: 'missing' | 'not_a_number'; heard: string | null }
  | { ok: false; reason: 'out_of_range' | 'not_whole'; heard: string | null; value: number };

/**
 * Words people put around a number at bedtime ("honestly like an 8", "7 I guess", "I think it's a six"), or that are
 * left of such a phrase when Alexa took its first word as the carrier ("would say about a 7").
 */
const HEDGES = new Set([
  'i', "i'd", 'id', "i'm", 'im', 'would', 'say', 'guess', 'think', 'maybe', 'perhaps', 'about', 'around', 'roughly',
  'like', 'it', "it's", 'its', 'is', 'was', "that's", 'thats', 'probably', 'a', 'an', 'honestly', 'um', 'uh', 'er',
  'hmm', 'well', 'so', 'just', 'pretty', 'solid', 'right', 'now', 'tonight', 'really', 'kind', 'sort', 'of', 'at',
  // How it changed, said beside the number after an exercise ("a bit better, maybe a 6"). Not "down" or "up": in
  // "down 2" the number is the change, not the intensity.
  'better', 'worse', 'bit', 'little', 'calmer', 'lower', 'higher', 'more', 'less',
  // A number said again, to correct it ("actually make that a 5", "still 8", "I reckon about a six now").
  'actually', 'make', 'that', 'still', 'reckon',
  // Hedges after the number ("9 ish", "a solid 9", "7 I'd say", "6 tonight" are above).
  'ish', 'today',
]);

/** Hedges of more than one word said after the number: "6 or so", "7 or something", "8 give or take". */
const TRAILING_HEDGES = /\s+(?:or so|or something|or thereabouts|give or take|at least|to be honest)$/;

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Words for how strong a feeling is, said instead of a number ("pretty high", "not that strong"). */
const STRENGTH_WORDS = new Set([
  'high', 'low', 'medium', 'mid', 'middle', 'middling', 'moderate', 'strong', 'weak', 'mild', 'intense', 'extreme',
  'severe', 'bad', 'very', 'quite', 'super', 'not', 'too', 'that', 'the', 'somewhere', 'between', 'in', 'on', 'scale',
  'number', 'big', 'small', 'huge', 'lot', 'much', 'okay', 'ok', 'manageable', 'unbearable', 'heavy', 'light',
  "don't", 'dont', 'know', 'sure', 'hard', 'to', 'tell', 'say', 'out', 'ten', 'or',
  // As strong as it gets, said in words: "off the charts", "through the roof", "as bad as it gets", "the worst".
  'off', 'chart', 'charts', 'through', 'roof', 'as', 'gets', 'worst', 'max', 'maxed', 'sky', 'awful', 'terrible',
  'ever', 'been', 'top', 'barely', 'there', 'fairly', 'extremely', 'insanely', 'crazy', 'and', 'dunno',
]);

/**
 * Reads an intensity as Alexa delivers it (AMAZON.NUMBER gives digits, "?" when it could not tell) or as said in
 * words ("seven", "a 7", "7 out of 10", "honestly like an 8"). Only a whole number from 1 to 10 is accepted; anything
 * else is reported, never stored. A phrase is a number only when everything else in it is a hedge: "7 people yelled at
 * me" is not an intensity. A range of neighbouring numbers ("7 or 8", "between 5 and 6") is read as its top: the
 * honest record of "it might be 8" is 8, and 8 is where the offer of an exercise starts.
 */
export function parseIntensity(raw: string | null | undefined): IntensityReading {
  const heard = raw?.trim() ?? '';
  if (!heard || heard === '?') return { ok: false, reason: 'missing', heard: heard || null };
  const words = heard
    .toLowerCase()
    .replace(/\s*(out of|of|\/)\s*(10|ten)\b.*$/, '')
    .replace(/[.!?]+$/, '')
    .replace(TRAILING_HEDGES, '')
    .replace(/(\d)\s*-\s*(\d)/g, '$1 to $2')
    .split(/[\s,!?]+/)
    .map((word) => word.replace(/\.$/, ''))
    .filter((word) => word.length > 0 && !HEDGES.has(word));
  if (words.length > 1) return readRange(words, heard);
  const [word] = words;
  const value = word === undefined ? undefined : numberIn(word);
  if (value === undefined || Number.isNaN(value)) return { ok: false, reason: 'not_a_number', heard };
  return checked(value, heard);
}

/** A number word or digits, or undefined. */
function numberIn(word: string): number | undefined {
  return NUMBER.test(word) ? Number(word) : Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}

/** A number from the scale, or why not. */
function checked(value: number, heard: string): IntensityReading {
  if (!Number.isInteger(value)) return { ok: false, reason: 'not_whole', heard, value };
  if (value < INTENSITY_MIN || value > INTENSITY_MAX) return { ok: false, reason: 'out_of_range', heard, value };
  return { ok: true, value };
}

/** The widest range read as its top: "6 or 7" is a hedge about one number; "between 2 and 9" says nothing of one. */
const RANGE_MAX_WIDTH = 2;

/** "7 or 8", "seven to eight", "between 5 and 6" (hedges already taken out): the top, with both ends. */
function readRange(words: readonly string[], heard: string): IntensityReading {
  const m = /^(?:(?:somewhere )?between (\S+) (?:and|or) (\S+)|(\S+) (?:or|to) (\S+))$/.exec(words.join(' '));
  const [a, b] = [m?.[1] ?? m?.[3], m?.[2] ?? m?.[4]].map((w) => (w === undefined ? undefined : numberIn(w)));
  if (a === undefined || b === undefined || a === b || Math.abs(a - b) > RANGE_MAX_WIDTH) return { ok: false, reason: 'not_a_number', heard };
  const low = checked(Math.min(a, b), heard);
  const high = checked(Math.max(a, b), heard);
  if (!low.ok) return low;
  if (!high.ok) return high;
  return { ok: true, value: high.value, range: [low.value, high.value] };
}

/** "Can I say", "is it okay if I say", "what about": a number offered as a question opens with one of these. */
const ASKED_BEFORE =
  /^(?:(?:can|could|may|should|shall) i (?:just )?(?:say|put|go with|go for|give (?:it|that)|call it|rate it|pick|choose)|would it be (?:okay|ok|alright|all right|fine) (?:if i (?:say|said|put|go with|went with|give it|gave it|call it|called it)|to (?:say|put|go with|give it|call it))|is it (?:okay|ok|alright|all right|fine) (?:if i (?:say|said|put|go with|give it|call it)|to (?:say|put|go with|give it|call it))|(?:what|how) about|(?:can|could) it be) (.+)$/;
/** "Is 7 okay", "would a 6 be alright", "would 7 work": the number first, the question about it after. */
const ASKED_AROUND = /^(?:is|would|will|could) (.+?) (?:be )?(?:okay|ok|alright|all right|fine|work|do)$/;
/** Words said after the question that change nothing: "can I say 8 please". */
const ASKED_AFTER = /(?: (?:please|instead|then|for now))+$/;

/**
 * The number in a question about it, said to "how strong, from 1 to 10?" ("can I say 8", "would 7 be okay", "is it
 * okay if I say 6"): the words of the number, to read with parseIntensity (one off the scale included, so it is asked
 * again with the range), or null. Only the whole question counts: "is it okay that 3 people yelled at me" and "I slept
 * 4 hours" hold numbers that are no answer.
 */
export function numberAskedAbout(raw: string | null | undefined): string | null {
  const words = (raw ?? '')
    .toLowerCase()
    .replace(/[?.!,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ASKED_AFTER, '');
  const number = (ASKED_BEFORE.exec(words) ?? ASKED_AROUND.exec(words))?.[1];
  if (!number) return null;
  const reading = parseIntensity(number);
  return reading.ok || reading.reason === 'out_of_range' || reading.reason === 'not_whole' ? number : null;
}

/** Words a number said after a feeling starts with: "anxious about a 6", "sad, like an 8", "tired 7 out of 10". */
const NUMBER_LEADS = new Set(['about', 'around', 'roughly', 'like', 'maybe', 'probably', 'at', 'a', 'an', 'between']);
const NOT_BEFORE_A_NUMBER = new Set(['since', 'until', 'till', 'til', 'by', 'from', 'before', 'after', 'past', 'to', 'or', 'and', 'than', 'for', 'in', 'on', 'with', 'between']);

/**
 * A feeling said with its number in one breath ("anxious about a 6", "kind of sad, maybe a 4"): the words before the
 * number, and the number. Null when the words do not end in a number from 1 to 10, or are nothing but one.
 */
export function splitTrailingIntensity(words: string): { rest: string; intensity: number; range?: readonly [number, number] } | null {
  // Nothing but a number among hedges ("I'd say about a 6") is the number alone: callers read it with parseIntensity.
  if (parseIntensity(words).ok) return null;
  const parts = words.trim().split(/\s+/);
  for (let start = 1; start < parts.length; start++) {
    const first = parts[start]!.toLowerCase();
    if (!NUMBER_LEADS.has(first) && !NUMBER.test(first) && !Object.hasOwn(WORDS, first)) continue;
    // "Stressed since 9", "like 7 or 8": a time, or one end of a range, is not the intensity.
    if (NOT_BEFORE_A_NUMBER.has(parts[start - 1]!.toLowerCase())) continue;
    const reading = parseIntensity(parts.slice(start).join(' '));
    const rest = parts.slice(0, start).join(' ').replace(/[,;:.\s]+$/, '');
    if (reading.ok && rest) return { rest, intensity: reading.value, ...(reading.range ? { range: reading.range } : {}) };
  }
  return null;
}

/**
 * A feeling, the number and what happened said in one breath ("anxious like a 7 because work was awful"): the words
 * before the number, the number (a range's top, as elsewhere), and the words after it, without the "because" or "and"
 * that opens them. Only a number said as a rating counts: with "a" or "an" ("like a 7"), "out of 10", or words after it
 * that open with "because", "and" and the like. "Anxious about 3 meetings tomorrow" counts meetings.
 */
export function splitInnerIntensity(words: string): { before: string; intensity: number; after: string } | null {
  const parts = words.trim().split(/\s+/);
  for (let start = 1; start < parts.length - 1; start++) {
    if (NOT_BEFORE_A_NUMBER.has(parts[start - 1]!.toLowerCase())) continue;
    // The longest window first: "6 out of 10", "like a 7 or 8", not "6" and "out of 10 …" after it.
    for (let end = Math.min(parts.length - 1, start + 6); end > start; end--) {
      // A rating ends on its number ("like a 7", "6 out of 10"): a window running on into the next word is not one.
      const last = parts[end - 1]!.toLowerCase();
      if (!NUMBER.test(last) && !Object.hasOwn(WORDS, last)) continue;
      const window = parts.slice(start, end).join(' ');
      const reading = parseIntensity(window);
      if (!reading.ok) continue;
      const rest = parts.slice(end).join(' ');
      // "Like a 5 year old", "about 2 hours": a number with its unit after it is not a rating.
      if (UNIT_AFTER.test(rest)) continue;
      const opens = INNER_CONNECTIVE.exec(rest);
      if (!/\b(?:a|an)\b|\bout of\b/i.test(window) && !opens) continue;
      const before = parts.slice(0, start).join(' ').replace(/[,;:.\s]+$/, '');
      const after = (opens ? rest.slice(opens[0].length) : rest).trim();
      if (before && after) return { before, intensity: reading.value, after };
    }
  }
  return null;
}

const UNIT_AFTER = /^(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|times|o'?clock|am|pm|percent|people|of)\b/i;
const INNER_CONNECTIVE = /^(?:because of|because|cause|cos|coz|since|and|but|so|as)\s+/i;

/**
 * Whether words said to "how strong, from 1 to 10?" are an attempt at the strength ("pretty high", "kind of medium I
 * guess", "6 or 7") rather than something else the person wanted to say (what happened, say), which must be kept.
 */
export function talksAboutStrength(raw: string | null | undefined): boolean {
  const words = (raw ?? '')
    .toLowerCase()
    .split(/[\s,.!?]+/)
    .filter((word) => word.length > 0);
  return words.every((word) => HEDGES.has(word) || STRENGTH_WORDS.has(word) || NUMBER.test(word) || Object.hasOwn(WORDS, word));
}

const UNCHANGED =
  /^(?:(?:it is|it's|its) )?(?:about|pretty much|still|exactly|roughly|more or less|basically|just)? ?(?:the )?same(?: as before| as it was)?$|^no (?:real )?change$|^(?:it )?(?:has not|hasn't|hasnt) changed$|^unchanged$/;

/**
 * "About the same", "no change": the answer to "how strong is it now?" after an exercise is the number from before.
 * Only whole answers count; "not the same" or "the same thing happened" are not this.
 */
export function saysUnchanged(raw: string | null | undefined): boolean {
  const text = (raw ?? '').trim().toLowerCase().replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  return text.length > 0 && UNCHANGED.test(text);
}

/** How strong, said in words instead of a number: the top of the scale, high, in the middle, or low. */
export type StrengthInWords = 'top' | 'high' | 'middle' | 'low';

const AT_THE_TOP =
  /\b(?:unbearable|off the (?:charts?|scale)|through the roof|as bad as it (?:gets|can get|could be)|the worst|(?:really|very|super|so|extremely|insanely|crazy|sky) high|maxed out|the max|hundred|thousand|million|(?:really|very|so) (?:strong|intense|bad)|extreme|awful|terrible)\b/;
const NOT_HIGH = /\bnot (?:(?:that|too|very|so|really|super) )?(?:bad|high|strong|intense|much)\b/;
const LOW = /\b(?:low|mild|weak|light|barely|small|little|not much)\b/;
const MIDDLE = /\b(?:medium|mid|middle|middling|moderate|manageable|okay|ok|average|so so)\b/;
const HIGH = /\b(?:high|strong|intense|bad|heavy|big|huge|severe|a lot)\b/;

/**
 * Words said to "how strong, from 1 to 10?" that say how strong without a number ("unbearable", "pretty low", "not
 * that bad"): where on the scale they point, or null when they are not about the strength at all.
 */
export function strengthInWords(raw: string | null | undefined): StrengthInWords | null {
  const text = (raw ?? '').trim().toLowerCase();
  if (!text || !talksAboutStrength(text) || parseIntensity(text).ok) return null;
  if (NOT_HIGH.test(text)) return LOW.test(text) ? 'low' : 'middle';
  if (AT_THE_TOP.test(text)) return 'top';
  if (LOW.test(text)) return 'low';
  if (MIDDLE.test(text)) return 'middle';
  if (HIGH.test(text)) return 'high';
  return null;
}
