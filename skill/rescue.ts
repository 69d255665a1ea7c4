import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { HIGH_INTENSITY } from '../shared/limits.js';
import { isLockTimeout, rescue, StoreCorruptError } from '../shared/store/index.js';
import { errorCode } from '../shared/store/lock.js';
import { join } from '../shared/ssml.js';
import { ownerOf, turnOf } from './context.js';
import { conversation, freshConversation, markJournalTrouble, saveConversation, type ConversationState } from './conversation.js';
import * as say from './messages/en.js';
import { allSlotText, isIntent } from './predicates.js';
import { respond } from './respond.js';

/** The store could not be read or written: a corrupt file, a lock held too long, a disk error. */
export function isStoreTrouble(error: unknown): boolean {
  return error instanceof StoreCorruptError || isLockTimeout(error) || errorCode(error) !== undefined;
}

/**
 * Store trouble that will not pass by itself within a session: a damaged file, a disk error. A lock another process
 * held too long is let go of in a moment, and the next answer can go into the journal as on any night.
 */
export function isLastingStoreTrouble(error: unknown): boolean {
  return isStoreTrouble(error) && !isLockTimeout(error);
}

/** Requests whose words are in the rescue log already: a turn with two failed writes keeps them once. */
const rescued = new WeakSet<RequestEnvelope>();

/**
 * Appends every word of the request to the rescue log (DATA_DIR/rescue), for when the store could not take them:
 * nothing said is lost. Once per request. False when there were no words, or no folder to keep them in.
 */
export async function rescueWhatWasSaid(input: HandlerInput, dataDir: string | null): Promise<boolean> {
  const words = allSlotText(input);
  if (words.length === 0 || !dataDir) return false;
  if (rescued.has(input.requestEnvelope)) return true;
  const request = input.requestEnvelope.request;
  await rescue(dataDir, ownerOf(input), {
    at: request.timestamp,
    requestId: request.requestId,
    intent: request.type === 'IntentRequest' ? request.intent?.name : request.type,
    said: words,
  });
  rescued.add(input.requestEnvelope);
  return true;
}

/**
 * Keeps words the skill has no record for yet in the rescue log, named with why, as "words kept aside": the History
 * page shows them, the exports hold them, and deleting everything removes them. False when there is no folder to keep
 * them in (a store that is not file-based).
 */
export async function keepAside(input: HandlerInput, reason: string, said: string): Promise<boolean> {
  const { dataDir, owner } = turnOf(input);
  if (!dataDir) return false;
  const request = input.requestEnvelope.request;
  await rescue(dataDir, owner, {
    at: request.timestamp,
    requestId: request.requestId,
    intent: request.type === 'IntentRequest' ? request.intent?.name : request.type,
    reason,
    said: [said],
  });
  return true;
}

/** Whether this session already met a store that could not take what was said (see ConversationState.journalTrouble). */
export function journalInTrouble(input: HandlerInput): boolean {
  return conversation(input).journalTrouble;
}

/**
 * Keeps the words of this turn in the rescue log: 'kept' there, 'none' said ("yes", "no", "how was my week"), or
 * 'lost' with no folder to keep them in (a store that is not file-based), or when that write failed too.
 */
async function keepTheWords(input: HandlerInput, dataDir: string | null): Promise<'kept' | 'none' | 'lost'> {
  if (allSlotText(input).length === 0) return 'none';
  if (!dataDir) return 'lost';
  try {
    return (await rescueWhatWasSaid(input, dataDir)) ? 'kept' : 'lost';
  } catch (rescueError) {
    console.error('Could not write the rescue log either:', rescueError);
    return 'lost';
  }
}

/** What the caller heard in the turn, as it reads its answers. */
export interface HeardWithoutJournal {
  /** The number said, if any. */
  intensity?: number | null;
  /** A no, said in any way ("I'm too tired" to the offer): "no" and "skip" are one wherever they are said. */
  declined?: boolean;
  /** The trouble will pass (see isLastingStoreTrouble): this turn is answered without the journal, and no more. */
  passing?: boolean;
}

/**
 * Answers a turn the journal cannot take, without touching the store: the words go to the rescue log, the session
 * remembers the trouble, and nothing is asked whose answer would meet the same error again. 8 or more is met with the
 * offer of breathing (which needs no store), as on any night; a no is a kind goodbye; the number after an exercise is
 * heard and the night ends there; anything else is kept, with the breathing still there. After the crisis line, every
 * answer but the offer ends, and so with the number again (respond.ts).
 */
export async function answerWithoutJournal(input: HandlerInput, dataDir: string | null, heard: HeardWithoutJournal = {}): Promise<Response> {
  const intensity = heard.intensity ?? null;
  const before = conversation(input);
  const words = await keepTheWords(input, dataDir);
  // Nothing said tonight is lost when there is a folder to keep it in: what came before went there too.
  const kept = words === 'kept' || (words === 'none' && Boolean(dataDir));
  if (!heard.passing) markJournalTrouble(input);
  const state = conversation(input);
  if (heard.declined || isIntent(input, 'AMAZON.NoIntent', 'SkipIntent')) {
    return goodnight(input, state, kept ? say.okayAllKeptGoodnight : say.goodbye);
  }
  if (before.step === 'intensity_after') return afterTheExercise(input, state, intensity, kept);
  if (intensity !== null && intensity >= HIGH_INTENSITY) {
    state.step = 'offer_exercise';
    state.exerciseOffered = true;
    state.retries = 0;
    saveConversation(input, state);
    return respond(input, say.offerExerciseKeptAside(intensity, kept));
  }
  saveConversation(input, state);
  // Once the trouble is known, no apology again: words kept are said kept in a breath, and a request that needs the
  // journal (the week, the practice) is told plainly it cannot be opened. Words that could not be kept are not said kept.
  const speech =
    words === 'lost' || !before.journalTrouble
      ? words === 'kept' ? say.journalUnreadable : say.journalUnavailable
      : words === 'kept' ? say.keptWhileJournalShut.speech : say.journalStillShut.speech;
  return respond(input, { speech, reprompt: say.journalUnavailableReprompt, end: state.afterCrisis });
}

/**
 * How strong it is after an exercise, when the journal cannot take it: kept, heard, and the night ends, unless it is
 * still 8 or more, when a different exercise is offered once, as on any night.
 */
function afterTheExercise(input: HandlerInput, state: ConversationState, after: number | null, kept: boolean): Response {
  const done = state.exercise?.kind ?? null;
  state.exercise = null;
  if (after !== null && after >= HIGH_INTENSITY && state.nextExercise === null) {
    // Slow exhale is exercise.ts's default, named here since exercise.ts leans on this file.
    state.nextExercise = done === 'grounding' ? 'slow_exhale' : 'grounding';
    state.step = 'offer_exercise';
    state.retries = 0;
    saveConversation(input, state);
    return respond(input, say.offerAnotherExerciseKeptAside(state.nextExercise));
  }
  const heard = after === null ? say.intensityLetGo : say.intensityChange(null, after);
  return goodnight(input, state, join([heard, kept ? say.allKeptGoodnight : say.goodbye]));
}

/** Ends the session: a new one may find the journal mended. */
function goodnight(input: HandlerInput, state: ConversationState, speech: say.Said['speech']): Response {
  saveConversation(input, freshConversation(state));
  return respond(input, { speech, end: true });
}
