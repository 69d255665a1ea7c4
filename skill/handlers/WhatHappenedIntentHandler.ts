import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import { classifyBarrier, classifyPracticeStatus } from '../../shared/vocabulary.js';
import { turnOf } from '../context.js';
import { continuingCheckIn } from '../conversation.js';
import { askNext, currentCheckIn, feelingInSentence, hedgedFeeling, keepSentence, saveAnswer, saveFeeling } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent, spokenText } from '../predicates.js';
import { askBarrierNow } from './PracticeStatusIntentHandler.js';

/** Says it is about the practice, not just any day's doing ("I tried a new café" is not a practice answer). */
const ABOUT_PRACTICE =
  /\b(?:practice|practise|homework|assignment|exercises?)\b|\b(?:skipped|skip|missed|forgot to do|didn't do|did not do|haven't done|have not done) it\b/i;

/**
 * A sentence about the practice ("I haven't done my practice yet") when one is set tonight: the practice, whatever
 * question it was said to.
 */
export function talksAboutPractice(input: HandlerInput): boolean {
  if (!isIntent(input, 'WhatHappenedIntent')) return false;
  const words = spokenText(input);
  if (!words || !ABOUT_PRACTICE.test(words)) return false;
  const { profile, moment } = turnOf(input);
  const plan = activePlanOn(profile?.plans ?? [], moment.night);
  return Boolean(plan && !plan.none && classifyPracticeStatus(words));
}

/**
 * A sentence about the day said when it was not asked for: kept on a new entry, then the check-in asks the rest. A
 * sentence about the practice ("I skipped my homework because I was tired"), when one is set, is the practice: its
 * status, and the barrier in it, kept with the words.
 */
export const WhatHappenedIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'WhatHappenedIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const words = spokenText(input);
    if (!words) return askNext(input, state);
    const { profile, moment } = turnOf(input);
    const plan = activePlanOn(profile?.plans ?? [], moment.night);
    const status = plan && !plan.none && ABOUT_PRACTICE.test(words) ? classifyPracticeStatus(words) : null;
    if (plan && status) {
      const barrier = status === 'done' ? null : classifyBarrier(words);
      const before = await currentCheckIn(input, state);
      const saved = await saveAnswer(input, state, {
        practice: { planId: plan.id, status, barrier, barrierSaid: status === 'done' ? null : words },
        // "I did my practice this morning": the words are kept too, as what happened when nothing else is yet.
        ...(status === 'done' && !before?.whatHappened ? { whatHappened: words } : {}),
      });
      if (status !== 'done' && !barrier) return askBarrierNow(input, state, status);
      return askNext(input, state, [status === 'done' ? say.practiceDoneAck(state.turns) : say.barrierAck], saved);
    }
    const before = await currentCheckIn(input, state);
    // Said to "how are you feeling?", or as the first thing, a short sentence that names a feeling is the feeling.
    const feeling = !before?.feeling && (state.step === 'feeling' || state.step === 'idle') ? (feelingInSentence(words) ?? hedgedFeeling(words)) : null;
    if (feeling) return saveFeeling(input, state, feeling);
    return keepSentence(input, state, words);
  },
};
