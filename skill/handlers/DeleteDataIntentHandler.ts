import type { RequestHandler } from 'ask-sdk-core';
import { conversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/** "Delete my data": asks for a confirmation first; nothing is deleted on this turn. */
export const DeleteDataIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'DeleteDataIntent');
  },
  handle(input) {
    const state = conversation(input);
    state.step = 'confirm_delete';
    state.retries = 0;
    saveConversation(input, state);
    return respond(input, { speech: say.confirmDelete.speech, reprompt: say.confirmDelete.reprompt ?? say.confirmDelete.speech });
  },
};
