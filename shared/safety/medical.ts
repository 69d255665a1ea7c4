import { normaliseForSafety } from './detect.js';

/**
 * Words that say a medical emergency is happening now, to the user or to someone with them: "I think I'm having a
 * heart attack", "my dad's having a stroke", "call an ambulance". The skill cannot help with these and must not
 * carry on with a check-in as if nothing was said (it kept "I think I'm having a heart attack" as what happened and
 * asked how the user felt). The answer is the local emergency number, and the session ends so they can call.
 *
 * Deliberately narrow: it is happening now ("is having", not "had"), and it names the emergency. Words about the body
 * that may be panic ("my chest is tight", "I can't breathe") go to BodySymptomIntent, which gives the number first and
 * then breathes with them; self-harm, an overdose included, is the crisis line's (detect.ts), which is checked first.
 */
const EMERGENCY = String.raw`(?:heart attack|stroke(?! of)|seizure|allergic reaction|anaphylactic (?:reaction|shock)|asthma attack|diabetic (?:coma|emergency))`;

const PATTERNS: RegExp[] = [
  // Happening now, to me or to someone here: "i am having", "am i having", "my dad's having", "she is having".
  new RegExp(String.raw`\b(?:i am|am i|is|'s|are|we are|they are|you are|think i am|might be|may be|could be)(?: \w+)? (?:having|getting) (?:a |an )?${EMERGENCY}\b`),
  new RegExp(String.raw`\b(?:call|get|send|need|want|phone|ring)(?: me| us)? (?:an? )?ambulance\b`),
  /\b(?:call|phone|ring|dial) (?:9 ?1 ?1|nine one one|9 ?9 ?9|nine nine nine|0 ?0 ?0|triple zero|1 ?1 ?2|one one two|emergency services|the paramedics|paramedics)\b/,
];

export function detectMedicalEmergency(text: string): boolean {
  const s = normaliseForSafety(text);
  return PATTERNS.some((pattern) => pattern.test(s));
}
