import type { RequestHandler } from 'ask-sdk-core';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/** Stop and cancel leave at once. Every answer was saved when it was given, so nothing is lost by leaving. */
export const StopCancelIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent');
  },
  handle(input) {
    const state = conversation(input);
    saveConversation(input, freshConversation(state));
    return respond(input, { speech: state.checkInId ? say.stopMidway : say.goodbye, end: true });
  },
};
