import { INTENSITY_MAX, INTENSITY_MIN } from './limits.js';

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

export type IntensityReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'missing' | 'not_a_number' | 'out_of_range' | 'not_whole'; heard: string | null };

/**
 * Reads an intensity as Alexa delivers it (AMAZON.NUMBER gives digits, "?" when it could not tell) or as typed
 * ("seven", "a 7", "7 out of 10"). Only a whole number from 1 to 10 is accepted; anything else is reported, never
 * stored.
 */
export function parseIntensity(raw: string | null | undefined): IntensityReading {
  const heard = raw?.trim() ?? '';
  if (!heard || heard === '?') return { ok: false, reason: 'missing', heard: heard || null };
  const text = heard
    .toLowerCase()
    .replace(/\s*(out of|of|\/)\s*(10|ten)\b.*$/, '')
    .replace(/^(i'?d say|maybe|about|around|like|it'?s|probably|a|an)\s+/g, '')
    .replace(/^(a|an)\s+/, '')
    .trim();
  let value: number | undefined;
  if (/^-?\d+(\.\d+)?$/.test(text)) value = Number(text);
  else if (text in WORDS) value = WORDS[text];
  if (value === undefined || Number.isNaN(value)) return { ok: false, reason: 'not_a_number', heard };
  if (!Number.isInteger(value)) return { ok: false, reason: 'not_whole', heard };
  if (value < INTENSITY_MIN || value > INTENSITY_MAX) return { ok: false, reason: 'out_of_range', heard };
  return { ok: true, value };
}
