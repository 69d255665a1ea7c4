import type { RequestHandler } from 'ask-sdk-core';
import { parseIntensity } from '../../shared/intensity.js';
import { conversation, saveConversation } from '../conversation.js';
import { addedToWhatHappened, askNext, currentCheckIn, keepOnSkip, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { isAnswerIn, isIntent, slot, spokenText } from '../predicates.js';
import { respond } from '../respond.js';

/** "skip", "no", "pass", "nothing much": a choice, kept as one. */
const SKIPPING_INTENTS = ['SkipIntent', 'AMAZON.NoIntent'];

/**
 * The answer to "what happened today?". Free speech can land in any intent's slot, so whatever words came are
 * kept as said; "skip" and "no" are answers too.
 */
export const WhatHappenedAnswerHandler: RequestHandler = {
  canHandle(input) {
    // A number is not what happened but the intensity said again ("no wait, more like a 5"): IntensityIntentHandler.
    return isAnswerIn(input, 'what_happened') && !(isIntent(input, 'IntensityIntent') && parseIntensity(slot(input, 'intensity').value).ok);
  },
  async handle(input) {
    const state = conversation(input);
    // Words said in declining the exercise are already kept: this answer goes after them, and a skip keeps them. The
    // question stays "anything else?" until an answer comes: a misheard reply in between must not turn the next one
    // into a replacement for what was kept.
    // Words kept there any other way are kept too: only "start over", which asks it again, lets the answer replace them.
    const replacing = state.redo.includes('what_happened') && !state.askHappened;
    const after = replacing ? null : ((await currentCheckIn(input, state))?.whatHappened ?? null);
    const notReally = isIntent(input, 'PracticeStatusIntent') && slot(input, 'status').id === 'not_today';
    if ((isIntent(input, ...SKIPPING_INTENTS) || notReally) && after) {
      state.askHappened = false;
      return askNext(input, state);
    }
    if (isIntent(input, ...SKIPPING_INTENTS) || notReally) {
      state.askHappened = false;
      const checkIn = await currentCheckIn(input, state);
      const kept = keepOnSkip(state, 'what_happened', checkIn?.whatHappenedSkipped ? true : (checkIn?.whatHappened ?? null));
      if (kept) return askNext(input, state, [kept], checkIn ?? undefined);
      const saved = await saveAnswer(input, state, { whatHappenedSkipped: true });
      return askNext(input, state, [], saved);
    }
    // "Yes" (there is something to tell): the question was heard as a yes-or-no one. Listen for it.
    if (isIntent(input, 'AMAZON.YesIntent') && state.retries < 1) {
      state.retries += 1;
      saveConversation(input, state);
      return respond(input, { speech: say.goAhead, reprompt: say.askWhatHappened(state.turns).reprompt ?? say.goAhead });
    }
    const words = spokenText(input);
    if (words) {
      state.askHappened = false;
      const saved = await saveAnswer(input, state, { whatHappened: addedToWhatHappened(after, words), whatHappenedSkipped: false });
      return askNext(input, state, [], saved);
    }
    // Nothing usable came through (a fallback): ask once more with a hint, then move on without losing the rest.
    if (state.retries < 1) {
      state.retries += 1;
      saveConversation(input, state);
      const q = after && !state.dayUntold ? say.askAnythingElseToday : say.askWhatHappened(state.turns);
      return respond(input, { speech: say.fallback(q.reprompt ?? q.speech).speech, reprompt: q.reprompt ?? q.speech });
    }
    state.askHappened = false;
    state.happenedLetGo = true;
    return askNext(input, state);
  },
};
