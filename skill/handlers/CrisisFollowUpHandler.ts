import type { RequestHandler } from 'ask-sdk-core';
import { crisisFollowUp, crisisGoodbye, crisisResponse } from '../../shared/safety/crisis-lines.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { startExercise } from '../exercise.js';
import { inStep, isIntent, isRequest } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * After the crisis line has been given, the check-in does not carry on as if nothing was said. The skill stays
 * (without playing therapist), keeps pointing to people who can help, and offers a body-first step.
 */
export const CrisisFollowUpHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'IntentRequest') && inStep(input, 'crisis') && !isIntent(input, 'CrisisIntent', 'ExerciseIntent');
  },
  handle(input) {
    const state = conversation(input);
    const { region } = turnOf(input);
    if (isIntent(input, 'AMAZON.YesIntent', 'AnotherRoundIntent', 'SlowerIntent')) {
      return startExercise(input, freshConversation(state), 'slow_exhale');
    }
    if (isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent', 'AMAZON.NavigateHomeIntent')) {
      saveConversation(input, freshConversation(state));
      const { cardTitle, cardText } = crisisResponse(region);
      return respond(input, { speech: crisisGoodbye(region), card: { title: cardTitle, text: cardText }, end: true });
    }
    saveConversation(input, state);
    const followUp = crisisFollowUp(region);
    return respond(input, { speech: followUp.speech, reprompt: followUp.reprompt });
  },
};
