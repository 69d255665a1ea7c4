import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  numberAskedAbout,
  parseIntensity,
  saysUnchanged,
  strengthInWords,
  talksAboutStrength,
  type IntensityReading,
  type StrengthInWords,
} from '../../shared/intensity.js';
import { FEELING_MAX_CHARS, HIGH_INTENSITY, INTENSITY_MAX } from '../../shared/limits.js';
import { turnOf } from '../context.js';
import { conversation, saveConversation, type ConversationState } from '../conversation.js';
import { recordIntensityAfter } from '../exercise.js';
import {
  addedToWhatHappened,
  askNext,
  currentCheckIn,
  feelingAnswer,
  feelingInSentence,
  keepOnSkip,
  keepWithTonight,
  saveAnswer,
  saveFeelingAnswer,
  tellsWhatHappened,
} from '../flow.js';
import * as say from '../messages/en.js';
import { allSlotText, inStep, intensitySaid, isAnswerIn, isIntent, mentionsMedicalEmergency, reportsPractice, slot, spokenText } from '../predicates.js';
import { answerWithoutJournal } from '../rescue.js';
import { respond } from '../respond.js';
import { keepWhatWasSaid } from './SafetyHandler.js';

/**
 * The answer to "how strong, from 1 to 10?" (before, or again after an exercise). A number out of range or not
 * understood is asked again once, with the range; after that the check-in moves on and nothing bogus is stored.
 * A range ("7 or 8") is its top, said back. How strong said in words is met for what it says: "unbearable", "off the
 * charts" or "a hundred" first with the offer an 8 gets (the number asked after it); "medium" or "pretty low" with the
 * number asked again and the part of the scale it points to. At the top, the words are kept with the feeling.
 * While the journal cannot take answers (a damaged file), the answer is kept aside instead, and 8 or more still gets
 * the breathing: nothing is asked whose answer would meet the same error again.
 */
export const IntensityAnswerHandler: RequestHandler = {
  canHandle(input) {
    return (
      (isAnswerIn(input, 'intensity', 'intensity_after') && !correctsFeeling(input) && !reportsPractice(input)) ||
      // After an exercise, a feeling ("no, I'm pretty good") is how it is now: the one from before stays on the entry.
      (inStep(input, 'intensity_after') && isIntent(input, 'CorrectFeelingIntent'))
    );
  },
  async handle(input) {
    const state = conversation(input);
    const after = state.step === 'intensity_after';
    if (state.journalTrouble) {
      const { reading } = answerOf(input);
      return answerWithoutJournal(input, turnOf(input).dataDir || null, { intensity: reading.ok ? reading.value : null });
    }
    // Emergency words to "how strong is it now?" get the number first (respond.ts), which says they are kept: kept they
    // are, with what happened. (Before the exercise they are kept as the day's words below.)
    if (after && mentionsMedicalEmergency(input)) await keepWhatWasSaid(input, state);
    // "Skip" and "no" are answers: the person would rather not give a number, and is not asked again.
    if (isIntent(input, 'SkipIntent', 'AMAZON.NoIntent')) {
      if (after) return recordIntensityAfter(input, state, null);
      const kept = keepOnSkip(state, 'intensity', (await currentCheckIn(input, state))?.intensity ?? null);
      if (kept) return askNext(input, state, [kept]);
      state.intensitySkipped = true;
      return askNext(input, state, [say.intensityLetGo]);
    }
    const { heard, reading } = answerOf(input);

    // "About the same" after an exercise is the number from before, said another way.
    if (!reading.ok && after && (isIntent(input, 'NoChangeIntent') || saysUnchanged(heard))) {
      const before = (await currentCheckIn(input, state))?.intensity ?? null;
      if (before !== null) return recordIntensityAfter(input, state, before);
    }

    // A sentence that says the feeling again ("I'm worried about my exam"): the feeling corrected, the number asked.
    const restated = !after && !reading.ok && isIntent(input, 'WhatHappenedIntent') && heard ? feelingInSentence(heard) : null;
    if (restated && !talksAboutStrength(restated)) {
      const answer = feelingAnswer(restated);
      await saveFeelingAnswer(input, state, answer);
      return askNext(input, state, answer.feeling ? [say.feelingCorrected(answer.feeling.said)] : []);
    }

    const strength = reading.ok ? null : strengthOf(input, reading, heard);
    const pastTheTop = !reading.ok && reading.reason === 'out_of_range' && reading.value > INTENSITY_MAX;
    if (strength) return answerInWords(input, state, strength, pastTheTop ? null : heard, after, pastTheTop);

    if (!reading.ok) {
      // Something else told instead of the number ("my mom called and we fought") is what happened: kept now, so it
      // is neither lost nor asked for again.
      const told = !after && isIntent(input, 'WhatHappenedIntent') && heard && tellsWhatHappened(heard, { minWords: 2 }) ? heard.trim() : null;
      // Added after anything kept already: a second sentence here replaced the first, which had been said kept.
      if (told !== null) await keepWithTonight(input, state, told);
      if (state.retries < 1) {
        state.retries += 1;
        saveConversation(input, state);
        const change = isIntent(input, 'FeltChangeIntent') ? slot(input, 'change').id : null;
        const feelingNow = after && isIntent(input, 'CheckInIntent', 'CorrectFeelingIntent') ? slot(input, 'feeling').value : null;
        // No feeling named yet (the number came first, then the exercise): this one is it, kept, not only said back.
        if (feelingNow && !(await currentCheckIn(input, state))?.feeling) {
          await saveFeelingAnswer(input, state, feelingAnswer(feelingNow, slot(input, 'feeling').id));
        }
        const again =
          told !== null
            ? say.keptThatIntensityAgain()
            : change === 'better' || change === 'worse'
              ? say.changeThenNumber(change)
              : feelingNow
                ? say.feelingNowThenNumber(feelingNow)
                : say.intensityAgain(reading);
        return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
      }
      if (after) return recordIntensityAfter(input, state, null);
      state.intensitySkipped = true;
      return askNext(input, state, [say.intensityLetGo]);
    }

    if (after) return recordIntensityAfter(input, state, reading.value);
    const saved = await saveAnswer(input, state, { intensity: reading.value });
    // "7 or 8": the top, said so. From 8 the offer that follows names it.
    return askNext(input, state, reading.range && reading.value < HIGH_INTENSITY ? [say.rangeTop(reading.value)] : [], saved);
  },
};

/** The answer as heard, and the number read from it. */
function answerOf(input: HandlerInput): { heard: string | null; reading: IntensityReading } {
  // A bare number in a sentence's slot ("honestly 6", heard as WhatHappenedIntent with "6") is the number too:
  // spokenText leaves bare numbers out, as they are no sentence.
  const said = intensitySaid(input) ?? spokenText(input) ?? allSlotText(input).find((text) => /^\d+$/.test(text.trim())) ?? null;
  // The number asked as a question ("can I say 8", "would 7 be okay"), heard as a sentence about the day since its
  // question word is a carrier: the number is the answer, and is read as if said alone.
  const heard = numberAskedAbout(said) ?? said;
  // A word or two before the number ("bad 7", "rough 8", heard as a sentence about the day): the number is the answer.
  const wordsThenNumber = heard ? /^(?:[a-z']+ ){1,2}(\d{1,2})$/i.exec(heard.trim()) : null;
  const reading = parseIntensity(heard).ok || !wordsThenNumber ? parseIntensity(heard) : parseIntensity(wordsThenNumber[1]!);
  return { heard, reading };
}

/** Where on the scale words about the strength point: the slot Alexa resolved, else the words; past 10 is the top. */
function strengthOf(input: HandlerInput, reading: IntensityReading, heard: string | null): StrengthInWords | null {
  if (!reading.ok && reading.reason === 'out_of_range' && reading.value > INTENSITY_MAX) return 'top';
  const id = isIntent(input, 'StrengthIntent') ? slot(input, 'strength').id : null;
  if (id === 'top' || id === 'high' || id === 'middle' || id === 'low') return id;
  return strengthInWords(heard);
}

/**
 * How strong, said in words. Past the top of the scale ("11", "a hundred") is asked again once with the range; said
 * past the top again, it is a 10, said so, and the offer an 8 gets follows. At the top in words ("unbearable", "off the charts"): the number asked for once, as 8, 9 or 10, so the
 * record has one; a second time without a number, the offer anyway (the words kept with the feeling, and the number
 * after the exercise is the "after", not the evening's). Elsewhere on the scale, the number asked again once,
 * pointing to the part meant; a second miss lets the number go, as for any other.
 */
async function answerInWords(
  input: HandlerInput,
  state: ConversationState,
  strength: StrengthInWords,
  words: string | null,
  after: boolean,
  pastTheTop: boolean,
): Promise<Response> {
  if (pastTheTop) {
    // Asked again once with the range, like any number off the scale: a misheard "15" or "50" must not become a stored
    // 10 and an exercise offer. Said past the top a second time, it is meant: the top, said so.
    if (state.retries < 1) {
      state.retries += 1;
      saveConversation(input, state);
      const again = say.intensityAgain({ reason: 'out_of_range', value: INTENSITY_MAX + 1 });
      return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
    }
    if (after) return recordIntensityAfter(input, state, INTENSITY_MAX);
    const saved = await saveAnswer(input, state, { intensity: INTENSITY_MAX });
    return askNext(input, state, [say.pastTheTopIsTen], saved);
  }
  if (state.retries < 1) {
    state.retries += 1;
    saveConversation(input, state);
    const again = say.strengthThenNumber(strength);
    return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
  }
  if (strength === 'top' && !after && !state.exerciseOffered) {
    // The words are all there is of how strong it was.
    if (words) await keepWithFeeling(input, state, words);
    state.exerciseOffered = true;
    state.strongInWords = true;
    state.step = 'offer_exercise';
    state.retries = 0;
    saveConversation(input, state);
    return respond(input, say.offerForStrongWords);
  }
  if (after) return recordIntensityAfter(input, state, null);
  state.intensitySkipped = true;
  return askNext(input, state, [say.intensityLetGo]);
}

/** "Unbearable" after "scared": the feeling as said grows to "scared, unbearable"; with no feeling, what happened. */
async function keepWithFeeling(input: HandlerInput, state: ConversationState, words: string): Promise<void> {
  const checkIn = await currentCheckIn(input, state);
  const feeling = checkIn?.feeling;
  if (feeling?.said.toLowerCase().includes(words.toLowerCase())) return;
  const said = feeling ? `${feeling.said}, ${words}` : null;
  if (feeling && said && said.length <= FEELING_MAX_CHARS) {
    await saveAnswer(input, state, { feeling: { ...feeling, said } });
    return;
  }
  await saveAnswer(input, state, { whatHappened: addedToWhatHappened(checkIn?.whatHappened, words), whatHappenedSkipped: false });
}

/**
 * A feeling word said to "how strong?" ("worried", when "anxious" was heard) is the feeling corrected, which
 * CheckInIntentHandler takes; "low", "strong" or "bad" are tries at the number.
 */
function correctsFeeling(input: Parameters<RequestHandler['handle']>[0]): boolean {
  if (!inStep(input, 'intensity') || !isIntent(input, 'CheckInIntent')) return false;
  // With a number or without ("anxious about a 6"): CheckInIntentHandler keeps both.
  const feeling = slot(input, 'feeling').value;
  return Boolean(feeling) && !talksAboutStrength(feeling);
}
