import type { ErrorHandler as AskErrorHandler, HandlerInput } from 'ask-sdk-core';
import { rescue } from '../shared/store/index.js';
import { join } from '../shared/ssml.js';
import { ownerOf, type SkillDeps } from './context.js';
import { currentQuestion } from './flow.js';
import * as say from './messages/en.js';
import { allSlotText } from './predicates.js';
import { respond } from './respond.js';

/** What the user said in this request, kept in the rescue log when the store could not take it. */
async function keepWhatWasSaid(input: HandlerInput, deps: SkillDeps): Promise<boolean> {
  const words = allSlotText(input);
  if (words.length === 0 || !deps.dataDir) return false;
  const request = input.requestEnvelope.request;
  await rescue(deps.dataDir, ownerOf(input), {
    at: request.timestamp,
    requestId: request.requestId,
    intent: request.type === 'IntentRequest' ? request.intent.name : request.type,
    said: words,
  });
  return true;
}

/**
 * Logs the real error with its stack, keeps what the user said, apologises briefly and keeps the session usable by
 * asking the question the skill was waiting on.
 */
export function errorHandler(deps: SkillDeps): AskErrorHandler {
  return {
    canHandle() {
      return true;
    },
    async handle(input, error) {
      console.error(`Error handling ${input.requestEnvelope.request.type}:`, error);
      let kept = false;
      try {
        kept = await keepWhatWasSaid(input, deps);
      } catch (rescueError) {
        console.error('Could not write the rescue log either:', rescueError);
      }
      if (kept) return respond(input, { speech: say.journalUnreadable, end: true });
      let question: say.Said | null = null;
      try {
        question = await currentQuestion(input);
      } catch {
        // The store itself may be what failed; fall back to a general prompt.
      }
      const reprompt = question?.reprompt ?? question?.speech ?? say.fallback(null).reprompt!;
      return respond(input, { speech: join([say.somethingWentWrong, question?.speech ?? reprompt]), reprompt });
    },
  };
}
