import type { RequestHandler } from 'ask-sdk-core';
import { conversation, freshConversation } from '../conversation.js';
import { DEFAULT_EXERCISE, continueExercise, startExercise } from '../exercise.js';
import { isIntent } from '../predicates.js';

/** "Slower": the next round with every phase lengthened. */
export const SlowerIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'SlowerIntent');
  },
  async handle(input) {
    const state = conversation(input);
    if (state.step === 'exercise' && state.exercise) return continueExercise(input, state, true);
    return startExercise(input, freshConversation(state), DEFAULT_EXERCISE);
  },
};
