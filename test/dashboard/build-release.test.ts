/**
 * What `npm start` and `npm run build` print: npm start builds the dashboard first, and Vite's report (some 150 lines,
 * ending in advice to run a script this project does not have) buried the line saying where the server listens.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './app.js';
import { ROOT, withBuildLock } from './build.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` in the repository until it exits, or until `until` appears in its output (then stops it). */
function run(command: string, args: string[], env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const result: Run = { code: null, stdout: '', stderr: '' };
    const check = () => {
      // The whole process group: npm, the shell it starts and the server under it.
      if (until && until.test(result.stdout)) process.kill(-child.pid!, 'SIGTERM');
    };
    child.stdout.on('data', (d) => ((result.stdout += d), check()));
    child.stderr.on('data', (d) => (result.stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...result, code }));
  });
}

describe('npm start', () => {
  it('says in two lines that it built the dashboard and where it listens', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-start-'));
    try {
      const port = await freePort();
      const result = await withBuildLock(() =>
        run('npm', ['start', '--silent'], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir }, /listening/),
      );
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/^Built the dashboard in \d+\.\d s\.$/),
        `Between Sessions is listening on http://localhost:${port} (skill endpoint: POST /alexa; data: ${dataDir})`,
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run build', () => {
  /**
   * A copy of the dashboard beside the real one, with a mistake in a page: the build script builds the folder it sits
   * in, so this fails as a real build would, without touching the dashboard the other tests use.
   */
  function brokenDashboard(): string {
    const dir = mkdtempSync(path.join(ROOT, '.test-dashboard-'));
    for (const entry of ['src', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'releases.ts', 'build-release.ts']) {
      cpSync(path.join(ROOT, 'dashboard', entry), path.join(dir, entry), { recursive: true });
    }
    appendFileSync(path.join(dir, 'src/routes/+layout.svelte'), '\n<div {broken\n');
    writeFileSync(path.join(dir, '.gitignore'), '*\n');
    return dir;
  }

  it('--quiet still shows the whole report when the build fails, and exits non-zero', async () => {
    const dir = brokenDashboard();
    try {
      const result = await run(process.execPath, ['--import', 'tsx', path.join(dir, 'build-release.ts'), '--quiet'], {});
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/\+layout\.svelte:\d+:\d+/);
      expect(result.stderr).toMatch(/Building the dashboard failed \(vite build exited with \d+\)\.\n$/);
      expect(result.stdout).not.toMatch(/Built the dashboard/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
