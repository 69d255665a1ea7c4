import type { HandlerInput } from 'ask-sdk-core';
import { z } from 'zod';
import { ExerciseKindSchema, type ExerciseKind } from '../shared/schemas.js';

/** Every step the conversation can be at. */
const STEPS = [
  'feeling',
  'intensity',
  'offer_exercise',
  'exercise',
  'intensity_after',
  'what_happened',
  'practice',
  'barrier',
  // "What was it?", after "something else" and no more as what got in the way.
  'barrier_other',
  'confirm_delete',
  'offer_resume',
  'crisis',
  'idle',
] as const;

/** Where the conversation is: the question the skill asked last and is waiting on. */
export type Step = (typeof STEPS)[number];

/** The check-in questions after the first, which "start over" asks again. */
export type RedoStep = 'intensity' | 'what_happened' | 'practice' | 'barrier';
export const REDO_STEPS: readonly RedoStep[] = ['intensity', 'what_happened', 'practice', 'barrier'];

export interface ExerciseState {
  /** The exercise's record; null when the store could not take one (see exercise.ts): the breathing goes on anyway. */
  id: string | null;
  kind: ExerciseKind;
  rounds: number;
  slower: boolean;
  /** The check-in this exercise was offered from, so the intensity is asked again afterwards. */
  checkInId: string | null;
}

/**
 * Everything the skill remembers between turns of one session. It lives in Alexa's session attributes, never in a
 * module global, because one server answers many people at once.
 */
export interface ConversationState {
  step: Step;
  checkInId: string | null;
  /** How many times the current question has been asked again after an answer we could not use. */
  retries: number;
  intensitySkipped: boolean;
  /** "What happened" went unanswered twice; move on without pretending the user chose to skip. */
  happenedLetGo: boolean;
  /**
   * Words said in declining the exercise ("I'm too tired") are kept as what happened, and the question is still asked:
   * its answer goes after them.
   */
  askHappened: boolean;
  /**
   * All that is kept as what happened tells nothing of the day (tears in an exercise): "what happened today?" is asked
   * as itself, not as "anything else from today?". Any words then kept there make it false.
   */
  dayUntold: boolean;
  exerciseOffered: boolean;
  /**
   * Still 8 or more after an exercise: a different one was offered once (grounding after breathing, breathing after
   * grounding), and this is it.
   */
  nextExercise: ExerciseKind | null;
  /** The exercise the user asked about at the offer ("what is box breathing?"): a yes starts that one. */
  askedAbout: ExerciseKind | null;
  /**
   * How strong was said only in words ("unbearable", twice), and the exercise offered on them: the number after it is
   * the "after", not the evening's intensity.
   */
  strongInWords: boolean;
  barrierAsked: boolean;
  /** "Skip" said twice to "how are you feeling?": the check-in goes on without a word for it. */
  feelingDeclined: boolean;
  /** "Skip" to the practice question: not asked again, and not recorded as practice skipped. */
  practiceDeclined: boolean;
  exercise: ExerciseState | null;
  /** Tonight's check-in that was cut off half-way, offered back at the start of this session. */
  resumeId: string | null;
  /**
   * After "start over": the questions to ask again even though the entry already has their answers. Each leaves the
   * list when answered again; an old answer stays until then, so stopping half-way through loses nothing.
   */
  redo: RedoStep[];
  /**
   * The crisis line was given in this session. It outlasts the check-in (a fresh conversation keeps it), so whatever
   * comes next, an exercise or a goodbye, ends with the number again and never slips back into the questions.
   */
  afterCrisis: boolean;
  /**
   * The store could not take what was said in this session, and will not by itself (a damaged file, a disk error; a
   * lock held too long passes, see rescue.ts): the words went to the rescue log. It outlasts the check-in, like afterCrisis: the check-in's questions are not asked
   * again, since their answers would only meet the same error; what was said is kept, and the breathing, which needs
   * no store, is still offered.
   */
  journalTrouble: boolean;
  /** Counts turns, so acknowledgements can vary without randomness. */
  turns: number;
}

const initial: ConversationState = {
  step: 'idle',
  checkInId: null,
  retries: 0,
  intensitySkipped: false,
  happenedLetGo: false,
  askHappened: false,
  dayUntold: false,
  exerciseOffered: false,
  nextExercise: null,
  askedAbout: null,
  strongInWords: false,
  barrierAsked: false,
  feelingDeclined: false,
  practiceDeclined: false,
  exercise: null,
  resumeId: null,
  redo: [],
  afterCrisis: false,
  journalTrouble: false,
  turns: 0,
};

const KEY = 'conversation';

/** A record id as the store makes them: text, of a sane length. */
const RecordId = z.string().min(1).max(128);
const Flag = z.boolean().catch(false);
const Count = (max: number) => z.number().int().min(0).max(max).catch(0);

/**
 * The state as read back from the session attributes, field by field: a field of another shape (an older or a newer
 * version of the skill, or attributes nobody wrote) takes its initial value, and the rest is kept. A list of steps
 * to ask again keeps the steps it knows. An exercise is kept when it names its record, or null for one the store could
 * not take; one of a kind this version does not know goes on as the gentlest (slow exhale, the default), and one with
 * anything else for a record is no exercise, and no step of one.
 */
const StateShape = z.object({
  step: z.enum(STEPS).catch(initial.step),
  checkInId: RecordId.nullable().catch(null),
  retries: Count(100),
  intensitySkipped: Flag,
  happenedLetGo: Flag,
  askHappened: Flag,
  dayUntold: Flag,
  exerciseOffered: Flag,
  nextExercise: ExerciseKindSchema.nullable().catch(null),
  askedAbout: ExerciseKindSchema.nullable().catch(null),
  strongInWords: Flag,
  barrierAsked: Flag,
  feelingDeclined: Flag,
  practiceDeclined: Flag,
  exercise: z
    .object({
      id: RecordId.nullable(),
      kind: ExerciseKindSchema.catch('slow_exhale'),
      rounds: Count(10_000),
      slower: Flag,
      checkInId: RecordId.nullable().catch(null),
    })
    .nullable()
    .catch(null),
  resumeId: RecordId.nullable().catch(null),
  redo: z
    .array(z.unknown())
    .catch([])
    .transform((steps) => REDO_STEPS.filter((step) => steps.includes(step))),
  afterCrisis: Flag,
  journalTrouble: Flag,
  turns: Count(1_000_000_000),
})
  .transform((state): ConversationState => (state.step === 'exercise' && state.exercise === null ? { ...state, step: 'idle' } : state)) satisfies z.ZodType<ConversationState>;

/** How long after the crisis line was given a new session begins (an open) and ends (any) with it: that night. */
const CRISIS_REMINDER_WITHIN_MS = 12 * 60 * 60 * 1000;

export function crisisLineRecent(givenAt: string, now: Date): boolean {
  const since = now.getTime() - Date.parse(givenAt);
  return since >= 0 && since <= CRISIS_REMINDER_WITHIN_MS;
}

/**
 * The state each saved object was read as. A turn asks for the conversation dozens of times (every handler's canHandle
 * does): parsed once per saved object, a turn's handlers cost some 40% less than parsed every time (`npx tsx
 * test/bench/skill.ts`). Saved objects are never changed in place: saveConversation and the others below put a new
 * one, with nothing shared with a caller's state.
 */
const readStates = new WeakMap<object, ConversationState>();

/** A caller's own copy: callers change the state they are given before saving it. */
function copyOf(state: ConversationState): ConversationState {
  return { ...state, exercise: state.exercise && { ...state.exercise }, redo: [...state.redo] };
}

export function conversation(input: HandlerInput): ConversationState {
  // Events and system requests come without a session (the SDK throws if asked for its attributes): no conversation.
  if (!input.requestEnvelope.session) return copyOf(initial);
  const attrs = input.attributesManager.getSessionAttributes<Record<string, unknown>>() ?? {};
  const saved = attrs[KEY];
  // Session attributes come back from Alexa as plain JSON; take only what we know, as we know it, and default the rest.
  // None yet (a launch): the initial state, as parsing {} would give it. Parsed, each of its twenty fields would fail and
  // be caught, which zod does slowly: on every read of every launch, that tripled what a turn's handlers cost.
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return copyOf(initial);
  let state = readStates.get(saved);
  if (!state) {
    state = StateShape.parse(saved);
    readStates.set(saved, state);
  }
  return copyOf(state);
}

/** Marks this session as one after the crisis line (see afterCrisis), without counting a turn. */
export function markAfterCrisis(input: HandlerInput): void {
  if (!input.requestEnvelope.session) return;
  const state = conversation(input);
  if (state.afterCrisis) return;
  const attrs = input.attributesManager.getSessionAttributes<Record<string, unknown>>() ?? {};
  attrs[KEY] = { ...copyOf(state), afterCrisis: true };
  input.attributesManager.setSessionAttributes(attrs);
}

/** The check-in's questions, which wait on an answer the store must take. */
const CHECK_IN_STEPS: readonly Step[] = ['feeling', 'intensity', 'offer_exercise', 'intensity_after', 'what_happened', 'practice', 'barrier', 'barrier_other', 'offer_resume'];

/**
 * Marks this session as one whose journal is in trouble (see journalTrouble), without counting a turn. A check-in
 * question it was waiting on is waited on no more: the next "yes" or "no" is to what the skill said last (the
 * breathing, or leaving), not to a question whose answer would meet the same error again.
 */
export function markJournalTrouble(input: HandlerInput): void {
  if (!input.requestEnvelope.session) return;
  const state = conversation(input);
  const step = CHECK_IN_STEPS.includes(state.step) ? 'idle' : state.step;
  if (state.journalTrouble && step === state.step) return;
  const attrs = input.attributesManager.getSessionAttributes<Record<string, unknown>>() ?? {};
  attrs[KEY] = { ...copyOf(state), journalTrouble: true, step, retries: step === state.step ? state.retries : 0 };
  input.attributesManager.setSessionAttributes(attrs);
}

/**
 * The exercise the session names is gone from the store (everything deleted from the dashboard in the middle of the
 * breathing): the session forgets it, without counting a turn, and so is no longer in it (see StateShape).
 */
export function forgetExercise(input: HandlerInput): void {
  if (!input.requestEnvelope.session) return;
  const state = conversation(input);
  if (!state.exercise) return;
  const attrs = input.attributesManager.getSessionAttributes<Record<string, unknown>>() ?? {};
  attrs[KEY] = { ...copyOf(state), exercise: null };
  input.attributesManager.setSessionAttributes(attrs);
}

/**
 * Keeps the state for the next turn of the session. A request without a session (Alexa sends one with every launch and
 * intent; a test tool or a proxy may not) has no next turn to keep it for: the answer is still given, and what was said
 * is already in the store.
 */
export function saveConversation(input: HandlerInput, state: ConversationState): void {
  if (!input.requestEnvelope.session) return;
  const attrs = input.attributesManager.getSessionAttributes<Record<string, unknown>>() ?? {};
  attrs[KEY] = { ...copyOf(state), turns: state.turns + 1 };
  input.attributesManager.setSessionAttributes(attrs);
}

/**
 * A fresh check-in conversation, keeping the turn counter so wording keeps varying, and what outlasts a check-in: the
 * crisis line given, and the journal in trouble.
 */
export function freshConversation(previous: ConversationState): ConversationState {
  return { ...copyOf(initial), turns: previous.turns, afterCrisis: previous.afterCrisis, journalTrouble: previous.journalTrouble };
}

/**
 * The conversation an answer said out of turn belongs to: the check-in in progress (or the one just opened), so a
 * correction never starts a second entry; otherwise a fresh one, so a new session's one-shot is its own entry.
 */
export function continuingCheckIn(input: HandlerInput): ConversationState {
  const previous = conversation(input);
  return previous.checkInId || previous.step === 'feeling' ? previous : freshConversation(previous);
}
