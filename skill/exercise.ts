/** Starting, continuing and finishing a guided exercise: shared by the handlers that can lead into one. */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { exerciseRounds } from '../shared/exercises.js';
import { HIGH_INTENSITY } from '../shared/limits.js';
import type { CheckIn, ExerciseKind, ExercisePatch } from '../shared/schemas.js';
import { join, type Ssml } from '../shared/ssml.js';
import { turnOf } from './context.js';
import { freshConversation, saveConversation, type ConversationState } from './conversation.js';
import { askNext, currentCheckIn } from './flow.js';
import * as say from './messages/en.js';
import { isStoreTrouble, rescueWhatWasSaid } from './rescue.js';
import { respond } from './respond.js';

/** The exercise offered at high intensity when the user just says "yes": the gentlest to follow. */
export const DEFAULT_EXERCISE: ExerciseKind = 'slow_exhale';

/** For a racing heart or a breath that will not come: slow exhale, the one exercise that never asks to hold the breath. */
export const BODY_SYMPTOM_EXERCISE: ExerciseKind = 'slow_exhale';

/**
 * The breathing needs no journal. A record of it that the store cannot take or give (a damaged file, a lock another
 * process holds too long, a disk error) is logged, the words of the request go to the rescue log, and the exercise goes
 * on: someone at a 9, or just given the crisis line, is breathed with, not told about files. Any other error still
 * reaches the error handler. Null when the store was in trouble.
 */
async function unlessStoreTrouble<T>(input: HandlerInput, what: string, work: () => Promise<T>): Promise<{ value: T } | null> {
  try {
    return { value: await work() };
  } catch (error) {
    if (!isStoreTrouble(error)) throw error;
    console.error(`Could not ${what}; the exercise goes on without it:`, error);
    await keepInRescueLog(input);
    return null;
  }
}

async function keepInRescueLog(input: HandlerInput): Promise<void> {
  await rescueWhatWasSaid(input, turnOf(input).dataDir || null).catch((rescueError: unknown) =>
    console.error('Could not write the rescue log either:', rescueError),
  );
}

export async function startExercise(
  input: HandlerInput,
  state: ConversationState,
  kind: ExerciseKind,
  lead: Ssml[] = [],
  /** A card to show beside the breathing (the emergency number, when the words were about the body). */
  card?: { title: string; text: string },
): Promise<Response> {
  const { store, owner, moment } = turnOf(input);
  const read = await unlessStoreTrouble(input, "read tonight's check-in", () => currentCheckIn(input, state));
  const checkIn = read?.value ?? null;
  // Tonight's check-in unread, but named by the session: the intensity is still asked again after the breathing.
  const checkInId = read ? (checkIn?.id ?? null) : state.checkInId;
  const part = exerciseRounds(kind, { firstRound: true, slower: false });
  const session = await unlessStoreTrouble(input, 'record the exercise', () =>
    store.addExercise(owner, {
      night: moment.night,
      localTime: moment.localTime,
      kind,
      rounds: part.rounds,
      completed: false,
      intensityBefore: startingPoint(checkIn),
      intensityAfter: null,
      checkInId,
    }),
  );
  const id = session?.value.id ?? null;
  if (checkIn && id) {
    await unlessStoreTrouble(input, 'link the exercise to the check-in', () =>
      store.updateCheckIn(owner, checkIn.id, { exerciseIds: [...checkIn.exerciseIds, id] }),
    );
  }
  state.exercise = { id, kind, rounds: part.rounds, slower: false, checkInId };
  state.step = 'exercise';
  state.retries = 0;
  saveConversation(input, state);
  return respond(input, {
    speech: join([...lead, part.ssml, say.afterRoundQuestion.speech]),
    reprompt: say.afterRoundQuestion.reprompt ?? say.afterRoundQuestion.speech,
    ...(card ? { card } : {}),
  });
}

export async function continueExercise(input: HandlerInput, state: ConversationState, slower: boolean): Promise<Response> {
  const exercise = state.exercise;
  if (!exercise) throw new Error('continueExercise without an exercise in progress');
  exercise.slower = exercise.slower || slower;
  const part = exerciseRounds(exercise.kind, { firstRound: false, slower: exercise.slower });
  exercise.rounds += part.rounds;
  await updateExercise(input, exercise.id, { rounds: exercise.rounds });
  saveConversation(input, state);
  return respond(input, {
    speech: join([part.ssml, say.afterRoundQuestion.speech]),
    reprompt: say.afterRoundQuestion.reprompt ?? say.afterRoundQuestion.speech,
  });
}

/**
 * Where an exercise for this check-in starts: after one tonight, the number it left, not the number before both. The
 * record's "before" and the change said after it both come from here, so the voice never tells another story.
 */
function startingPoint(checkIn: CheckIn | null): number | null {
  return checkIn?.intensityAfter ?? checkIn?.intensity ?? null;
}

/** Ends the exercise; when it came from a check-in, asks the intensity again so the record shows what helped. */
export async function finishExercise(input: HandlerInput, state: ConversationState, lead: Ssml[] = []): Promise<Response> {
  const exercise = state.exercise;
  await markCompleted(input, state);
  if (exercise?.checkInId) {
    state.step = 'intensity_after';
    state.retries = 0;
    saveConversation(input, state);
    const q = say.askIntensityAfter();
    return respond(input, { speech: join([...lead, q.speech]), reprompt: q.reprompt ?? q.speech });
  }
  saveConversation(input, freshConversation(state));
  return respond(input, { speech: join([...lead, say.exerciseEndNoCheckIn(turnOf(input).moment.localTime)]), end: true });
}

/** Stores the exercise under way as done, with the rounds spoken. */
async function markCompleted(input: HandlerInput, state: ConversationState): Promise<void> {
  const exercise = state.exercise;
  if (exercise) await updateExercise(input, exercise.id, { completed: true, rounds: exercise.rounds });
}

/**
 * A change to the exercise's record (see unlessStoreTrouble). One the store could not take has none: what was said
 * with the change (a number after the breathing) goes to the rescue log instead.
 */
async function updateExercise(input: HandlerInput, id: string | null, patch: ExercisePatch): Promise<void> {
  if (id === null) {
    await keepInRescueLog(input);
    return;
  }
  const { store, owner } = turnOf(input);
  await unlessStoreTrouble(input, 'update the exercise', () => store.updateExercise(owner, id, patch));
}

/**
 * How strong the feeling is, said before the skill asked ("I'm at a 5 now" mid-exercise): the exercise is done, and
 * the number is its "after", on the check-in too when it came from one.
 */
export async function finishExerciseWith(input: HandlerInput, state: ConversationState, after: number): Promise<Response> {
  const exercise = state.exercise;
  await markCompleted(input, state);
  if (exercise?.checkInId) return recordIntensityAfter(input, state, after);
  if (exercise) await updateExercise(input, exercise.id, { intensityAfter: after });
  saveConversation(input, freshConversation(state));
  return respond(input, { speech: join([say.intensityChange(null, after), say.exerciseEndNoCheckIn(turnOf(input).moment.localTime)]), end: true });
}

/** Records the intensity after an exercise on both the exercise and the check-in, then carries on. */
export async function recordIntensityAfter(input: HandlerInput, state: ConversationState, after: number | null): Promise<Response> {
  const { store, owner } = turnOf(input);
  const exercise = state.exercise;
  const checkIn = await currentCheckIn(input, state);
  const lead: Ssml[] = [];
  if (after !== null) {
    if (exercise) await updateExercise(input, exercise.id, { intensityAfter: after });
    // Breathing that came before any number ("my chest is tight" said to "how strong?") has nothing to be "after": the
    // number is the check-in's intensity, or the question would be asked again at once.
    // Said only in words before ("unbearable"): this is still the after.
    const asIntensity = checkIn?.intensity === null && !state.strongInWords;
    if (checkIn) await store.updateCheckIn(owner, checkIn.id, asIntensity ? { intensity: after } : { intensityAfter: after });
    lead.push(say.intensityChange(startingPoint(checkIn), after));
  } else {
    lead.push(say.intensityLetGo);
    // Let go with no number before the exercise either: the check-in goes on without one, not back to "how strong?".
    if (checkIn && checkIn.intensity === null) state.intensitySkipped = true;
  }
  const done = state.exercise?.kind ?? null;
  state.exercise = null;
  // Still 8 or more: a body-first step again, once, and a different one, before any reflection.
  if (after !== null && after >= HIGH_INTENSITY && state.nextExercise === null) {
    state.nextExercise = done === 'grounding' ? DEFAULT_EXERCISE : 'grounding';
    state.step = 'offer_exercise';
    state.retries = 0;
    saveConversation(input, state);
    const offer = say.offerAnotherExercise(state.nextExercise);
    return respond(input, { speech: join([...lead, offer.speech]), reprompt: offer.reprompt ?? offer.speech });
  }
  return askNext(input, state, lead);
}
