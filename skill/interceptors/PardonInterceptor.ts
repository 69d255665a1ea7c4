import type { RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { conversation } from '../conversation.js';
import { allSlotText } from '../predicates.js';

/**
 * Ways of saying "pardon?". Said alone they ask for the question again, but Alexa may hear them as an answer: "sorry"
 * as a feeling (it replaced "anxious" with remorse in the middle of a check-in), "what" as what happened.
 */
const PARDON = new Set(['sorry', 'pardon', 'pardon me', 'what', 'sorry what', 'what sorry', 'huh', 'eh', 'come again', 'excuse me', 'say again']);

/**
 * A bare "sorry?" or "what?" after a question, whatever intent Alexa put it in, as AMAZON.RepeatIntent, so the question
 * is asked again and nothing stored changes. Not at "how are you feeling?" itself, where "sorry" may be the answer (a
 * misheard "pardon" there is read back as the feeling, and can be corrected), nor before any question.
 */
export const pardonInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest' || request.intent.name === 'AMAZON.RepeatIntent') return;
    const step = conversation(input).step;
    if (step === 'idle' || step === 'feeling') return;
    const texts = allSlotText(input);
    if (texts.length === 0 || !texts.every((text) => PARDON.has(normalise(text)))) return;
    const repeat: IntentRequest = { ...request, intent: { name: 'AMAZON.RepeatIntent', confirmationStatus: 'NONE', slots: {} } };
    input.requestEnvelope.request = repeat;
  },
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z'\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A bare "no" that Alexa may hear as the practice answer "not today", since "nah" and "not really" are among its words. */
const BARE_NO = /^(?:nah|nope|no|not really|not really no|not at all|not tonight|not yet|no chance|of course not|yeah nah|nah not today|no not yet|nah mate)$/;

/**
 * "Nah" or "not really" to a question that is not about the practice ("how strong?"), heard as the practice status
 * "not today", as AMAZON.NoIntent: otherwise a practice nobody asked about is recorded as skipped, and "what got in the
 * way?" follows. At the practice question, and at "carry on?" (which may be waiting on it), it stays the practice answer.
 */
export const bareNoInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest' || request.intent.name !== 'PracticeStatusIntent') return;
    const step = conversation(input).step;
    if (step === 'practice' || step === 'offer_resume' || step === 'idle') return;
    const said = normalise(request.intent.slots?.status?.value ?? '');
    if (!BARE_NO.test(said)) return;
    const no: IntentRequest = { ...request, intent: { name: 'AMAZON.NoIntent', confirmationStatus: 'NONE', slots: {} } };
    input.requestEnvelope.request = no;
  },
};
