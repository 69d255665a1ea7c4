import type { RequestHandler } from 'ask-sdk-core';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { askNext, currentCheckIn } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/** "Skip" where no state-specific handler took it: carry on with the check-in, or leave kindly if nothing was said yet. */
export const SkipIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'SkipIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const checkIn = await currentCheckIn(input, state);
    if (!checkIn) {
      saveConversation(input, freshConversation(state));
      return respond(input, { speech: say.goodbye, end: true });
    }
    return askNext(input, state);
  },
};
