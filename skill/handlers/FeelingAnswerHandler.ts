import type { RequestHandler } from 'ask-sdk-core';
import { asksTheSkill } from '../advice.js';
import { conversation } from '../conversation.js';
import { feelingInSentence, hedgedFeeling, keepSentence, namesFeeling, saveFeeling } from '../flow.js';
import { inStep, isIntent, reportsPractice, saysOnlyDone, spokenText } from '../predicates.js';
import { talksAboutPractice } from './WhatHappenedIntentHandler.js';

/**
 * The answer to "how are you feeling?" when Alexa heard it as another intent: "too tired" sounds like a barrier,
 * "kind of" like a practice answer, "better" like how things changed after an exercise, and a bare "okay" arrives as
 * AMAZON.YesIntent. The words are the feeling; a
 * sentence about the day is kept as what happened (or, when it is only a number, as the intensity), and a number said
 * after the feeling ("I'm feeling anxious about a 6") is the intensity.
 */
export const FeelingAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'feeling') && (!reportsPractice(input) || saysOnlyDone(input)) && !talksAboutPractice(input) && (isIntent(input, 'AMAZON.YesIntent') ||
      (isIntent(input, 'BarrierIntent', 'PracticeStatusIntent', 'WhatHappenedIntent', 'FeltChangeIntent') && spokenText(input) !== null));
  },
  async handle(input) {
    const state = conversation(input);
    // "Okay", "sure", "yeah" carry no slot: the nearest honest reading of them as an answer is "okay".
    const words = isIntent(input, 'AMAZON.YesIntent') ? 'okay' : (spokenText(input) as string);
    // A sentence that says the feeling ("I feel hopeless") is the answer to the question, not what happened.
    // So is a short one that names a feeling, hedged or with a little more ("I would say sad", "I've been anxious all day").
    // A reason heard as one ("ran out of time"), with no feeling in it, is about the day too: "too tired" is a feeling.
    // A question ("am I allowed a day off?") is never the feeling.
    const said = isIntent(input, 'WhatHappenedIntent')
      ? asksTheSkill(words)
        ? null
        : (feelingInSentence(words) ?? hedgedFeeling(words))
      : isIntent(input, 'BarrierIntent') && !namesFeeling(words)
        ? null
        : words;
    // A sentence about the day: kept.
    if (said === null) return keepSentence(input, state, words);
    return saveFeeling(input, state, said);
  },
};
