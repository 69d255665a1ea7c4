import type { RequestHandler } from 'ask-sdk-core';
import { CRISIS_LINES } from '../../shared/safety/crisis-lines.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { startExercise } from '../exercise.js';
import * as say from '../messages/en.js';
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
    const line = CRISIS_LINES[region];
    if (isIntent(input, 'AMAZON.YesIntent', 'AnotherRoundIntent', 'SlowerIntent')) {
      return startExercise(input, freshConversation(state), 'slow_exhale');
    }
    if (isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent', 'AMAZON.NavigateHomeIntent')) {
      saveConversation(input, freshConversation(state));
      return respond(input, {
        speech: say.crisisGoodbye(line),
        card: { title: `Someone to talk to, right now: ${line.number}`, text: `${line.canText ? 'Call or text' : 'Call'} ${line.number} (${line.service}), 24 hours a day. In immediate danger, call ${line.emergency}.` },
        end: true,
      });
    }
    saveConversation(input, state);
    const followUp = say.crisisFollowUp(line);
    return respond(input, { speech: followUp.speech, reprompt: followUp.reprompt ?? followUp.speech });
  },
};
