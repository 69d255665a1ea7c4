import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../context.js';
import { isRequest } from '../predicates.js';

/** The user disabled the skill: everything of their account is deleted, every person on it included. */
export const SkillDisabledEventHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'AlexaSkillEvent.SkillDisabled');
  },
  async handle(input) {
    const { store, owner } = turnOf(input);
    await store.deleteAccount(owner.userId);
    return input.responseBuilder.getResponse();
  },
};
