import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isRequest } from '../predicates.js';
import { respond } from '../respond.js';

/** "Alexa, open between sessions": a greeting that varies from night to night, and the first question. */
export const LaunchRequestHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'LaunchRequest');
  },
  async handle(input) {
    const { moment, profile } = turnOf(input);
    const state = freshConversation(conversation(input));
    state.step = 'feeling';
    saveConversation(input, state);
    // Vary by the night, not by a stored counter: a greeting is not worth a disk write on every launch.
    // No profile yet means nothing was ever saved: someone new gets told what to expect; "welcome back" would be odd.
    const hello = profile ? say.greeting(Math.floor(Date.parse(`${moment.night}T00:00:00Z`) / 86_400_000)) : say.firstGreeting;
    return respond(input, { speech: hello.speech, reprompt: hello.reprompt ?? hello.speech });
  },
};
