import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../shared/store/index.js';
import { buildLambda } from '../../skill/build-lambda.js';
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

/** Runs the built bundle in a fresh Node, as the Lambda runtime would: require index.js, call handler(event, context). */
function invokeBundle(file: string, event: unknown, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `
    const { handler } = require(${JSON.stringify(file)});
    let input = '';
    process.stdin.on('data', (d) => (input += d));
    process.stdin.on('end', async () => {
      const response = await handler(JSON.parse(input), {});
      process.stdout.write(JSON.stringify(response));
    });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(JSON.stringify(event));
  });
}

describe('npm run build:lambda', () => {
  let outDir: string;
  let bundle: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'bs-lambda-build-'));
    bundle = await buildLambda(outDir);
  }, 60_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('bundles a handler that answers Alexa in a Node with nothing else installed', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-lambda-data-'));
    try {
      const caller = { userId: 'amzn1.ask.account.BUNDLED', apiEndpoint: '' };
      const r = await invokeBundle(bundle, launchRequest(caller), { DATA_DIR: dataDir, ALEXA_SKILL_ID: SKILL_ID });
      expect(r.stderr).toBe('');
      const response = JSON.parse(r.stdout) as ResponseEnvelope;
      assertAlexaValid(response);
      expect(spoken(response)).toMatch(/how are you feeling/i);
      const saved = await invokeBundle(bundle, intentRequest('CheckInIntent', { feeling: 'calm', intensity: '2' }, caller), { DATA_DIR: dataDir });
      expect(spoken(JSON.parse(saved.stdout) as ResponseEnvelope)).toMatch(/happen|today/i);
      const store = await openStore(dataDir);
      expect(await store.listCheckIns({ userId: caller.userId })).toMatchObject([{ feeling: { said: 'calm' }, intensity: 2 }]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stops at load with a message naming DATA_DIR when it is not set', async () => {
    const r = await invokeBundle(bundle, launchRequest({ userId: 'amzn1.ask.account.BUNDLED' }), {});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('DATA_DIR must be set on Lambda');
  });
});
