import type { RequestHandler } from 'ask-sdk-core';
import { conversation, saveConversation } from '../conversation.js';
import { addedToBarrierSaid, askNext, currentCheckIn, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { isAnswerIn, isIntent, spokenText } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "What was it?", after "something else" as what got in the way: their words kept after what they said first, the
 * barrier still "something else". "Skip" or "I'd rather not say" is an answer too, and leaves it at that.
 */
export const BarrierOtherAnswerHandler: RequestHandler = {
  canHandle(input) {
    return isAnswerIn(input, 'barrier_other') && !isIntent(input, 'AMAZON.FallbackIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const checkIn = await currentCheckIn(input, state);
    if (!checkIn?.practice || isIntent(input, 'SkipIntent', 'AMAZON.NoIntent')) return askNext(input, state);
    const words = spokenText(input);
    if (words) {
      const saved = await saveAnswer(input, state, {
        practice: { ...checkIn.practice, barrierSaid: addedToBarrierSaid(checkIn.practice.barrierSaid, words) },
      });
      return askNext(input, state, [say.barrierAck], saved);
    }
    // Nothing usable came through ("yes", a bare number): asked once more, then the check-in goes on with what is kept.
    if (state.retries < 1) {
      state.retries += 1;
      saveConversation(input, state);
      const q = say.askWhatItWas(state.turns);
      const again = say.fallback(q.reprompt ?? q.speech);
      return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
    }
    return askNext(input, state);
  },
};
