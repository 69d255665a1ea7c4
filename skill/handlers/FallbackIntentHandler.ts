import type { RequestHandler } from 'ask-sdk-core';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * Something Alexa could not place: a short apology and the question the skill is waiting on, again. "The same" (an
 * answer to "how strong now?" after an exercise, IntensityAnswerHandler) means nothing anywhere else, so it is this.
 */
export const FallbackIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.FallbackIntent', 'NoChangeIntent');
  },
  async handle(input) {
    const question = await currentQuestion(input);
    const reply = say.fallback(question?.reprompt ?? question?.speech ?? null);
    return respond(input, { speech: reply.speech, reprompt: reply.reprompt ?? reply.speech });
  },
};
