/**
 * The safety check runs on every slot of every request, before anything else: what it costs per text, for the short
 * answers a check-in is made of and for sentences, and what one alternation of every pattern would cost instead (the
 * reason detect.ts splits its patterns; see there). The medical-emergency check (medical.ts) runs on every slot too
 * (respond.ts), so its cost is here beside it.
 *
 *   npx tsx test/bench/safety.ts
 */
import { pathToFileURL } from 'node:url';
import { detectCrisis, normaliseForSafety, SAFETY_PATTERNS } from '../../shared/safety/detect.js';
import { detectMedicalEmergency } from '../../shared/safety/medical.js';
import { EMERGENCIES, NOT_EMERGENCIES } from '../fixtures/medical-phrases.js';
import { CRISIS, IDIOMS } from '../fixtures/safety-phrases.js';

const SHORT = ['anxious', '6', 'my boss yelled at me in the meeting', 'overwhelmed', 'tired', 'I guess so', 'pretty low', 'skip'];
const SENTENCES = [...IDIOMS, ...CRISIS];
const MEDICAL_SENTENCES = [...NOT_EMERGENCIES, ...EMERGENCIES];

function perText(texts: readonly string[], check: (text: string) => unknown): number {
  for (const text of texts) check(text);
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < 500) {
    for (const text of texts) check(text);
    rounds++;
  }
  return Math.round(((performance.now() - started) * 1000 * 100) / (rounds * texts.length)) / 100;
}

export async function benchSafety(): Promise<Record<string, string | number>> {
  const one = new RegExp(SAFETY_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'));
  const normalisedShort = SHORT.map(normaliseForSafety);
  return {
    patterns: SAFETY_PATTERNS.length,
    short_answer_us: perText(SHORT, detectCrisis),
    sentence_us: perText(SENTENCES, detectCrisis),
    one_alternation_short_answer_us: perText(normalisedShort, (text) => one.exec(text)),
    medical_short_answer_us: perText(SHORT, detectMedicalEmergency),
    medical_sentence_us: perText(MEDICAL_SENTENCES, detectMedicalEmergency),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchSafety());
}
