import type { RequestHandler } from 'ask-sdk-core';
import { BarrierSchema, type Barrier } from '../../shared/schemas.js';
import { classifyBarrier } from '../../shared/vocabulary.js';
import { conversation } from '../conversation.js';
import { askNext, currentCheckIn, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { isAnswerIn, isIntent, slot, spokenText } from '../predicates.js';

/** "What got in the way?": the named barrier and the user's own words, both kept. */
export const BarrierAnswerHandler: RequestHandler = {
  canHandle(input) {
    return isAnswerIn(input, 'barrier') && !isIntent(input, 'AMAZON.FallbackIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const checkIn = await currentCheckIn(input, state);
    if (!checkIn?.practice || isIntent(input, 'SkipIntent', 'AMAZON.NoIntent')) return askNext(input, state);
    const named = BarrierSchema.safeParse(slot(input, 'barrier').id);
    const words = spokenText(input);
    // Alexa resolves the barrier slot; a sentence that reached us another way is read for one, and kept either way.
    const barrier: Barrier = named.success ? named.data : (words ? classifyBarrier(words) : null) ?? 'other';
    const saved = await saveAnswer(input, state, { practice: { ...checkIn.practice, barrier, barrierSaid: words } });
    return askNext(input, state, [say.barrierAck], saved);
  },
};
