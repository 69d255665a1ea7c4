import type { RequestHandler } from 'ask-sdk-core';
import { crisisFollowUp, crisisGoodbye, crisisResponse, medicalEmergencyFirst } from '../../shared/safety/crisis-lines.js';
import { ExerciseKindSchema } from '../../shared/schemas.js';
import { turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import { BODY_SYMPTOM_EXERCISE, startExercise } from '../exercise.js';
import { allSlotText, inStep, isIntent, isRequest, slot } from '../predicates.js';
import { respond } from '../respond.js';
import { keepWhatWasSaid } from './SafetyHandler.js';

/**
 * Said after the line, these mean "let me go": to call ("I'll call them now", "I called them"), or to sleep. Asking
 * them to breathe together instead would hold them on the phone's way; they get the goodbye with the number.
 */
const LEAVING =
  /\b(?:i'?ll|i will|i am going to|i'm going to|im going to|going to|gonna|let me|i want to|i'm gonna|i can) (?:call|ring|text|phone|message)\b|\b(?:i )?(?:called|rang|texted|phoned|messaged) (?:them|the line|it|the number|someone|my)\b|\b(?:calling|ringing|texting) (?:them|the line|now|it)\b|\b(?:going|go|heading|off) to (?:bed|sleep)\b|\bgood ?night\b/i;

/**
 * After the crisis line has been given, the check-in does not carry on as if nothing was said. The skill stays
 * (without playing therapist), keeps pointing to people who can help, and asks whether to breathe together beside
 * the line: yes starts it, no or stop says goodbye with the number. Whatever else is said is kept on tonight's entry.
 * An exercise started from here is not tied to the check-in, so it ends with the number again (see respond), never
 * with the next question.
 */
export const CrisisFollowUpHandler: RequestHandler = {
  canHandle(input) {
    return (
      isRequest(input, 'IntentRequest') &&
      inStep(input, 'crisis') &&
      // The user's own requests about their data are still theirs to make; each ends with the number (see respond).
      !isIntent(input, 'CrisisIntent', 'WeekSummaryIntent', 'DashboardCodeIntent', 'DeleteDataIntent', 'PracticeReadBackIntent')
    );
  },
  async handle(input) {
    const state = conversation(input);
    const { region } = turnOf(input);
    // "My chest hurts" after the line (an overdose can feel like that too): the emergency number first, then breathing.
    if (isIntent(input, 'BodySymptomIntent')) {
      return startExercise(input, freshConversation(state), BODY_SYMPTOM_EXERCISE, [medicalEmergencyFirst(region)]);
    }
    if (isIntent(input, 'AMAZON.YesIntent', 'AnotherRoundIntent', 'SlowerIntent', 'ExerciseIntent')) {
      const asked = ExerciseKindSchema.safeParse(slot(input, 'exercise').id);
      return startExercise(input, freshConversation(state), asked.success ? asked.data : 'slow_exhale');
    }
    const leaving = allSlotText(input).some((text) => LEAVING.test(text));
    if (leaving || isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent', 'AMAZON.NavigateHomeIntent')) {
      if (leaving) await keepWhatWasSaid(input, state);
      saveConversation(input, freshConversation(state));
      const { cardTitle, cardText } = crisisResponse(region);
      return respond(input, { speech: crisisGoodbye(region), card: { title: cardTitle, text: cardText }, end: true, isCrisisLine: true });
    }
    await keepWhatWasSaid(input, state);
    state.retries += 1;
    saveConversation(input, state);
    const followUp = crisisFollowUp(region, state.retries);
    return respond(input, { speech: followUp.speech, reprompt: followUp.reprompt });
  },
};
