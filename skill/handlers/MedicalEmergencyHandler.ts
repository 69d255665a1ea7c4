import type { RequestHandler } from 'ask-sdk-core';
import { medicalEmergency } from '../../shared/safety/crisis-lines.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * "Call an ambulance", "I'm having a heart attack": the local emergency number and a card with it, and the session
 * ends so the person can call; the skill cannot call for them, and says so. (The same words said inside another answer
 * get the number first in respond.ts, and the answer goes on.) Whatever was stored of tonight stays stored.
 */
export const MedicalEmergencyHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'MedicalEmergencyIntent');
  },
  handle(input) {
    saveConversation(input, freshConversation(conversation(input)));
    const answer = medicalEmergency(turnOf(input).region);
    return respond(input, { speech: answer.speech, card: { title: answer.cardTitle, text: answer.cardText }, end: true, emergencyFirst: true });
  },
};
