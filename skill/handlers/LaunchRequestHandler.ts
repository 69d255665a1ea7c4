import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isRequest } from '../predicates.js';
import { respond } from '../respond.js';

/** "Alexa, open between sessions": a varied greeting and the first question of a new check-in. */
export const LaunchRequestHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'LaunchRequest');
  },
  async handle(input) {
    const { store, owner } = turnOf(input);
    const profile = await store.updateProfile(owner, (p) => ({ ...p, visits: p.visits + 1 }));
    const state = freshConversation(conversation(input));
    state.step = 'feeling';
    saveConversation(input, state);
    const hello = say.greeting(profile.visits - 1);
    return respond(input, { speech: hello.speech, reprompt: hello.reprompt ?? hello.speech });
  },
};
