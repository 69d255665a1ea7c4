import type { RequestHandler } from 'ask-sdk-core';
import { issueLinkCode } from '../../shared/auth.js';
import { heardOwner, turnOf } from '../context.js';
import { join } from '../../shared/ssml.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Give me my dashboard code": a one-time code, spoken and shown on the card, for this user (or, spoken only, for this
 * recognised person). The code is for the voice heard on this turn (heardOwner): a voice not recognised in a
 * recognised person's session gets none. Asked in the middle of a check-in, the check-in carries on afterwards.
 */
export const DashboardCodeIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'DashboardCodeIntent');
  },
  async handle(input) {
    const { store, now, env } = turnOf(input);
    const owner = heardOwner(input, turnOf(input).owner);
    if (!owner) {
      const back = await backToTonight(input);
      if (back) return respond(input, { speech: join([say.codeNotRecognised, back.speech]), reprompt: back.reprompt ?? back.speech });
      return respond(input, { speech: say.codeNotRecognised, end: true });
    }
    const issued = await issueLinkCode(store, owner, now);
    const groups = issued.groups;
    // The card goes to the Alexa app, which is the account holder's: a code that signs in a recognised person (their
    // records, not the account's) is only spoken, or the account holder could sign in as them.
    const onCard = !owner.personId;
    const page = env.ORIGIN ? `${env.ORIGIN.replace(/\/+$/, '')}/signin` : 'the Between Sessions sign-in page';
    const card = onCard
      ? { title: 'Your dashboard code', text: `${groups.join(' ')}\nEnter it on ${page}. It works once, for 10 minutes.` }
      : undefined;
    const code = say.dashboardCode(groups, onCard).speech;
    const back = await backToTonight(input);
    if (back) return respond(input, { speech: join([code, back.speech]), reprompt: back.reprompt ?? back.speech, ...(card ? { card } : {}) });
    return respond(input, { speech: code, ...(card ? { card } : {}), end: true });
  },
};
