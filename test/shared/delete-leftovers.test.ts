/**
 * Deleting someone's data removes the temp files a killed writer left among it too: they hold the same words.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCheckIn, owner } from '../factories.js';
import { mentions, useTempStore } from './store/helpers.js';

const temp = useTempStore();

/** A temp file as writeFileAtomic names it, from a writer killed before its rename: fresh, so no sweep takes it. */
async function leftover(dir: string, of: string, said: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `.${of}.${process.pid}.0a1b2c3d.tmp`), JSON.stringify({ said }));
}

describe('deletion and temp files left by a killed writer', () => {
  it('deleteOwner removes those in the owner\'s folder and its month folders, and the account folder with its own', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn({ night: '2026-11-20', whatHappened: 'first words' }));
    await store.compact(me);
    await leftover(store.layout.ownerDir(me), 'profile.json', 'LEFTOVER profile');
    await leftover(store.layout.monthDir(me, 'checkins'), '2026-11.json', 'LEFTOVER month');
    await leftover(store.layout.accountDir(me.userId), 'auth-index.json', 'LEFTOVER index');
    await store.deleteOwner(me);
    expect(await mentions(store.dataDir, ['LEFTOVER', store.layout.accountHash(me.userId)])).toEqual([]);
  });

  it('deleting one person of an account leaves the others, and nothing of that person', async () => {
    const store = await temp.open();
    const me = owner();
    const person = { ...me, personId: 'amzn1.ask.person.GOES' };
    await store.addCheckIn(me, newCheckIn({ whatHappened: 'stays' }));
    await store.addCheckIn(person, newCheckIn({ whatHappened: 'goes' }));
    await leftover(store.layout.ownerDir(person), 'profile.json', 'LEFTOVER person');
    await store.deleteOwner(person);
    expect(await mentions(store.dataDir, ['LEFTOVER', 'goes'])).toEqual([]);
    expect((await store.listCheckIns(me)).map((c) => c.whatHappened)).toEqual(['stays']);
  });

  it('deleteAccount removes every one of the account\'s', async () => {
    const store = await temp.open();
    const me = owner();
    const person = { ...me, personId: 'amzn1.ask.person.ALSO' };
    await store.addCheckIn(me, newCheckIn());
    await store.addCheckIn(person, newCheckIn());
    await leftover(store.layout.monthDir(person, 'exercises'), '2026-11.json', 'LEFTOVER exercise');
    await leftover(store.layout.accountDir(me.userId), 'auth-index.json', 'LEFTOVER index');
    await store.deleteAccount(me.userId);
    expect(await mentions(store.dataDir, ['LEFTOVER', store.layout.accountHash(me.userId)])).toEqual([]);
    expect(await readdir(store.layout.accountsDir())).toEqual([]);
  });
});
