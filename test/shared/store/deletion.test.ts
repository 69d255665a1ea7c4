import { appendFile, readFile, rename, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rescue } from '../../../shared/store/index.js';
import { sha256 } from '../../../shared/store/layout.js';
import type { Owner } from '../../../shared/schemas.js';
import { JsonStore } from '../../../shared/store/JsonStore.js';
import { newCheckIn, newExercise, owner, plan } from '../../factories.js';
import { mentions, useTempStore, walk } from './helpers.js';

const temp = useTempStore();
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Gives an owner one of everything the store can hold. */
async function fill(store: JsonStore, who: Owner, tag: string): Promise<void> {
  const c = await store.addCheckIn(who, newCheckIn({ whatHappened: `${tag} said this` }));
  await store.addCheckIn(who, newCheckIn({ night: '2024-11-02' }));
  // Some of it folded into month files, some still in the journal.
  await store.compact(who);
  await store.updateCheckIn(who, c.id, { whatHappened: `${tag} said this, and more` });
  await store.addExercise(who, newExercise({ checkInId: c.id }));
  await store.updateProfile(who, (p) => ({ ...p, plans: [plan({ why: `${tag} why` })] }));
  await store.saveSession({ tokenHash: sha256(`${tag}-token`), owner: who, createdAt: new Date().toISOString(), expiresAt: later(60) });
  await store.saveLinkCode({ id: sha256(tag).slice(0, 3), secretHash: sha256(`${tag}-secret`), owner: who, createdAt: new Date().toISOString(), expiresAt: later(10), failedAttempts: 0, usedAt: null });
  await rescue(store.dataDir, who, { said: `${tag} rescued` });
}

describe('deletion leaves nothing of the user', () => {
  it('deleteAccount removes every person, codes, sessions and the rescue file', async () => {
    const store = await temp.open();
    const account = owner({ userId: 'amzn1.ask.account.DELETE-ME' });
    const person = { ...account, personId: 'amzn1.ask.person.DELETE-ME-TOO' };
    const bystander = owner({ userId: 'amzn1.ask.account.STAYS' });
    await fill(store, account, 'acct');
    await fill(store, person, 'person');
    await fill(store, bystander, 'bystander');
    const needles = [account.userId, sha256(account.userId), person.personId, sha256(person.personId), 'acct said', 'person said'];
    expect((await mentions(store.dataDir, needles)).length).toBeGreaterThan(5);

    await store.deleteAccount(account.userId);

    expect(await mentions(store.dataDir, needles)).toEqual([]);
    expect(await store.ownersOf(account.userId)).toEqual([]);
    expect(await store.listCheckIns(person)).toEqual([]);
    expect(await store.getSession(sha256('acct-token'))).toBeNull();
    expect(await store.getLinkCode(sha256('person').slice(0, 3))).toBeNull();
    // The bystander is untouched.
    expect(await store.listCheckIns(bystander)).toHaveLength(2);
    expect(await store.getSession(sha256('bystander-token'))).toMatchObject({ owner: bystander });
    expect(await store.getLinkCode(sha256('bystander').slice(0, 3))).toMatchObject({ owner: bystander });
    expect(await readFile(store.layout.rescueFile(bystander.userId), 'utf8')).toContain('bystander rescued');
    // Nothing half-deleted is left waiting in the trash or the lock folder.
    expect((await walk(store.dataDir)).filter((p) => p.startsWith('trash/') || p.startsWith('locks/'))).toEqual([]);
  });

  it('deleteOwner removes one person and keeps the others on the account', async () => {
    const store = await temp.open();
    const account = owner();
    const alex = { ...account, personId: 'amzn1.ask.person.ALEX-DELETES' };
    const sam = { ...account, personId: 'amzn1.ask.person.SAM-STAYS' };
    await fill(store, alex, 'alex');
    await fill(store, sam, 'sam');
    await fill(store, account, 'default');

    await store.deleteOwner(alex);

    expect(await mentions(store.dataDir, [alex.personId, sha256(alex.personId), 'alex said', 'alex why', 'alex rescued'])).toEqual([]);
    expect(await store.exportOwner(alex)).toEqual({ profile: null, checkIns: [], exercises: [], rescued: [] });
    expect(await store.getSession(sha256('alex-token'))).toBeNull();
    const owners = await store.ownersOf(account.userId);
    expect(owners).toHaveLength(2);
    expect(owners).toEqual(expect.arrayContaining([account, sam]));
    expect(await store.listCheckIns(sam)).toHaveLength(2);
    expect(await store.getSession(sha256('sam-token'))).toMatchObject({ owner: sam });
    const rescued = await readFile(store.layout.rescueFile(account.userId), 'utf8');
    expect(rescued).toContain('sam rescued');
    expect(rescued).toContain('default rescued');
  });

  it('deleting the last owner one by one removes the account folder too', async () => {
    const store = await temp.open();
    const account = owner();
    const person = { ...account, personId: 'amzn1.ask.person.LAST' };
    await fill(store, account, 'a');
    await fill(store, person, 'p');
    await store.deleteOwner(person);
    await store.deleteOwner(account);
    expect(await mentions(store.dataDir, [account.userId, sha256(account.userId), person.personId])).toEqual([]);
  });

  it('a locator reused by another account is not deleted with the old one', async () => {
    const store = await temp.open();
    const first = owner();
    const second = owner();
    const code = (who: Owner, expiresAt: string) => ({ id: '555', secretHash: sha256(who.userId), owner: who, createdAt: new Date().toISOString(), expiresAt, failedAttempts: 0, usedAt: null });
    await store.saveLinkCode(code(first, new Date(Date.now() - 1000).toISOString()));
    // The first code expired; the same locator now belongs to someone else.
    await store.saveLinkCode(code(second, later(10)));
    await store.deleteAccount(first.userId);
    expect(await store.getLinkCode('555')).toMatchObject({ owner: second });
  });

  it('an owner deleted and starting again reads only their new entries', async () => {
    // Regression: the journal's reader kept the offset it had read up to, keyed by inode. Once deleted, the journal's
    // inode number can be reused for the new one, and the reader went on from the old offset, in the middle of a line,
    // and called the new journal corrupt. Whether the file system reuses the number cannot be forced from here, so the
    // second half writes the new journal into the old file in place, which keeps the inode for certain.
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn({ whatHappened: null }));
    expect(await store.listCheckIns(me)).toHaveLength(1);
    await store.deleteOwner(me);
    const longer = `after, and a longer line: ${'x'.repeat(400)}`;
    const fresh = await store.addCheckIn(me, newCheckIn({ whatHappened: longer }));
    expect((await store.listCheckIns(me)).map((c) => c.whatHappened)).toEqual([longer]);

    const journal = path.join(store.layout.ownerDir(me), 'journal.jsonl');
    const other = JSON.parse((await readFile(journal, 'utf8')).trim()) as { record: { id: string } };
    const replaced = { ...other, entryId: crypto.randomUUID(), record: { ...other.record, id: crypto.randomUUID(), whatHappened: `${longer}, again` } };
    await truncate(journal, 0);
    await appendFile(journal, `${JSON.stringify(replaced)}\n`);
    const now = await store.listCheckIns(me);
    expect(now.map((c) => c.whatHappened)).toEqual([`${longer}, again`]);
    expect(now.map((c) => c.id)).not.toContain(fresh.id);
  });

  it('deleting what does not exist is not an error', async () => {
    const store = await temp.open();
    await expect(store.deleteAccount(owner().userId)).resolves.toBeUndefined();
    await expect(store.deleteOwner(owner({ personId: 'nobody' }))).resolves.toBeUndefined();
    await expect(store.deleteSessionsOf(owner())).resolves.toBeUndefined();
  });
});

describe('one entry deleted or corrected leaves nothing of the old words', () => {
  it('deleteCheckIn removes the words from the journal and from the month file at once', async () => {
    const store = await temp.open();
    const me = owner();
    // One folded into its month file, one still only in the journal.
    const folded = await store.addCheckIn(me, newCheckIn({ whatHappened: 'folded-regret words' }));
    await store.compact(me);
    const fresh = await store.addCheckIn(me, newCheckIn({ whatHappened: 'journal-regret words' }));
    await store.addCheckIn(me, newCheckIn({ whatHappened: 'kept words' }));
    expect(await mentions(store.dataDir, ['folded-regret', 'journal-regret'])).toHaveLength(2);

    expect(await store.deleteCheckIn(me, folded.id)).toBe(true);
    expect(await store.deleteCheckIn(me, fresh.id)).toBe(true);

    expect(await mentions(store.dataDir, ['folded-regret', 'journal-regret'])).toEqual([]);
    expect((await store.listCheckIns(me)).map((c) => c.whatHappened)).toEqual(['kept words']);
  });

  it('deleteCheckIn with the time the entry was shown deletes nothing when it has changed since', async () => {
    const store = await temp.open();
    const me = owner();
    const shown = await store.addCheckIn(me, newCheckIn({ whatHappened: null }));
    await store.updateCheckIn(me, shown.id, { whatHappened: 'said by voice after the page opened' });

    expect(await store.deleteCheckIn(me, shown.id, { ifUpdatedAt: shown.updatedAt })).toBe(false);
    expect(await store.getCheckIn(me, shown.id)).toMatchObject({ whatHappened: 'said by voice after the page opened' });
    const now = await store.getCheckIn(me, shown.id);
    expect(await store.deleteCheckIn(me, shown.id, { ifUpdatedAt: now!.updatedAt })).toBe(true);
    expect(await store.getCheckIn(me, shown.id)).toBeNull();
  });

  it('deleteCheckIn takes the exercises done in that entry with it, and leaves the others', async () => {
    const store = await temp.open();
    const me = owner();
    const entry = await store.addCheckIn(me, newCheckIn({ night: '2024-11-05', whatHappened: 'a panic at the shops' }));
    const other = await store.addCheckIn(me, newCheckIn({ night: '2024-11-05' }));
    // One folded into its month file, one still in the journal; one linked only by the entry's list, as the skill links.
    const breathing = await store.addExercise(me, newExercise({ night: '2024-11-05', checkInId: entry.id, intensityBefore: 9, intensityAfter: 5 }));
    await store.compact(me);
    const grounding = await store.addExercise(me, newExercise({ night: '2024-11-05', checkInId: entry.id }));
    const listed = await store.addExercise(me, newExercise({ night: '2024-11-06', checkInId: null }));
    await store.updateCheckIn(me, entry.id, { exerciseIds: [breathing.id, grounding.id, listed.id] });
    const onItsOwn = await store.addExercise(me, newExercise({ night: '2024-11-05', checkInId: null }));
    const others = await store.addExercise(me, newExercise({ night: '2024-11-05', checkInId: other.id }));

    expect(await store.deleteCheckIn(me, entry.id)).toBe(true);

    expect((await store.listExercises(me)).map((e) => e.id).sort()).toEqual([onItsOwn.id, others.id].sort());
    expect(JSON.stringify((await store.exportOwner(me)).exercises)).not.toContain(entry.id);
  });

  it('deleteCheckIn drops what the rescue log kept aside of that entry (words too long for it), and nothing else', async () => {
    const store = await temp.open();
    const me = owner();
    const entry = await store.addCheckIn(me, newCheckIn({ whatHappened: 'the start of it' }));
    await rescue(store.dataDir, me, { reason: 'longer than a record holds', checkInId: entry.id, said: { whatHappened: 'overflow-regret words' } });
    await rescue(store.dataDir, me, { reason: 'the store could not be written', said: ['unrelated-kept words'] });

    expect(await store.deleteCheckIn(me, entry.id)).toBe(true);

    expect(await mentions(store.dataDir, ['overflow-regret'])).toEqual([]);
    expect(JSON.stringify(await store.keptAside(me))).toContain('unrelated-kept words');
  });

  it('a correction that replaces what was said removes the earlier words', async () => {
    const store = await temp.open();
    const me = owner();
    const c = await store.addCheckIn(me, newCheckIn({ whatHappened: 'misheard-embarrassing words', feeling: null }));
    await store.updateCheckIn(me, c.id, { whatHappened: 'what I really said' });
    expect(await mentions(store.dataDir, ['misheard-embarrassing'])).toEqual([]);
    expect(await store.getCheckIn(me, c.id)).toMatchObject({ whatHappened: 'what I really said' });
  });

  it('an answer that only adds to a check-in does not fold the journal (the skill writes one every turn)', async () => {
    const store = await temp.open();
    const me = owner();
    const c = await store.addCheckIn(me, newCheckIn({ whatHappened: null, intensity: null }));
    await store.updateCheckIn(me, c.id, { intensity: 6 });
    await store.updateCheckIn(me, c.id, { whatHappened: 'a long day' });
    // The skill adds a sentence said out of turn after what is there: that drops nothing either.
    await store.updateCheckIn(me, c.id, { whatHappened: 'a long day … and then the bus was late' });
    const journal = path.join(store.layout.ownerDir(me), 'journal.jsonl');
    expect((await readFile(journal, 'utf8')).trim().split('\n')).toHaveLength(4);
  });
});

describe('a removal from the rescue log that a crash interrupted', () => {
  /** Alex, Sam and the account's default records, each with a line in the account's rescue log. */
  async function household(store: JsonStore) {
    const account = owner();
    const alex = { ...account, personId: 'amzn1.ask.person.ALEX-CRASHED' };
    const sam = { ...account, personId: 'amzn1.ask.person.SAM' };
    for (const [who, tag] of [[alex, 'alex'], [sam, 'sam'], [account, 'default']] as const) {
      await rescue(store.dataDir, who, { said: `${tag} rescued` });
    }
    return { account, alex, sam, file: store.layout.rescueFile(account.userId) };
  }

  /** The same DATA_DIR opened again, as the next process start would. */
  async function restart(store: JsonStore): Promise<JsonStore> {
    const fresh = new JsonStore(store.dataDir, { durable: false });
    await fresh.init();
    return fresh;
  }

  const copiesIn = async (store: JsonStore) => (await walk(store.dataDir)).filter((p) => p.startsWith('rescue/') && p.endsWith('.filtering'));
  const linesOf = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter((line) => line.length > 0);

  it('the next removal finishes it: the copy goes, the deleted person with it, and everyone else is put back once', async () => {
    const store = await temp.open();
    const { account, alex, sam, file } = await household(store);
    // Where removing Alex stood when the process died: the log moved aside, nothing appended back yet.
    await rename(file, `${file}.${store.layout.ownerKey(alex)}.${crypto.randomUUID()}.filtering`);

    await (await restart(store)).deleteOwner(sam);

    expect(await copiesIn(store)).toEqual([]);
    expect(await mentions(store.dataDir, ['alex rescued', 'sam rescued'])).toEqual([]);
    expect((await linesOf(file)).filter((line) => line.includes('default rescued'))).toHaveLength(1);
    expect(await store.ownersOf(account.userId)).toEqual([]);
  });

  it('a crash after the lines were put back leaves nothing twice', async () => {
    const store = await temp.open();
    const { alex, account, file } = await household(store);
    // Died after appending the others back, before removing the copy: the copy still holds everyone, Alex included.
    const everyone = await readFile(file, 'utf8');
    await writeFile(`${file}.${store.layout.ownerKey(alex)}.${crypto.randomUUID()}.filtering`, everyone);
    await writeFile(file, (await linesOf(file)).filter((line) => !line.includes('alex')).map((line) => `${line}\n`).join(''));

    await (await restart(store)).deleteOwner({ ...account, personId: 'amzn1.ask.person.SOMEONE-ELSE' });

    expect(await copiesIn(store)).toEqual([]);
    expect(await mentions(store.dataDir, ['alex rescued'])).toEqual([]);
    const lines = await linesOf(file);
    expect(lines.filter((line) => line.includes('sam rescued'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('default rescued'))).toHaveLength(1);
  });

  it('a copy left by an older version is put back whole (whose lines it dropped is unknown) and then removed', async () => {
    const store = await temp.open();
    const { sam, file } = await household(store);
    // The name the copy had before the owner went into it.
    await rename(file, `${file}.${crypto.randomUUID()}.filtering`);

    await (await restart(store)).deleteOwner(sam);

    expect(await copiesIn(store)).toEqual([]);
    const lines = await linesOf(file);
    expect(lines.filter((line) => line.includes('alex rescued'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('default rescued'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('sam rescued'))).toEqual([]);
  });

  it('deleting the account removes every copy too', async () => {
    const store = await temp.open();
    const { account, file } = await household(store);
    await rename(file, `${file}.${crypto.randomUUID()}.filtering`);
    await rescue(store.dataDir, account, { said: 'said after the crash' });

    await (await restart(store)).deleteAccount(account.userId);

    expect(await mentions(store.dataDir, ['rescued', 'said after the crash', sha256(account.userId)])).toEqual([]);
  });
});
