import type { RequestHandler } from 'ask-sdk-core';
import { conversation } from '../conversation.js';
import { finishExercise } from '../exercise.js';
import * as say from '../messages/en.js';
import { inStep, isIntent } from '../predicates.js';

/**
 * "Stop", "no", "that's enough" during an exercise stops the exercise, not the evening: when it came from a check-in
 * the skill asks how strong the feeling is now.
 */
export const ExerciseStopHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'exercise') &&
      isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent', 'SkipIntent');
  },
  handle(input) {
    return finishExercise(input, conversation(input), [say.exerciseStopped]);
  },
};
