import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROUNDS,
  EXERCISE_NAMES,
  describeExercise,
  exerciseRounds,
  roundSeconds,
} from '../../shared/exercises.js';
import { EXERCISE_KINDS, type ExerciseKind } from '../../shared/schemas.js';
import { MAX_BREAK_MS, MAX_SSML_CHARS, checkAlexaSsml, toSpeak } from '../../shared/ssml.js';

/**
 * An estimate written independently of shared/ssml.ts's estimateSeconds, so the pacing is checked by a second
 * reading: every break's time, plus 0.35 s per spoken word divided by the enclosing prosody rate.
 */
function independentEstimate(markup: string): number {
  let seconds = 0;
  for (const m of markup.matchAll(/<break time="(\d+)ms"\/>/g)) seconds += Number(m[1]) / 1000;
  const wordSeconds = (s: string, rate: number) =>
    (s.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length * 0.35) / rate;
  let rest = markup;
  for (const m of markup.matchAll(/<prosody rate="(\d+)%">(.*?)<\/prosody>/g)) {
    seconds += wordSeconds(m[2]!, Number(m[1]) / 100);
    rest = rest.replace(m[0], ' ');
  }
  return seconds + wordSeconds(rest, 1);
}

const PATTERNS: Record<Exclude<ExerciseKind, 'grounding'>, Array<[string, number]>> = {
  box: [['in', 4], ['hold', 4], ['out', 4], ['hold', 4]],
  four_seven_eight: [['in', 4], ['hold', 7], ['out', 8]],
  slow_exhale: [['in', 4], ['out', 6]],
};

const CASES = EXERCISE_KINDS.flatMap((kind) =>
  [false, true].flatMap((slower) => [true, false].map((firstRound) => ({ kind, slower, firstRound }))),
);

describe('breathing patterns', () => {
  it.each(Object.entries(PATTERNS))('%s: each round follows the documented counts', (kind, pattern) => {
    const part = exerciseRounds(kind as ExerciseKind, { rounds: 3 });
    expect(part.rounds).toBe(3);
    const expected = [...pattern, ...pattern, ...pattern];
    expect(part.phases.map((ph) => [ph.label, ph.seconds])).toEqual(expected);
  });

  it.each([
    ['box', 16],
    ['four_seven_eight', 19],
    ['slow_exhale', 10],
  ] as const)('%s: one round is %i s', (kind, seconds) => {
    expect(roundSeconds(kind)).toBe(seconds);
    expect(roundSeconds(kind, true)).toBe(seconds * 1.5);
  });

  it('counts aloud: cue first, then the numbers up to the phase length', () => {
    const [inhale, hold] = exerciseRounds('four_seven_eight', { rounds: 1, firstRound: false }).phases;
    const spoken = (s: string) => s.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).join(' ');
    expect(spoken(inhale!.ssml.ssml)).toBe('Breathe in two three four');
    expect(spoken(hold!.ssml.ssml)).toBe('Hold two three four five six seven');
  });

  it('uses the default number of rounds per kind', () => {
    for (const kind of EXERCISE_KINDS) expect(exerciseRounds(kind).rounds).toBe(DEFAULT_ROUNDS[kind]);
  });

  it('refuses nonsense options at the boundary', () => {
    expect(() => exerciseRounds('box', { rounds: 0 })).toThrow();
    expect(() => exerciseRounds('box', { rounds: 99 })).toThrow();
    expect(() => exerciseRounds('yoga' as ExerciseKind)).toThrow();
  });
});

describe('grounding', () => {
  it('walks the five senses in order with generous quiet, no answer needed', () => {
    const part = exerciseRounds('grounding');
    expect(part.phases.map((ph) => ph.label)).toEqual(['see', 'touch', 'hear', 'smell', 'taste']);
    // At least 4 s of quiet per thing to notice, beyond the prompt itself.
    const items = [5, 4, 3, 2, 1];
    part.phases.forEach((ph, i) => {
      const quiet = [...ph.ssml.ssml.matchAll(/<break time="(\d+)ms"\/>/g)].reduce((s, m) => s + Number(m[1]), 0);
      expect(quiet).toBeGreaterThanOrEqual(items[i]! * 4000 - 1000);
    });
    expect(toSpeak(part.ssml)).toMatch(/nothing to answer/);
  });
});

describe.each(CASES)('$kind (slower: $slower, first round: $firstRound)', ({ kind, slower, firstRound }) => {
  const part = exerciseRounds(kind, { slower, firstRound });

  it('each phase sounds as long as it says, within ±1 s', () => {
    for (const ph of part.phases) {
      expect(Math.abs(independentEstimate(ph.ssml.ssml) - ph.seconds)).toBeLessThanOrEqual(1);
    }
  });

  it('the whole part is the intro plus the phases, and its length estimate agrees', () => {
    const phaseSum = part.phases.reduce((s, ph) => s + ph.seconds, 0);
    expect(Math.abs(independentEstimate(part.ssml.ssml) - part.seconds)).toBeLessThanOrEqual(1);
    if (firstRound) expect(part.seconds).toBeGreaterThan(phaseSum + 3);
    else expect(Math.abs(part.seconds - phaseSum)).toBeLessThanOrEqual(1);
  });

  it('is valid Alexa SSML, under 8,000 characters, every break at most 10 s', () => {
    const speak = toSpeak(part.ssml);
    expect(checkAlexaSsml(speak)).toEqual([]);
    expect(speak.length).toBeLessThan(MAX_SSML_CHARS);
    const breaks = [...speak.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]));
    expect(breaks.length).toBeGreaterThan(0);
    for (const ms of breaks) expect(ms).toBeLessThanOrEqual(MAX_BREAK_MS);
  });

  it('opens with a short intro only on the first round', () => {
    const intro = kind === 'grounding' ? /one sense at a time/ : /Let's breathe together/;
    expect(intro.test(toSpeak(part.ssml).replace(/&apos;/g, "'"))).toBe(firstRound);
  });

  it('slower is longer in every phase', () => {
    const other = exerciseRounds(kind, { slower: !slower, firstRound });
    const [slow, normal] = slower ? [part, other] : [other, part];
    expect(slow.seconds).toBeGreaterThan(normal.seconds);
    slow.phases.forEach((ph, i) => expect(ph.seconds).toBeGreaterThan(normal.phases[i]!.seconds));
  });
});

describe('the largest part still fits one response', () => {
  it.each(EXERCISE_KINDS)('%s, slower, six rounds', (kind) => {
    const speak = toSpeak(exerciseRounds(kind, { slower: true, rounds: 6 }).ssml);
    expect(checkAlexaSsml(speak)).toEqual([]);
  });
});

describe('names and descriptions', () => {
  it.each(EXERCISE_KINDS)('%s has a spoken name and a description', (kind) => {
    expect(EXERCISE_NAMES[kind].length).toBeGreaterThan(3);
    expect(describeExercise(kind)).toMatch(/\.$/);
  });
  it('descriptions state the pattern', () => {
    expect(describeExercise('four_seven_eight')).toMatch(/four.*seven.*eight/);
    expect(describeExercise('slow_exhale')).toMatch(/out for six/);
  });
});
