import { describe, expect, it } from 'vitest';
import {
  classifyFeeling,
  FAMILY_OF,
  familyOf,
  familyOfWord,
  FEELING_VALUES,
  FEELING_WHEEL,
  positionsOf,
  WHEEL_POSITIONS,
} from '../../shared/feelings.js';
import { FEELING_MAX_CHARS } from '../../shared/limits.js';
import { FEELING_FAMILIES, FeelingSchema, type Feeling } from '../../shared/schemas.js';

type Case = [said: string, expected: Omit<Feeling, 'said'>];

describe('classifyFeeling from what was said', () => {
  it.each<Case>([
    ['anxious', { word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] }],
    ['pretty anxious', { word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] }],
    ["I'm feeling pretty anxious", { word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] }],
    ['ANXIOUS!', { word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] }],
    ['kind of sad', { word: 'Sad', family: 'Sad', path: ['Sad'] }],
    ['I feel really sad I guess', { word: 'Sad', family: 'Sad', path: ['Sad'] }],
    ['worried', { word: 'Worried', family: 'Fearful', path: ['Fearful', 'Anxious', 'Worried'] }],
    ['a bit let down', { word: 'Let down', family: 'Angry', path: ['Angry', 'Let down'] }],
    ['out of control', { word: 'Out of control', family: 'Bad', path: ['Bad', 'Stressed', 'Out of control'] }],
    ['wiped out', { word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] }],
    ['exhausted', { word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] }],
    ['stressed out', { word: 'Stressed', family: 'Bad', path: ['Bad', 'Stressed'] }],
    ['pretty good', { word: 'Happy', family: 'Happy', path: ['Happy'] }],
    ['grateful', { word: 'Thankful', family: 'Happy', path: ['Happy', 'Peaceful', 'Thankful'] }],
    ['on edge', { word: 'Nervous', family: 'Fearful', path: ['Fearful', 'Threatened', 'Nervous'] }],
    ['not good enough', { word: 'Inadequate', family: 'Fearful', path: ['Fearful', 'Insecure', 'Inadequate'] }],
    ['meh', { word: null, family: null, path: [] }],
    ['okay I guess', { word: null, family: null, path: [] }],
    ['so so', { word: null, family: null, path: [] }],
    ['not great', { word: null, family: null, path: [] }],
    ['overwhelmed', { word: 'Overwhelmed', family: null, path: [] }],
    ['embarrassed', { word: 'Embarrassed', family: null, path: [] }],
    ['disappointed', { word: 'Disappointed', family: null, path: [] }],
    ['inferior', { word: 'Inferior', family: null, path: [] }],
    ['flibbertigibbet', { word: null, family: null, path: [] }],
    // Words of the other English locales the skill serves.
    ['knackered', { word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] }],
    ['chuffed', { word: 'Content', family: 'Happy', path: ['Happy', 'Content'] }],
    ['narked', { word: 'Annoyed', family: 'Angry', path: ['Angry', 'Frustrated', 'Annoyed'] }],
    ['gutted', { word: 'Disappointed', family: null, path: [] }],
    // A second voice sweep's words: "flat" is plainly sad, never the diagnostic-sounding Depressed; "wobbly" and
    // "overstimulated" have no one family, and are kept as said.
    ['a bit flat', { word: 'Sad', family: 'Sad', path: ['Sad'] }],
    ['cooked', { word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] }],
    ['homesick', { word: 'Lonely', family: 'Sad', path: ['Sad', 'Lonely'] }],
    ['over it', { word: 'Frustrated', family: 'Angry', path: ['Angry', 'Frustrated'] }],
    ['been better', { word: null, family: null, path: [] }],
    ['wobbly', { word: null, family: null, path: [] }],
    ['overstimulated', { word: null, family: null, path: [] }],
    // A known word inside a longer answer: first mentioned wins; a negated one is not filed.
    ['anxious and tired', { word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] }],
    ['honestly pretty lonely tonight', { word: 'Lonely', family: 'Sad', path: ['Sad', 'Lonely'] }],
    ['not happy', { word: null, family: null, path: [] }],
    ['not very happy at all', { word: null, family: null, path: [] }],
  ])('"%s"', (said, expected) => {
    expect(classifyFeeling(said)).toEqual({ said, ...expected });
  });

  it('keeps what was said exactly, only trimmed', () => {
    expect(classifyFeeling('  Kind of SAD, really  ').said).toBe('Kind of SAD, really');
    expect(classifyFeeling('  Kind of SAD, really  ').family).toBe('Sad');
  });

  it.each(['&<>"\'', '💔', 'a\u0000', '{feeling}', '   ?!   ', 'ü'.repeat(500), 'not'])('never throws on odd input: %j', (said) => {
    const feeling = classifyFeeling(said);
    expect(FeelingSchema.safeParse(feeling).success).toBe(true);
    expect(feeling.said.length).toBeGreaterThan(0);
  });

  it('takes control characters for nothing said: they are not words', () => {
    expect(classifyFeeling('a\u0000b\u001b').said).toBe('ab');
    expect(() => classifyFeeling('\u0000')).toThrow(RangeError);
  });

  it('cuts an over-long answer to the stored limit instead of refusing it', () => {
    const said = `anxious ${'and so on '.repeat(40)}`;
    const feeling = classifyFeeling(said);
    expect([...feeling.said]).toHaveLength(FEELING_MAX_CHARS);
    expect(feeling.family).toBe('Fearful');
  });

  it('refuses only when there is nothing at all', () => {
    expect(() => classifyFeeling('   ')).toThrow(RangeError);
  });
});

describe('classifyFeeling with the slot id Alexa resolved', () => {
  it('takes the position from the id and keeps the user\'s words', () => {
    expect(classifyFeeling('knackered', 'BAD.TIRED')).toEqual({ said: 'knackered', word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] });
  });

  it('lets the id win over the text (Alexa matched the synonyms)', () => {
    expect(classifyFeeling('something odd', 'FEARFUL.ANXIOUS.WORRIED').path).toEqual(['Fearful', 'Anxious', 'Worried']);
  });

  it('knows both positions of a two-place word whichever id names it', () => {
    expect(classifyFeeling('overwhelmed', 'BAD.STRESSED.OVERWHELMED')).toMatchObject({ word: 'Overwhelmed', family: null, path: [] });
  });

  it('files an OFF id as off the wheel', () => {
    expect(classifyFeeling('meh', 'OFF.MEH')).toEqual({ said: 'meh', word: null, family: null, path: [] });
  });

  it('falls back to the text for an unknown id, and to the value name when nothing was said', () => {
    expect(classifyFeeling('lonely', 'NOT.AN.ID').family).toBe('Sad');
    expect(classifyFeeling('lonely', null).family).toBe('Sad');
    expect(classifyFeeling('', 'SAD.LONELY')).toMatchObject({ said: 'lonely', family: 'Sad' });
  });

  it('classifies every slot value and synonym to the value\'s own position', () => {
    for (const value of FEELING_VALUES) {
      const byId = classifyFeeling(value.value, value.id);
      for (const phrase of [value.value, ...value.synonyms]) {
        expect(classifyFeeling(phrase), `${phrase} (${value.id})`).toEqual({ ...byId, said: phrase });
      }
    }
  });
});

describe('the wheel', () => {
  it('has 7 families, 41 middle and 82 outer words: 130 positions', () => {
    expect(FEELING_WHEEL.map((f) => f.family)).toEqual([...FEELING_FAMILIES]);
    expect(WHEEL_POSITIONS).toHaveLength(130);
    expect(WHEEL_POSITIONS.filter((p) => p.ring === 'middle')).toHaveLength(41);
    expect(WHEEL_POSITIONS.filter((p) => p.ring === 'outer')).toHaveLength(82);
    expect(new Set(WHEEL_POSITIONS.map((p) => p.id)).size).toBe(130);
  });

  it('knows the four words that sit at two positions', () => {
    const twoPlace = [...new Set(WHEEL_POSITIONS.map((p) => p.word))].filter((w) => positionsOf(w).length === 2).sort();
    expect(twoPlace).toEqual(['Disappointed', 'Embarrassed', 'Inferior', 'Overwhelmed']);
    expect(positionsOf('Overwhelmed').map((p) => p.id)).toEqual(['BAD.STRESSED.OVERWHELMED', 'FEARFUL.ANXIOUS.OVERWHELMED']);
    expect(FAMILY_OF.get('overwhelmed')).toBeNull();
    expect(FAMILY_OF.get('worried')).toBe('Fearful');
  });

  it('names positions core.middle.outer in upper case with underscores', () => {
    expect(WHEEL_POSITIONS.map((p) => p.id)).toContain('BAD.STRESSED.OUT_OF_CONTROL');
    expect(WHEEL_POSITIONS.map((p) => p.id)).toContain('ANGRY.LET_DOWN');
  });

  it('has one slot value per distinct wheel word, no phrase under two values, and no value repeated as its own synonym', () => {
    const wheelWords = new Set(WHEEL_POSITIONS.map((p) => p.word.toLowerCase()));
    const wheelValues = FEELING_VALUES.filter((v) => !v.id.startsWith('OFF.'));
    expect(wheelValues).toHaveLength(wheelWords.size);
    const seen = new Map<string, string>();
    for (const v of FEELING_VALUES) {
      expect(v.synonyms.length, v.id).toBeGreaterThan(0);
      expect(v.synonyms).not.toContain(v.value);
      for (const phrase of [v.value, ...v.synonyms]) {
        expect(seen.get(phrase) ?? v.id, `"${phrase}"`).toBe(v.id);
        seen.set(phrase, v.id);
      }
    }
  });
});

describe('families for the dashboard', () => {
  it.each([
    [{ family: 'Sad' as const, path: ['Sad'] }, 'Sad'],
    [{ family: null, path: ['Happy', 'Proud'] }, 'Happy'],
    [{ family: null, path: [] }, null],
    [{ family: null, path: ['Nonsense'] }, null],
  ])('familyOf(%j) is %s', (feeling, expected) => {
    expect(familyOf(feeling)).toBe(expected);
  });

  it.each([
    ['anxious', 'Fearful'],
    ['wiped out', 'Bad'],
    ['meh', null],
    ['overwhelmed', null],
  ])('familyOfWord(%s) is %s', (word, expected) => {
    expect(familyOfWord(word)).toBe(expected);
  });
});
