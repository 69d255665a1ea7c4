import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { ExerciseKindSchema } from '../../shared/schemas.js';
import { ssml } from '../../shared/ssml.js';
import { conversation } from '../conversation.js';
import { DEFAULT_EXERCISE, startExercise } from '../exercise.js';
import { askNext } from '../flow.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, slot } from '../predicates.js';
import { respond } from '../respond.js';

/**
 * The answer to "would you like to breathe together first?" at intensity 8 or more. "No, I'm okay", "I'm fine" and
 * "not tonight" are a no: Alexa hears them as a feeling or a practice answer, and taken so, "fine" would replace the
 * feeling just given.
 */
export const ExerciseOfferAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'offer_exercise') &&
      (isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent', 'ExerciseIntent', 'AnotherRoundIntent', 'SlowerIntent',
        'PracticeStatusIntent') || saysOkay(input) || unsure(input));
  },
  async handle(input) {
    const state = conversation(input);
    // "Maybe": neither a yes nor a no; what it is, and the question again.
    if (unsure(input)) return respond(input, say.offerUnsure);
    const declined =
      isIntent(input, 'AMAZON.NoIntent', 'SkipIntent') ||
      saysOkay(input) ||
      (isIntent(input, 'PracticeStatusIntent') && slot(input, 'status').id !== 'done');
    if (declined) return askNext(input, state, [ssml`Okay.`]);
    const named = ExerciseKindSchema.safeParse(slot(input, 'exercise').id);
    return startExercise(input, state, named.success ? named.data : (state.nextExercise ?? DEFAULT_EXERCISE));
  },
};

/** "Maybe", "not sure": Alexa hears them as a try at the number, with none in it. */
function unsure(input: HandlerInput): boolean {
  return isIntent(input, 'IntensityIntent') && !slot(input, 'intensity').value;
}

/** "I'm fine", "no, I'm okay": a feeling that says no help is needed. Any other feeling ("furious") corrects the one given. */
function saysOkay(input: HandlerInput): boolean {
  if (!isIntent(input, 'CheckInIntent', 'CorrectFeelingIntent')) return false;
  const { value } = slot(input, 'feeling');
  return /^(?:(?:pretty|really|quite|fairly|very|so|super|totally|a bit|a little) )?(?:fine|okay|ok|alright|all right|good|not bad|better|i'm fine|i'm okay)$/i.test(value?.trim() ?? '');
}
