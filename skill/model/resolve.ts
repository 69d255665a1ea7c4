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
import { AMAZON_BUILT_IN_SAMPLES, CRISIS_SLOT, NUMBER_AFTER } from './intents.js';

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
  if (exact) return { intent: exact.intent, slots: exact.slot ? { [exact.slot]: spokenWords(spoken) } : {} };
  const crisisThenNumber = crisisWithNumber(model, spoken);
  if (crisisThenNumber) return crisisThenNumber;
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
 *
 * So is a crisis sentence said whole ("nobody would miss me"): CrisisIntent, its words in {crisis}. The sentences were
 * whole samples until they became the values of that slot, which is a sample on its own, so that Alexa sends the words;
 * Alexa learns a slot's values as it learns samples, and hears them as before. virtual-alexa scores a sample that is a
 * slot alone 0, below any carrier that opens the phrase ("nobody {event}"). Other slots that are samples on their own
 * ("{strength}", said "the worst") are left to its scoring, as the utterance tables expect.
 */
const sampleKey = (words: string) => words.toLowerCase().replace(/[!"¿?|#$%/()=+\-_<>*{}·¡[\].,;:]/g, '').replace(/\s+/g, ' ').trim();

/** The words as Alexa puts them in a slot: the phrase as said, without the punctuation virtual-alexa strips. */
const spokenWords = (phrase: string) => phrase.replace(/[!"¿?|#$%/()=+\-_<>*{}·¡[\].,;:]/g, '').replace(/\s+/g, ' ').trim();

/** The intent a whole phrase is, and the slot it fills when it is a value of a slot that is a sample on its own. */
interface WholeMatch {
  intent: string;
  slot?: string;
}

const WHOLE_SAMPLES = new WeakMap<IModel, Map<string, WholeMatch>>();

function wholeSamples(model: IModel): Map<string, WholeMatch> {
  let samples = WHOLE_SAMPLES.get(model);
  if (!samples) {
    samples = new Map();
    const claim = (phrase: string, match: WholeMatch) => {
      if (!samples!.has(sampleKey(phrase))) samples!.set(sampleKey(phrase), match);
    };
    for (const intent of model.intentSchema.intents()) {
      for (const sample of model.sampleUtterances.samplesForIntent(intent.name)) {
        if (sample.slotCount() === 0) claim(sample.phrase, { intent: intent.name });
      }
      // The samples Amazon ships with a built-in intent ("can you help me") are whole samples on Alexa too, though
      // the model file does not list them.
      for (const phrase of AMAZON_BUILT_IN_SAMPLES[intent.name] ?? []) claim(phrase, { intent: intent.name });
    }
    // After every whole sample, which Alexa matches word for word.
    const crisis = model.slotTypes?.slotType(CRISIS_SLOT.type);
    for (const value of crisis?.values ?? []) {
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) claim(phrase, { intent: 'CrisisIntent', slot: CRISIS_SLOT.name });
    }
    WHOLE_SAMPLES.set(model, samples);
  }
  return samples;
}

/**
 * A crisis sentence said whole with the number after it ("pretty suicidal 9"): "{crisis} {numberAfter}". virtual-alexa
 * cannot match two slots side by side (its first takes every word), so this one sample is matched here.
 */
function crisisWithNumber(model: IModel, spoken: string): { intent: string; slots: Record<string, string> } | null {
  const split = /^(.+)\s+(\S+)$/.exec(spokenWords(spoken));
  if (!split) return null;
  const [, words = '', number = ''] = split;
  const sample = `{${CRISIS_SLOT.name}} {${NUMBER_AFTER.name}}`;
  if (!model.sampleUtterances.samplesForIntent('CrisisIntent').some((s) => s.phrase === sample)) return null;
  if (wholeSamples(model).get(sampleKey(words))?.slot !== CRISIS_SLOT.name) return null;
  if (!model.slotTypes?.matchesSlot('AMAZON.NUMBER', number).matches) return null;
  return { intent: 'CrisisIntent', slots: { [CRISIS_SLOT.name]: words, [NUMBER_AFTER.name]: number } };
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
