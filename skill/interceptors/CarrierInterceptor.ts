import type { RequestInterceptor } from 'ask-sdk-core';
import type { Intent, IntentRequest, Request, Slot } from 'ask-sdk-model';
import { FEELING_VALUES } from '../../shared/feelings.js';
import { detectCrisis } from '../../shared/safety/detect.js';
import { carrierOf, qualifierOf, QUESTION_WORDS } from '../model/carriers.js';
import { isListedCrisisLanguage } from '../model/crisis-language.js';

const norm = (words: string) => words.toLowerCase().replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Questions to the skill about itself, said with a question word: the whole sentence, with at most a word or two
 * after it that say nothing more ("now", "please", "that"). "Can I stop feeling like this?" is not one.
 */
const ABOUT_THE_SKILL =
  /^(?:is (?:it|this|that|everything) (?:saved|recorded|stored|kept|done|over|finished|working|listening|on)|is that it|will (?:you|this|it|that) (?:remember|be saved|be kept|save|keep)|where (?:are|is|do i see|can i (?:see|find)) (?:my|the) (?:notes|entries|answers|check ins|data|records|journal|stuff)|can i (?:stop|skip|go back|delete|change|undo|cancel|start again|start over|finish|leave|quit|edit)|can you (?:repeat|say that|go back|stop|delete|change|explain)|how long (?:will|does|is) (?:this|it)|who are you|what are my options|what time is it|which one|would you (?:repeat|say that))(?: (?:now|please|here|this|that|it|then|take|again|tonight|for now|for tonight|the check in|my answer|my answers|this one|that one|that again|today))*$/;

/** Every spoken form of the FEELING slot type, whole, to its id: "so so" is one, said with the carrier "so". */
const FEELING_BY_WORDS: ReadonlyMap<string, string> = new Map(
  FEELING_VALUES.flatMap((v) => [v.value, ...v.synonyms].map((form) => [norm(form), v.id] as const)),
);

/**
 * A carrier intent ("went {event}", see skill/model/carriers.ts) as the WhatHappenedIntent it stands for, with the
 * carrier put back in front of the words ("went to the gym"); a qualifier intent ("pretty {feeling}") as the
 * CheckInIntent it stands for, with the qualifier put back ("pretty good"). A carrier whose words are, whole, a feeling
 * ("so so") is that feeling. Any other request is returned as it is.
 */
export function restoreCarrier<R extends Request>(request: R): R {
  if (request.type !== 'IntentRequest') return request;
  const intent = (request as unknown as IntentRequest).intent;
  const qualifier = qualifierOf(intent.name);
  // "Pretty" with no feeling heard is no feeling at all; "went" alone is still something that happened.
  if (qualifier !== null) return { ...request, intent: putBack(intent, 'CheckInIntent', 'feeling', qualifier, false) };
  // A topic said alone ("work"): what happened, in the words as said.
  if (intent.name === 'TopicIntent') {
    const said = intent.slots?.about?.value?.trim();
    return { ...request, intent: { name: 'WhatHappenedIntent', confirmationStatus: 'NONE', slots: { event: { name: 'event', confirmationStatus: 'NONE', ...(said ? { value: said } : {}) } } } };
  }
  const carrier = carrierOf(intent.name);
  if (carrier === null) return request;
  const restored = putBack(intent, 'WhatHappenedIntent', 'event', carrier, true);
  // A question about the skill itself ("is it saved?", "can I stop?") is not something that happened: not understood,
  // as before question words were carriers, and the question waiting is asked again. Crisis words never are.
  const said = restored.slots?.event?.value;
  if (said && QUESTION_WORDS.includes(carrier) && ABOUT_THE_SKILL.test(norm(said)) && !detectCrisis(said).crisis) {
    return { ...request, intent: { name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE', slots: {} } };
  }
  // Words that are, whole, a feeling in the slot type's list ("so so", heard as the carrier "so" and "so") are that
  // feeling, as Alexa would send it had the bare "{feeling}" sample won: a sentence about the day is never one.
  const words = restored.slots?.event?.value;
  const feelingId = words ? FEELING_BY_WORDS.get(norm(words)) : undefined;
  if (words && feelingId) return { ...request, intent: asFeeling(words, feelingId) };
  return { ...request, intent: restored };
}

/** CheckInIntent with the feeling as said, resolved to its id as entity resolution would. */
function asFeeling(words: string, id: string): Intent {
  const resolutions = {
    resolutionsPerAuthority: [{ authority: 'amzn1.er-authority.echo-sdk.FEELING', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: words, id } }] }],
  } as unknown as NonNullable<Intent['slots']>[string]['resolutions'];
  return { name: 'CheckInIntent', confirmationStatus: 'NONE', slots: { feeling: { name: 'feeling', value: words, confirmationStatus: 'NONE', resolutions } } };
}

/** The intent renamed, with `words` put back in front of the slot's value (its resolutions kept). */
function putBack(intent: Intent, name: string, slotName: string, words: string, alone: boolean): Intent {
  const slot = intent.slots?.[slotName];
  const said = slot?.value?.trim();
  const value = said ? `${words} ${said}` : alone ? words : undefined;
  return { ...intent, name, slots: { ...intent.slots, [slotName]: { confirmationStatus: 'NONE', ...slot, name: slotName, value } } };
}

/**
 * CrisisIntent as the skill reads it. Its sample "{crisis}" is a slot alone, and Alexa fills a custom slot with words off
 * its list too, so an everyday sentence can reach CrisisIntent ("I want to go to bed", "we got home at 9"): that is
 * WhatHappenedIntent, with the words in the order they were said, not a reason for the crisis line. The line stays
 * for words on the list (resolved by Alexa, or found there by the skill), words the safety check reads as crisis
 * language, and a request with no words to read: when in doubt, the line. A number said after crisis words
 * ("suicidal, 9") is the intensity, as when it is said before them.
 */
export function crisisAsRead<R extends Request>(request: R): R {
  if (request.type !== 'IntentRequest') return request;
  const intent = (request as unknown as IntentRequest).intent;
  if (intent.name !== 'CrisisIntent') return request;
  const { crisis, feeling, intensity, numberAfter } = intent.slots ?? {};
  const said = crisis?.value?.trim();
  const after = numberAfter?.value?.trim();
  if (said && said !== '?' && !isCrisisLanguage(crisis!, said)) {
    // "Anxious and ...", "9 and ...", "... 9": the words as the sample that took them says them.
    const before = feeling?.value?.trim() || intensity?.value?.trim();
    const words = [before && `${before} and`, said, after].filter(Boolean).join(' ');
    if (!detectCrisis(words).crisis) {
      const event: Slot = { name: 'event', value: words, confirmationStatus: 'NONE' };
      return { ...request, intent: { name: 'WhatHappenedIntent', confirmationStatus: 'NONE', slots: { event } } };
    }
  }
  if (!after) return request;
  const { numberAfter: number, ...slots } = intent.slots!;
  return { ...request, intent: { ...intent, slots: { ...slots, intensity: { ...number!, name: 'intensity' } } } };
}

/** Words Alexa resolved to the crisis list, or that are on it, or that the safety check reads as crisis language. */
function isCrisisLanguage(slot: Slot, words: string): boolean {
  const resolved = slot.resolutions?.resolutionsPerAuthority?.some((r) => r?.status?.code === 'ER_SUCCESS_MATCH') ?? false;
  return resolved || isListedCrisisLanguage(words) || detectCrisis(words).crisis;
}

/**
 * The request with every slot's entity resolution as Alexa documents it (resolutionsPerAuthority a list), or none:
 * the envelope guard checks a slot's words, not its resolutions, and a resolution of another shape (text, an object)
 * is no resolution. The words as said are then the answer, as they are for a value Alexa could not resolve, rather
 * than a turn failed half-way.
 */
export function withReadableResolutions<R extends Request>(request: R): R {
  if (request.type !== 'IntentRequest') return request;
  const intent = (request as unknown as IntentRequest).intent;
  const slots = intent?.slots;
  if (!slots) return request;
  const unreadable = (slot: Slot | undefined) => slot?.resolutions != null && !Array.isArray(slot.resolutions.resolutionsPerAuthority);
  if (!Object.values(slots).some(unreadable)) return request;
  const readable = Object.fromEntries(
    Object.entries(slots).map(([name, slot]) => {
      if (!unreadable(slot)) return [name, slot];
      const { resolutions: _unreadable, ...rest } = slot;
      return [name, rest];
    }),
  );
  return { ...request, intent: { ...intent, slots: readable } };
}

/**
 * Restores the carrier before the safety check and every handler see the request, so they see the words whole, and
 * takes everyday words Alexa sent as CrisisIntent as what happened; first it leaves out any entity resolution that
 * cannot be read (see withReadableResolutions).
 */
export const carrierInterceptor: RequestInterceptor = {
  process(input) {
    input.requestEnvelope.request = restoreCarrier(crisisAsRead(withReadableResolutions(input.requestEnvelope.request)));
  },
};
