/**
 * The accepting side of request verification: a request signed the way Alexa signs it is answered, through the real
 * Express app with signature and timestamp checks on, and one tampered with or replayed late is refused and touches
 * nothing. Without this, a broken middleware order in skill/app.ts would refuse all real Alexa traffic while every
 * refusal test still passed.
 *
 * Nothing is downloaded. The SDK's own SkillRequestSignatureVerifier does the check; its certificate cache is seeded,
 * for Amazon's certificate URL, with the public key of a key pair made here, as if it had downloaded and validated
 * Amazon's chain from that URL before. Everything after the download is the SDK's: the header checks, the rules for
 * the certificate URL, and the RSA-SHA256 check of the body. https.get is stubbed to fail, so a download would show.
 */
import { generateKeyPairSync, createSign } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../shared/env.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { createServer } from '../../skill/app.js';
import { createSkill } from '../../skill/skill.js';
import { intentRequest, launchRequest, newSession, spoken, type Caller } from '../helpers/alexa.js';
import { startFakeAlexaApi, type FakeAlexaApi } from '../helpers/fake-alexa-api.js';
import { assertAlexaValid } from '../helpers/skill.js';

const USER = 'amzn1.ask.account.SIGNED';
/** Where Amazon's signing certificate chain is, in the form the SDK accepts (https, s3.amazonaws.com, /echo.api/). */
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const otherKeys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

function sign(body: string, privateKey = keys.privateKey): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(privateKey, 'base64');
}

/** The SDK's verifier, holding the local key where a downloaded and validated chain would be. */
function verifierWithLocalKey(): SkillRequestSignatureVerifier {
  const verifier = new SkillRequestSignatureVerifier();
  const cache = (verifier as unknown as { certCache?: Map<string, string> }).certCache;
  // If an SDK upgrade renames its cache, say so rather than fail on a download.
  expect(cache, 'SkillRequestSignatureVerifier has no certCache map any more').toBeInstanceOf(Map);
  cache!.set(CERT_URL, keys.publicKey);
  return verifier;
}

interface Running {
  url: string;
  store: Store;
  close(): Promise<void>;
}

async function run(): Promise<Running> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-signed-'));
  const store = await openStore(dataDir);
  const env = loadEnv({ DATA_DIR: dataDir });
  const app = createServer({
    skill: createSkill({ store, env, dataDir, settingsTimeoutMs: 300 }),
    verification: { signature: true, timestamp: true },
    signatureVerifier: verifierWithLocalKey(),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alexa`,
    store,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function post(url: string, body: string, signature: string, certUrl = CERT_URL) {
  return fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', SignatureCertChainUrl: certUrl, 'Signature-256': signature },
  });
}

let api: FakeAlexaApi;
let running: Running;
const downloads = vi.spyOn(https, 'get').mockImplementation(() => {
  throw new Error('a test tried to download a certificate');
});

beforeAll(async () => {
  api = await startFakeAlexaApi();
});
afterAll(async () => {
  await api.close();
  downloads.mockRestore();
});
afterEach(async () => {
  await running?.close();
  expect(downloads).not.toHaveBeenCalled();
  downloads.mockClear();
});

const caller = (extra: Caller = {}): Caller => ({ userId: USER, apiEndpoint: api.url, ...extra });

async function nothingStored(store: Store) {
  expect(await store.listCheckIns({ userId: USER })).toEqual([]);
  expect(await store.getProfile({ userId: USER })).toBeNull();
}

/** Refused as the guard refuses: a 400 with a JSON { error } that says why. */
async function expectRefused(res: Response, reason: RegExp) {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: string };
  expect(body).toEqual({ error: expect.stringMatching(/^The request could not be verified as coming from Alexa/) });
  expect(body.error).toMatch(reason);
}

describe('a request signed as Alexa signs it, with signature and timestamp verification on', () => {
  it('is answered, and its answers are stored', async () => {
    running = await run();
    const session = newSession();
    const launch = JSON.stringify(launchRequest(caller(), session));
    const opened = await post(running.url, launch, sign(launch));
    expect(opened.status).toBe(200);
    const openedBody = (await opened.json()) as ResponseEnvelope;
    assertAlexaValid(openedBody);

    const next = { id: session.id, isNew: false, attributes: (openedBody.sessionAttributes ?? {}) as Record<string, unknown> };
    const answer = JSON.stringify(intentRequest('CheckInIntent', { feeling: 'anxious' }, caller(), next));
    const res = await post(running.url, answer, sign(answer));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ResponseEnvelope;
    assertAlexaValid(body);
    expect(spoken(body)).toMatch(/anxious/i);
    expect(await running.store.listCheckIns({ userId: USER })).toEqual([expect.objectContaining({ feeling: expect.objectContaining({ said: 'anxious' }) })]);
  });

  it('is refused with 400, touching nothing, when the body was changed after signing', async () => {
    running = await run();
    const body = JSON.stringify(intentRequest('CheckInIntent', { feeling: 'anxious' }, caller()));
    const tampered = body.replace('"anxious"', '"happy"');
    expect(tampered).not.toBe(body);
    await expectRefused(await post(running.url, tampered, sign(body)), /signature/i);
    await nothingStored(running.store);
  });

  it('is refused with 400, touching nothing, when signed with another key', async () => {
    running = await run();
    const body = JSON.stringify(intentRequest('CheckInIntent', { feeling: 'anxious' }, caller()));
    await expectRefused(await post(running.url, body, sign(body, otherKeys.privateKey)), /signature/i);
    await nothingStored(running.store);
  });

  it('is refused with 400, touching nothing, when correctly signed but older than 150 seconds', async () => {
    running = await run();
    const stale = new Date(Date.now() - 151_000).toISOString();
    const body = JSON.stringify(intentRequest('CheckInIntent', { feeling: 'anxious' }, caller({ timestamp: stale })));
    await expectRefused(await post(running.url, body, sign(body)), /timestamp/i);
    await nothingStored(running.store);
  });

  it('is refused with 400, touching nothing, when its certificate is not at Amazon\'s address', async () => {
    running = await run();
    const body = JSON.stringify(intentRequest('CheckInIntent', { feeling: 'anxious' }, caller()));
    await expectRefused(await post(running.url, body, sign(body), 'https://s3.amazonaws.com.evil.example/echo.api/cert.pem'), /host name/i);
    await nothingStored(running.store);
  });
});
