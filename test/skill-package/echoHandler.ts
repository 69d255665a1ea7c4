import type { RequestEnvelope } from 'ask-sdk-model';
import { restoreCarrier } from '../../skill/interceptors/CarrierInterceptor.js';

/**
 * A skill that answers every request with the request itself, so a test can see exactly which intent and slots
 * virtual-alexa resolved an utterance to: as the handlers see it, after the skill has put back a carrier phrase
 * (skill/model/carriers.ts).
 */
export async function handler(event: RequestEnvelope): Promise<unknown> {
  const seen = { ...event, request: restoreCarrier(event.request) };
  return { version: '1.0', sessionAttributes: {}, response: { shouldEndSession: false }, echo: seen };
}
