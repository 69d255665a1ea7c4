import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
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
