import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { isOwnersVoice } from '../context.js';
import { conversation, saveConversation } from '../conversation.js';
import { backToTonight } from '../flow.js';
import { join } from '../../shared/ssml.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Delete my data": asks for a confirmation first; nothing is deleted on this turn. Only the voice whose records the
 * session holds can ask, and confirm (isOwnersVoice): on a shared Echo, nobody deletes another person's records.
 */
export const DeleteDataIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'DeleteDataIntent');
  },
  async handle(input) {
    if (!isOwnersVoice(input)) return notDeleted(input);
    const state = conversation(input);
    state.step = 'confirm_delete';
    state.retries = 0;
    saveConversation(input, state);
    return respond(input, { speech: say.confirmDelete.speech, reprompt: say.confirmDelete.reprompt ?? say.confirmDelete.speech });
  },
};

/** Nothing deleted, said why, and the evening (if one is under way) goes on. */
export async function notDeleted(input: HandlerInput) {
  const back = await backToTonight(input);
  if (back) return respond(input, { speech: join([say.deleteNotRecognised, back.speech]), reprompt: back.reprompt ?? back.speech });
  return respond(input, { speech: say.deleteNotRecognised, end: true });
}
