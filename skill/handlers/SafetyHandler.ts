import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { parseIntensity } from '../../shared/intensity.js';
import { crisisResponse } from '../../shared/safety/crisis-lines.js';
import { detectCrisis } from '../../shared/safety/detect.js';
import type { CheckInPatch } from '../../shared/schemas.js';
import { turnOf } from '../context.js';
import { conversation, saveConversation, type ConversationState } from '../conversation.js';
import { addedToBarrierSaid, barrierSaid, currentCheckIn, feelingAnswer, saveAnswer } from '../flow.js';
import { allSlotText, isIntent, slot } from '../predicates.js';
import { rescueWhatWasSaid } from '../rescue.js';
import { respond } from '../respond.js';

function crisisWords(input: HandlerInput): string | null {
  return allSlotText(input).find((text) => detectCrisis(text).crisis) ?? null;
}

/**
 * Language of self-harm or suicide, wherever it appears (as a request, as the feeling, inside what happened), is
 * answered first and at once with the crisis line for the user's region. Registered before every other handler.
 */
export const SafetyHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'CrisisIntent') || crisisWords(input) !== null;
  },
  async handle(input) {
    const state = conversation(input);
    await keepWithoutDelay(input, state);
    state.step = 'crisis';
    state.retries = 0;
    state.afterCrisis = true;
    saveConversation(input, state);
    const crisis = crisisResponse(turnOf(input).region);
    return respond(input, {
      speech: crisis.speech,
      reprompt: crisis.reprompt,
      card: { title: crisis.cardTitle, text: crisis.cardText },
    });
  },
};

/**
 * How long the crisis line waits for the store. A write takes a millisecond or two; one that waits on a lock another
 * process holds, or a disk in trouble, goes on after the answer, which does not wait for it.
 */
export const CRISIS_STORE_WAIT_MS = 1_000;

/**
 * Stores the words and when the line was given, without ever standing between the user and the crisis line: a store
 * that fails (the words go to the rescue log) or is slow (the writes finish after the answer) changes nothing in it.
 */
async function keepWithoutDelay(input: HandlerInput, state: ConversationState): Promise<void> {
  const turn = turnOf(input);
  const kept = Promise.all([
    keepWhatWasSaid(input, state).catch(async (error: unknown) => {
      console.error('Could not store what was said with the crisis line; keeping it in the rescue log:', error);
      await rescueWhatWasSaid(input, turn.dataDir || null).catch((rescueError: unknown) =>
        console.error('Could not write the rescue log either:', rescueError),
      );
    }),
    turn.store
      .updateProfile(turn.owner, (profile) => ({ ...profile, crisisLineGivenAt: turn.now.toISOString() }))
      .catch((error: unknown) => console.error('Could not record that the crisis line was given:', error)),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CRISIS_STORE_WAIT_MS);
  });
  await Promise.race([kept, waited]);
  clearTimeout(timer);
}

/**
 * Keeps every word that came with the request, on tonight's entry: it is theirs, and nothing said is lost. A feeling
 * or a number said with it ("anxious and I want to die", "a 9 and I want to die") fills the feeling or intensity when
 * the entry has none yet; every other word, the crisis language included, is added after what is there: to what got
 * in the way when said in answer to it ("what got in the way?", "what was it?"), else to what happened. CrisisIntent
 * carries its sentence in the {crisis} slot ("nobody would miss me"), so its words are kept too.
 */
export async function keepWhatWasSaid(input: HandlerInput, state: ConversationState): Promise<void> {
  const texts = allSlotText(input);
  if (texts.length === 0) return;
  const checkIn = await currentCheckIn(input, state);
  const patch: CheckInPatch = {};
  const used = new Set<string>();
  const feeling = slot(input, 'feeling').value?.trim();
  if (feeling && !checkIn?.feeling && !detectCrisis(feeling).crisis) {
    patch.feeling = feelingAnswer(feeling, slot(input, 'feeling').id).feeling;
    used.add(feeling);
  }
  const number = slot(input, 'intensity').value?.trim();
  const reading = parseIntensity(number);
  if (number && reading.ok && checkIn?.intensity == null) {
    patch.intensity = reading.value;
    used.add(number);
  }
  const rest = texts.filter((text) => !used.has(text) && !/^\d+$/.test(text));
  const practice = checkIn?.practice;
  if (rest.length > 0 && practice && (state.step === 'barrier' || state.step === 'barrier_other')) {
    // Said to "what got in the way?" or "what was it?": the reason, kept where it was said, not as the day's note.
    const words = rest.join(' … ');
    const barrier = practice.barrier ?? barrierSaid(input).barrier;
    patch.practice = { ...practice, barrier, barrierSaid: addedToBarrierSaid(practice.barrierSaid, words) };
  } else if (rest.length > 0) patch.whatHappened = [checkIn?.whatHappened, ...rest].filter(Boolean).join(' … ');
  if (Object.keys(patch).length > 0) await saveAnswer(input, state, patch);
}
