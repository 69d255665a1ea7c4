/**
 * How `npm run talk` and the utterance tests hear words: as Alexa would, where virtual-alexa's literal matcher is
 * looser than Alexa's model.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VirtualAlexa } from 'virtual-alexa';
import { matchUtterance } from '../../skill/model/resolve.js';
import { handler } from './echoHandler.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const alexa = VirtualAlexa.Builder()
  .handler(handler)
  .interactionModelFile(path.join(repoRoot, 'skill-package/interactionModels/custom/en-US.json'))
  .create();

describe('matching what is said to the model', () => {
  it.each(['why', 'how', 'is', 'who'])('takes a question word said alone ("%s") as not understood: no carrier holds nothing', (phrase) => {
    expect(matchUtterance(alexa, phrase)).toBeNull();
  });

  it.each([
    ['can you help me', 'AMAZON.HelpIntent'],
    ['help me', 'AMAZON.HelpIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
  ])('hears "%s", a sample Amazon ships with %s, as that intent, not as words about the day', (phrase, intent) => {
    expect(matchUtterance(alexa, phrase)?.intent).toBe(intent);
  });

  // A carrier ("it", "this morning") opens sentences about the day (skill/model/carriers.ts): an answer that opens with
  // the same words is a sample of its own intent, whole or with a slot its value fills, and stays there.
  it.each([
    ['it helped', 'ThanksIntent'],
    ['it helped a lot', 'ThanksIntent'],
    ['it was a 6', 'IntensityIntent'],
    ['it is 6 now', 'IntensityIntent'],
    ['it feels really high', 'StrengthIntent'],
    ["it hasn't changed", 'NoChangeIntent'],
    ['it is about the same', 'NoChangeIntent'],
    ['it brought stuff up', 'BarrierIntent'],
    ['it was too hard', 'BarrierIntent'],
    ['this morning I cried', 'WhatHappenedThisMorningIntent'],
  ])('hears "%s" as %s, not as words about the day', (phrase, intent) => {
    expect(matchUtterance(alexa, phrase)?.intent).toBe(intent);
  });

  it('still keeps a question with words in it, for the safety check and the advice path', () => {
    expect(matchUtterance(alexa, 'why am i even alive')).toMatchObject({ intent: 'WhatHappenedWhyIntent', slots: { event: 'am i even alive' } });
  });
});
