import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import type { PracticePlan, PracticeStatus } from '../../shared/schemas.js';
import { classifyPracticeStatus } from '../../shared/vocabulary.js';
import { turnOf } from '../context.js';
import { continuingCheckIn, saveConversation, type ConversationState } from '../conversation.js';
import { askNext, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent, slot } from '../predicates.js';
import { respond } from '../respond.js';

const STATUS_IDS: Record<string, PracticeStatus> = { done: 'done', partly: 'partly', not_today: 'not_today' };

/**
 * "I did it" / "not today" said on its own, or in place of another answer: recorded for tonight when a practice is
 * set. Without one, the skill says so, and a check-in under way carries on.
 */
export const PracticeStatusIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'PracticeStatusIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const { profile, moment } = turnOf(input);
    const plan = activePlanOn(profile?.plans ?? [], moment.night);
    if (!plan || plan.none) {
      if (state.step !== 'idle') return askNext(input, state, [say.practiceNotSet]);
      saveConversation(input, state);
      return respond(input, { speech: say.practiceNotSet, end: true });
    }
    // Words Alexa could not resolve are read for the status they name ("never did it", "done and dusted"); naming none,
    // the practice question is asked with its choices, rather than "partly" put in the person's mouth.
    const { id, value } = slot(input, 'status');
    const status = STATUS_IDS[id ?? ''] ?? (value ? classifyPracticeStatus(value) : null);
    if (!status) return askPracticeNow(input, state, plan);
    const saved = await saveAnswer(input, state, { practice: { planId: plan.id, status, barrier: null, barrierSaid: null } });
    if (status === 'done') return askNext(input, state, [say.practiceDoneAck(state.turns)], saved);
    return askBarrierNow(input, state, status);
  },
};

/** The practice question, with its choices, after words about the practice that named no status. */
function askPracticeNow(input: HandlerInput, state: ConversationState, plan: PracticePlan) {
  state.step = 'practice';
  state.retries = 0;
  saveConversation(input, state);
  const q = say.askPractice(plan);
  const again = say.fallback(q.reprompt ?? q.speech);
  return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
}

/**
 * A skip said out of turn is met the same way as in the check-in: "what got in the way?", at once, before anything
 * else, so the answer is filed as the barrier and never as a feeling.
 */
export function askBarrierNow(input: HandlerInput, state: ConversationState, status: PracticeStatus) {
  state.barrierAsked = true;
  state.step = 'barrier';
  state.retries = 0;
  saveConversation(input, state);
  const q = say.askBarrier(status === 'partly');
  return respond(input, { speech: q.speech, reprompt: q.reprompt ?? q.speech });
}
