import type { RequestHandler } from 'ask-sdk-core';
import { parseIntensity } from '../../shared/intensity.js';
import { conversation, freshConversation } from '../conversation.js';
import { askNext, saveAnswer } from '../flow.js';
import { isIntent, slot } from '../predicates.js';

/**
 * A number said when no number was asked for ("Alexa, tell between sessions it's a 7"). It is kept as tonight's
 * intensity on a new entry, and the check-in asks for the feeling next.
 */
export const IntensityIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'IntensityIntent');
  },
  async handle(input) {
    const previous = conversation(input);
    const state = previous.step === 'feeling' ? previous : freshConversation(previous);
    const reading = parseIntensity(slot(input, 'intensity').value);
    if (!reading.ok) return askNext(input, state);
    const saved = await saveAnswer(input, state, { intensity: reading.value });
    return askNext(input, state, [], saved);
  },
};
