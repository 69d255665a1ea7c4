import { z } from 'zod';
import type { ExerciseKind } from './schemas.js';
import { ExerciseKindSchema } from './schemas.js';
import { type Ssml, SECONDS_PER_WORD, estimateSeconds, join, p, pause, ssml, text } from './ssml.js';

/**
 * Spoken, hands-free exercises. A phase lasts as long as it says: a four-count in-breath is four seconds of audio.
 * Breathing phases are counted aloud ("Breathe in, two, three, four") with each count starting a slot of equal
 * length, and a break filling what the words leave of the slot; grounding gives one prompt per sense and then stays
 * quiet long enough to notice, with nothing to answer.
 */

/** "Slower" stretches every phase by this much; the counts stay the same, only further apart. */
export const SLOWER_FACTOR = 1.5;
/** Speech in slower mode is also slower, so the voice matches the pace. */
const SLOWER_RATE_PERCENT = 85;
/** The most rounds one response carries, to keep a response well under a couple of minutes and 8,000 characters. */
export const MAX_ROUNDS_PER_PART = 6;

export const EXERCISE_NAMES: Readonly<Record<ExerciseKind, string>> = {
  box: 'box breathing',
  four_seven_eight: 'four seven eight breathing',
  slow_exhale: 'slow exhale breathing',
  grounding: 'five four three two one grounding',
};

/** Breathing patterns as counts; each count is one second at normal pace. */
interface BreathPhase {
  label: 'in' | 'hold' | 'out';
  counts: number;
  /** Said on the first count of the phase; later counts are numbers. */
  cue: string;
}

const BREATHING: Record<Exclude<ExerciseKind, 'grounding'>, BreathPhase[]> = {
  box: [
    { label: 'in', counts: 4, cue: 'Breathe in' },
    { label: 'hold', counts: 4, cue: 'Hold' },
    { label: 'out', counts: 4, cue: 'Breathe out' },
    { label: 'hold', counts: 4, cue: 'Hold' },
  ],
  four_seven_eight: [
    { label: 'in', counts: 4, cue: 'Breathe in' },
    { label: 'hold', counts: 7, cue: 'Hold' },
    { label: 'out', counts: 8, cue: 'Breathe out' },
  ],
  slow_exhale: [
    { label: 'in', counts: 4, cue: 'Breathe in' },
    { label: 'out', counts: 6, cue: 'Breathe out' },
  ],
};

/** Grounding: one sense at a time, with silence for each thing to be noticed. */
const GROUNDING: Array<{ label: string; items: number; prompt: string }> = [
  { label: 'see', items: 5, prompt: 'Look around, or picture the room. Notice five things you can see.' },
  { label: 'touch', items: 4, prompt: 'Now four things you can feel. The bed under you, the air on your skin.' },
  { label: 'hear', items: 3, prompt: 'Three things you can hear, near or far.' },
  { label: 'smell', items: 2, prompt: 'Two things you can smell.' },
  { label: 'taste', items: 1, prompt: 'And one thing you can taste.' },
];
/** Quiet time per thing to notice, at normal pace. Generous on purpose: nobody should feel rushed at bedtime. */
const GROUNDING_SECONDS_PER_ITEM = 4;
/** Each grounding phase is its prompt's time rounded up to this grain, plus the quiet time. */
const GROUNDING_PROMPT_GRAIN = 2;

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const DESCRIPTIONS: Readonly<Record<ExerciseKind, string>> = {
  box: 'Box breathing: in for four, hold for four, out for four, hold for four.',
  four_seven_eight: 'Four seven eight breathing: in for four, hold for seven, and a long breath out for eight.',
  slow_exhale: 'Slow exhale breathing: in for four, and out for six, a little longer than the breath in.',
  grounding:
    'Five four three two one grounding: five things you see, four you can feel, three you hear, two you smell, and one you taste. Just notice them, no need to answer.',
};

/** One sentence saying what the exercise is, for menus and "what is box breathing?". */
export function describeExercise(kind: ExerciseKind): string {
  return DESCRIPTIONS[ExerciseKindSchema.parse(kind)];
}

/** One paced phase of a part, with its own SSML so its timing can be checked on its own. */
export interface ExercisePhase {
  label: string;
  /** How long the phase is meant to last. */
  seconds: number;
  ssml: Ssml;
}

/** One response's worth of an exercise. */
export interface ExercisePart {
  kind: ExerciseKind;
  /** Intro (first round only) followed by every phase. */
  ssml: Ssml;
  /** Estimated playback length of `ssml`, intro included. */
  seconds: number;
  /** The paced phases in order (the intro is not a phase). */
  phases: ExercisePhase[];
  /** Breathing rounds in this part; 1 for grounding (the whole sequence). */
  rounds: number;
  slower: boolean;
}

export const ExerciseOptionsSchema = z.object({
  slower: z.boolean().default(false),
  firstRound: z.boolean().default(true),
  /** Breathing rounds in this response; defaults per kind. Ignored for grounding, which is one sequence. */
  rounds: z.number().int().min(1).max(MAX_ROUNDS_PER_PART).optional(),
});
export type ExerciseOptions = z.input<typeof ExerciseOptionsSchema>;

/** Rounds when the caller does not say: about half a minute of breathing before we check in again. */
export const DEFAULT_ROUNDS: Readonly<Record<ExerciseKind, number>> = {
  box: 2,
  four_seven_eight: 2,
  slow_exhale: 3,
  grounding: 1,
};

/**
 * Speaks `slots` evenly spaced cues across `seconds`: each slot starts with its words and a break fills the rest.
 * Fails loudly if words would overrun their slot, since then the pace would drift from what we promise.
 */
function pacedSlots(words: string[], seconds: number, ratePercent: number): Ssml {
  const slotMs = (seconds * 1000) / words.length;
  const secondsPerWord = SECONDS_PER_WORD / (ratePercent / 100);
  const parts = words.map((w) => {
    const speechMs = w.split(/\s+/).length * secondsPerWord * 1000;
    if (speechMs > slotMs) throw new Error(`exercise cue "${w}" does not fit in ${slotMs} ms`);
    return ssml`${w} ${pause(slotMs - speechMs)}`;
  });
  return withRate(join(parts), ratePercent);
}

function withRate(s: Ssml, ratePercent: number): Ssml {
  return ratePercent === 100 ? s : ssml`<prosody rate="${ratePercent}%">${s}</prosody>`;
}

function breathingIntro(kind: Exclude<ExerciseKind, 'grounding'>, slower: boolean): Ssml {
  const pattern = BREATHING[kind].map((ph) => `${ph.label === 'hold' ? 'hold' : ph.label} for ${NUMBER_WORDS[ph.counts - 1]}`);
  return p(
    ssml`Let's breathe together, with ${EXERCISE_NAMES[kind]}: ${pattern.join(', ')}. In through the nose, out through the mouth. ${
      slower ? text("We'll go a little slower. ") : text('')
    }I'll count.`,
  );
}

function groundingIntro(): Ssml {
  return p(
    text(
      "Let's come back to the room, one sense at a time. Just notice each thing quietly. There's nothing to answer, and I'll wait.",
    ),
  );
}

/**
 * One response's worth of an exercise: on the first round a short intro, then the paced cycle (`rounds` breathing
 * rounds, or the whole grounding sequence). Every break is at most 10 s and the part stays far under 8,000 characters.
 */
export function exerciseRounds(kind: ExerciseKind, opts: ExerciseOptions = {}): ExercisePart {
  const k = ExerciseKindSchema.parse(kind);
  const o = ExerciseOptionsSchema.parse(opts);
  const stretch = o.slower ? SLOWER_FACTOR : 1;
  const rate = o.slower ? SLOWER_RATE_PERCENT : 100;
  const phases: ExercisePhase[] = [];
  let intro: Ssml | null = null;
  let rounds = 1;

  if (k === 'grounding') {
    if (o.firstRound) intro = groundingIntro();
    for (const sense of GROUNDING) {
      const prompt = withRate(text(sense.prompt), rate);
      const promptSeconds = estimateSeconds(prompt);
      // The prompt gets its spoken time rounded up, so a phase is a whole, documented number of seconds.
      const seconds =
        Math.ceil(promptSeconds / GROUNDING_PROMPT_GRAIN) * GROUNDING_PROMPT_GRAIN +
        sense.items * GROUNDING_SECONDS_PER_ITEM * stretch;
      phases.push({ label: sense.label, seconds, ssml: ssml`${prompt} ${pause((seconds - promptSeconds) * 1000)}` });
    }
  } else {
    rounds = o.rounds ?? DEFAULT_ROUNDS[k];
    if (o.firstRound) intro = breathingIntro(k, o.slower);
    for (let r = 0; r < rounds; r++) {
      for (const ph of BREATHING[k]) {
        const seconds = ph.counts * stretch;
        const words = [ph.cue, ...NUMBER_WORDS.slice(1, ph.counts)];
        phases.push({ label: ph.label, seconds, ssml: pacedSlots(words, seconds, rate) });
      }
    }
  }

  const body = join([...(intro ? [intro] : []), ...phases.map((ph) => ph.ssml)]);
  return { kind: k, ssml: body, seconds: estimateSeconds(body), phases, rounds, slower: o.slower };
}

/** The length of one breathing round at the chosen pace, e.g. 16 s for box breathing. Grounding: the sequence. */
export function roundSeconds(kind: ExerciseKind, slower = false): number {
  const part = exerciseRounds(kind, { slower, firstRound: false, rounds: 1 });
  return part.phases.reduce((sum, ph) => sum + ph.seconds, 0);
}
