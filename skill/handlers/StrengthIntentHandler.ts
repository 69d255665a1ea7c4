import type { RequestHandler } from 'ask-sdk-core';
import { continuingCheckIn } from '../conversation.js';
import { askNext, currentQuestion, feelingAnswer, saveFeelingAnswer } from '../flow.js';
import { inStep, isIntent, slot } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * How strong, said in words ("unbearable", "medium") when no number was asked for. To "how are you feeling?", or to
 * open the skill, the words are how they feel, kept as said; anywhere else the question waiting is asked again. The
 * answer to "how strong?" itself is IntensityAnswerHandler's.
 */
export const StrengthIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'StrengthIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const words = slot(input, 'strength').value;
    if (words && inStep(input, 'idle', 'feeling')) {
      return askNext(input, state, [], await saveFeelingAnswer(input, state, feelingAnswer(words)));
    }
    const q = await currentQuestion(input);
    if (q) return respond(input, { speech: q.speech, reprompt: q.reprompt ?? q.speech });
    return askNext(input, state);
  },
};
