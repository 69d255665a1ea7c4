import type { RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { isRequest } from '../predicates.js';

/**
 * Alexa could not use an earlier response and says why. No speech is allowed in reply; the cause is logged so it can
 * be fixed.
 */
export const ExceptionEncounteredHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'System.ExceptionEncountered');
  },
  handle(input) {
    const request = input.requestEnvelope.request as interfaces.system.ExceptionEncounteredRequest;
    console.error(
      `Alexa could not use an earlier response (${request.error?.type ?? 'unknown'}): ${request.error?.message ?? ''}`,
      `(request ${request.cause?.requestId ?? 'unknown'})`,
    );
    return input.responseBuilder.getResponse();
  },
};

/**
 * Any other request type this skill has no use for (a skill event it did not subscribe to, a screen touch): answered
 * with an empty response. Speech would be played to nobody, or at the wrong moment, and it is not an error.
 */
export const UnusedRequestHandler: RequestHandler = {
  canHandle(input) {
    return !isRequest(input, 'LaunchRequest', 'IntentRequest', 'SessionEndedRequest');
  },
  handle(input) {
    return input.responseBuilder.getResponse();
  },
};
