import type { RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import type { PracticeStatus } from '../../shared/schemas.js';
import { turnOf } from '../context.js';
import { conversation } from '../conversation.js';
import { askNext, currentCheckIn, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, slot } from '../predicates.js';

const STATUS_IDS: Record<string, PracticeStatus> = { done: 'done', partly: 'partly', not_today: 'not_today' };

/** "Did you get to your practice?": yes / partly / not today. A skip is data, met with curiosity. */
export const PracticeAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'practice') &&
      isIntent(input, 'PracticeStatusIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const { profile } = turnOf(input);
    const checkIn = await currentCheckIn(input, state);
    const plan = checkIn ? activePlanOn(profile?.plans ?? [], checkIn.night) : null;
    let status: PracticeStatus;
    if (isIntent(input, 'AMAZON.YesIntent')) status = 'done';
    else if (isIntent(input, 'AMAZON.NoIntent', 'SkipIntent')) status = 'not_today';
    else status = STATUS_IDS[slot(input, 'status').id ?? ''] ?? 'partly';
    const saved = await saveAnswer(input, state, { practice: { planId: plan?.id ?? null, status, barrier: null, barrierSaid: null } });
    return askNext(input, state, status === 'done' ? [say.practiceDoneAck(state.turns)] : [], saved);
  },
};
