import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ExerciseKindSchema } from '../../shared/schemas.js';
import { join, ssml } from '../../shared/ssml.js';
import { turnOf } from '../context.js';
import { conversation, saveConversation, type ConversationState } from '../conversation.js';
import { DEFAULT_EXERCISE, startExercise } from '../exercise.js';
import { asksTheSkill } from '../advice.js';
import { addedToWhatHappened, askNext, currentCheckIn, currentQuestion, feelingAnswer, saveAnswer, saveFeelingAnswer } from '../flow.js';
import { FEELING_MAX_CHARS, HIGH_INTENSITY } from '../../shared/limits.js';
import { parseIntensity } from '../../shared/intensity.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, slot, spokenText } from '../predicates.js';
import { answerWithoutJournal } from '../rescue.js';
import { respond } from '../respond.js';

/**
 * The answer to "would you like to breathe together first?" at intensity 8 or more. "No, I'm okay", "I'm fine" and
 * "not tonight" are a no: Alexa hears them as a feeling or a practice answer, and taken so, "fine" would replace the
 * feeling just given. While the journal cannot take answers (a damaged file), a yes breathes as ever, and anything
 * else is kept aside without a save that would only fail again: a no in any words is a kind goodbye.
 */
export const ExerciseOfferAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'offer_exercise') &&
      (isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent', 'ExerciseIntent', 'AnotherRoundIntent', 'SlowerIntent',
        'PracticeStatusIntent') || saysOkay(input) || unsure(input) || anotherFeeling(input) !== null || aSentence(input) !== null ||
        numberAgain(input) !== null);
  },
  async handle(input) {
    const state = conversation(input);
    // The number said again ("9", after "like a 7 or 8"): kept; still 8 or more, the offer stands and is asked again.
    const number = numberAgain(input);
    if (state.journalTrouble && number !== null) return answerWithoutJournal(input, turnOf(input).dataDir || null, { intensity: number });
    if (number !== null) {
      const saved = await saveAnswer(input, state, { intensity: number });
      if (number < HIGH_INTENSITY) return askNext(input, state, [], saved);
      saveConversation(input, state);
      const offer = say.offerExercise(number);
      return respond(input, { speech: offer.speech, reprompt: offer.reprompt ?? offer.speech });
    }
    // "Maybe", "I'm not sure": neither a yes nor a no; what it is, and the question again, once.
    if (unsure(input) && state.retries < 1) {
      state.retries += 1;
      saveConversation(input, state);
      return respond(input, say.offerUnsure);
    }
    if (state.journalTrouble && !wantsTheExercise(input)) return answerWithoutTheJournal(input, state);
    // "I'm tired" (a feeling) or "I'm too tired", "I don't have time" (a reason): a no, and the words are kept without
    // replacing the feeling already given or taking the place of what happened, which is still asked.
    const feeling = unsure(input) ? null : anotherFeeling(input);
    if (feeling) {
      const checkIn = await currentCheckIn(input, state);
      const said = checkIn?.feeling ? `${checkIn.feeling.said}, ${feeling}` : feeling;
      const patch = checkIn?.feeling && said.length <= FEELING_MAX_CHARS ? { feeling: { ...checkIn.feeling, said } } : feelingAnswer(said);
      return askNext(input, state, [ssml`Okay.`], await saveFeelingAnswer(input, state, patch));
    }
    const sentence = aSentence(input);
    // "Should I do the breathing?", "should I do it?": a question about the offer, not a no with a reason. The offer
    // again; kept as what happened and taken as a no, the exercise asked about never ran.
    if (sentence && asksTheSkill(sentence)) {
      saveConversation(input, state);
      const offer = (await currentQuestion(input)) ?? say.offerForStrongWords;
      return respond(input, { speech: join([say.upToYou, offer.speech]), reprompt: offer.reprompt ?? offer.speech });
    }
    if (sentence) {
      const before = (await currentCheckIn(input, state))?.whatHappened;
      const saved = await saveAnswer(input, state, { whatHappened: addedToWhatHappened(before, sentence), whatHappenedSkipped: false });
      state.askHappened = true;
      return askNext(input, state, [ssml`Okay.`], saved);
    }
    const declined =
      unsure(input) ||
      isIntent(input, 'AMAZON.NoIntent', 'SkipIntent') ||
      saysOkay(input) ||
      (isIntent(input, 'PracticeStatusIntent') && slot(input, 'status').id !== 'done');
    if (declined) return askNext(input, state, [ssml`Okay.`]);
    const named = ExerciseKindSchema.safeParse(slot(input, 'exercise').id);
    return startExercise(input, state, named.success ? named.data : (state.askedAbout ?? state.nextExercise ?? DEFAULT_EXERCISE));
  },
};

/** Yes, in any of the ways Alexa hears it at the offer: the exercise (or the one named) starts. */
function wantsTheExercise(input: HandlerInput): boolean {
  return (
    isIntent(input, 'AMAZON.YesIntent', 'ExerciseIntent', 'AnotherRoundIntent', 'SlowerIntent') ||
    (isIntent(input, 'PracticeStatusIntent') && slot(input, 'status').id === 'done')
  );
}

/**
 * Any answer but a yes while the journal cannot take it (a damaged file): a question about the offer ("should I do the
 * breathing?") is answered and the offer asked again, as it needs no store; anything else, a no in any words ("I'm
 * fine", "I'm too tired"), is kept aside and a kind goodbye.
 */
function answerWithoutTheJournal(input: HandlerInput, state: ConversationState): Promise<Response> | Response {
  if (!asksAboutTheOffer(input)) return answerWithoutJournal(input, turnOf(input).dataDir || null, { declined: true });
  saveConversation(input, state);
  const offer = state.nextExercise ? say.offerAnotherExerciseKeptAside(state.nextExercise) : say.breatheTogether;
  return respond(input, { speech: join([say.upToYou, offer.speech]), reprompt: offer.reprompt ?? offer.speech });
}

/** "Should I do the breathing?", "should I do it?": a question about the offer, not a no with a reason. */
function asksAboutTheOffer(input: HandlerInput): boolean {
  const sentence = aSentence(input);
  return sentence !== null && asksTheSkill(sentence);
}

/** "Maybe" (Alexa hears it as a try at the number, with none in it), "I'm not sure", "I don't know". */
function unsure(input: HandlerInput): boolean {
  if (isIntent(input, 'IntensityIntent')) return !slot(input, 'intensity').value;
  const words = (isIntent(input, 'CheckInIntent', 'SkipIntent') ? spokenText(input) : null) ?? '';
  return /^(?:i'?m )?(?:not sure|unsure|don'?t know|i don'?t know|no idea)$/i.test(words.trim());
}

/** A feeling said in answer ("I'm tired"), other than one that says no help is needed. */
function anotherFeeling(input: HandlerInput): string | null {
  if (!isIntent(input, 'CheckInIntent') || saysOkay(input)) return null;
  return slot(input, 'feeling').value;
}

/** A sentence said in answer ("I'm too tired", "I don't have time"): a reason not to. */
function aSentence(input: HandlerInput): string | null {
  return isIntent(input, 'WhatHappenedIntent', 'BarrierIntent') ? spokenText(input) : null;
}

/** "I'm fine", "no, I'm okay": a feeling that says no help is needed. Any other feeling ("furious") corrects the one given. */
function saysOkay(input: HandlerInput): boolean {
  if (!isIntent(input, 'CheckInIntent', 'CorrectFeelingIntent')) return false;
  const { value } = slot(input, 'feeling');
  return /^(?:(?:pretty|really|quite|fairly|very|so|super|totally|a bit|a little) )?(?:fine|okay|ok|alright|all right|good|not bad|better|i'm fine|i'm okay)$/i.test(value?.trim() ?? '');
}

/** A number from the scale said to the offer: the intensity again. Null for anything else. */
function numberAgain(input: HandlerInput): number | null {
  if (!isIntent(input, 'IntensityIntent')) return null;
  const reading = parseIntensity(slot(input, 'intensity').value);
  return reading.ok ? reading.value : null;
}
