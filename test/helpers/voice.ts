/**
 * The real skill driven by voice: phrases resolved against the real en-US interaction model (virtual-alexa), as one
 * user, over a fresh harness per test (so through Express, every answer checked as valid SSML). `say` from
 * skill/model/resolve.ts speaks to `voice().alexa`.
 */
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach } from 'vitest';
import { VirtualAlexa } from 'virtual-alexa';
import { say } from '../../skill/model/resolve.js';
import { type SkillHarness, skillHarness } from './skill.js';

const MODEL = path.resolve(import.meta.dirname, '../../skill-package/interactionModels/custom/en-US.json');

export interface Voice {
  h: SkillHarness;
  alexa: VirtualAlexa;
}

/** Registers the hooks; call the returned function inside a test for this test's harness and Alexa. */
export function withVoice(userId: string): () => Voice {
  let current: Voice | undefined;
  beforeEach(async () => {
    const h = await skillHarness();
    // Through the harness: the request JSON posted to the real Express app, and every answer checked as valid SSML.
    const alexa = VirtualAlexa.Builder()
      .handler((event: RequestEnvelope) => h.send(event))
      .interactionModelFile(MODEL)
      .create();
    alexa.filter((request: RequestEnvelope) => {
      request.context.System.user.userId = userId;
      if (request.session) request.session.user.userId = userId;
      // No settings API: the zone falls back at once.
      request.context.System.apiEndpoint = '';
    });
    current = { h, alexa };
  });
  afterEach(async () => {
    await current?.h.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('withVoice: only inside a test');
    return current;
  };
}

/** What Alexa answered to the last phrase of an evening, as much of it as the voice tests look at. */
export interface Reply {
  response: { outputSpeech?: { ssml?: string }; card?: { title?: string }; shouldEndSession?: boolean };
}

/**
 * An evening said aloud, phrase by phrase, through the model: resolves to Alexa's last reply. Strict by default: a
 * phrase no sample matches fails the test (the launch aside); with `strict: false` it reaches the skill as
 * AMAZON.FallbackIntent, as on an Echo.
 */
export function speakOf(voice: () => Voice, { strict = true } = {}): (...phrases: string[]) => Promise<Reply> {
  return async (...phrases) => {
    let last: unknown;
    for (const phrase of phrases) last = await say(voice().alexa, phrase, strict && phrase !== 'open between sessions');
    return last as Reply;
  };
}

/** The same, resolving to what Alexa said last (its SSML). */
export function eveningOf(voice: () => Voice, options: { strict?: boolean } = {}): (...phrases: string[]) => Promise<string> {
  const speak = speakOf(voice, options);
  return async (...phrases) => (await speak(...phrases)).response.outputSpeech?.ssml ?? '';
}
