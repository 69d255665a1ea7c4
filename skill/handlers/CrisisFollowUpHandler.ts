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
 * them to breathe together instead would hold them on the phone's way; they get the goodbye with the number. Only the
 * whole answer counts, and nothing else said with it: "I called them and nobody answered", "I'm not going to call",
 * "I want to call them but I'm scared" and "I can't go to sleep" are reasons to stay, and get the follow-up.
 */
const LEAVING = new RegExp(
  String.raw`^(?:(?:ok|okay|alright|all right|yes|yeah|thank you|thanks)[ ,]+)*(?:` +
    [
      String.raw`(?:i'?ll|i will|i am going to|i'?m going to|im going to|going to|gonna|i'?m gonna|let me) (?:call|ring|text|phone|message) (?:them|the line|it|that number|the number|someone|now)(?: now| right now| tonight)?`,
      String.raw`(?:i'?m |i am )?(?:calling|ringing|texting) (?:them|the line|it|now)(?: now)?`,
      String.raw`(?:i )?(?:called|rang|texted|phoned) (?:them|the line|it)(?: already)?`,
      String.raw`(?:i'?m |i am )?(?:going|off|heading) to (?:bed|sleep)(?: now)?`,
      String.raw`good ?night`,
    ].join('|') +
    String.raw`)[ .!]*$`,
  'i',
);

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
