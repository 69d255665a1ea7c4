/**
 * The same skill as an AWS Lambda handler, for people who host it there. Alexa's Lambda trigger verifies requests,
 * so there is no signature check here. DATA_DIR must point at persistent storage (an EFS mount): a Lambda's own
 * disk is wiped between runs.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { loadEnv } from '../shared/env.js';
import { openStore } from '../shared/store/index.js';
import { skillBuilder } from './skill.js';

// Unset, DATA_DIR would default to ./data, in the read-only folder the code is in: every request would fail.
if (!process.env.DATA_DIR) {
  throw new Error(
    'DATA_DIR must be set on Lambda, to the path where EFS is mounted (e.g. /mnt/between-sessions): a Lambda can only write /tmp, which each instance loses.',
  );
}
const env = loadEnv();
// EFS is a network file system, and several Lambda instances may write the same folder at once.
const skill = openStore(env.DATA_DIR, { networkFileSystem: true }).then((store) => {
  const builder = skillBuilder({ store, env, dataDir: env.DATA_DIR });
  if (env.ALEXA_SKILL_ID) builder.withSkillId(env.ALEXA_SKILL_ID);
  return builder.create();
});

export async function handler(event: RequestEnvelope, context?: unknown) {
  return (await skill).invoke(event, context);
}
