import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  crisisReminder,
  crisisResponse,
  emergencyWithTheLine,
  LETTING_YOU_GO,
  medicalEmergency,
  medicalEmergencyFirst,
  regionForLocale,
} from '../shared/safety/crisis-lines.js';
import { join, toSpeak, type Ssml } from '../shared/ssml.js';
import { turnOf } from './context.js';
import { conversation } from './conversation.js';
import { mentionsMedicalEmergency } from './predicates.js';

export interface Reply {
  speech: Ssml;
  /** Present when the skill waits for an answer; the session stays open. */
  reprompt?: Ssml;
  card?: { title: string; text: string };
  /** Ends the session. Without a reprompt and without this, the session closes after speaking (shouldEndSession true). */
  end?: boolean;
  /** This answer is the crisis line itself: nothing is added to it. */
  isCrisisLine?: boolean;
  /** This answer already starts with the emergency number (words about the body, an ambulance asked for). */
  emergencyFirst?: boolean;
}

/**
 * Every response goes through here, so every spoken string is escaped, checked SSML; and in a session where the crisis
 * line was given, no goodbye goes without the number and its card.
 */
export function respond(input: HandlerInput, reply: Reply): Response {
  // Words that may mean a medical emergency ("my dad's had a stroke", "he isn't breathing"), in any answer: the number
  // comes first, and the skill steps aside (the handler has kept the words) rather than ask the check-in's next
  // question. With the crisis line ("I took a whole bottle of pills", or "I can't stop the bleeding" said after it),
  // the number comes first, the line beside it, and the skill steps aside too: the line's offer to breathe together
  // would keep someone who needs a hospital talking to a speaker.
  if (!reply.emergencyFirst && mentionsMedicalEmergency(input)) {
    const region = regionOf(input);
    const inSession = input.requestEnvelope.session !== undefined;
    if (inSession && conversation(input).step === 'crisis') {
      const both = emergencyWithTheLine(region);
      reply = {
        speech: join([medicalEmergencyFirst(region), both.speech]),
        card: { title: both.cardTitle, text: both.cardText },
        end: true,
        isCrisisLine: true,
      };
    } else {
      const card = medicalEmergency(region);
      // After the crisis line its card stays (it names the emergency number too), as the goodbye below says it is there.
      const keepsCrisisCard = inSession && conversation(input).afterCrisis;
      reply = {
        ...reply,
        speech: join([medicalEmergencyFirst(region), LETTING_YOU_GO]),
        card: reply.card ?? (keepsCrisisCard ? undefined : { title: card.cardTitle, text: card.cardText }),
        end: true,
      };
    }
  }
  const ending = !reply.reprompt || reply.end === true;
  // Any goodbye but the crisis goodbye (which is the number) gets it added, and the card too unless the answer has its
  // own (the dashboard code's).
  if (ending && !reply.isCrisisLine && input.requestEnvelope.session && conversation(input).afterCrisis) {
    const region = regionOf(input);
    const { cardTitle, cardText } = crisisResponse(region);
    reply = { ...reply, speech: join([reply.speech, crisisReminder(region)]), card: reply.card ?? { title: cardTitle, text: cardText } };
  }
  const builder = input.responseBuilder.speak(toSpeak(reply.speech));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (reply.reprompt && !reply.end) {
    builder.reprompt(toSpeak(reply.reprompt));
  } else {
    builder.withShouldEndSession(true);
  }
  return builder.getResponse();
}

/** The user's crisis-line region; from the locale alone when the turn could not be loaded (an error before it). */
function regionOf(input: HandlerInput) {
  try {
    return turnOf(input).region;
  } catch {
    return regionForLocale(input.requestEnvelope.request.locale ?? 'en-US');
  }
}
