import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { join, ssml } from '../../shared/ssml.js';
import type { CheckIn, ExerciseSession } from '../../shared/schemas.js';
import { conversation, freshConversation, saveConversation, type ConversationState } from '../conversation.js';
import { addedToWhatHappened, askNext, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { parseIntensity } from '../../shared/intensity.js';
import { activePlanOn } from '../../shared/plans.js';
import { turnOf } from '../context.js';
import { inStep, isIntent, slot, spokenText } from '../predicates.js';
import { IntensityAnswerHandler } from './IntensityAnswerHandler.js';
import { PracticeAnswerHandler } from './PracticeAnswerHandler.js';
import { respond } from '../respond.js';

/**
 * The answer to "would you like to carry on with tonight's check-in?": yes carries on from the question it stopped
 * at; the answer to that question (what happened, the number, the practice), said straight away, carries on with it;
 * no starts afresh. A feeling said instead is a
 * new check-in, which CheckInIntentHandler starts (the one cut off stays as it was). How strong it is now, in words
 * ("it's unbearable", "worse"), is met as at "how strong?" (IntensityAnswerHandler): the number asked for, and at the
 * top the offer an 8 gets.
 */
export const ResumeAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'offer_resume') &&
      isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent', 'WhatHappenedIntent', 'IntensityIntent', 'PracticeStatusIntent',
        'StrengthIntent', 'FeltChangeIntent');
  },
  async handle(input) {
    const state = conversation(input);
    const { profile, moment, store, owner } = turnOf(input);
    const planned = activePlanOn(profile?.plans ?? [], moment.night);
    const unfinished = state.resumeId ? await store.getCheckIn(owner, state.resumeId) : null;
    // Cut off at the practice question, "not today" answers it; otherwise, to "would you like to carry on?", it is a no.
    const practiceOpen = Boolean(planned && !planned.none && unfinished && (unfinished.whatHappened !== null || unfinished.whatHappenedSkipped));
    const notTonight = isIntent(input, 'PracticeStatusIntent') && slot(input, 'status').id === 'not_today' && !practiceOpen;
    if (isIntent(input, 'AMAZON.NoIntent', 'SkipIntent') || notTonight) {
      const fresh = freshConversation(state);
      fresh.step = 'feeling';
      saveConversation(input, fresh);
      const q = say.askFeeling(fresh.turns);
      return respond(input, { speech: ssml`Okay, a new one then. ${q.speech}`, reprompt: q.reprompt ?? q.speech });
    }
    // The number said straight away: when the entry it would carry on already has one, it is how strong things are
    // now, a new reading, not a correction of the first (which stays as it was).
    const number = isIntent(input, 'IntensityIntent') ? parseIntensity(slot(input, 'intensity').value) : null;
    const inWords = isIntent(input, 'StrengthIntent', 'FeltChangeIntent');
    if (number?.ok && unfinished?.intensity !== null && unfinished?.intensity !== undefined) {
      const fresh = freshConversation(state);
      saveConversation(input, fresh);
      return askNext(input, fresh, [], await saveAnswer(input, fresh, { intensity: number.value }));
    }
    // Said in words, the same: the number asked for it, for a new entry once one comes.
    if (inWords && unfinished?.intensity !== null && unfinished?.intensity !== undefined) return answerHowStrong(input, freshConversation(state));
    state.checkInId = state.resumeId;
    state.resumeId = null;
    // An exercise was already done (or begun) for it: not offered again.
    if (unfinished && unfinished.exerciseIds.length > 0) state.exerciseOffered = true;
    // The answer to the question it stopped at, said straight away: the number, or the practice.
    if (number?.ok) return askNext(input, state, [], await saveAnswer(input, state, { intensity: number.value }));
    if (inWords) return answerHowStrong(input, state);
    if (isIntent(input, 'PracticeStatusIntent') && practiceOpen) {
      state.step = 'practice';
      saveConversation(input, state);
      return PracticeAnswerHandler.handle(input);
    }
    const words = isIntent(input, 'WhatHappenedIntent') ? spokenText(input) : null;
    if (words) {
      // After what was already kept, if it stopped after that.
      const saved = await saveAnswer(input, state, { whatHappened: addedToWhatHappened(unfinished?.whatHappened ?? null, words), whatHappenedSkipped: false });
      return askNext(input, state, [], saved);
    }
    // Stopped during or just after an exercise, before the number after it: that is the question to carry on with,
    // so the record shows what helped.
    const exercise = unfinished ? await exerciseAwaitingAfter(input, unfinished) : null;
    if (exercise) {
      state.exercise = { id: exercise.id, kind: exercise.kind, rounds: exercise.rounds, slower: false, checkInId: exercise.checkInId };
      state.step = 'intensity_after';
      state.retries = 0;
      saveConversation(input, state);
      const q = say.askIntensityAfter();
      return respond(input, { speech: join([ssml`Okay.`, q.speech]), reprompt: q.reprompt ?? q.speech });
    }
    return askNext(input, state, [ssml`Okay.`]);
  },
};

/** How strong, said in words, taken as the answer to "how strong?" for the check-in `state` goes on with. */
function answerHowStrong(input: HandlerInput, state: ConversationState): ReturnType<RequestHandler['handle']> {
  state.step = 'intensity';
  state.retries = 0;
  saveConversation(input, state);
  return IntensityAnswerHandler.handle(input);
}

/**
 * The entry's last exercise, when the number after it was never given and nothing was answered after it (what
 * happened, said or skipped, means the check-in had moved on).
 */
async function exerciseAwaitingAfter(input: HandlerInput, checkIn: CheckIn): Promise<ExerciseSession | null> {
  if (checkIn.exerciseIds.length === 0 || checkIn.intensityAfter !== null || checkIn.intensity === null) return null;
  if (checkIn.whatHappened !== null || checkIn.whatHappenedSkipped) return null;
  const { store, owner } = turnOf(input);
  const last = checkIn.exerciseIds.at(-1);
  const exercises = await store.listExercises(owner, { from: checkIn.night, to: checkIn.night });
  const exercise = exercises.find((e) => e.id === last) ?? null;
  return exercise && exercise.intensityAfter === null ? exercise : null;
}
