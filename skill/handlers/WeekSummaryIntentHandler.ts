import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { describeWeek, hardMomentsFor, weekFor } from '../../shared/week.js';
import { heardOwner, profileOf, turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { join } from '../../shared/ssml.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "How was my week?": the dashboard's facts in a few spoken sentences, computed by the same code in shared/. Asked in
 * the middle of a check-in, the check-in carries on afterwards. The week is the voice's that asks (heardOwner, and the
 * rule in context.ts): a recognised person hears their own in anyone's session, and a voice not recognised in a
 * recognised person's session hears nothing of theirs.
 */
export const WeekSummaryIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'WeekSummaryIntent');
  },
  async handle(input) {
    const { store, moment } = turnOf(input);
    const owner = heardOwner(input, turnOf(input).owner);
    if (!owner) return notReadBack(input);
    const weekStartsOn = (await profileOf(input, owner))?.weekStartsOn ?? 1;
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

/**
 * Asked for by a voice not recognised in a recognised person's session: said warmly that it is read back only to its
 * owner, in words that do not change with what is stored, and the evening (if one is under way) goes on.
 */
export async function notReadBack(input: HandlerInput, options: Parameters<typeof backToTonight>[1] = {}) {
  const back = await backToTonight(input, options);
  if (back) return respond(input, { speech: join([say.readBackNotRecognised, back.speech]), reprompt: back.reprompt ?? back.speech });
  return respond(input, { speech: say.readBackNotRecognised, end: true });
}
