/**
 * Turning typed words into the request Alexa would send, through the real interaction model (virtual-alexa's
 * sample matcher). Used by `npm run talk` and by the utterance tests, so both hear words the same way.
 *
 * virtual-alexa matches samples literally: it does not turn "seven" into 7 (the skill reads number words itself)
 * and treats AMAZON.SearchQuery as untyped.
 */
import { VirtualAlexa } from 'virtual-alexa';
import { Utterance, type IModel } from 'virtual-core';
import { carrierOf, QUESTION_WORDS } from './carriers.js';
import { AMAZON_BUILT_IN_SAMPLES } from './intents.js';

const INVOCATION = /^(?:alexa,?\s+)?(?:open|start|launch|ask|tell|talk to|begin|use)\s+between sessions\b\s*(?:to\s+)?(.*)$/i;

/**
 * Alexa's "<launch word> between sessions <request>": the request part, null for a plain launch, undefined when the
 * phrase does not invoke the skill. Done here, not by virtual-alexa's utter(), because its launch detection is an
 * unanchored /(ask|open|launch|tell)/ that misreads phrases such as "I talked to my sister" as a launch.
 */
export function requestPart(phrase: string): string | null | undefined {
  const m = INVOCATION.exec(phrase.trim());
  if (!m) return undefined;
  return m[1] ? m[1] : null;
}

/** How Alexa would hear digits a person types ("9 out of 10" is said "nine out of ten"). */
export const asSpoken = (phrase: string) => phrase.replace(/\bout of 10\b/g, 'out of ten');

/** The intent and slots a phrase matches in the model, or null when it matches no sample. */
export function matchUtterance(alexa: VirtualAlexa, phrase: string): { intent: string; slots: Record<string, string> } | null {
  const model = (alexa.context() as unknown as { interactionModel(): IModel }).interactionModel();
  const spoken = asSpoken(phrase);
  const exact = wholeSamples(model).get(sampleKey(spoken));
  if (exact) return { intent: exact, slots: {} };
  const utterance = new Utterance(model, spoken);
  if (!utterance.matched()) return null;
  const slots = utterance.toJSON() as Record<string, string>;
  // A question word said alone ("why", "how"): Alexa never fills an AMAZON.SearchQuery slot with nothing, so no sample
  // matches it there, and it is the fallback. (A carrier that is also a feeling, "rough", is the feeling on Alexa; here
  // the skill puts the carrier back and reads it as one.)
  if (QUESTION_WORDS.includes(carrierOf(utterance.intent()) ?? '') && !slots.event?.trim()) return null;
  return { intent: utterance.intent(), slots };
}

/**
 * A phrase said exactly as a sample with no slot, or as one Amazon ships with a built-in intent, is that sample's
 * intent, as on Alexa. virtual-alexa scores a carrier
 * sample with nothing in its slot ("what {event}", said "what") the same as the whole sample ("what", say that again),
 * and breaks the tie by the order of the intents; Alexa never fills an AMAZON.SearchQuery slot with nothing.
 */
const sampleKey = (words: string) => words.toLowerCase().replace(/[!"¿?|#$%/()=+\-_<>*{}·¡[\].,;:]/g, '').replace(/\s+/g, ' ').trim();

const WHOLE_SAMPLES = new WeakMap<IModel, Map<string, string>>();

function wholeSamples(model: IModel): Map<string, string> {
  let samples = WHOLE_SAMPLES.get(model);
  if (!samples) {
    samples = new Map();
    for (const intent of model.intentSchema.intents()) {
      for (const sample of model.sampleUtterances.samplesForIntent(intent.name)) {
        const key = sampleKey(sample.phrase);
        if (sample.slotCount() === 0 && !samples.has(key)) samples.set(key, intent.name);
      }
      // The samples Amazon ships with a built-in intent ("can you help me") are whole samples on Alexa too, though
      // the model file does not list them.
      for (const phrase of AMAZON_BUILT_IN_SAMPLES[intent.name] ?? []) if (!samples.has(sampleKey(phrase))) samples.set(sampleKey(phrase), intent.name);
    }
    WHOLE_SAMPLES.set(model, samples);
  }
  return samples;
}

/**
 * Sends what a person says: a launch, or the intent it matches. A phrase no sample matches goes to
 * AMAZON.FallbackIntent, as on a real device; `strict` throws instead, for tests.
 */
export async function say(alexa: VirtualAlexa, phrase: string, strict = false): Promise<unknown> {
  const request = requestPart(phrase);
  if (request === null) return alexa.launch();
  const words = request ?? phrase;
  const match = matchUtterance(alexa, words);
  if (!match) {
    if (strict) throw new Error(`"${asSpoken(words)}" matches no sample`);
    return alexa.intend('AMAZON.FallbackIntent');
  }
  return alexa.intend(match.intent, match.slots);
}
