import type { RequestHandler } from 'ask-sdk-core';
import { continuingCheckIn } from '../conversation.js';
import { askNext, saveAnswer, sentenceAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent, spokenText } from '../predicates.js';

/** A sentence about the day said when it was not asked for: kept on a new entry, then the check-in asks the rest. */
export const WhatHappenedIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'WhatHappenedIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const words = spokenText(input);
    if (!words) return askNext(input, state);
    const answer = sentenceAnswer(words);
    const saved = await saveAnswer(input, state, answer);
    // Said so, or the feeling question that follows sounds as if the sentence went unheard.
    return askNext(input, state, answer.whatHappened ? [say.keptThat] : [], saved);
  },
};
