import type { HandlerInput } from 'ask-sdk-core';
import { rescue } from '../shared/store/index.js';
import { ownerOf } from './context.js';
import { allSlotText } from './predicates.js';

/**
 * Appends every word of the request to the rescue log (DATA_DIR/rescue), for when the store could not take them:
 * nothing said is lost. False when there were no words, or no folder to keep them in.
 */
export async function rescueWhatWasSaid(input: HandlerInput, dataDir: string | null): Promise<boolean> {
  const words = allSlotText(input);
  if (words.length === 0 || !dataDir) return false;
  const request = input.requestEnvelope.request;
  await rescue(dataDir, ownerOf(input), {
    at: request.timestamp,
    requestId: request.requestId,
    intent: request.type === 'IntentRequest' ? request.intent?.name : request.type,
    said: words,
  });
  return true;
}
