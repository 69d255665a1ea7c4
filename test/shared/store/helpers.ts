import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { JsonStore } from '../../../shared/store/JsonStore.js';

/** A fresh DATA_DIR per test under the OS temp folder, removed afterwards. */
export function useTempStore(): { dir: () => string; store: () => JsonStore; open: () => Promise<JsonStore> } {
  let dir: string | undefined;
  let store: JsonStore | undefined;
  const created: string[] = [];
  afterEach(async () => {
    await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    dir = undefined;
    store = undefined;
  });
  return {
    dir: () => {
      if (!dir) throw new Error('call open() first');
      return dir;
    },
    store: () => {
      if (!store) throw new Error('call open() first');
      return store;
    },
    open: async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'bs-store-'));
      created.push(dir);
      // durable: false only to keep the suite fast; the bench measures the durable default.
      store = new JsonStore(path.join(dir, 'data'), { durable: false });
      await store.init();
      dir = store.dataDir;
      return store;
    },
  };
}

/** Every file under a folder (recursively), with its path relative to the folder. */
export async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  async function visit(dir: string): Promise<void> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      out.push(path.relative(root, full));
      if ((await stat(full)).isDirectory()) await visit(full);
    }
  }
  await visit(root);
  return out;
}

/** Paths (names or contents) under root that mention any of the needles: the "grep the data dir" check. */
export async function mentions(root: string, needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const rel of await walk(root)) {
    const full = path.join(root, rel);
    const content = (await stat(full)).isFile() ? await readFile(full, 'utf8') : '';
    if (needles.some((needle) => rel.includes(needle) || content.includes(needle))) hits.push(rel);
  }
  return hits;
}
