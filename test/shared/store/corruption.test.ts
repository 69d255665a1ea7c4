import { readFile, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rescue } from '../../../shared/store/index.js';
import { StoreCorruptError } from '../../../shared/store/Store.js';
import { newCheckIn, newExercise, owner } from '../../factories.js';
import { useTempStore } from './helpers.js';

const temp = useTempStore();

/** Ways a month file can be broken by hand, a full disk or a half-finished copy. */
const damages = [
  { name: 'invalid JSON', content: '{"version":1,"records":[{"id":', reason: /not valid JSON/ },
  { name: 'an empty file', content: '', reason: /not valid JSON/ },
  { name: 'a wrong envelope', content: '[]', reason: /expected shape/ },
  { name: 'a record that fails the schema', content: JSON.stringify({ version: 1, records: [{ id: 'nope', intensity: 42 }] }), reason: /expected shape/ },
  { name: 'a file from a newer version', content: JSON.stringify({ version: 2, records: [] }), reason: /expected shape/ },
];

describe('JsonStore: corrupt files are reported and never overwritten', () => {
  it.each(damages)('a month file with $name', async ({ content, reason }) => {
    const store = await temp.open();
    const me = owner();
    const march = await store.addCheckIn(me, newCheckIn({ night: '2025-03-14' }));
    const feb = await store.addCheckIn(me, newCheckIn({ night: '2025-02-14' }));
    await store.compact(me);
    const file = store.layout.monthFile(me, 'checkins', '2025-03');
    await writeFile(file, content);
    const before = await readFile(file);

    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['list', () => store.listCheckIns(me)],
      ['get', () => store.getCheckIn(me, march.id)],
      ['add', () => store.addCheckIn(me, newCheckIn({ night: '2025-03-20' }))],
      ['update', () => store.updateCheckIn(me, march.id, { intensity: 2 })],
      ['delete', () => store.deleteCheckIn(me, march.id)],
      ['export', () => store.exportOwner(me)],
    ];
    for (const [what, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(StoreCorruptError);
      expect((error as StoreCorruptError).file).toBe(file);
      expect((error as Error).message).toContain(file);
      expect((error as StoreCorruptError).reason).toMatch(reason);
    }
    expect(await readFile(file)).toEqual(before);

    // Other months, other kinds and other owners keep working.
    expect(await store.listCheckIns(me, { to: '2025-02-28' })).toEqual([feb]);
    const moved = await store.addCheckIn(me, newCheckIn({ night: '2025-04-01' }));
    expect(await store.getCheckIn(me, moved.id)).toEqual(moved);
    expect(await store.addExercise(me, newExercise({ night: '2025-03-14' }))).toMatchObject({ night: '2025-03-14' });
    const other = owner();
    expect(await store.addCheckIn(other, newCheckIn({ night: '2025-03-14' }))).toMatchObject({ night: '2025-03-14' });
    expect(await readFile(file)).toEqual(before);
  });

  it('reports a record filed under the wrong month, or twice, as corrupt', async () => {
    const store = await temp.open();
    const me = owner();
    const c = await store.addCheckIn(me, newCheckIn({ night: '2025-03-14' }));
    await store.compact(me);
    const file = store.layout.monthFile(me, 'checkins', '2025-03');
    await writeFile(file, JSON.stringify({ version: 1, records: [{ ...c, night: '2025-04-01' }] }));
    await expect(store.listCheckIns(me)).rejects.toThrow(/does not belong to month 2025-03/);
    await writeFile(file, JSON.stringify({ version: 1, records: [c, c] }));
    await expect(store.listCheckIns(me)).rejects.toThrow(/appears twice/);
  });

  it('refuses a profile that was edited into an invalid shape, and leaves it as it was', async () => {
    const store = await temp.open();
    const me = owner();
    await store.updateProfile(me, (p) => ({ ...p, weekStartsOn: 2 }));
    const file = store.layout.profileFile(me);
    const broken = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), weekStartsOn: 9 });
    await writeFile(file, broken);
    await expect(store.getProfile(me)).rejects.toBeInstanceOf(StoreCorruptError);
    await expect(store.updateProfile(me, (p) => ({ ...p, weekStartsOn: 3 }))).rejects.toThrow(/weekStartsOn/);
    // addCheckIn only needs the profile to exist, so the user's words still get saved.
    await expect(store.addCheckIn(me, newCheckIn())).resolves.toMatchObject({ night: '2025-03-14' });
    expect(await readFile(file, 'utf8')).toBe(broken);
  });

  it('refuses a profile copied into another owner\'s folder', async () => {
    const store = await temp.open();
    const a = owner();
    const b = owner();
    await store.updateProfile(a, (p) => p);
    await store.updateProfile(b, (p) => p);
    await writeFile(store.layout.profileFile(b), await readFile(store.layout.profileFile(a)));
    await expect(store.getProfile(b)).rejects.toThrow(/another owner/);
  });

  it('reports a corrupt link code or counter instead of resetting it', async () => {
    const store = await temp.open();
    await store.bumpCounter('client', 60_000);
    const counter = store.layout.counterFile('client');
    await writeFile(counter, '{"count": "lots"}');
    await expect(store.bumpCounter('client', 60_000)).rejects.toBeInstanceOf(StoreCorruptError);
    expect(await readFile(counter, 'utf8')).toBe('{"count": "lots"}');

    const code = store.layout.codeFile('123');
    const { mkdir } = await import('node:fs/promises');
    await mkdir((await import('node:path')).dirname(code), { recursive: true });
    await writeFile(code, 'null');
    await expect(store.getLinkCode('123')).rejects.toBeInstanceOf(StoreCorruptError);
    await expect(store.updateLinkCode('123', () => null)).rejects.toBeInstanceOf(StoreCorruptError);
    expect(await readFile(code, 'utf8')).toBe('null');
  });
});

describe('rescue', () => {
  it('appends one JSON line per call without reading what is there, 0600', async () => {
    const store = await temp.open();
    const me = owner({ personId: 'amzn1.ask.person.P' });
    const file = await rescue(temp.dir(), me, { said: 'overwhelmed', intensity: 9 });
    // Even a rescue file that is itself garbage does not stop the next line being kept.
    await writeFile(file, 'garbage that is not json\n', { flag: 'a' });
    const again = await rescue(temp.dir(), me, { whatHappened: 'a & b <c> "d"' });
    expect(again).toBe(file);
    expect(file).toBe(store.layout.rescueFile(me.userId));
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toMatchObject({ owner: me, payload: { said: 'overwhelmed', intensity: 9 } });
    expect(lines[1]).toBe('garbage that is not json');
    expect(JSON.parse(lines[2]!).payload.whatHappened).toBe('a & b <c> "d"');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('keeps a payload JSON cannot express, as text', async () => {
    await temp.open();
    const cyclic: Record<string, unknown> = { said: 'tired' };
    cyclic.self = cyclic;
    const file = await rescue(temp.dir(), owner(), cyclic);
    const line = JSON.parse((await readFile(file, 'utf8')).trim());
    expect(line.payloadText).toContain("said: 'tired'");
  });

  it('works while the owner\'s partition is corrupt', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn());
    await store.compact(me);
    await writeFile(store.layout.monthFile(me, 'checkins', '2025-03'), '{');
    const words = newCheckIn({ whatHappened: 'what I said tonight' });
    const error = await store.addCheckIn(me, words).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    const file = await rescue(temp.dir(), me, { error: (error as Error).message, input: words });
    expect(await readFile(file, 'utf8')).toContain('what I said tonight');
  });
});
