import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { rescue } from '../../../shared/store/index.js';
import { owner } from '../../factories.js';
import { useTempStore } from './helpers.js';

/**
 * The rescue log takes no lock (whatever broke the store must not also stop it), while a removal from it moves the
 * log aside, reads the copy and appends the other lines back. A writer that opened the log just before the move writes
 * into the copy; if the removal has already read the copy, the line goes when the copy is removed. Here the removal
 * runs exactly in that gap: between the writer's open and its append.
 */
const between: { open?: (() => Promise<void>) | undefined } = {};

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
    const handle = await real.open(...args);
    const hook = between.open;
    if (hook && args[1] === 'a' && String(args[0]).endsWith('.jsonl')) {
      between.open = undefined;
      await hook();
    }
    return handle;
  };
  return { ...real, open, default: { ...real, open } };
});

const temp = useTempStore();

describe('a removal from the rescue log racing a new line', () => {
  it('loses neither the new words nor anyone else’s, and the removed line stays removed', async () => {
    const store = await temp.open();
    const account = owner();
    await rescue(store.dataDir, account, { said: ['words to remove'] });
    await rescue(store.dataDir, account, { said: ['older words'] });
    const toRemove = (await store.keptAside(account)).find((line) => JSON.stringify(line.payload).includes('words to remove'))!;

    let removed: boolean | undefined;
    between.open = async () => {
      removed = await store.dropKeptAside(account, toRemove.id);
    };
    await rescue(store.dataDir, account, { said: ['said while it was being removed'] });

    expect(removed).toBe(true);
    const said = (await store.keptAside(account)).map((line) => (line.payload as { said: string[] }).said[0]);
    expect(said).toEqual(['said while it was being removed', 'older words']);
  });

  it('a person deleted in that gap loses their old words, and what they just said is kept', async () => {
    const store = await temp.open();
    const account = owner();
    const robin = { ...account, personId: 'amzn1.ask.person.ROBIN' };
    await rescue(store.dataDir, robin, { said: ['robin before'] });
    await rescue(store.dataDir, account, { said: ['the account'] });

    between.open = async () => {
      await store.deleteOwner(robin);
    };
    await rescue(store.dataDir, robin, { said: ['robin after'] });

    const saidBy = async (who: typeof robin | typeof account) =>
      (await store.keptAside(who)).map((line) => (line.payload as { said: string[] }).said[0]);
    expect(await saidBy(robin)).toEqual(['robin after']);
    expect(await saidBy(account)).toEqual(['the account']);
  });
});
