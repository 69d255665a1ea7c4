import type { RequestHandler } from 'ask-sdk-core';
import { issueLinkCode } from '../../shared/auth.js';
import { turnOf } from '../context.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/** "Give me my dashboard code": a one-time code, spoken and shown on the card, for this user (or this person). */
export const DashboardCodeIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'DashboardCodeIntent');
  },
  async handle(input) {
    const { store, owner, now } = turnOf(input);
    const issued = await issueLinkCode(store, owner, now);
    const groups = issued.groups;
    return respond(input, {
      speech: say.dashboardCode(groups).speech,
      card: {
        title: 'Your dashboard code',
        text: `${groups.join(' ')}\nEnter it on the Between Sessions sign-in page. It works once, for 10 minutes.`,
      },
      end: true,
    });
  },
};
