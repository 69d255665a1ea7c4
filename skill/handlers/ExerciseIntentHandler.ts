import type { RequestHandler } from 'ask-sdk-core';
import { ExerciseKindSchema } from '../../shared/schemas.js';
import { continuingCheckIn } from '../conversation.js';
import { DEFAULT_EXERCISE, startExercise } from '../exercise.js';
import { isIntent, slot } from '../predicates.js';

/**
 * "Help me breathe", "ground me", "box breathing": an exercise on demand, at any point. Asked for in the middle of
 * a check-in, it is linked to that check-in so the intensity is asked again afterwards.
 */
export const ExerciseIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'ExerciseIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    state.exerciseOffered = true;
    const named = ExerciseKindSchema.safeParse(slot(input, 'exercise').id);
    return startExercise(input, state, named.success ? named.data : DEFAULT_EXERCISE);
  },
};
