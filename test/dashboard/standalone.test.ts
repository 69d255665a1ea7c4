/**
 * The dashboard run alone, as the README documents it (`PORT=… DATA_DIR=… node dashboard/build`), with nothing else
 * set: the same defaults and the same start-up checks as `npm start`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLinkCode } from '../../shared/auth.js';
import { BUILD_DIR, ensureBuilt } from './build.js';
import { makeOwner, startApp, type RunningApp } from './app.js';
import { signInHttp } from './http.js';

describe('node dashboard/build without ORIGIN', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ origin: false });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('takes a sign-in from http://localhost:PORT, the default ORIGIN, and still refuses other origins', async () => {
    const { port } = new URL(app.url);
    const owner = makeOwner();
    const { code } = await issueLinkCode(app.store, owner);
    const { res, cookie } = await signInHttp(app, code, {}, `http://localhost:${port}`);
    expect(res.status, app.logs()).toBe(303);
    expect(cookie).toMatch(/^bs_session=/);
    for (const origin of ['http://evil.example', `https://localhost:${port}`, `http://localhost:${Number(port) + 1}`]) {
      const refused = await signInHttp(app, (await issueLinkCode(app.store, owner)).code, {}, origin);
      expect(refused.res.status, origin).toBe(403);
    }
  });
});

describe('node dashboard/build with a bad environment value', () => {
  /** Runs the built dashboard alone until it exits. */
  async function runAlone(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    ensureBuilt();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-alone-'));
    try {
      return await new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BUILD_DIR], {
          env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '3000', DATA_DIR: dataDir, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.on('error', reject);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
      });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }

  it.each([
    ['XFF_DEPTH', '0', 'XFF_DEPTH: must be 1 or more'],
    ['PORT', '0x10', 'PORT: must be a port number from 1 to 65535, in digits'],
    ['ORIGIN', 'localhost:3000', 'ORIGIN: '],
  ])('%s=%s stops it with a message naming the variable and exit code 2, not a stack trace', async (name, value, message) => {
    const result = await runAlone({ [name]: value });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Invalid environment:\n {2}- /);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toMatch(/Listening/);
  });
}, 60_000);
