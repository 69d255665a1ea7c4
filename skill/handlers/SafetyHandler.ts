import type { RequestHandler } from 'ask-sdk-core';
import { crisisResponse } from '../../shared/safety/crisis-lines.js';
import { detectCrisis } from '../../shared/safety/detect.js';
import { turnOf } from '../context.js';
import { conversation, saveConversation } from '../conversation.js';
import { currentCheckIn, saveAnswer } from '../flow.js';
import { allSlotText, isIntent } from '../predicates.js';
import { respond } from '../respond.js';

function crisisWords(input: Parameters<RequestHandler['canHandle']>[0]): string | null {
  return allSlotText(input).find((text) => detectCrisis(text).crisis) ?? null;
}

/**
 * Language of self-harm or suicide, wherever it appears (as a request, as the feeling, inside what happened), is
 * answered first and at once with the crisis line for the user's region. Registered before every other handler.
 */
export const SafetyHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'CrisisIntent') || crisisWords(input) !== null;
  },
  async handle(input) {
    const state = conversation(input);
    const words = crisisWords(input);
    // Keep what they said, whole: it is theirs, and nothing said is lost.
    if (words) {
      const checkIn = await currentCheckIn(input, state);
      const text = checkIn?.whatHappened ? `${checkIn.whatHappened} … ${words}` : words;
      await saveAnswer(input, state, { whatHappened: text });
    }
    state.step = 'crisis';
    state.retries = 0;
    saveConversation(input, state);
    const crisis = crisisResponse(turnOf(input).region);
    return respond(input, {
      speech: crisis.speech,
      reprompt: crisis.reprompt,
      card: { title: crisis.cardTitle, text: crisis.cardText },
    });
  },
};
