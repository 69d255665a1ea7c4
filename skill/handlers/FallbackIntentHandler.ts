import type { RequestHandler } from 'ask-sdk-core';
import { conversation, saveConversation } from '../conversation.js';
import { askNext, currentQuestion } from '../flow.js';
import * as say from '../messages/en.js';
import { isIntent } from '../predicates.js';
import { respond } from '../respond.js';
import { turnOf } from '../context.js';
import { INTENTS } from '../model/intents.js';
import { rescueWhatWasSaid } from '../rescue.js';

/**
 * Something Alexa could not place: a short apology and the question the skill is waiting on, again. "The same" (an
 * answer to "how strong now?" after an exercise, IntensityAnswerHandler) and "a bit better" mean nothing anywhere
 * else but there, in an exercise and at "how are you feeling?", so elsewhere they are this.
 */
export const FallbackIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'AMAZON.FallbackIntent', 'NoChangeIntent', 'FeltChangeIntent');
  },
  async handle(input) {
    // "How are you feeling?" missed again: said differently the second time (the first apology, word for word, sounds
    // like blame by then), and the third time the check-in goes on without the word, as the intensity question does.
    const state = conversation(input);
    if (state.step === 'feeling' && isIntent(input, 'AMAZON.FallbackIntent')) {
      state.retries += 1;
      if (state.retries >= 3) {
        state.feelingDeclined = true;
        return askNext(input, state, [say.feelingLeftOut]);
      }
      if (state.retries === 2) {
        saveConversation(input, state);
        return respond(input, { speech: say.feelingStillMissed.speech, reprompt: say.feelingStillMissed.reprompt ?? say.feelingStillMissed.speech });
      }
      saveConversation(input, state);
    }
    const question = await currentQuestion(input);
    const reply = say.fallback(question?.reprompt ?? question?.speech ?? null);
    return respond(input, { speech: reply.speech, reprompt: reply.reprompt ?? reply.speech });
  },
};

const MODEL_INTENTS = new Set(INTENTS.map((intent) => intent.name));

/**
 * An intent this skill's interaction model does not have: a model deployed newer or older than the code, or one of
 * Alexa's own sent anyway (AMAZON.PauseIntent). Answered like anything Alexa could not place, not as an error; words
 * in its slots go to the rescue log, since nothing here knows what they answer. Intents the model has are left to
 * their own handlers (and a missing one to the error handler, which the tests look for).
 */
export const UnknownIntentHandler: RequestHandler = {
  canHandle(input) {
    const request = input.requestEnvelope.request;
    return request.type === 'IntentRequest' && !MODEL_INTENTS.has(request.intent?.name ?? '');
  },
  async handle(input) {
    const { dataDir } = turnOf(input);
    await rescueWhatWasSaid(input, dataDir || null).catch((error: unknown) => console.error('Could not write the rescue log:', error));
    return FallbackIntentHandler.handle(input);
  },
};
