import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { parseIntensity } from '../../shared/intensity.js';
import { conversation } from '../conversation.js';
import { finishExercise, finishExerciseWith } from '../exercise.js';
import { currentCheckIn, saveAnswer, tellsWhatHappened } from '../flow.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, slot, spokenText } from '../predicates.js';

/**
 * Whatever else is said to "another round, slower, or stop?" ends the exercise: "thank you", "it helped", "I feel
 * calmer", "I'm good", a number. Taken as a new feeling or as the day's events, it would skip the question the record
 * needs (how strong the feeling is now) or end the evening. A number is that answer, given early. Something that
 * happened, told here, is kept as what happened.
 */
export const ExerciseAnswerHandler: RequestHandler = {
  canHandle(input) {
    return (
      inStep(input, 'exercise') &&
      (isIntent(input, 'ThanksIntent', 'CheckInIntent', 'WhatHappenedIntent', 'IntensityIntent', 'NoChangeIntent', 'FeltChangeIntent') ||
        notHelping(input))
    );
  },
  async handle(input) {
    const state = conversation(input);
    // "This isn't helping": stopped without fuss, and asked how strong it is now, so a different one can be offered.
    if (notHelping(input)) return finishExercise(input, state, [say.exerciseNotHelping]);
    // "Better, like a 6": the number is the answer to the question that comes next.
    const number = parseIntensity(slot(input, 'intensity').value ?? (isIntent(input, 'IntensityIntent') ? spokenText(input) : null));
    if (number.ok) return finishExerciseWith(input, state, number.value);

    const words = isIntent(input, 'WhatHappenedIntent') ? (spokenText(input) ?? '').trim() : '';
    if (words && state.exercise?.checkInId && tellsWhatHappened(words, { minWords: 4, afterExercise: true })) {
      const checkIn = await currentCheckIn(input, state);
      if (checkIn && checkIn.whatHappened === null) await saveAnswer(input, state, { whatHappened: words });
    }
    return finishExercise(input, state, [isIntent(input, 'ThanksIntent') ? say.exerciseThanked : say.exerciseStopped]);
  },
};

/** "This isn't helping", "it's not working": heard as the reason "didn't see the point". */
function notHelping(input: HandlerInput): boolean {
  return isIntent(input, 'BarrierIntent') && slot(input, 'barrier').id === 'no_point';
}
