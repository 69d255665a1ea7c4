import type { ErrorHandler as AskErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { parseIntensity } from '../shared/intensity.js';
import { crisisResponse, regionForLocale } from '../shared/safety/crisis-lines.js';
import { detectCrisis } from '../shared/safety/detect.js';
import { HIGH_INTENSITY } from '../shared/limits.js';
import { join } from '../shared/ssml.js';
import { turnOf, type SkillDeps } from './context.js';
import { conversation, markJournalTrouble, saveConversation } from './conversation.js';
import { currentQuestion } from './flow.js';
import * as say from './messages/en.js';
import { allSlotText, intensitySaid, isIntent, isRequest } from './predicates.js';
import { answerWithoutJournal, isLastingStoreTrouble, isStoreTrouble, journalInTrouble, rescueWhatWasSaid } from './rescue.js';
import { respond } from './respond.js';

function afterCrisis(input: HandlerInput): boolean {
  try {
    return conversation(input).afterCrisis;
  } catch {
    return false;
  }
}

function crisisIn(input: HandlerInput): boolean {
  try {
    return isIntent(input, 'CrisisIntent') || allSlotText(input).some((text) => detectCrisis(text).crisis);
  } catch {
    return false;
  }
}

/** The crisis line, whatever failed: it needs nothing but the locale. */
function crisisLine(input: HandlerInput): Response {
  let region;
  try {
    region = turnOf(input).region;
  } catch {
    region = regionForLocale(input.requestEnvelope.request.locale);
  }
  try {
    const state = conversation(input);
    state.step = 'crisis';
    state.retries = 0;
    state.afterCrisis = true;
    saveConversation(input, state);
  } catch {
    // No session to keep it in: the answer below is still the line.
  }
  const crisis = crisisResponse(region);
  return respond(input, { speech: crisis.speech, reprompt: crisis.reprompt, card: { title: crisis.cardTitle, text: crisis.cardText }, isCrisisLine: true });
}

/** The number said this turn ("9", "anxious, a 9"), if any. */
function intensityIn(input: HandlerInput): number | null {
  try {
    const reading = parseIntensity(intensitySaid(input));
    return reading.ok ? reading.value : null;
  } catch {
    return null;
  }
}

/** Whether this session met the store in trouble before this turn (see ConversationState.journalTrouble). */
function troubleKnown(input: HandlerInput): boolean {
  try {
    return journalInTrouble(input);
  } catch {
    return false;
  }
}

/** Remembers for the turns that follow that the store is in trouble; without a session there are none. */
function rememberTrouble(input: HandlerInput): void {
  try {
    markJournalTrouble(input);
  } catch {
    // No conversation to keep it in: the answer below is still given.
  }
}

/**
 * Logs the real error with its stack, keeps what the user said, and answers truthfully: language of self-harm is met
 * with the crisis line whatever failed; a store that cannot be opened is said to be that, once a session, and the
 * session remembers it, so 8 or more is still met with the breathing and no question leads back into the same error;
 * any other failure gets a brief apology and the question the skill was waiting on.
 */
export function errorHandler(deps: SkillDeps): AskErrorHandler {
  return {
    canHandle() {
      return true;
    },
    async handle(input, error) {
      console.error(`Error handling ${input.requestEnvelope.request.type}:`, error);
      // Alexa allows no speech in answer to the end of a session.
      if (isRequest(input, 'SessionEndedRequest')) return input.responseBuilder.getResponse();
      let kept = false;
      try {
        kept = await rescueWhatWasSaid(input, deps.dataDir);
      } catch (rescueError) {
        console.error('Could not write the rescue log either:', rescueError);
      }
      if (crisisIn(input)) return crisisLine(input);
      const store = isStoreTrouble(error);
      if (store) {
        const intensity = intensityIn(input);
        // A lock held too long passes: the session goes on trying the journal. A damaged file does not.
        const passing = !isLastingStoreTrouble(error);
        // Known already, the apology is not said again; at 8 or more, the breathing comes first, as on any night.
        if (troubleKnown(input) || (intensity !== null && intensity >= HIGH_INTENSITY)) {
          try {
            return await answerWithoutJournal(input, deps.dataDir, { intensity, passing });
          } catch (answerError) {
            console.error('Could not answer without the journal either:', answerError);
          }
        }
        if (!passing) rememberTrouble(input);
      }
      // The session stays open: someone telling their evening is not cut off, and the breathing needs no journal. After
      // the crisis line, the answer ends with the number again, as every goodbye in that session does.
      if (store && kept && afterCrisis(input)) return respond(input, { speech: say.journalUnreadable, end: true });
      if (store && kept) return respond(input, { speech: say.journalUnreadable, reprompt: say.journalUnavailableReprompt });
      if (store) return respond(input, { speech: say.journalUnavailable, reprompt: say.journalUnavailableReprompt });
      let question: say.Said | null = null;
      try {
        question = await currentQuestion(input);
      } catch {
        // The store itself may be what failed; fall back to a general prompt.
      }
      const reprompt = question?.reprompt ?? question?.speech ?? say.fallback(null).reprompt!;
      return respond(input, { speech: join([say.somethingWentWrong, question?.speech ?? reprompt]), reprompt });
    },
  };
}
