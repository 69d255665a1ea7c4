import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JsonStore } from '../../../shared/store/JsonStore.js';
import { owner } from '../../factories.js';
import { useTempStore } from './helpers.js';

const temp = useTempStore();
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/**
 * Runs worker.ts in `acks` mode on the store and kills it with SIGKILL once it has acknowledged `killAfter` changes:
 * wherever that lands (mid-append, mid-compaction, between the two), every acknowledged change must be there.
 */
function runAndKill(dataDir: string, userId: string, killAfter: number): Promise<{ added: Map<string, string>; updated: Set<string> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'worker.ts'), dataDir, 'acks', '100000', userId, 'K'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const added = new Map<string, string>();
    const updated = new Set<string>();
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      let newline: number;
      while ((newline = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, newline);
        out = out.slice(newline + 1);
        if (line === 'ready') child.stdin.end('go\n');
        const [what, id, said] = line.split(' ');
        if (what === 'added' && id && said) added.set(id, said);
        if (what === 'updated' && id) updated.add(id);
        if (updated.size + added.size >= killAfter && !child.killed) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve({ added, updated }) : reject(new Error(`worker exited ${code}: ${err}`))));
    child.on('error', reject);
  });
}

describe('a process killed while writing', () => {
  it('loses nothing it acknowledged, and the next process folds what it left', { timeout: 120_000 }, async () => {
    const store = await temp.open();
    const me = owner();
    // Three kills at different points, each after a run long enough to have compacted several times.
    for (const killAfter of [157, 211, 330]) {
      const before = new Set((await store.listCheckIns(me)).map((c) => c.id));
      const { added, updated } = await runAndKill(store.dataDir, me.userId, killAfter);
      const fresh = new JsonStore(store.dataDir, { durable: false });
      const all = await fresh.listCheckIns(me);
      const byId = new Map(all.map((c) => [c.id, c]));
      expect(byId.size).toBe(all.length);
      for (const [id, said] of added) expect(byId.get(id)?.whatHappened, id).toBe(said);
      for (const id of updated) expect(byId.get(id)?.intensityAfter, id).toBe(3);
      // Nothing appeared that was neither there before nor written by the worker (at most its last, unacknowledged add).
      const unexplained = all.filter((c) => !before.has(c.id) && !added.has(c.id));
      expect(unexplained.length).toBeLessThanOrEqual(1);

      // Whatever the kill left (a sealed journal, a torn line), the next compaction folds it, and reads agree.
      await fresh.compact(me);
      expect(await fresh.listCheckIns(me)).toEqual(all);
    }
  });
});
