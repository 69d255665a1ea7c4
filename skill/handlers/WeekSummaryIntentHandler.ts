import type { RequestHandler } from 'ask-sdk-core';
import { describeWeek, hardMomentsFor, weekFor } from '../../shared/week.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { join } from '../../shared/ssml.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "How was my week?": the dashboard's facts in a few spoken sentences, computed by the same code in shared/. Asked in
 * the middle of a check-in, the check-in carries on afterwards.
 */
export const WeekSummaryIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'WeekSummaryIntent');
  },
  async handle(input) {
    const { store, owner, moment, profile } = turnOf(input);
    const weekStartsOn = profile?.weekStartsOn ?? 1;
    const [view, clusters] = await Promise.all([
      weekFor(store, owner, moment.night, weekStartsOn),
      hardMomentsFor(store, owner, moment.night, weekStartsOn),
    ]);
    // Inviting someone to "open between sessions" at bedtime is odd when they are here now, in a check-in or just
    // after the crisis line; a one-shot ("ask between sessions how was my week") still hears it.
    const state = conversation(input);
    const here = state.afterCrisis || state.checkInId !== null || !input.requestEnvelope.session?.new;
    const summary = say.weekSummary(describeWeek(view, clusters, moment.night, !here)).speech;
    const back = await backToTonight(input);
    if (back) return respond(input, { speech: join([summary, back.speech]), reprompt: back.reprompt ?? back.speech });
    saveConversation(input, freshConversation(conversation(input)));
    return respond(input, { speech: summary, end: true });
  },
};
