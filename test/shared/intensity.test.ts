import { describe, expect, it } from 'vitest';
import { numberAskedAbout, parseIntensity, saysUnchanged, splitInnerIntensity, splitTrailingIntensity, strengthInWords } from '../../shared/intensity.js';

describe('parseIntensity', () => {
  it.each([
    ['7', 7],
    ['seven', 7],
    ['a 7', 7],
    ['like a 6', 6],
    ['about an 8', 8],
    ['9 out of 10', 9],
    ['nine out of ten', 9],
    ["I'd say 5", 5],
    ['maybe a 4', 4],
    ['10', 10],
    // How people hedge a number at bedtime, and what is left when Alexa's carrier phrase took the first word.
    ['honestly like an 8', 8],
    ['I would say about a 7', 7],
    ['would say about a 7', 7],
    ['7 I guess', 7],
    ['probably a 3 tonight', 3],
    ['I think it is a six', 6],
    ['um maybe like a 5', 5],
    ['a solid 8', 8],
    ['8/10', 8],
    // Hedged after the number, as a voice sweep heard it.
    ['solid 9', 9],
    ['9 ish', 9],
    ["it's about 9", 9],
    ['6 or so', 6],
    ["7 I'd say", 7],
    ['6 tonight', 6],
    ['8 give or take', 8],
    // After an exercise, the number often comes with how it changed.
    ['a bit better, maybe a 6', 6],
    ['better, about a 5', 5],
    ['calmer now, 4', 4],
    ['a little lower, like a 3', 3],
    // Said again later, to change it, in the words of the UK, Australia and India.
    ['actually make that a 5', 5],
    ["actually it's more like an 8 now", 8],
    ['still 8', 8],
    ['I reckon about a six now', 6],
    ['it is six now', 6],
    ['reckon a seven', 7],
  ])('reads "%s" as %i', (said, value) => {
    expect(parseIntensity(said)).toEqual({ ok: true, value });
  });

  it.each([
    ['6 or 7', 6, 7],
    ['like a 7 or 8', 7, 8],
    ['like an 8 or 9', 8, 9],
    ['seven or eight', 7, 8],
    ['between 5 and 6', 5, 6],
    ['a 6 or a 7', 6, 7],
    ['5 to 7', 5, 7],
    ['7-8', 7, 8],
    ['8 or 7', 7, 8],
  ])('reads the range "%s" as its top, keeping both ends', (said, low, high) => {
    expect(parseIntensity(said)).toEqual({ ok: true, value: high, range: [low, high] });
  });

  it('reports a range that runs past the scale as out of range, with the end past it', () => {
    expect(parseIntensity('10 or 11')).toEqual({ ok: false, reason: 'out_of_range', heard: '10 or 11', value: 11 });
  });

  it.each([
    ['11', 'out_of_range', 11],
    ['maybe 11', 'out_of_range', 11],
    ['0', 'out_of_range', 0],
    ['a hundred', 'out_of_range', 100],
    ['7.5', 'not_whole', 7.5],
    ['about a 6.5', 'not_whole', 6.5],
  ] as const)('reports "%s" as %s, with what was heard and the number', (said, reason, value) => {
    expect(parseIntensity(said)).toEqual({ ok: false, reason, heard: said, value });
  });

  it.each([
    // A sentence that happens to hold a number is not an intensity: nothing bogus is stored.
    '7 people yelled at me',
    'I slept 3 hours',
    'my sister called at 8',
    // A range too wide to say one number, or no range at all.
    'between 2 and 9',
    '7 or 7',
    '6 and 7',
    'pretty bad',
    'a lot',
    'a lot better',
    'down 2',
    'less than 5',
    // Not a number word, however an object looks it up.
    'constructor',
    'toString',
  ])('does not read "%s" as an intensity', (said) => {
    expect(parseIntensity(said)).toMatchObject({ ok: false, reason: 'not_a_number' });
  });

  it('reports nothing heard (Alexa sends "?" when it could not tell)', () => {
    expect(parseIntensity('?')).toEqual({ ok: false, reason: 'missing', heard: '?' });
    expect(parseIntensity(undefined)).toEqual({ ok: false, reason: 'missing', heard: null });
    expect(parseIntensity('  ')).toEqual({ ok: false, reason: 'missing', heard: null });
  });
});

describe('saysUnchanged', () => {
  it.each(['same', 'the same', 'about the same', "it's the same", 'still the same', 'pretty much the same', 'no change', 'no real change', "it hasn't changed", 'unchanged', 'same as before', 'The same.'])(
    'hears "%s" as no change',
    (said) => expect(saysUnchanged(said)).toBe(true),
  );
  it.each(['better', 'a bit better', 'worse', 'not the same', 'same old day', 'the same thing happened again', '', undefined])(
    'does not hear "%s" as no change',
    (said) => expect(saysUnchanged(said)).toBe(false),
  );
});

describe('numberAskedAbout', () => {
  it.each([
    ['can I say 8', '8'],
    ['Can I say 8?', '8'],
    ['can I just say eight please', 'eight'],
    ['would 7 be okay', '7'],
    ['would a 6 be alright', 'a 6'],
    ['would 7 work', '7'],
    ['is 7 okay', '7'],
    ['is it okay if I say 6', '6'],
    ['is it alright to put 5', '5'],
    ['would it be okay if I said 7', '7'],
    ['can I give it an 8', 'an 8'],
    ['what about a 6', 'a 6'],
    ['can it be a 5', 'a 5'],
    // Off the scale: still the number asked about, so the range is asked again rather than the words kept.
    ['can I say 12', '12'],
    ['is 0 okay', '0'],
  ])('hears the number in "%s"', (said, number) => expect(numberAskedAbout(said)).toBe(number));

  it.each([
    'I slept 4 hours',
    'is it okay that 3 people yelled at me',
    'can I say 2 things went wrong',
    'is 20 paracetamol okay',
    'is it okay if I say I want to die',
    'is everything okay',
    'can I say something',
    '8',
    '',
    undefined,
  ])('hears no number asked about in "%s"', (said) => expect(numberAskedAbout(said)).toBeNull());
});

describe('splitTrailingIntensity', () => {
  it.each(["I've been stressed since 9", 'anxious until 10', 'tired from 6', 'stressed between 9 and 5 tonight'])('takes no number from "%s": a time or one end of a range', (said) => {
    expect(splitTrailingIntensity(said)).toBeNull();
  });

  it.each([
    ['anxious about a 6', 'anxious', 6],
    ['kind of sad, maybe a four', 'kind of sad', 4],
    ['tired 7 out of 10', 'tired', 7],
    ['a bit anxious, about a 6', 'a bit anxious', 6],
  ])('"%s" is "%s" at %d', (words, rest, intensity) => {
    expect(splitTrailingIntensity(words)).toEqual({ rest, intensity });
  });

  it.each([
    ['stressed like 7 or 8', 'stressed', 7, 8],
    ['feeling sad about a 6 or 7', 'feeling sad', 6, 7],
    ['sad between 5 and 6', 'sad', 5, 6],
  ])('"%s" is "%s" at the top of its range', (words, rest, low, high) => {
    expect(splitTrailingIntensity(words)).toEqual({ rest, intensity: high, range: [low, high] });
  });

  it.each(['anxious', 'about a 6', 'anxious about the 3 exams', 'like a failure', 'feeling a bit sad', 'ten years older', 'sad about an 11'])(
    'finds no number after a feeling in "%s"',
    (words) => {
      expect(splitTrailingIntensity(words)).toBeNull();
    },
  );
});

describe('strengthInWords', () => {
  it.each([
    ['really high', 'top'],
    ['unbearable', 'top'],
    ['off the charts', 'top'],
    ['through the roof', 'top'],
    ['as bad as it gets', 'top'],
    ['the worst', 'top'],
    ['a hundred', 'top'],
    ['pretty high', 'high'],
    ['strong', 'high'],
    ['not that bad', 'middle'],
    ['medium', 'middle'],
    ['kind of medium I guess', 'middle'],
    ['not too high', 'middle'],
    ['so so', 'middle'],
    ['pretty low', 'low'],
    ['really low', 'low'],
    ['not much', 'low'],
  ] as const)('hears "%s" as %s', (said, where) => {
    expect(strengthInWords(said)).toBe(where);
  });

  it.each(['7', 'like a 6 or 7', 'my boss was the worst', 'it was a bad day at work', 'anxious', '', undefined])(
    'finds no strength in words in "%s": a number, or something else said',
    (said) => {
      expect(strengthInWords(said)).toBeNull();
    },
  );
});

describe('splitInnerIntensity', () => {
  it.each([
    ['anxious like a 7 because work was awful', { before: 'anxious', intensity: 7, after: 'work was awful' }],
    ['anxious about an 8 and my boss yelled', { before: 'anxious', intensity: 8, after: 'my boss yelled' }],
    ['tired 6 out of 10 long day', { before: 'tired', intensity: 6, after: 'long day' }],
    ['sad like a 7 or 8 because of mum', { before: 'sad', intensity: 8, after: 'mum' }],
  ])('finds the feeling, the number and what happened in "%s"', (words, parts) => {
    expect(splitInnerIntensity(words)).toEqual(parts);
  });

  it.each([
    'stressed since 9 this morning',
    'I walked 5 miles today',
    'anxious about 3 meetings tomorrow',
    'anxious about a 6',
    'sad like a 5 year old and my mum yelled',
    'tired about 2 hours of sleep',
  ])(
    'finds no rating between words in "%s"',
    (words) => {
      expect(splitInnerIntensity(words)).toBeNull();
    },
  );
});
