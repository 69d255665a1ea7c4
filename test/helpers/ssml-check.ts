import { z } from 'zod';
import { checkAlexaSsml, ssmlToText } from '../../shared/ssml.js';

/**
 * For skill tests: every SSML string a response envelope carries (outputSpeech and reprompt), checked with the same
 * rules Alexa applies. Use `expect(ssmlProblems(envelope)).toEqual([])` on every response a test produces.
 */

const SpeechSchema = z
  .object({ type: z.string(), ssml: z.string().optional(), text: z.string().optional() })
  .passthrough()
  .optional();

const EnvelopeSchema = z
  .object({
    response: z
      .object({
        outputSpeech: SpeechSchema,
        reprompt: z.object({ outputSpeech: SpeechSchema }).passthrough().optional(),
      })
      .passthrough(),
  })
  .passthrough();

/** Problems per speech field, prefixed with where they were found; empty when every SSML is valid. */
export function ssmlProblems(envelope: unknown): string[] {
  const parsed = EnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return [`not a response envelope: ${parsed.error.message}`];
  const { outputSpeech, reprompt } = parsed.data.response;
  const problems: string[] = [];
  for (const [where, speech] of [
    ['outputSpeech', outputSpeech],
    ['reprompt', reprompt?.outputSpeech],
  ] as const) {
    if (!speech) continue;
    if (speech.type !== 'SSML') {
      problems.push(`${where}: type ${speech.type}, expected SSML (plain text skips the escaping builder)`);
      continue;
    }
    for (const p of checkAlexaSsml(speech.ssml ?? '')) problems.push(`${where}: ${p}`);
  }
  return problems;
}

/** The spoken words of an SSML string, tags removed and entities decoded, for readable assertions. */
export function spokenText(ssml: string): string {
  return ssmlToText(ssml);
}
