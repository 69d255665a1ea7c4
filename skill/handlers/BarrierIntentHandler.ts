import type { RequestHandler } from 'ask-sdk-core';
import { BarrierSchema } from '../../shared/schemas.js';
import { continuingCheckIn } from '../conversation.js';
import { addedToWhatHappened, askNext, currentCheckIn, feelingAnswer, saveAnswer, saveBarrier, saveFeelingAnswer } from '../flow.js';
import { isIntent, slot, spokenText } from '../predicates.js';

/**
 * A barrier said outside the barrier question. With a practice answer in this check-in it is that answer's
 * barrier; otherwise the words ("too tired", "so down") are most likely how the person feels, and kept as that, or,
 * with a feeling already kept, as what happened, after anything kept there.
 */
export const BarrierIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'BarrierIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const checkIn = await currentCheckIn(input, state);
    const words = spokenText(input);
    if (checkIn?.practice) {
      const named = BarrierSchema.safeParse(slot(input, 'barrier').id);
      return saveBarrier(input, state, { ...checkIn.practice, barrier: named.success ? named.data : 'other', barrierSaid: words });
    }
    if (!words) return askNext(input, state);
    // After anything already kept there (said before the breathing, or before a question): nothing said is replaced
    // by what is said next.
    const saved = checkIn?.feeling
      ? await saveAnswer(input, state, { whatHappened: addedToWhatHappened(checkIn.whatHappened, words) })
      : await saveFeelingAnswer(input, state, feelingAnswer(words));
    return askNext(input, state, [], saved);
  },
};
