import type { RequestHandler } from 'ask-sdk-core';
import { describeExercise } from '../../shared/exercises.js';
import { ExerciseKindSchema } from '../../shared/schemas.js';
import { join } from '../../shared/ssml.js';
import { EXERCISE_VALUES } from '../../shared/vocabulary.js';
import { conversation, saveConversation } from '../conversation.js';
import { DEFAULT_EXERCISE } from '../exercise.js';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent, slot } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "What is box breathing?", "what is it?" (of the one offered) or "what exercises do you have?": a description, and the words that start one. Nothing is
 * started or stored by asking; the question the skill was waiting on comes after.
 */
export const ExerciseInfoIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'ExerciseInfoIntent');
  },
  async handle(input) {
    const question = await currentQuestion(input);
    const state = conversation(input);
    // The exercise on offer: the one asked about there, else the one offered.
    const offered = state.step === 'offer_exercise' ? (state.askedAbout ?? state.nextExercise ?? DEFAULT_EXERCISE) : null;
    // "What is it?" of the exercise just offered, or the one under way: that one.
    const meant = slot(input, 'exercise').id ?? offered ?? (state.step === 'exercise' ? state.exercise?.kind : null);
    const named = ExerciseKindSchema.safeParse(meant);
    if (!named.success) {
      const list = say.exerciseList(EXERCISE_VALUES.map((value) => value.value));
      return respond(input, {
        speech: join([list.speech, ...(question ? [question.speech] : [])]),
        reprompt: question?.reprompt ?? list.reprompt ?? list.speech,
      });
    }
    if (named.data === offered) {
      const again = say.describedOffer(describeExercise(named.data));
      return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
    }
    const startWith = EXERCISE_VALUES.find((value) => value.id === named.data)?.value ?? named.data;
    const info = say.exerciseInfo(describeExercise(named.data), startWith);
    // One named at the offer: the offer is now of that one, and a yes starts it.
    if (offered) {
      state.askedAbout = named.data;
      saveConversation(input, state);
      const offer = say.offerNamedExercise(startWith);
      return respond(input, { speech: join([info, offer.speech]), reprompt: offer.reprompt ?? offer.speech });
    }
    return respond(input, {
      speech: join([info, ...(question ? [question.speech] : [])]),
      reprompt: question?.reprompt ?? info,
    });
  },
};
