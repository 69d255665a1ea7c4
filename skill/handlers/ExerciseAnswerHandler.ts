import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { parseIntensity } from '../../shared/intensity.js';
import type { CheckIn } from '../../shared/schemas.js';
import { asksTheSkill } from '../advice.js';
import { conversation, saveConversation, type ConversationState } from '../conversation.js';
import { finishExercise, finishExerciseWith } from '../exercise.js';
import { keepWithTonight, stillAskAboutTheDay, tellsWhatHappened } from '../flow.js';
import { respond } from '../respond.js';
import { join } from '../../shared/ssml.js';
import { BARRIER_VALUES, matchVocabulary } from '../../shared/vocabulary.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, mentionsMedicalEmergency, slot, spokenText } from '../predicates.js';
import { keepWhatWasSaid } from './SafetyHandler.js';

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
    // "I can't stop the bleeding": the exercise ends and the emergency number comes first (respond.ts), which says the
    // words are kept; they are, on tonight's entry, even when the exercise began outside a check-in.
    if (mentionsMedicalEmergency(input)) {
      await keepWhatWasSaid(input, state);
      return finishExercise(input, state, [say.exerciseStopped]);
    }
    // "This isn't helping": stopped without fuss, and asked how strong it is now, so a different one can be offered.
    if (notHelping(input)) return finishExercise(input, state, [say.exerciseNotHelping]);
    // "Better, like a 6": the number is the answer to the question that comes next.
    const number = parseIntensity(slot(input, 'intensity').value ?? (isIntent(input, 'IntensityIntent') ? spokenText(input) : null));
    if (number.ok) return finishExerciseWith(input, state, number.value);

    const words = isIntent(input, 'WhatHappenedIntent', 'CheckInIntent') ? (spokenText(input) ?? '').trim() : '';
    // "Am I doing it right?", "is this normal?": a question, not a wish to stop. The breathing goes on if they want it.
    if (words && isIntent(input, 'WhatHappenedIntent') && asksTheSkill(words)) {
      saveConversation(input, state);
      return respond(input, { speech: join([say.questionInExercise, say.afterRoundQuestion.speech]), reprompt: say.afterRoundQuestion.reprompt ?? say.afterRoundQuestion.speech });
    }
    // Tears are not a wish to stop: they are met, kept, and the choice is theirs. Stopping at "I'm crying" meant the
    // breathing ended just when it might help, and "another round" after it was no longer understood.
    if (words && CRYING.test(words)) {
      // Kept, but no answer about the day: "what happened today?" is still asked, as itself.
      const kept = await keepWords(input, state, words);
      if (kept) stillAskAboutTheDay(state, kept.before, { aboutTheDay: false });
      saveConversation(input, state);
      return respond(input, { speech: join([say.cryingInExercise, say.afterRoundQuestion.speech]), reprompt: say.afterRoundQuestion.reprompt ?? say.afterRoundQuestion.speech });
    }
    if (isIntent(input, 'WhatHappenedIntent') && words && tellsWhatHappened(words, { minWords: 4, afterExercise: true })) await keepWords(input, state, words);
    return finishExercise(input, state, [isIntent(input, 'ThanksIntent') ? say.exerciseThanked : say.exerciseStopped]);
  },
};

/**
 * "This isn't helping", "it's not working": heard as the reason "didn't see the point", or sent as words about the day
 * that are, whole, that reason. Alexa can send them either way, since "it", "it's" and "this" open sentences about the
 * day too (skill/model/carriers.ts); a longer sentence that only holds the words ("my sister says therapy doesn't
 * help") is no wish to stop this one.
 */
function notHelping(input: HandlerInput): boolean {
  if (isIntent(input, 'BarrierIntent')) return slot(input, 'barrier').id === 'no_point';
  const words = isIntent(input, 'WhatHappenedIntent') ? spokenText(input) : null;
  return words !== null && matchVocabulary(BARRIER_VALUES, words)?.id === 'no_point';
}

const CRYING = /\b(?:crying|cry|tears|teary|tearful|sobbing|weeping|welling up)\b/i;

/**
 * Words said mid-exercise, kept with the check-in the exercise belongs to. An exercise asked for outside a check-in has
 * no entry to keep them in: null then.
 */
function keepWords(input: HandlerInput, state: ConversationState, words: string): Promise<{ before: CheckIn | null } | null> {
  return state.exercise?.checkInId ? keepWithTonight(input, state, words) : Promise.resolve(null);
}
