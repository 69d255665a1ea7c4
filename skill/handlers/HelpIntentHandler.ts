import type { RequestHandler } from 'ask-sdk-core';
import { conversation } from '../conversation.js';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * Help that depends on where the user is: in a check-in, an exercise or a confirmation, what the question wants;
 * elsewhere, what the skill does, then the question it is waiting on.
 */
export const HelpIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.HelpIntent');
  },
  async handle(input) {
    const question = await currentQuestion(input);
    const forStep = question ? say.stepHelp(conversation(input).step) : null;
    if (forStep && question) return respond(input, { speech: forStep, reprompt: question.reprompt ?? question.speech });
    const help = say.help(question?.speech ?? null);
    return respond(input, { speech: help.speech, reprompt: help.reprompt ?? help.speech });
  },
};
