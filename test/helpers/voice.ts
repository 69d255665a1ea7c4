/**
 * The real skill driven by voice: phrases resolved against the real en-US interaction model (virtual-alexa), as one
 * user, over a fresh harness per test (so through Express, every answer checked as valid SSML). `say` from
 * skill/model/resolve.ts speaks to `voice().alexa`.
 */
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach } from 'vitest';
import { VirtualAlexa } from 'virtual-alexa';
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
