/** Limits shared by the skill, the dashboard forms and the store, so that all three refuse the same things. */
export const INTENSITY_MIN = 1;
export const INTENSITY_MAX = 10;
/** At or above this intensity the skill offers a body-first exercise before any reflection. */
export const HIGH_INTENSITY = 8;
/** Longest free text we keep for one answer (a feeling said in words, what happened, a barrier in the user's words). */
export const FEELING_MAX_CHARS = 120;
export const TEXT_MAX_CHARS = 2000;
/** A check-in made before this local hour belongs to the evening before. */
export const NIGHT_ROLLOVER_HOUR = 4;
export const DEFAULT_TIME_ZONE = 'America/New_York';
/**
 * Where the people of each of the skill's locales most often live: the zone "tonight" is filed in when a device's own
 * zone cannot be read and the operator has configured none. A guess, but a far better one for a user in Sydney than
 * New York, where 9 p.m. would be filed as 5 a.m. on the wrong night.
 */
export const LOCALE_TIME_ZONES: Readonly<Record<string, string>> = {
  'en-US': 'America/New_York',
  'en-CA': 'America/Toronto',
  'en-GB': 'Europe/London',
  'en-AU': 'Australia/Sydney',
  'en-IN': 'Asia/Kolkata',
};
