/**
 * The check-in's order of questions, decided from what is already stored rather than from a fixed script, so a
 * one-shot ("I'm anxious, about a 6"), an answer out of order, or a session resumed half-way all land on the right
 * next question.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { HIGH_INTENSITY } from '../shared/limits.js';
import { classifyFeeling, isFeelingPhrase } from '../shared/feelings.js';
import { parseIntensity, splitInnerIntensity, splitTrailingIntensity, talksAboutStrength } from '../shared/intensity.js';
import { EXERCISE_VALUES } from '../shared/vocabulary.js';
import { FEELING_MAX_CHARS, TEXT_MAX_CHARS } from '../shared/limits.js';
import { activePlanOn } from '../shared/plans.js';
import { BarrierSchema, type Barrier, type CheckIn, type CheckInPatch, type NewCheckIn, type PracticeAnswer } from '../shared/schemas.js';
import { classifyBarrier, namesNoReason } from '../shared/vocabulary.js';
import { join, type Ssml } from '../shared/ssml.js';
import { rescue } from '../shared/store/rescue.js';
import { NotFoundError } from '../shared/store/Store.js';
import { isOwnersVoice, turnOf } from './context.js';
import { conversation, freshConversation, saveConversation, type ConversationState, type RedoStep } from './conversation.js';
import * as say from './messages/en.js';
import { slot, spokenText } from './predicates.js';
import { respond } from './respond.js';

/** The check-in this session is filling in, if it still exists. */
export async function currentCheckIn(input: HandlerInput, state = conversation(input)): Promise<CheckIn | null> {
  if (!state.checkInId) return null;
  const { store, owner } = turnOf(input);
  return store.getCheckIn(owner, state.checkInId);
}

/** Creates tonight's entry the moment the first answer is given, so stopping half-way keeps it. */
export async function startCheckIn(
  input: HandlerInput,
  fields: Partial<Pick<NewCheckIn, 'feeling' | 'intensity' | 'whatHappened' | 'whatHappenedSkipped' | 'practice'>>,
): Promise<CheckIn> {
  const { store, owner, moment, timeZone, now } = turnOf(input);
  return store.addCheckIn(owner, {
    night: moment.night,
    localTime: moment.localTime,
    timeZone,
    createdAt: now.toISOString(),
    source: 'voice',
    feeling: null,
    intensity: null,
    ...fields,
  });
}

/** Saves an answer into the current check-in, starting one if this session has none yet. */
export async function saveAnswer(
  input: HandlerInput,
  state: ConversationState,
  patch: CheckInPatch & Parameters<typeof startCheckIn>[1],
): Promise<CheckIn> {
  const { store, owner } = turnOf(input);
  const { fitted, long } = fitToRecord(patch);
  patch = fitted;
  let saved: CheckIn | null = null;
  if (state.checkInId) {
    try {
      saved = await store.updateCheckIn(owner, state.checkInId, patch);
    } catch (error) {
      // Deleted meanwhile (from the dashboard, or "delete my data"): the answer starts a new entry instead.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  saved ??= await startCheckIn(input, patch);
  state.checkInId = saved.id;
  if (patch.whatHappened) state.dayUntold = false;
  if (long) await keepWhole(input, saved.id, long);
  if (state.redo.length > 0) state.redo = state.redo.filter((step) => !answers(patch, step));
  return saved;
}

/**
 * "Skip" to a question asked again after "start over", when it was answered before: the old answer stays, said so,
 * and the question is done with. Null when this is not such a question.
 */
export function keepOnSkip(state: ConversationState, step: RedoStep, stored: unknown): Ssml | null {
  if (!state.redo.includes(step) || stored === null || stored === undefined) return null;
  state.redo = state.redo.filter((s) => s !== step);
  return say.keptAsBefore;
}

/** Whether a patch gives the answer to a question ("start over" asks each again until it does). */
function answers(patch: CheckInPatch, step: RedoStep): boolean {
  switch (step) {
    case 'intensity':
      return patch.intensity !== undefined;
    case 'what_happened':
      return patch.whatHappened !== undefined || patch.whatHappenedSkipped !== undefined;
    case 'practice':
      return patch.practice !== undefined;
    case 'barrier':
      return patch.practice != null && (patch.practice.barrier != null || patch.practice.status === 'done');
  }
}

/**
 * Words longer than a record holds (Alexa never sends that much in one slot; a forged or broken request might) are
 * stored up to the limit, cut at a word, and kept whole in the rescue log (keepWhole), so the answer is neither refused
 * nor lost. `long` holds the whole words, when any were cut.
 */
function fitToRecord<P extends CheckInPatch>(patch: P): { fitted: P; long: Record<string, string> | null } {
  const fitted = { ...patch };
  const long: Record<string, string> = {};
  if (typeof fitted.whatHappened === 'string' && fitted.whatHappened.length > TEXT_MAX_CHARS) {
    long.whatHappened = fitted.whatHappened;
    fitted.whatHappened = clip(fitted.whatHappened, TEXT_MAX_CHARS);
  }
  if (fitted.practice?.barrierSaid && fitted.practice.barrierSaid.length > TEXT_MAX_CHARS) {
    long.barrierSaid = fitted.practice.barrierSaid;
    fitted.practice = { ...fitted.practice, barrierSaid: clip(fitted.practice.barrierSaid, TEXT_MAX_CHARS) };
  }
  return { fitted, long: Object.keys(long).length > 0 ? long : null };
}

/**
 * The whole words of an answer cut to fit, in the rescue log, named with the entry they belong to: deleting the entry
 * drops them too (JsonStore.deleteCheckIn). Written once the entry is saved, which gives it its id; a save that failed
 * has put the request's words in the rescue log already (ErrorHandler).
 */
async function keepWhole(input: HandlerInput, checkInId: string, said: Record<string, string>): Promise<void> {
  const { dataDir, owner } = turnOf(input);
  const request = input.requestEnvelope.request;
  await rescue(dataDir, owner, { at: request.timestamp, requestId: request.requestId, reason: 'longer than a record holds', checkInId, said });
}

/** The start of `text`, at most `max` characters with the ellipsis, cut at a word where there is one. */
function clip(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** Asks whatever the check-in still needs, after saying `lead` (acknowledgements of the last answer). */
export async function askNext(
  input: HandlerInput,
  state: ConversationState,
  lead: Ssml[] = [],
  known?: CheckIn,
): Promise<Response> {
  const turn = turnOf(input);
  // Stored words go into a question only for the voice they belong to (the rule in context.ts).
  const own = isOwnersVoice(input);
  // The caller that just saved the check-in passes it, saving a read.
  const checkIn = known && known.id === state.checkInId ? known : await currentCheckIn(input, state);
  const seed = state.turns + Math.floor(Date.parse(`${turn.moment.night}T00:00:00Z`) / 86_400_000);
  const ask = (step: ConversationState['step'], q: say.Said) => {
    if (state.step !== step) state.retries = 0;
    state.step = step;
    saveConversation(input, state);
    return respond(input, { speech: join([...lead, q.speech]), reprompt: q.reprompt ?? q.speech });
  };

  // Unanswered, or to be asked again after "start over".
  const open = (step: RedoStep, stored: unknown) => stored === null || state.redo.includes(step);
  // A number of 8 or more is met first with the offer of an exercise, whenever it is said: before the feeling too.
  if (checkIn && checkIn.intensity !== null && checkIn.intensity >= HIGH_INTENSITY && !state.exerciseOffered) {
    state.exerciseOffered = true;
    return ask('offer_exercise', own ? say.offerExercise(checkIn.intensity) : say.offerForStrongWords);
  }
  if ((!checkIn || checkIn.feeling === null) && !state.feelingDeclined) return ask('feeling', say.askFeeling(seed));
  // No word for the feeling, and nothing stored yet: the entry starts with the next answer, if one comes.
  if (!checkIn) {
    if (!state.intensitySkipped) return ask('intensity', say.askIntensity(null, seed));
    if (!state.happenedLetGo) return ask('what_happened', say.askWhatHappened(seed));
    saveConversation(input, freshConversation(state));
    return respond(input, { speech: join([...lead, say.goodbye]), end: true });
  }
  if (open('intensity', checkIn.intensity) && !state.intensitySkipped) {
    return ask('intensity', say.askIntensity(lead.length ? null : spokenFeeling(checkIn.feeling), seed));
  }
  if ((open('what_happened', checkIn.whatHappenedSkipped ? '' : checkIn.whatHappened) || state.askHappened) && !state.happenedLetGo) {
    // Words just said in passing ("no, my nan's in hospital") are kept there already: "what happened today?" right
    // after them sounds like nobody listened.
    return ask('what_happened', state.askHappened && checkIn.whatHappened && !state.dayUntold ? say.askAnythingElseToday : say.askWhatHappened(seed));
  }
  if (open('practice', checkIn.practice) && !state.practiceDeclined) {
    const plan = activePlanOn(turn.profile?.plans ?? [], checkIn.night);
    if (plan && !plan.none && !(await practiceAnsweredTonight(input, checkIn, state))) return ask('practice', say.askPractice(plan, own));
  }
  if (checkIn.practice && checkIn.practice.status !== 'done' && open('barrier', checkIn.practice.barrier) && !state.barrierAsked) {
    state.barrierAsked = true;
    return ask('barrier', say.askBarrier(checkIn.practice.status === 'partly'));
  }
  // Everything is asked: close kindly. The next "open" starts a new entry for the same evening.
  saveConversation(input, freshConversation(state));
  return respond(input, { speech: join([...lead, say.closing(seed)]), end: true });
}

/**
 * A second check-in the same evening is not asked again about the practice an earlier one already answered: "did you
 * get to it?" twice in a night is a form, not a conversation. The answer stands for the night; a change ("I did it
 * after all") can be said any time. Asked again only after "start over", on the entry that held the answer.
 */
async function practiceAnsweredTonight(input: HandlerInput, checkIn: CheckIn, state: ConversationState): Promise<boolean> {
  if (state.redo.includes('practice')) return false;
  const { store, owner } = turnOf(input);
  const tonight = await store.listCheckIns(owner, { from: checkIn.night, to: checkIn.night });
  return tonight.some((other) => other.id !== checkIn.id && other.practice !== null);
}

/**
 * After a request that means the same anywhere ("how was my week?", "give me my dashboard code") said while a
 * check-in or an exercise is under way: the question it was waiting on, so the evening carries on. Null when nothing
 * was under way (someone who opens the skill to hear their week has heard it). `fromTheFirstQuestion`: the check-in
 * counts as under way from "how are you feeling?", before anything is stored.
 */
export async function backToTonight(input: HandlerInput, { fromTheFirstQuestion = false } = {}): Promise<say.Said | null> {
  const state = conversation(input);
  const opened = fromTheFirstQuestion && state.step === 'feeling';
  // A check-in under way: this one, an exercise, or tonight's cut off one offered back ("carry on?").
  if (!opened && !state.checkInId && state.step !== 'exercise' && !(state.step === 'offer_resume' && state.resumeId)) return null;
  if (state.step === 'idle' || state.step === 'confirm_delete' || state.step === 'crisis') return null;
  const question = await currentQuestion(input);
  if (!question) return null;
  saveConversation(input, state);
  return { speech: join([say.backToTonight, question.speech]), reprompt: question.reprompt ?? question.speech };
}

/** The question the skill is waiting on, re-spoken for help, fallback and "go back". */
export async function currentQuestion(input: HandlerInput): Promise<say.Said | null> {
  const state = conversation(input);
  const turn = turnOf(input);
  const seed = state.turns;
  // Asked again to a voice the records are not for, the question carries none of their words (the rule in context.ts).
  const own = isOwnersVoice(input);
  switch (state.step) {
    case 'feeling':
      return say.askFeeling(seed);
    case 'intensity': {
      const checkIn = await currentCheckIn(input, state);
      return say.askIntensity(own ? spokenFeeling(checkIn?.feeling ?? null) : null, seed);
    }
    case 'intensity_after':
      return say.askIntensityAfter();
    case 'offer_exercise': {
      if (state.askedAbout) return say.offerNamedExercise(EXERCISE_VALUES.find((value) => value.id === state.askedAbout)?.value ?? state.askedAbout);
      if (state.nextExercise) return say.offerAnotherExercise(state.nextExercise);
      const checkIn = await currentCheckIn(input, state);
      // Offered for words ("unbearable"), no number is stored yet: none is said back.
      return checkIn?.intensity != null && own ? say.offerExercise(checkIn.intensity) : say.offerForStrongWords;
    }
    case 'exercise':
      return say.afterRoundQuestion;
    case 'what_happened':
      return say.askWhatHappened(seed);
    case 'practice': {
      const checkIn = await currentCheckIn(input, state);
      const plan = checkIn ? activePlanOn(turn.profile?.plans ?? [], checkIn.night) : null;
      return plan ? say.askPractice(plan, own) : null;
    }
    case 'barrier':
      return say.askBarrierAgain();
    case 'barrier_other':
      return say.askWhatItWas(seed);
    case 'confirm_delete':
      return say.confirmDelete;
    case 'offer_resume': {
      const unfinished = state.resumeId && own ? await turn.store.getCheckIn(turn.owner, state.resumeId) : null;
      return say.offerResume(unfinished?.feeling?.said ?? null, unfinished?.intensity ?? null, true);
    }
    default:
      return null;
  }
}

/**
 * A sentence said when it was not asked for (WhatHappenedIntent before its question): what happened, unless it is only
 * a number among hedges ("honestly like an 8", its first word taken by Alexa as the carrier phrase), which is the
 * intensity, as IntensityIntent would have given it.
 */
export function sentenceAnswer(words: string): CheckInPatch {
  const number = parseIntensity(words);
  return number.ok ? { intensity: number.value } : { whatHappened: words };
}

/**
 * The feeling as said, and the number when one was said after it ("I'm feeling anxious about a 6", "a bit stressed
 * like a 7"): the number is the intensity, not part of the feeling. Then the next question.
 */
export async function saveFeeling(input: HandlerInput, state: ConversationState, said: string): Promise<Response> {
  // All three in one breath ("anxious like a 7 because work was awful"): each in its place. The whole sentence had been
  // kept as the feeling, and the 7 asked for again.
  const inner = splitTrailingIntensity(said) ? null : splitInnerIntensity(said);
  if (inner && namesFeeling(inner.before)) {
    const answer = feelingAnswer(inner.before);
    const before = await currentCheckIn(input, state);
    const saved = await saveAnswer(input, state, {
      ...answer,
      intensity: inner.intensity,
      whatHappened: addedToWhatHappened(before?.whatHappened ?? answer.whatHappened, inner.after),
      whatHappenedSkipped: false,
    });
    const echo = spokenFeeling(answer.feeling ?? null);
    return askNext(input, state, echo ? [say.ackFeeling(echo, state.turns)] : [], saved);
  }
  const withNumber = splitTrailingIntensity(said);
  if (!withNumber) return askNext(input, state, [], await saveFeelingAnswer(input, state, feelingAnswer(said)));
  const answer = feelingAnswer(withNumber.rest);
  const saved = await saveFeelingAnswer(input, state, { ...answer, intensity: withNumber.intensity });
  const echo = spokenFeeling(answer.feeling ?? null);
  return askNext(input, state, echo ? [say.ackFeeling(echo, state.turns)] : [], saved);
}

/**
 * Saves an answer built by feelingAnswer. A feeling too long for the feeling field is kept whole as what happened too:
 * after whatever is kept there already (a sentence about the day said first), never over it.
 */
export async function saveFeelingAnswer(input: HandlerInput, state: ConversationState, answer: CheckInPatch): Promise<CheckIn> {
  if (!answer.whatHappened) return saveAnswer(input, state, answer);
  const before = await currentCheckIn(input, state);
  return saveAnswer(input, state, { ...answer, whatHappened: addedToWhatHappened(before?.whatHappened, answer.whatHappened) });
}

/**
 * What happened with more words added after what is already kept there: nothing said is replaced by what is said next.
 * Words already there are not added twice (Alexa resends a request it had no answer to).
 */
export function addedToWhatHappened(before: string | null | undefined, words: string): string {
  return wordsAdded(before, words);
}

/** What got in the way as said, with the words said to "what was it?" after it: "something else … my son was ill". */
export function addedToBarrierSaid(before: string | null | undefined, words: string): string {
  return wordsAdded(before, words);
}

function wordsAdded(before: string | null | undefined, words: string): string {
  if (!before) return words;
  return before.includes(words) ? before : `${before} … ${words}`;
}

/** The steps that come before "what happened today?": the first questions, and an exercise offered at 8 or more. */
const BEFORE_THE_DAY: readonly string[] = ['idle', 'feeling', 'intensity', 'offer_exercise', 'exercise', 'intensity_after'];

/**
 * Words kept with tonight's entry, after anything kept there already: what is said next never replaces what was said.
 * Resolves to the entry as it was before, and as it is now.
 */
export async function keepWithTonight(
  input: HandlerInput,
  state: ConversationState,
  words: string,
): Promise<{ before: CheckIn | null; saved: CheckIn }> {
  const before = await currentCheckIn(input, state);
  const saved = await saveAnswer(input, state, { whatHappened: addedToWhatHappened(before?.whatHappened, words) });
  return { before, saved };
}

/**
 * Words kept before "what happened today?" was asked (a question, tears, "I need to check in again"): the question is
 * still asked, as "anything else from today?"; filling its place meant it never was. Words that tell nothing of the
 * day (tears) leave it asked as itself: "anything else?", minutes later, would answer a question never asked.
 */
export function stillAskAboutTheDay(state: ConversationState, before: CheckIn | null, { aboutTheDay = true } = {}): void {
  if (!before?.whatHappened && !before?.whatHappenedSkipped && BEFORE_THE_DAY.includes(state.step)) {
    state.askHappened = true;
    state.dayUntold = !aboutTheDay;
  }
}

/**
 * A sentence said out of turn, kept: as the intensity when it is only a number, else as what happened, after anything
 * already kept there, since nothing said is replaced by what is said next. Says "I've kept that" when it was a sentence.
 */
export async function keepSentence(input: HandlerInput, state: ConversationState, words: string): Promise<Response> {
  const answer = sentenceAnswer(words);
  const before = await currentCheckIn(input, state);
  if (answer.whatHappened) answer.whatHappened = addedToWhatHappened(before?.whatHappened, answer.whatHappened);
  if (answer.whatHappened) stillAskAboutTheDay(state, before);
  const saved = await saveAnswer(input, state, answer);
  // Said so, or the question that follows sounds as if the sentence went unheard.
  return askNext(input, state, answer.whatHappened ? [say.keptThat] : [], saved);
}

/**
 * What got in the way, as said: the barrier Alexa resolved, else one read from the words (a sentence that reached the
 * skill another way), else "something else"; and the words themselves, kept either way.
 */
export function barrierSaid(input: HandlerInput): { barrier: Barrier; words: string | null } {
  const named = BarrierSchema.safeParse(slot(input, 'barrier').id);
  const words = spokenText(input);
  return { barrier: named.success ? named.data : (words ? classifyBarrier(words) : null) ?? 'other', words };
}

/**
 * Keeps what got in the way, then asks what is left. After "something else" and no more, that is what it was, at once
 * (BarrierOtherAnswerHandler keeps the answer after it): asked at the end, with other questions in between, "what was
 * it?" would be about nothing. The thanks for it waits for the answer.
 */
export async function saveBarrier(input: HandlerInput, state: ConversationState, practice: PracticeAnswer): Promise<Response> {
  const saved = await saveAnswer(input, state, { practice });
  if (practice.barrier !== 'other' || !namesNoReason(practice.barrierSaid)) return askNext(input, state, [say.barrierAck], saved);
  state.step = 'barrier_other';
  state.retries = 0;
  saveConversation(input, state);
  const q = say.askWhatItWas(state.turns);
  return respond(input, { speech: q.speech, reprompt: q.reprompt ?? q.speech });
}

/**
 * Whether words said in answer to another question are something that happened, to keep as what happened: a sentence
 * of at least `minWords` that is not an attempt at the number ("pretty high"), not a feeling said again ("I feel
 * calmer") and, where an exercise was just done, not a comment on it ("that helped").
 */
export function tellsWhatHappened(words: string, { minWords, afterExercise = false }: { minWords: number; afterExercise?: boolean }): boolean {
  const trimmed = words.trim();
  return (
    trimmed.split(/\s+/).length >= minWords &&
    !talksAboutStrength(trimmed) &&
    feelingInSentence(trimmed) === null &&
    !(afterExercise && /\b(?:better|calmer|calm|relaxed|helped|good|thanks|thank you|breath|breathing|exercise)\b/i.test(trimmed))
  );
}

/**
 * The feeling inside a sentence that says it ("I feel hopeless and worthless" reaches the skill as "feel hopeless and
 * worthless" when Alexa takes "I" as the carrier phrase of WhatHappenedIntent), or null when the sentence is about
 * something else.
 */
export function feelingInSentence(words: string): string | null {
  // "I'm worried about my exam", "I'm stuffed": a feeling when what follows starts with one; "I'm moving house" is not.
  const im = /^i(?:'m|\s+am)\s+(.+)$/i.exec(words.trim());
  if (im?.[1] && classifyFeeling(im[1]).word !== null) return im[1].trim();
  const m =
    /^(?:i\s+)?(?:(?:also|just|really|honestly|still|actually|kind of|sort of)\s+)?(?:feel|felt|feeling|am feeling|'m feeling|m feeling|have been feeling|'ve been feeling|been feeling)\s+(.+)$/i.exec(
      words.trim(),
    );
  return m?.[1]?.trim() || null;
}

/**
 * The feeling as the skill says it back: the user's own words without the hedge ("I would say sad" is acknowledged as
 * "sad"), or null when they should not be said back.
 */
export function spokenFeeling(feeling: { said: string; word: string | null } | null): string | null {
  if (!feeling) return null;
  const plain = feeling.said.trim().replace(HEDGE, '').trim() || feeling.said.trim();
  // Only their own words come back, never a wheel word they did not say ("a bit wired and on edge" is not "anxious").
  // Words about themselves ("like I'm drowning") would come back in the wrong person, and a long phrase is no echo:
  // nothing is said back then.
  if (FIRST_PERSON.test(plain) || plain.split(/\s+/).length > 6) return null;
  return plain;
}

const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself|mine)\b/i;

/** A sentence whose subject is not the speaker: "my boss was angry", "it was a good day", "the kids were sick". */
const ABOUT_SOMEONE_ELSE =
  /^(?:my|his|her|their|our|your|the|this|that|these|those|it|it's|its|he|she|they|we|you|there|someone|somebody|everyone|everybody|nobody|people|work|mum|mom|dad|an?(?! (?:bit|little|tad|touch)\b))\b/i;

/** The openings of a hedged answer, not said back: "I would say", "to be honest", "I've been", "I guess". */
const HEDGE =
  /^(?:(?:um+|uh+|er+m?|well|so|honestly|to be honest|tbh|i guess|i suppose|i think|i would say|i'd say|i was|i've been|i have been|i'm not sure|i am not sure|not sure|i don't know|i dunno|dunno|maybe|perhaps|i am|i'm|feeling|probably|mostly)\b,?\s*)+/i;

/**
 * A sentence said to "how are you feeling?" that names a feeling, hedged or with a little more ("I would say sad",
 * "I've been anxious all day", "to be honest pretty low"): the feeling, said whole. Null for a longer sentence, which
 * is something that happened ("I had a fight with my sister and felt awful"), and for anything about the number.
 */
export function hedgedFeeling(words: string): string | null {
  const trimmed = words.trim();
  if (trimmed.split(/\s+/).length > 8 || trimmed.length > FEELING_MAX_CHARS) return null;
  // About someone or something else ("I would say my boss was angry", "I'd say it was a good day"): what happened.
  // All hedge ("not sure", "dunno"): judged whole, as said.
  const plain = trimmed.replace(HEDGE, '').trim() || trimmed;
  if (ABOUT_SOMEONE_ELSE.test(plain)) return null;
  // A sentence with a reason or a doing in it ("I skipped it because I was knackered") tells of the day, not the feeling.
  if (/\b(?:because|cos|cause|skipped|skip|did|didn't|done|forgot|missed)\b/i.test(plain)) return null;
  // A feeling on the wheel inside it, or the whole of it a word people use for how they are ("fine", "meh").
  return classifyFeeling(trimmed).word !== null || namesFeeling(plain) ? trimmed : null;
}

/** Whether words name a feeling: a word of the wheel in them, or the whole of them a phrase people use for one. */
export function namesFeeling(words: string): boolean {
  return words.trim() !== '' && (classifyFeeling(words).word !== null || isFeelingPhrase(words));
}

const FEELING_CARRIER = /^(?:(?:i am|i'm|im) )?feeling\s+(?=\S)/i;

/**
 * A feeling as said. A feeling field holds a word or two; when someone says a whole sentence instead, the sentence
 * is kept in full as what happened too, so nothing they said is cut off.
 */
export function feelingAnswer(said: string, slotId: string | null = null): CheckInPatch {
  // "I am feeling anxious" heard with the carrier in the slot: the feeling is "anxious", as for "I'm feeling anxious".
  const words = said.trim().replace(FEELING_CARRIER, '') || said;
  let feeling = classifyFeeling(words, slotId);
  // "I'm not sure, maybe sad": kept as said, and given the family of what is left without the hedge.
  if (feeling.word === null) {
    const plain = words.trim().replace(HEDGE, '').trim();
    const inner = plain && plain !== words.trim() ? classifyFeeling(plain) : null;
    if (inner?.word) feeling = { ...inner, said: feeling.said };
  }
  return words.trim().length > FEELING_MAX_CHARS ? { feeling, whatHappened: words.trim() } : { feeling };
}
