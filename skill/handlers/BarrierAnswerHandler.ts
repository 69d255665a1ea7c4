import type { RequestHandler } from 'ask-sdk-core';
import { conversation } from '../conversation.js';
import { askNext, barrierSaid, currentCheckIn, saveBarrier } from '../flow.js';
import { isAnswerIn, isIntent, slot, spokenText } from '../predicates.js';
import { FallbackIntentHandler } from './FallbackIntentHandler.js';

/** "What got in the way?": the named barrier and the user's own words, both kept; "something else" alone, asked about. */
export const BarrierAnswerHandler: RequestHandler = {
  canHandle(input) {
    return isAnswerIn(input, 'barrier') && !isIntent(input, 'AMAZON.FallbackIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const checkIn = await currentCheckIn(input, state);
    if (!checkIn?.practice || isIntent(input, 'SkipIntent', 'AMAZON.NoIntent')) return askNext(input, state);
    // Nothing heard and nothing named (an empty slot): not an answer, so the question again rather than "something else".
    if (!spokenText(input) && !slot(input, 'barrier').id) return FallbackIntentHandler.handle(input);
    const { barrier, words } = barrierSaid(input);
    return saveBarrier(input, state, { ...checkIn.practice, barrier, barrierSaid: words });
  },
};
