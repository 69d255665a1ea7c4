import type { RequestHandler } from 'ask-sdk-core';
import { issueLinkCode } from '../../shared/auth.js';
import { turnOf } from '../context.js';
import { join } from '../../shared/ssml.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Give me my dashboard code": a one-time code, spoken and shown on the card, for this user (or this person). Asked in
 * the middle of a check-in, the check-in carries on afterwards.
 */
export const DashboardCodeIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'DashboardCodeIntent');
  },
  async handle(input) {
    const { store, owner, now } = turnOf(input);
    const issued = await issueLinkCode(store, owner, now);
    const groups = issued.groups;
    const card = {
      title: 'Your dashboard code',
      text: `${groups.join(' ')}\nEnter it on the Between Sessions sign-in page. It works once, for 10 minutes.`,
    };
    const code = say.dashboardCode(groups).speech;
    const back = await backToTonight(input);
    if (back) return respond(input, { speech: join([code, back.speech]), reprompt: back.reprompt ?? back.speech, card });
    return respond(input, { speech: code, card, end: true });
  },
};
