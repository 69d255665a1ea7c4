import type { RequestHandler } from 'ask-sdk-core';
import { conversation } from '../conversation.js';
import { askNext, feelingAnswer, feelingInSentence, saveAnswer, sentenceAnswer } from '../flow.js';
import { inStep, isIntent, reportsPractice, spokenText } from '../predicates.js';
import { splitTrailingIntensity } from '../../shared/intensity.js';
import * as say from '../messages/en.js';

/**
 * The answer to "how are you feeling?" when Alexa heard it as another intent: "too tired" sounds like a barrier,
 * "kind of" like a practice answer, "better" like how things changed after an exercise, and a bare "okay" arrives as
 * AMAZON.YesIntent. The words are the feeling; a
 * sentence about the day is kept as what happened (or, when it is only a number, as the intensity), and a number said
 * after the feeling ("I'm feeling anxious about a 6") is the intensity.
 */
export const FeelingAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'feeling') && !reportsPractice(input) && (isIntent(input, 'AMAZON.YesIntent') ||
      (isIntent(input, 'BarrierIntent', 'PracticeStatusIntent', 'WhatHappenedIntent', 'FeltChangeIntent') && spokenText(input) !== null));
  },
  async handle(input) {
    const state = conversation(input);
    // "Okay", "sure", "yeah" carry no slot: the nearest honest reading of them as an answer is "okay".
    const words = isIntent(input, 'AMAZON.YesIntent') ? 'okay' : (spokenText(input) as string);
    // A sentence that says the feeling ("I feel hopeless") is the answer to the question, not what happened.
    const said = isIntent(input, 'WhatHappenedIntent') ? feelingInSentence(words) : words;
    if (said === null) {
      // A sentence about the day: kept, and said so, or the feeling question that follows sounds as if it went unheard.
      const answer = sentenceAnswer(words);
      const saved = await saveAnswer(input, state, answer);
      return askNext(input, state, answer.whatHappened ? [say.keptThat] : [], saved);
    }
    // "I'm feeling anxious about a 6": the number said with it is the intensity, not part of the feeling.
    const withNumber = splitTrailingIntensity(said);
    if (!withNumber) return askNext(input, state, [], await saveAnswer(input, state, feelingAnswer(said)));
    const answer = feelingAnswer(withNumber.rest);
    const saved = await saveAnswer(input, state, { ...answer, intensity: withNumber.intensity });
    return askNext(input, state, answer.feeling ? [say.ackFeeling(answer.feeling.said, state.turns)] : [], saved);
  },
};
