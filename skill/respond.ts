import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { toSpeak, type Ssml } from '../shared/ssml.js';

export interface Reply {
  speech: Ssml;
  /** Present when the skill waits for an answer; the session stays open. */
  reprompt?: Ssml;
  card?: { title: string; text: string };
  /** Ends the session. Without a reprompt and without this, the session closes after speaking (shouldEndSession true). */
  end?: boolean;
}

/** Every response goes through here, so every spoken string is escaped, checked SSML. */
export function respond(input: HandlerInput, reply: Reply): Response {
  const builder = input.responseBuilder.speak(toSpeak(reply.speech));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (reply.reprompt && !reply.end) {
    builder.reprompt(toSpeak(reply.reprompt));
  } else {
    builder.withShouldEndSession(true);
  }
  return builder.getResponse();
}
