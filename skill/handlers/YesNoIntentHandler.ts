import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { DEFAULT_EXERCISE, startExercise } from '../exercise.js';
import { askNext } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { answerWithoutJournal } from '../rescue.js';
import { respond } from '../respond.js';

/**
 * "Yes" or "no" that no question was waiting for. "Yes" starts (or resumes) the check-in; "no" leaves kindly,
 * keeping whatever was said. While the journal cannot take answers, what the skill said last offered the breathing,
 * which needs no store: "yes" is to that, not to a check-in whose first answer would meet the same error again.
 */
export const YesNoIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent');
  },
  async handle(input) {
    const state = conversation(input);
    if (state.journalTrouble) {
      if (isIntent(input, 'AMAZON.NoIntent')) return answerWithoutJournal(input, turnOf(input).dataDir || null, { declined: true });
      return startExercise(input, state, state.askedAbout ?? state.nextExercise ?? DEFAULT_EXERCISE);
    }
    if (isIntent(input, 'AMAZON.YesIntent')) return askNext(input, state);
    saveConversation(input, freshConversation(state));
    return respond(input, { speech: state.checkInId ? say.stopMidway : say.goodbye, end: true });
  },
};
