import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { medicalEmergency } from '../../shared/safety/crisis-lines.js';
import { detectMedicalEmergency } from '../../shared/safety/medical.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { allSlotText } from '../predicates.js';
import { respond } from '../respond.js';
import { keepWithoutDelay } from './SafetyHandler.js';

function emergencyWords(input: HandlerInput): string | null {
  return allSlotText(input).find(detectMedicalEmergency) ?? null;
}

/**
 * "I think I'm having a heart attack", "call an ambulance", in any answer: the local emergency number at once, the
 * words kept as for the crisis line, and the session ends so the person can call. Registered right after
 * SafetyHandler (self-harm, an overdose included, gets the crisis line first).
 */
export const MedicalEmergencyHandler: RequestHandler = {
  canHandle(input) {
    return input.requestEnvelope.request.type === 'IntentRequest' && emergencyWords(input) !== null;
  },
  async handle(input) {
    const state = conversation(input);
    await keepWithoutDelay(input, state, false);
    saveConversation(input, freshConversation(state));
    const answer = medicalEmergency(turnOf(input).region);
    return respond(input, { speech: answer.speech, card: { title: answer.cardTitle, text: answer.cardText }, end: true });
  },
};
