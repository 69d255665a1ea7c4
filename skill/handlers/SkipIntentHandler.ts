import type { RequestHandler } from 'ask-sdk-core';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { askNext, currentCheckIn } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Skip" where no state-specific handler took it: carry on with the check-in, or leave kindly if nothing was said yet.
 * At the first question it is as often "I don't know" (which Alexa hears as skip) as a wish to leave, so the skill
 * first offers a gentler way in, once; said again, the check-in goes on without a word for the feeling, as the
 * greeting promised ("you can say skip to any of them").
 */
export const SkipIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'SkipIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const checkIn = await currentCheckIn(input, state);
    // Asked again after a gentler way in, or with something already kept: the check-in goes on without the word.
    if (state.step === 'feeling' && (checkIn !== null || state.retries >= 1)) {
      state.feelingDeclined = true;
      // After "start over", the feeling given before stays.
      return askNext(input, state, [checkIn?.feeling ? say.keptAsBefore : say.feelingLeftOut]);
    }
    if (!checkIn) {
      if (state.step === 'feeling' && state.retries < 1) {
        state.retries += 1;
        saveConversation(input, state);
        const again = say.feelingHardToName;
        return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
      }
      saveConversation(input, freshConversation(state));
      return respond(input, { speech: say.goodbye, end: true });
    }
    return askNext(input, state);
  },
};
