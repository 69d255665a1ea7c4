import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { LockTimeoutError, rescue, StoreCorruptError } from '../shared/store/index.js';
import { errorCode } from '../shared/store/lock.js';
import { ownerOf, turnOf } from './context.js';
import { allSlotText } from './predicates.js';

/** The store could not be read or written: a corrupt file, a lock held too long, a disk error. */
export function isStoreTrouble(error: unknown): boolean {
  return error instanceof StoreCorruptError || error instanceof LockTimeoutError || errorCode(error) !== undefined;
}

/** Requests whose words are in the rescue log already: a turn with two failed writes keeps them once. */
const rescued = new WeakSet<RequestEnvelope>();

/**
 * Appends every word of the request to the rescue log (DATA_DIR/rescue), for when the store could not take them:
 * nothing said is lost. Once per request. False when there were no words, or no folder to keep them in.
 */
export async function rescueWhatWasSaid(input: HandlerInput, dataDir: string | null): Promise<boolean> {
  const words = allSlotText(input);
  if (words.length === 0 || !dataDir) return false;
  if (rescued.has(input.requestEnvelope)) return true;
  const request = input.requestEnvelope.request;
  await rescue(dataDir, ownerOf(input), {
    at: request.timestamp,
    requestId: request.requestId,
    intent: request.type === 'IntentRequest' ? request.intent?.name : request.type,
    said: words,
  });
  rescued.add(input.requestEnvelope);
  return true;
}

/**
 * Keeps words the skill has no record for yet in the rescue log, named with why, as "words kept aside": the History
 * page shows them, the exports hold them, and deleting everything removes them. False when there is no folder to keep
 * them in (a store that is not file-based).
 */
export async function keepAside(input: HandlerInput, reason: string, said: string): Promise<boolean> {
  const { dataDir, owner } = turnOf(input);
  if (!dataDir) return false;
  const request = input.requestEnvelope.request;
  await rescue(dataDir, owner, {
    at: request.timestamp,
    requestId: request.requestId,
    intent: request.type === 'IntentRequest' ? request.intent?.name : request.type,
    reason,
    said: [said],
  });
  return true;
}
