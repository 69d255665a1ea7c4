import type { RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest, Request } from 'ask-sdk-model';
import { carrierOf } from '../model/carriers.js';

/**
 * A carrier intent ("went {event}", see skill/model/carriers.ts) as the WhatHappenedIntent it stands for, with the
 * carrier put back in front of the words ("went to the gym"). Any other request is returned as it is.
 */
export function restoreCarrier<R extends Request>(request: R): R {
  if (request.type !== 'IntentRequest') return request;
  const intentRequest = request as unknown as IntentRequest;
  const carrier = carrierOf(intentRequest.intent.name);
  if (carrier === null) return request;
  const slot = intentRequest.intent.slots?.event;
  const said = slot?.value?.trim();
  return {
    ...request,
    intent: {
      ...intentRequest.intent,
      name: 'WhatHappenedIntent',
      slots: { event: { confirmationStatus: 'NONE', ...slot, name: 'event', value: said ? `${carrier} ${said}` : carrier } },
    },
  };
}

/** Restores the carrier before the safety check and every handler see the request, so they see the words whole. */
export const carrierInterceptor: RequestInterceptor = {
  process(input) {
    input.requestEnvelope.request = restoreCarrier(input.requestEnvelope.request);
  },
};
