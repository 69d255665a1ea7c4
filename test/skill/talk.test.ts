import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../shared/store/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function talk(lines: string[], dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'skill/talk.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', () => resolve(out));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

it('npm run talk holds a real conversation through the interaction model and stores it', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-talk-'));
  try {
    const out = await talk(
      ['open between sessions', "I'm feeling pretty anxious", 'seven', 'I had a fight with my sister', 'what can I say', 'quit'],
      dataDir,
    );
    expect(out).toMatch(/How are you feeling|main feeling|how are you/i);
    expect(out).toMatch(/1 to 10/);
    expect(out).toMatch(/What happened today|from today|today like/i);
    expect(out).toMatch(/saved/i);
    expect(out).not.toMatch(/AWS SDK/);
    const store = await openStore(dataDir);
    const [entry] = await store.listCheckIns({ userId: 'amzn1.ask.account.TERMINAL' });
    expect(entry).toMatchObject({ intensity: 7, feeling: { family: 'Fearful' } });
    expect(entry?.whatHappened).toContain('fight with my sister');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}, 60_000);

describe('npm run talk, started wrongly or asked for help', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'skill/talk.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: path.join(tmpdir(), 'bs-talk-unused'), ...env },
      input: 'quit\n',
      encoding: 'utf8',
    });

  it('names the locales it speaks when LOCALE is not one of them, without a stack', () => {
    const result = run([], { LOCALE: 'en-NZ' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'LOCALE en-NZ is not one the skill speaks: set LOCALE to en-US, en-GB, en-CA, en-AU or en-IN, or leave it unset for ' +
        'en-US (an Echo elsewhere uses one of these, such as en-AU in New Zealand).',
    );
  });

  it('--help says what LOCALE and DATA_DIR do', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/LOCALE +the Echo's language and country: en-US, en-GB, en-CA, en-AU, en-IN \(default en-US\)/);
    expect(result.stdout).toMatch(/DATA_DIR/);
  });
}, 30_000);
