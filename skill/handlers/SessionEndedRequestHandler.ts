import type { RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { isRequest } from '../predicates.js';

/**
 * Alexa closed the session (the user walked away, fell asleep, or an error on Alexa's side). Everything said was
 * saved as it was said; errors are logged so they can be fixed. No speech is allowed here.
 */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'SessionEndedRequest');
  },
  handle(input) {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') {
      console.error('Session ended with an error from Alexa:', request.error?.type, request.error?.message);
    }
    return input.responseBuilder.getResponse();
  },
};
