import type { RequestInterceptor } from 'ask-sdk-core';
import type { Intent, IntentRequest, Request } from 'ask-sdk-model';
import { carrierOf, qualifierOf } from '../model/carriers.js';

/**
 * A carrier intent ("went {event}", see skill/model/carriers.ts) as the WhatHappenedIntent it stands for, with the
 * carrier put back in front of the words ("went to the gym"); a qualifier intent ("pretty {feeling}") as the
 * CheckInIntent it stands for, with the qualifier put back ("pretty good"). Any other request is returned as it is.
 */
export function restoreCarrier<R extends Request>(request: R): R {
  if (request.type !== 'IntentRequest') return request;
  const intent = (request as unknown as IntentRequest).intent;
  const qualifier = qualifierOf(intent.name);
  // "Pretty" with no feeling heard is no feeling at all; "went" alone is still something that happened.
  if (qualifier !== null) return { ...request, intent: putBack(intent, 'CheckInIntent', 'feeling', qualifier, false) };
  const carrier = carrierOf(intent.name);
  if (carrier !== null) return { ...request, intent: putBack(intent, 'WhatHappenedIntent', 'event', carrier, true) };
  return request;
}

/** The intent renamed, with `words` put back in front of the slot's value (its resolutions kept). */
function putBack(intent: Intent, name: string, slotName: string, words: string, alone: boolean): Intent {
  const slot = intent.slots?.[slotName];
  const said = slot?.value?.trim();
  const value = said ? `${words} ${said}` : alone ? words : undefined;
  return { ...intent, name, slots: { ...intent.slots, [slotName]: { confirmationStatus: 'NONE', ...slot, name: slotName, value } } };
}

/** Restores the carrier before the safety check and every handler see the request, so they see the words whole. */
export const carrierInterceptor: RequestInterceptor = {
  process(input) {
    input.requestEnvelope.request = restoreCarrier(input.requestEnvelope.request);
  },
};
