import type { RequestHandler } from 'ask-sdk-core';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * Something Alexa could not place: a short apology and the question the skill is waiting on, again. "The same" (an
 * answer to "how strong now?" after an exercise, IntensityAnswerHandler) and "a bit better" mean nothing anywhere
 * else but there, in an exercise and at "how are you feeling?", so elsewhere they are this.
 */
export const FallbackIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.FallbackIntent', 'NoChangeIntent', 'FeltChangeIntent');
  },
  async handle(input) {
    const question = await currentQuestion(input);
    const reply = say.fallback(question?.reprompt ?? question?.speech ?? null);
    return respond(input, { speech: reply.speech, reprompt: reply.reprompt ?? reply.speech });
  },
};
