import type { RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import type { PracticeStatus } from '../../shared/schemas.js';
import { asksTheSkill } from '../advice.js';
import { turnOf } from '../context.js';
import { conversation, saveConversation } from '../conversation.js';
import { addedToWhatHappened, askNext, barrierSaid, currentCheckIn, currentQuestion, saveAnswer, saveBarrier, tellsWhatHappened } from '../flow.js';
import { join } from '../../shared/ssml.js';
import * as say from '../messages/en.js';
import { inStep, isIntent, slot, spokenText } from '../predicates.js';
import { respond } from '../respond.js';
import { classifyBarrier, classifyPracticeStatus } from '../../shared/vocabulary.js';

const STATUS_IDS: Record<string, PracticeStatus> = { done: 'done', partly: 'partly', not_today: 'not_today' };

/** A sentence about the practice itself ("my therapist said to wait"): an answer to ask about again, not the day. */
const ABOUT_THE_PRACTICE = /\b(?:practice|practise|homework|assignment|exercises?|therapist|session)\b/i;

/**
 * "Did you get to your practice?": yes / partly / not today. A skip is data, met with curiosity; "skip" itself declines
 * the question and records nothing. An answer Alexa heard as a sentence ("I kind of did it"), or words it could not
 * resolve ("never did it"), are read for their status; a short one that names none ("pretty good") is asked again,
 * with the choices; a longer one about the day ("and then we argued") is kept after what happened.
 */
export const PracticeAnswerHandler: RequestHandler = {
  canHandle(input) {
    return inStep(input, 'practice') &&
      (isIntent(input, 'PracticeStatusIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent', 'BarrierIntent') ||
        // "Pretty good", "not great": how it went, heard as a feeling. Read for a status, never taken as a new feeling.
        (isIntent(input, 'WhatHappenedIntent', 'CheckInIntent') && spokenText(input) !== null));
  },
  async handle(input) {
    const state = conversation(input);
    // "Skip" (or "I'd rather not say", "I don't know") declines the question: nothing is recorded as skipped practice.
    if (isIntent(input, 'SkipIntent')) {
      state.practiceDeclined = true;
      // Nor what got in the way, asked again after "start over": the answers given before stay.
      state.barrierAsked = true;
      state.redo = state.redo.filter((step) => step !== 'practice' && step !== 'barrier');
      return askNext(input, state);
    }
    // The status Alexa resolved; words it could not resolve ("never did it", "done and dusted") are read as a sentence
    // is. Taken as "partly", they put a status in the person's mouth, and "some of it counts" after it.
    const resolved = isIntent(input, 'PracticeStatusIntent') ? STATUS_IDS[slot(input, 'status').id ?? ''] : undefined;
    const sentence = isIntent(input, 'WhatHappenedIntent', 'CheckInIntent')
      ? (spokenText(input) ?? '')
      : isIntent(input, 'PracticeStatusIntent') && !resolved
        ? (slot(input, 'status').value ?? '')
        : null;
    // "Do you think I did ok today?": a question, not the practice done. The practice question again.
    if (sentence && isIntent(input, 'WhatHappenedIntent') && asksTheSkill(sentence)) {
      const q = await currentQuestion(input);
      return respond(input, { speech: q?.speech ?? say.keptThat, reprompt: q?.reprompt ?? q?.speech ?? say.keptThat });
    }
    const { profile } = turnOf(input);
    const planOf = async () => {
      const checkIn = await currentCheckIn(input, state);
      return checkIn ? activePlanOn(profile?.plans ?? [], checkIn.night) : null;
    };
    // What got in the way, said as the answer ("I didn't have time"): not today, for that reason, asked no further.
    if (isIntent(input, 'BarrierIntent')) {
      const { barrier, words } = barrierSaid(input);
      return saveBarrier(input, state, { planId: (await planOf())?.id ?? null, status: 'not_today', barrier, barrierSaid: words });
    }
    const status: PracticeStatus | null =
      sentence !== null
        ? classifyPracticeStatus(sentence)
        : isIntent(input, 'AMAZON.YesIntent')
          ? 'done'
          : isIntent(input, 'AMAZON.NoIntent')
            ? 'not_today'
            : (resolved ?? null);
    // Only a reason ("couldn't be bothered", "I was not in the mood"): not today, for that reason, as when Alexa hears
    // it as a barrier. It was kept as what happened before, and the question asked again as if unheard.
    const reasonOnly = status === null && sentence ? classifyBarrier(sentence) : null;
    if (reasonOnly && sentence) {
      const saved = await saveAnswer(input, state, {
        practice: { planId: (await planOf())?.id ?? null, status: 'not_today', barrier: reasonOnly, barrierSaid: sentence },
      });
      return askNext(input, state, [say.barrierAck], saved);
    }
    if (status === null) {
      const q = await currentQuestion(input);
      // Something more about the day ("and then we argued"): kept after what happened, and the question again.
      if (isIntent(input, 'WhatHappenedIntent') && sentence && !ABOUT_THE_PRACTICE.test(sentence) && tellsWhatHappened(sentence, { minWords: 3 })) {
        const before = (await currentCheckIn(input, state))?.whatHappened;
        if (!before?.includes(sentence)) await saveAnswer(input, state, { whatHappened: addedToWhatHappened(before, sentence), whatHappenedSkipped: false });
        saveConversation(input, state);
        return respond(input, { speech: join([say.keptThat, q?.speech ?? q?.reprompt ?? say.keptThat]), reprompt: q?.reprompt ?? q?.speech ?? say.keptThat });
      }
      const again = say.fallback(q?.reprompt ?? q?.speech ?? null);
      return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
    }
    const plan = await planOf();
    // The reason said in the same breath ("I tried but it was too hard") is the answer to the next question too.
    const reason = sentence && status !== 'done' ? classifyBarrier(sentence) : null;
    if (reason) {
      const saved = await saveAnswer(input, state, { practice: { planId: plan?.id ?? null, status, barrier: reason, barrierSaid: sentence } });
      return askNext(input, state, [say.barrierAck], saved);
    }
    const saved = await saveAnswer(input, state, { practice: { planId: plan?.id ?? null, status, barrier: null, barrierSaid: null } });
    return askNext(input, state, status === 'done' ? [say.practiceDoneAck(state.turns)] : [], saved);
  },
};
