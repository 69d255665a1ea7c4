import type { RequestHandler } from 'ask-sdk-core';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { askNext } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Yes" or "no" that no question was waiting for. "Yes" starts (or resumes) the check-in; "no" leaves kindly,
 * keeping whatever was said.
 */
export const YesNoIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent');
  },
  async handle(input) {
    const state = conversation(input);
    if (isIntent(input, 'AMAZON.YesIntent')) return askNext(input, state);
    saveConversation(input, freshConversation(state));
    return respond(input, { speech: state.checkInId ? say.stopMidway : say.goodbye, end: true });
  },
};
