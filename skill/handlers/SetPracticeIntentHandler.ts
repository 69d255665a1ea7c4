import type { RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import { join } from '../../shared/ssml.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent, slot } from '../predicates.js';
import { keepAside } from '../rescue.js';
import { respond } from '../respond.js';

/**
 * "Set my homework", "I have new homework: call my sister when anxious", "there's no homework this week": setting a
 * practice by voice is a later release, so the skill says it cannot yet and leaves the plan as it is. The words of the
 * task are kept aside, not on tonight's entry: they are not what happened today, and filed there they read as taken
 * (the audit's "I've kept that"), made an entry of a one-shot, and were asked about as nothing. Asked in the middle of
 * a check-in, from its first question on, the check-in carries on; said on its own, the session ends, as after "what's
 * my practice?".
 */
export const SetPracticeIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'SetPracticeIntent');
  },
  async handle(input) {
    const { profile, moment } = turnOf(input);
    const plan = activePlanOn(profile?.plans ?? [], moment.night);
    const task = slot(input, 'task').value;
    const kept = task ? await keepAside(input, 'a practice said by voice, which the skill cannot set yet', task) : false;
    const speech = say.practiceNotSetByVoice({ inForce: Boolean(plan && !plan.none), kept });
    const back = await backToTonight(input, { fromTheFirstQuestion: true });
    if (back) return respond(input, { speech: join([speech, back.speech]), reprompt: back.reprompt ?? back.speech });
    saveConversation(input, freshConversation(conversation(input)));
    return respond(input, { speech, end: true });
  },
};
