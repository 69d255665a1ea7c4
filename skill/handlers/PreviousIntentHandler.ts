import type { RequestHandler } from 'ask-sdk-core';
import { conversation, saveConversation } from '../conversation.js';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Go back" and "say that again": ask the current question again (an answer can be changed by simply answering it).
 * After the crisis line, CrisisFollowUpHandler answers first, with the number again.
 */
export const PreviousIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const question = await currentQuestion(input);
    saveConversation(input, state);
    if (!question) {
      const first = say.askFeeling(state.turns);
      return respond(input, { speech: first.speech, reprompt: first.reprompt ?? first.speech });
    }
    return respond(input, { speech: question.speech, reprompt: question.reprompt ?? question.speech });
  },
};
