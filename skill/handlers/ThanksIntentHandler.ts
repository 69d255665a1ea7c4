import type { RequestHandler } from 'ask-sdk-core';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';
import { join, ssml } from '../../shared/ssml.js';

/**
 * "Thank you" outside an exercise (ExerciseAnswerHandler takes it there): "you're welcome", then the question the skill
 * is waiting on, or a good night when it is waiting on none.
 */
export const ThanksIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'ThanksIntent');
  },
  async handle(input) {
    const question = await currentQuestion(input);
    if (!question) return respond(input, { speech: join([say.youreWelcome, ssml`Good night.`]), end: true });
    return respond(input, { speech: join([say.youreWelcome, question.speech]), reprompt: question.reprompt ?? question.speech });
  },
};
