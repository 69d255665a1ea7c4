import { withoutControlCharacters } from '../shared/schemas.js';
import { detectMedicalEmergency } from '../shared/safety/medical.js';
import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import { conversation, type Step } from './conversation.js';

export function isRequest(input: HandlerInput, ...types: string[]): boolean {
  return types.includes(getRequestType(input.requestEnvelope));
}

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' && names.includes(request.intent.name);
}

export function intentName(input: HandlerInput): string | null {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? request.intent.name : null;
}

export function inStep(input: HandlerInput, ...steps: Step[]): boolean {
  return steps.includes(conversation(input).step);
}

function slots(input: HandlerInput): Record<string, Slot> {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? ((request as IntentRequest).intent?.slots ?? {}) : {};
}

export interface SlotReading {
  /** What Alexa heard, trimmed; null when the slot is empty. */
  value: string | null;
  /** The custom slot value id when entity resolution matched, else null. */
  id: string | null;
}

export function slot(input: HandlerInput, name: string): SlotReading {
  const s = slots(input)[name];
  // "?" is what Alexa sends for a slot it heard something in but could not make out: nothing was heard.
  const text = typeof s?.value === 'string' ? withoutControlCharacters(s.value).trim() : '';
  const value = (text !== '?' && text) || null;
  // Read defensively: a resolution without a status or a value is a malformed request, not a reason to fail the turn.
  const match = s?.resolutions?.resolutionsPerAuthority?.find((r) => r?.status?.code === 'ER_SUCCESS_MATCH');
  const id = match?.values?.[0]?.value?.id;
  return { value, id: typeof id === 'string' ? id : null };
}

/** Every non-empty slot value of the request, for safety screening and for free-text answers. */
export function allSlotText(input: HandlerInput): string[] {
  return Object.values(slots(input))
    .map((s) => (typeof s?.value === 'string' ? withoutControlCharacters(s.value).trim() : undefined))
    .filter((v): v is string => Boolean(v) && v !== '?');
}

/**
 * Words in any slot that may mean a medical emergency ("I can't stop the bleeding", "my dad has collapsed"): respond.ts
 * says the emergency number first, and says that what was said is kept, so every handler that can hear them keeps them.
 */
export function mentionsMedicalEmergency(input: HandlerInput): boolean {
  return isRequest(input, 'IntentRequest') && allSlotText(input).some(detectMedicalEmergency);
}

/**
 * The number as said: "7", or "7 or 8" for a range, whose first number the model puts in its own slot (the second, the
 * top, is the intensity slot). Read with parseIntensity, which keeps the top.
 */
export function intensitySaid(input: HandlerInput): string | null {
  const to = slot(input, 'intensity').value;
  const from = slot(input, 'rangeFrom').value;
  return from && to ? `${from} or ${to}` : to;
}

/**
 * The free text a person said when we asked an open question. Alexa routes a sentence to whichever intent fits
 * best, so the words may arrive in any intent's slot; take the longest.
 */
export function spokenText(input: HandlerInput): string | null {
  // A feeling heard with what it is about ("I'm so stressed about money"): the words together, not the longest part.
  if (isIntent(input, 'CheckInIntent')) {
    const [feeling, and, but, about] = ['feeling', 'andFeeling', 'butFeeling', 'about'].map((name) => slot(input, name).value?.trim());
    if (feeling && (and || but || about)) {
      return [feeling, and ? `and ${and}` : but ? `but ${but}` : null, about ? `about ${about}` : null].filter(Boolean).join(' ');
    }
  }
  const texts = allSlotText(input).filter((t) => !/^\d+$/.test(t));
  if (texts.length === 0) return null;
  return texts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Requests that mean the same wherever the user is (leave, help, go back, repeat, start over, breathe, a body in distress, the
 * week, the dashboard code, delete, a new practice, a reminder): state-specific handlers never take these as an answer.
 */
const GLOBAL_COMMANDS = [
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.NavigateHomeIntent',
  'ExerciseIntent',
  'BodySymptomIntent',
  'MedicalEmergencyIntent',
  'ExerciseInfoIntent',
  'CrisisIntent',
  'WeekSummaryIntent',
  'DashboardCodeIntent',
  'DeleteDataIntent',
  'ThanksIntent',
  'CorrectFeelingIntent',
  'PracticeReadBackIntent',
  'SetPracticeIntent',
  'SetReminderIntent',
];

export function isGlobalCommand(input: HandlerInput): boolean {
  return isIntent(input, ...GLOBAL_COMMANDS);
}

/** An answer to the question asked in one of these steps. */
export function isAnswerIn(input: HandlerInput, ...steps: Step[]): boolean {
  return isRequest(input, 'IntentRequest') && inStep(input, ...steps) && !isGlobalCommand(input);
}

/**
 * "I skipped it" or "I did it" (a status Alexa resolved to done or not today) is the practice, said any day, whatever
 * was asked: PracticeStatusIntentHandler takes it. "Kind of" and words Alexa could not resolve are left to the
 * question's own handler.
 */
/**
 * "Done" or "finished" said alone: to "how are you feeling?" that is how someone feels ("I'm done"), not a report on
 * the practice. It was filed as the practice done, and met with "Good. That counts."
 */
const DONE_ALONE = /^(?:i'?m |i am |so |just |totally |completely |absolutely )?(?:done|finished)$/;

export function saysOnlyDone(input: HandlerInput): boolean {
  return isIntent(input, 'PracticeStatusIntent') && DONE_ALONE.test((slot(input, 'status').value ?? '').toLowerCase().trim());
}

export function reportsPractice(input: HandlerInput): boolean {
  if (!isIntent(input, 'PracticeStatusIntent')) return false;
  const { id } = slot(input, 'status');
  return id === 'done' || id === 'not_today';
}
