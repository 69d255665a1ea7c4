import type { RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest, Request } from 'ask-sdk-model';
import { carrierOf, qualifierOf } from '../model/carriers.js';

/**
 * A carrier intent ("went {event}", see skill/model/carriers.ts) as the WhatHappenedIntent it stands for, with the
 * carrier put back in front of the words ("went to the gym"); a qualifier intent ("pretty {feeling}") as the
 * CheckInIntent it stands for, with the qualifier put back ("pretty good"). Any other request is returned as it is.
 */
export function restoreCarrier<R extends Request>(request: R): R {
  if (request.type !== 'IntentRequest') return request;
  const intentRequest = request as unknown as IntentRequest;
  const qualifier = qualifierOf(intentRequest.intent.name);
  if (qualifier !== null) {
    const slot = intentRequest.intent.slots?.feeling;
    const said = slot?.value?.trim();
    return {
      ...request,
      intent: {
        ...intentRequest.intent,
        name: 'CheckInIntent',
        slots: { feeling: { confirmationStatus: 'NONE', ...slot, name: 'feeling', value: said ? `${qualifier} ${said}` : qualifier } },
      },
    };
  }
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
