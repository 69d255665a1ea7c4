/**
 * Every phrase the safety check answers reaches it through the interaction model: resolved to CrisisIntent, or to an
 * intent whose words (with any carrier phrase put back, as the skill does) the check reads as crisis language. A
 * phrase no sample matches would reach AMAZON.FallbackIntent, which carries no words at all, and go unanswered.
 * Idioms must not be routed to CrisisIntent.
 *
 * virtual-alexa matches samples literally, so this is stricter than Alexa's own model, never looser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IntentRequest } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { VirtualAlexa } from 'virtual-alexa';
import { detectCrisis } from '../../shared/safety/detect.js';
import { restoreCarrier } from '../../skill/interceptors/CarrierInterceptor.js';
import { matchUtterance } from '../../skill/model/resolve.js';
import { CRISIS, IDIOMS } from '../fixtures/safety-phrases.js';
import { handler } from './echoHandler.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const alexa = VirtualAlexa.Builder()
  .handler(handler)
  .interactionModelFile(path.join(repoRoot, 'skill-package/interactionModels/custom/en-US.json'))
  .create();

/** What the skill would make of the phrase: 'crisis' when it gives the crisis line, else where it went instead. */
function routed(phrase: string): string {
  const match = matchUtterance(alexa, phrase);
  if (!match) return 'AMAZON.FallbackIntent (no words reach the check)';
  if (match.intent === 'CrisisIntent') return 'crisis';
  const slots = Object.fromEntries(Object.entries(match.slots).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE' }]));
  const request = restoreCarrier({ type: 'IntentRequest', intent: { name: match.intent, slots } } as unknown as IntentRequest);
  const words = Object.values(request.intent.slots ?? {})
    .map((slot) => slot.value)
    .filter(Boolean)
    .join(' ');
  return detectCrisis(words).crisis ? 'crisis' : `${match.intent} "${words}"`;
}

describe('crisis language through the interaction model', () => {
  // Speech recognition gives plain apostrophes and lower case; the fixtures keep other spellings for the check itself.
  const spoken = [...new Set(CRISIS.map((p) => p.replace(/\u2019/g, "'").toLowerCase().replace(/[,.!?]/g, '')))];

  it.each(spoken)('"%s" reaches the crisis answer', (phrase) => {
    expect(routed(phrase)).toBe('crisis');
  });

  it.each(IDIOMS)('"%s" is not routed to CrisisIntent', (phrase) => {
    expect(matchUtterance(alexa, phrase)?.intent).not.toBe('CrisisIntent');
  });
});
