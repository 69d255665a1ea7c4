import type { RequestHandler } from 'ask-sdk-core';
import { medicalEmergency, medicalEmergencyFirst } from '../../shared/safety/crisis-lines.js';
import { turnOf } from '../context.js';
import { continuingCheckIn } from '../conversation.js';
import { BODY_SYMPTOM_EXERCISE, startExercise } from '../exercise.js';
import { isIntent } from '../predicates.js';

/**
 * "My heart is racing", "I can't breathe", "my chest is tight": panic, or a heart or lung emergency, which the skill
 * cannot tell apart. It says first, in one sentence, to call the local emergency number if this could be one; then the
 * breathing starts hands-free, as for "help me breathe", and mid-check-in the intensity is asked again afterwards.
 */
export const BodySymptomIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'BodySymptomIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    state.exerciseOffered = true;
    const { region } = turnOf(input);
    // The number on a card too, as for the same words said inside another answer: it stays in the app after the voice.
    const { cardTitle, cardText } = medicalEmergency(region);
    return startExercise(input, state, BODY_SYMPTOM_EXERCISE, [medicalEmergencyFirst(region)], { title: cardTitle, text: cardText });
  },
};
