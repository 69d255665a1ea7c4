import type { RequestHandler } from 'ask-sdk-core';
import { join } from '../../shared/ssml.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { backToTonight } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Remind me at bedtime", "set a reminder for 10 pm": the daily reminder is a later release, so the skill says it cannot
 * set one yet, and sets nothing (no reminder is pretended, and the permission is not asked for). Asked in the middle of
 * a check-in, from its first question on, the check-in carries on; said on its own, the session ends.
 */
export const SetReminderIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'SetReminderIntent');
  },
  async handle(input) {
    const back = await backToTonight(input, { fromTheFirstQuestion: true });
    if (back) return respond(input, { speech: join([say.remindersNotYet, back.speech]), reprompt: back.reprompt ?? back.speech });
    saveConversation(input, freshConversation(conversation(input)));
    return respond(input, { speech: say.remindersNotYet, end: true });
  },
};
