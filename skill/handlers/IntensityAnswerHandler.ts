import type { RequestHandler } from 'ask-sdk-core';
import { parseIntensity, saysUnchanged } from '../../shared/intensity.js';
import { conversation, saveConversation } from '../conversation.js';
import { recordIntensityAfter } from '../exercise.js';
import { askNext, currentCheckIn, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { isAnswerIn, isIntent, slot, spokenText } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * The answer to "how strong, from 1 to 10?" (before, or again after an exercise). A number out of range or not
 * understood is asked again once, with the range; after that the check-in moves on and nothing bogus is stored.
 */
export const IntensityAnswerHandler: RequestHandler = {
  canHandle(input) {
    return isAnswerIn(input, 'intensity', 'intensity_after');
  },
  async handle(input) {
    const state = conversation(input);
    const after = state.step === 'intensity_after';
    // "Skip" and "no" are answers: the person would rather not give a number, and is not asked again.
    if (isIntent(input, 'SkipIntent', 'AMAZON.NoIntent')) {
      if (after) return recordIntensityAfter(input, state, null);
      state.intensitySkipped = true;
      return askNext(input, state, [say.intensityLetGo]);
    }
    const heard = slot(input, 'intensity').value ?? spokenText(input);
    const reading = parseIntensity(heard);

    // "About the same" after an exercise is the number from before, said another way.
    if (!reading.ok && after && (isIntent(input, 'NoChangeIntent') || saysUnchanged(heard))) {
      const before = (await currentCheckIn(input, state))?.intensity ?? null;
      if (before !== null) return recordIntensityAfter(input, state, before);
    }

    if (!reading.ok) {
      if (state.retries < 1) {
        state.retries += 1;
        saveConversation(input, state);
        const again = say.intensityAgain();
        return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
      }
      if (after) return recordIntensityAfter(input, state, null);
      state.intensitySkipped = true;
      return askNext(input, state, [say.intensityLetGo]);
    }

    if (after) return recordIntensityAfter(input, state, reading.value);
    const saved = await saveAnswer(input, state, { intensity: reading.value });
    return askNext(input, state, [], saved);
  },
};
