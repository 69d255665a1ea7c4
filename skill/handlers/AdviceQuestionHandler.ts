import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { urgentCareQuestion } from '../../shared/safety/crisis-lines.js';
import { join } from '../../shared/ssml.js';
import { adviceAsked } from '../advice.js';
import { continuingCheckIn, conversation, freshConversation, saveConversation, type ConversationState } from '../conversation.js';
import { turnOf } from '../context.js';
import { askNext, currentQuestion, keepWithTonight, stillAskAboutTheDay } from '../flow.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, spokenText } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * A question about medication, a diagnosis or what to do ("should I up my meds?", "am I depressed?"), at any point of
 * a check-in: the skill says whose question it is, keeps the words with tonight's entry (they are worth taking to the
 * next session, and nothing said is lost), and goes back to the question it was waiting on. Said to "what happened
 * today?", the question is the answer, and the check-in goes on from there.
 */
export const AdviceQuestionHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, 'AdviceIntent')) return true;
    const words = isIntent(input, 'WhatHappenedIntent') ? spokenText(input) : null;
    const asked = words === null ? null : adviceAsked(words);
    // In an exercise, or at its offer, "is this normal?" or "should I do it?" is about the exercise, which the
    // exercise's own handlers answer; only medication and urgent care are this handler's there.
    if (inStep(input, 'exercise', 'offer_exercise')) return asked === 'urgent' || asked === 'medication';
    return asked !== null;
  },
  async handle(input) {
    // An exercise asked for on its own ("help me breathe") has no check-in, and is not turned into one.
    const state = inStep(input, 'exercise', 'offer_exercise') ? conversation(input) : continuingCheckIn(input);
    const words = isIntent(input, 'WhatHappenedIntent') ? spokenText(input) : null;
    const asked = words ? adviceAsked(words) : null;
    if (asked === 'urgent' && words) return urgent(input, state, words);
    const lead = [say.notMineToAnswer[asked === 'urgent' || asked === null ? 'what_to_do' : asked]];
    // "What should I do?" alone: nothing to keep, and the same question again.
    if (!words) {
      const question = await currentQuestion(input);
      if (!question) return askNext(input, state, lead);
      return respond(input, { speech: join([...lead, question.speech]), reprompt: question.reprompt ?? question.speech });
    }
    if (inStep(input, 'exercise', 'offer_exercise') && !state.checkInId) {
      const question = await currentQuestion(input);
      const again = question ?? say.afterRoundQuestion;
      return respond(input, { speech: join([...lead, again.speech]), reprompt: again.reprompt ?? again.speech });
    }
    const answered = state.step === 'what_happened';
    const { before, saved } = await keepWithTonight(input, state, words);
    if (answered) state.askHappened = false;
    else stillAskAboutTheDay(state, before);
    lead.push(say.keptQuestion);
    if (answered) return askNext(input, state, lead, saved);
    saveConversation(input, state);
    const question = await currentQuestion(input);
    if (!question) return askNext(input, state, lead, saved);
    return respond(input, { speech: join([...lead, question.speech]), reprompt: question.reprompt ?? question.speech });
  },
};

/**
 * "Should I go to the hospital?": the emergency number, for the person to decide with, and a card with it; the words
 * kept with tonight's entry, and the session ended so they can act, as after an emergency.
 */
async function urgent(input: HandlerInput, state: ConversationState, words: string): Promise<Response> {
  await keepWithTonight(input, state, words);
  saveConversation(input, freshConversation(state));
  const answer = urgentCareQuestion(turnOf(input).region);
  return respond(input, { speech: answer.speech, card: { title: answer.cardTitle, text: answer.cardText }, end: true, emergencyFirst: true });
}
