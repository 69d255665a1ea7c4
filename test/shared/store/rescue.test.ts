import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rescue } from '../../../shared/store/index.js';
import { owner } from '../../factories.js';
import { useTempStore } from './helpers.js';

const temp = useTempStore();

/** What exportOwner gives back of the rescue log: the payloads, newest first. */
const payloadsOf = (lines: Array<{ payload: unknown }>) => lines.map((line) => line.payload);

describe('reading the rescue log back', () => {
  it("gives each owner only their own lines: a recognised person, the account's default and another account differ", async () => {
    const store = await temp.open();
    const account = owner();
    const robin = { ...account, personId: 'amzn1.ask.person.ROBIN' };
    const kim = { ...account, personId: 'amzn1.ask.person.KIM' };
    const stranger = owner();
    await rescue(store.dataDir, account, { said: ['default first'] });
    await rescue(store.dataDir, robin, { said: ['robin words'] });
    await rescue(store.dataDir, kim, { said: ['kim words'] });
    await rescue(store.dataDir, stranger, { said: ['stranger words'] });
    await rescue(store.dataDir, account, { said: ['default second'] });

    expect(payloadsOf((await store.exportOwner(account)).rescued)).toEqual([{ said: ['default second'] }, { said: ['default first'] }]);
    expect(payloadsOf((await store.exportOwner(robin)).rescued)).toEqual([{ said: ['robin words'] }]);
    expect(payloadsOf((await store.exportOwner(kim)).rescued)).toEqual([{ said: ['kim words'] }]);
    expect(payloadsOf((await store.exportOwner(stranger)).rescued)).toEqual([{ said: ['stranger words'] }]);
    expect((await store.exportOwner(owner())).rescued).toEqual([]);
    const [line] = (await store.exportOwner(robin)).rescued;
    expect(Date.parse(line!.at)).not.toBeNaN();
  });

  it('skips a torn last line, and reads a line written straight after one a crash cut short', async () => {
    const store = await temp.open();
    const me = owner();
    const file = await rescue(store.dataDir, me, { said: ['before the crash'], at: '2026-01-01T00:00:00Z' });
    // A crash mid-append: half a line, no newline. A key "at" inside the payload must not be taken for a line start.
    const whole = JSON.stringify({ at: new Date().toISOString(), owner: me, payload: { at: 'x', said: ['torn words'] } });
    await appendFile(file, whole.slice(0, whole.length - 20));
    expect(payloadsOf((await store.exportOwner(me)).rescued)).toEqual([{ said: ['before the crash'], at: '2026-01-01T00:00:00Z' }]);

    // The next append lands on the same line, glued to the torn one.
    await rescue(store.dataDir, me, { said: ['after the crash'], at: '2026-01-02T00:00:00Z' });
    expect(payloadsOf((await store.exportOwner(me)).rescued)).toEqual([
      { said: ['after the crash'], at: '2026-01-02T00:00:00Z' },
      { said: ['before the crash'], at: '2026-01-01T00:00:00Z' },
    ]);
    // Garbage and lines without an owner are nobody's to hand out.
    await writeFile(file, `not json\n${JSON.stringify({ at: new Date().toISOString(), payload: { said: ['whose?'] } })}\n`, { flag: 'a' });
    expect((await store.exportOwner(me)).rescued).toHaveLength(2);
  });

  it('gives back a payload that was kept as text', async () => {
    const store = await temp.open();
    const me = owner();
    const cyclic: Record<string, unknown> = { said: 'tired' };
    cyclic.self = cyclic;
    await rescue(store.dataDir, me, cyclic);
    const [line] = (await store.exportOwner(me)).rescued;
    expect(line!.payload).toEqual(expect.stringContaining("said: 'tired'"));
  });

  it("still gives back everyone else's lines while a removal that crashed holds them aside", async () => {
    const store = await temp.open();
    const account = owner();
    const gone = { ...account, personId: 'amzn1.ask.person.GONE' };
    await rescue(store.dataDir, account, { said: ['default words'] });
    await rescue(store.dataDir, gone, { said: ['gone words'] });
    const file = store.layout.rescueFile(account.userId);
    const copy = `${file}.${store.layout.ownerKey(gone)}.${crypto.randomUUID()}.filtering`;
    await rename(file, copy);
    // Written after the crash, into a new log; and a line both in the log and in the copy is given once.
    await rescue(store.dataDir, account, { said: ['later words'] });
    const defaultLine = (await readFile(copy, 'utf8')).split('\n').find((line) => line.includes('default words'))!;
    await appendFile(file, `${defaultLine}\n`);

    expect(payloadsOf((await store.exportOwner(account)).rescued)).toEqual([{ said: ['later words'] }, { said: ['default words'] }]);
    expect((await store.exportOwner(gone)).rescued).toEqual([]);
  });
});

describe('removing one thing kept aside', () => {
  it('removes that line, only for its owner, and keeps every other line of the account', async () => {
    const store = await temp.open();
    const account = owner();
    const robin = { ...account, personId: 'amzn1.ask.person.ROBIN-REMOVES' };
    await rescue(store.dataDir, robin, { said: ['robin regrets this'] });
    await rescue(store.dataDir, robin, { said: ['robin keeps this'] });
    await rescue(store.dataDir, account, { said: ['the account keeps this'] });
    const regret = (await store.exportOwner(robin)).rescued.find((line) => JSON.stringify(line.payload).includes('regrets'))!;

    // Someone else's id for the line removes nothing.
    expect(await store.dropKeptAside(account, regret.id)).toBe(false);
    expect(await store.dropKeptAside(robin, regret.id)).toBe(true);
    expect(await store.dropKeptAside(robin, regret.id)).toBe(false);

    expect(payloadsOf((await store.exportOwner(robin)).rescued)).toEqual([{ said: ['robin keeps this'] }]);
    expect(payloadsOf((await store.exportOwner(account)).rescued)).toEqual([{ said: ['the account keeps this'] }]);
    const log = await readFile(store.layout.rescueFile(account.userId), 'utf8');
    expect(log).not.toContain('robin regrets this');
  });

  it('a crash in the middle of it loses nothing: the next removal puts every line back', async () => {
    const store = await temp.open();
    const account = owner();
    await rescue(store.dataDir, account, { said: ['first words'] });
    await rescue(store.dataDir, account, { said: ['second words'] });
    const file = store.layout.rescueFile(account.userId);
    // Where a removal stood when the process died: the log moved aside under a name that names no one.
    await rename(file, `${file}.${crypto.randomUUID()}.filtering`);
    const [second] = (await store.exportOwner(account)).rescued;
    expect(await store.dropKeptAside(account, second!.id)).toBe(true);
    expect(payloadsOf((await store.exportOwner(account)).rescued)).toEqual([{ said: ['first words'] }]);
  });
});
