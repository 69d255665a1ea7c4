import type { RequestHandler } from 'ask-sdk-core';
import { ExerciseKindSchema } from '../../shared/schemas.js';
import { ssml } from '../../shared/ssml.js';
import { conversation } from '../conversation.js';
import { DEFAULT_EXERCISE, startExercise } from '../exercise.js';
import { askNext } from '../flow.js';
import { inStep, isIntent, slot } from '../predicates.js';

/** The answer to "would you like to breathe together first?" at intensity 8 or more. */
export const ExerciseOfferAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'offer_exercise') &&
      isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent', 'ExerciseIntent', 'AnotherRoundIntent', 'SlowerIntent');
  },
  async handle(input) {
    const state = conversation(input);
    if (isIntent(input, 'AMAZON.NoIntent', 'SkipIntent')) return askNext(input, state, [ssml`Okay.`]);
    const named = ExerciseKindSchema.safeParse(slot(input, 'exercise').id);
    return startExercise(input, state, named.success ? named.data : DEFAULT_EXERCISE);
  },
};
