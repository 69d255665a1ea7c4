import type { RequestHandler } from 'ask-sdk-core';
import { describeWeek, hardMomentsFor, weekFor } from '../../shared/week.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/** "How was my week?": the dashboard's facts in a few spoken sentences, computed by the same code in shared/. */
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
    const sentences = describeWeek(view, clusters);
    saveConversation(input, freshConversation(conversation(input)));
    return respond(input, { speech: say.weekSummary(sentences).speech, end: true });
  },
};
