import type { RequestHandler } from 'ask-sdk-core';
import { parseIntensity, talksAboutStrength } from '../../shared/intensity.js';
import { conversation } from '../conversation.js';
import { finishExercise, finishExerciseWith } from '../exercise.js';
import { currentCheckIn, feelingInSentence, saveAnswer } from '../flow.js';
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
      isIntent(input, 'ThanksIntent', 'CheckInIntent', 'WhatHappenedIntent', 'IntensityIntent', 'NoChangeIntent', 'FeltChangeIntent')
    );
  },
  async handle(input) {
    const state = conversation(input);
    const number = parseIntensity(slot(input, 'intensity').value ?? (isIntent(input, 'IntensityIntent') ? spokenText(input) : null));
    // "Better, like a 6": the number is the answer to the question that comes next.
    if (number.ok) return finishExerciseWith(input, state, number.value);

    const words = isIntent(input, 'WhatHappenedIntent') ? (spokenText(input) ?? '').trim() : '';
    if (words && state.exercise?.checkInId && tellsWhatHappened(words)) {
      const checkIn = await currentCheckIn(input, state);
      if (checkIn && checkIn.whatHappened === null) await saveAnswer(input, state, { whatHappened: words });
    }
    return finishExercise(input, state, [isIntent(input, 'ThanksIntent') ? say.exerciseThanked : say.exerciseStopped]);
  },
};

/** Not a comment on the exercise ("feel calmer", "much better") but something that happened. */
function tellsWhatHappened(words: string): boolean {
  return (
    words.split(/\s+/).length >= 4 &&
    feelingInSentence(words) === null &&
    !talksAboutStrength(words) &&
    !/\b(?:better|calmer|calm|relaxed|helped|good|thanks|thank you|breath|breathing|exercise)\b/i.test(words)
  );
}
