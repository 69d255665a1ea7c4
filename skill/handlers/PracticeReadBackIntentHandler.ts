import type { RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import { join } from '../../shared/ssml.js';
import { heardOwner, profileOf, turnOf } from '../context.js';
import { notReadBack } from './WeekSummaryIntentHandler.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "What's my practice?": the plan in force tonight, read back in the user's own words (the task, the if-then cue, why
 * it matters to them, what to bring back). Asked in the middle of a check-in, from its first question on, the check-in
 * carries on afterwards. It is the practice of the voice that asks (see WeekSummaryIntentHandler).
 */
export const PracticeReadBackIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'PracticeReadBackIntent');
  },
  async handle(input) {
    const { moment } = turnOf(input);
    // The practice of the voice that asks, as for the week (WeekSummaryIntentHandler).
    const owner = heardOwner(input, turnOf(input).owner);
    if (!owner) return notReadBack(input, { fromTheFirstQuestion: true });
    const plan = activePlanOn((await profileOf(input, owner))?.plans ?? [], moment.night);
    const speech = plan ? say.readPractice(plan) : say.practiceNotSet;
    // The practice is part of the check-in (it asks whether they got to it): asked for at "how are you feeling?", it is
    // read back and the check-in begins, where the week asked there is all someone opened the skill for.
    const back = await backToTonight(input, { fromTheFirstQuestion: true });
    if (back) return respond(input, { speech: join([speech, back.speech]), reprompt: back.reprompt ?? back.speech });
    saveConversation(input, freshConversation(conversation(input)));
    return respond(input, { speech, end: true });
  },
};
