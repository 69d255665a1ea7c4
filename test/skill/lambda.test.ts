import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { expect, it } from 'vitest';
import { openStore } from '../../shared/store/index.js';
import { intentRequest, launchRequest, SKILL_ID, spoken } from '../helpers/alexa.js';
import { assertAlexaValid } from '../helpers/skill.js';

it('the same skill runs as an AWS Lambda handler, with the skill id checked', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-lambda-'));
  process.env.DATA_DIR = dataDir;
  process.env.ALEXA_SKILL_ID = SKILL_ID;
  try {
    const { handler } = await import('../../skill/lambda.js');
    const caller = { userId: 'amzn1.ask.account.LAMBDA', apiEndpoint: '' };
    const hello = (await handler(launchRequest(caller))) as ResponseEnvelope;
    assertAlexaValid(hello);
    expect(spoken(hello)).toMatch(/feeling|how are you/i);
    const r = (await handler(intentRequest('CheckInIntent', { feeling: 'calm', intensity: '2' }, caller))) as ResponseEnvelope;
    expect(spoken(r)).toMatch(/happen|today/i);
    const store = await openStore(dataDir);
    expect((await store.listCheckIns({ userId: 'amzn1.ask.account.LAMBDA' }))[0]).toMatchObject({ intensity: 2 });
    await expect(
      handler(launchRequest({ ...caller, skillId: 'amzn1.ask.skill.ffffffff-0000-4000-8000-000000000000' })),
    ).rejects.toThrow(/skill id|application/i);
  } finally {
    delete process.env.DATA_DIR;
    delete process.env.ALEXA_SKILL_ID;
    await rm(dataDir, { recursive: true, force: true });
  }
});
