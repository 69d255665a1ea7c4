import type { RequestHandler } from 'ask-sdk-core';
import { conversation, freshConversation } from '../conversation.js';
import { DEFAULT_EXERCISE, continueExercise, startExercise } from '../exercise.js';
import { inStep, isIntent } from '../predicates.js';

/** "Another round" (or "yes" to "another round?") continues the exercise; said out of the blue, starts one. */
export const AnotherRoundIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AnotherRoundIntent') || (inStep(input, 'exercise') && isIntent(input, 'AMAZON.YesIntent'));
  },
  handle(input) {
    const state = conversation(input);
    if (state.step === 'exercise' && state.exercise) return continueExercise(input, state, false);
    return startExercise(input, freshConversation(state), DEFAULT_EXERCISE);
  },
};
