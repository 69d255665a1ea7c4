import type { RequestHandler } from 'ask-sdk-core';
import { conversation, saveConversation, type Step } from '../conversation.js';
import { currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';
import { join } from '../../shared/ssml.js';

/**
 * The question before each check-in question, for "go back". An answer given again replaces the stored one on the
 * same entry, and the check-in carries on from there (askNext skips what is already answered).
 */
const STEP_BEFORE: Partial<Record<Step, Step>> = {
  intensity: 'feeling',
  what_happened: 'intensity',
  practice: 'what_happened',
  barrier: 'practice',
  barrier_other: 'barrier',
};

/**
 * "Say that again" asks the current question again; "go back" asks the one before it, in a check-in, and the current
 * one elsewhere (an exercise, a confirmation). After the crisis line, CrisisFollowUpHandler answers first, with the
 * number again.
 */
export const PreviousIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const back = isIntent(input, 'AMAZON.PreviousIntent') && state.checkInId ? STEP_BEFORE[state.step] : undefined;
    if (back) {
      state.step = back;
      state.retries = 0;
      // Asked again, so whatever follows from the new answer is asked again too.
      if (back === 'practice') {
        state.practiceDeclined = false;
        state.barrierAsked = false;
      }
    }
    saveConversation(input, state);
    const question = await currentQuestion(input);
    if (!question) {
      const first = say.askFeeling(state.turns);
      return respond(input, { speech: first.speech, reprompt: first.reprompt ?? first.speech });
    }
    const speech = back ? join([say.backAStep, question.speech]) : question.speech;
    return respond(input, { speech, reprompt: question.reprompt ?? question.speech });
  },
};
