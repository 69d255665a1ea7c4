import type { RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { carrierOf } from '../model/carriers.js';

/**
 * Turns a carrier intent ("went {event}", see skill/model/carriers.ts) back into WhatHappenedIntent with the carrier
 * put back in front of the words ("went to the gym"), before the safety check and every handler see the request.
 */
export const carrierInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest') return;
    const carrier = carrierOf(request.intent.name);
    if (carrier === null) return;
    const said = request.intent.slots?.event?.value?.trim();
    const intent: IntentRequest['intent'] = {
      ...request.intent,
      name: 'WhatHappenedIntent',
      slots: {
        event: {
          name: 'event',
          confirmationStatus: 'NONE',
          ...(request.intent.slots?.event ?? {}),
          value: said ? `${carrier} ${said}` : carrier,
        },
      },
    };
    (request as IntentRequest).intent = intent;
  },
};
