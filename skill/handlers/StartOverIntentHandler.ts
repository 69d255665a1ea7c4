import type { RequestHandler } from 'ask-sdk-core';
import { REDO_STEPS, conversation, freshConversation, saveConversation } from '../conversation.js';
import { continueExercise } from '../exercise.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';
import { join } from '../../shared/ssml.js';

/**
 * "Start over": in a check-in, every question again from the feeling, on the same entry. Each new answer replaces the
 * old one as it is given; an answer not given again is kept, so a restart cut off half-way loses nothing. In an
 * exercise it is another round from the top; anywhere else, the check-in's first question.
 */
export const StartOverIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.StartOverIntent');
  },
  handle(input) {
    const previous = conversation(input);
    if (previous.step === 'exercise' && previous.exercise) return continueExercise(input, previous, false);
    // A check-in under way keeps its entry; otherwise (nothing said yet, a delete or a resume declined) a fresh start.
    const underWay = previous.checkInId !== null && previous.step !== 'confirm_delete' && previous.step !== 'offer_resume';
    const state = freshConversation(previous);
    state.step = 'feeling';
    if (underWay) {
      state.checkInId = previous.checkInId;
      state.redo = [...REDO_STEPS];
    }
    saveConversation(input, state);
    const first = say.askFeeling(state.turns);
    return respond(input, { speech: join([say.fromTheTop, first.speech]), reprompt: first.reprompt ?? first.speech });
  },
};
