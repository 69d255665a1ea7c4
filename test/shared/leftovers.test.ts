/**
 * A writer killed between writing its temp file and renaming it (kill -9, a power cut) leaves `.<file>.<pid>.<id>.tmp`
 * behind. It holds what the user said, so it is not left for ever; but one a live writer may still rename is never
 * touched. Real files with real ages (utimes), and real processes, alive and dead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeLeftoversIn } from '../../shared/store/leftovers.js';
import { JsonStore } from '../../shared/store/JsonStore.js';
import { newCheckIn, owner } from '../factories.js';
import { useTempStore } from './store/helpers.js';

const temp = useTempStore();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let live: ChildProcess;
/** A process that has exited: its pid names nobody now. */
let deadPid: number;

beforeAll(async () => {
  live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => dead.on('exit', resolve));
  deadPid = dead.pid!;
});
afterAll(() => {
  live.kill();
});

/** A temp file as writeFileAtomic names it, written by `pid`, last changed `ageMs` ago. */
async function leftover(dir: string, of: string, pid: number | null, ageMs: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = pid === null ? `.${of}.tmp` : `.${of}.${pid}.0a1b2c3d.tmp`;
  const file = path.join(dir, name);
  await writeFile(file, '{"said": "words from a write that never finished"}');
  const at = new Date(Date.now() - ageMs);
  await utimes(file, at, at);
  return name;
}

describe('removeLeftoversIn', () => {
  it.each([
    ['a writer that is gone, a minute ago or more', () => deadPid, 2 * MINUTE, true],
    ['a writer that is gone, seconds ago (it may be this process, restarted, or its rename in flight)', () => deadPid, 10_000, false],
    ['a writer still running, two minutes ago', () => live.pid!, 2 * MINUTE, false],
    ['this very process, two minutes ago', () => process.pid, 2 * MINUTE, false],
    ['a writer still running, two hours ago (no write takes that long)', () => live.pid!, 2 * HOUR, true],
    ['no writer named, two hours ago', () => null, 2 * HOUR, true],
    ['no writer named, half an hour ago', () => null, 30 * MINUTE, false],
  ] as ReadonlyArray<readonly [string, () => number | null, number, boolean]>)('left by %s: removed = %s', async (_what, pid, ageMs, removed) => {
    const dir = path.join((await temp.open()).dataDir, 'some-folder');
    const name = await leftover(dir, '2026-11.json', pid(), ageMs);
    removeLeftoversIn(dir);
    expect((await readdir(dir)).includes(name)).toBe(!removed);
  });

  it('leaves everything that is not a temp file alone, however old', async () => {
    const dir = path.join((await temp.open()).dataDir, 'owner');
    await mkdir(dir, { recursive: true });
    const names = ['profile.json', 'journal.jsonl', 'old.tmp.json', 'x.rescue.jsonl.abc.filtering', '.hidden'];
    const old = new Date(Date.now() - 48 * HOUR);
    for (const name of names) {
      await writeFile(path.join(dir, name), 'kept');
      await utimes(path.join(dir, name), old, old);
    }
    removeLeftoversIn(dir);
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
  });

  it('trusts no pid when the folder is shared with other machines: only the hour counts', async () => {
    const dir = path.join((await temp.open()).dataDir, 'shared');
    const recent = await leftover(dir, 'a.json', deadPid, 2 * MINUTE);
    const old = await leftover(dir, 'b.json', deadPid, 2 * HOUR);
    removeLeftoversIn(dir, { pidsAreLocal: false });
    expect(await readdir(dir)).toEqual([recent]);
    expect(old).not.toBe(recent);
  });

  it('is not troubled by a folder that is not there', () => {
    expect(removeLeftoversIn('/nonexistent/between-sessions/folder')).toEqual([]);
  });
});

describe('the store', () => {
  it('removes abandoned temp files everywhere under DATA_DIR when it starts, and keeps the rest', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn({ night: '2026-11-20' }));
    await store.compact(me);
    const ownerDir = store.layout.ownerDir(me);
    const monthDir = store.layout.monthDir(me, 'checkins');
    const abandoned = [
      path.join(ownerDir, await leftover(ownerDir, 'profile.json', deadPid, 5 * MINUTE)),
      path.join(monthDir, await leftover(monthDir, '2026-11.json', deadPid, 5 * MINUTE)),
      path.join(store.layout.accountDir(me.userId), await leftover(store.layout.accountDir(me.userId), 'auth-index.json', null, 3 * HOUR)),
      path.join(path.dirname(store.layout.codeFile('123')), await leftover(path.dirname(store.layout.codeFile('123')), 'c.json', deadPid, 5 * MINUTE)),
    ];
    const inUse = path.join(monthDir, await leftover(monthDir, '2026-10.json', live.pid!, 5 * MINUTE));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const again = new JsonStore(store.dataDir, { durable: false });
    await again.init();
    warn.mockRestore();
    const all = (await readdir(store.dataDir, { recursive: true })).map((name) => path.join(store.dataDir, String(name)));
    for (const file of abandoned) expect(all).not.toContain(file);
    expect(all).toContain(inUse);
    expect(await again.listCheckIns(me)).toHaveLength(1);
  });

  it('removes them from an account\'s folders when it first writes there, for what was left after it started', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn({ night: '2026-11-20' }));
    // Another process, killed mid-write after this store started.
    const monthDir = store.layout.monthDir(me, 'checkins');
    const name = await leftover(monthDir, '2026-11.json', deadPid, 5 * MINUTE);
    const person = { ...me, personId: 'amzn1.ask.person.LEFTOVER' };
    const personDir = store.layout.ownerDir(person);
    const personsName = await leftover(personDir, 'profile.json', null, 2 * HOUR);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fresh = new JsonStore(store.dataDir, { durable: false, networkFileSystem: true });
    await fresh.init();
    // On a network file system nothing is walked at start: the first write to the account sweeps its folders.
    expect(await readdir(monthDir)).toContain(name);
    await fresh.addCheckIn(me, newCheckIn({ night: '2026-11-21' }));
    warn.mockRestore();
    // The hour rule alone there: the pid may be another machine's.
    expect(await readdir(monthDir)).toContain(name);
    expect(await readdir(personDir)).not.toContain(personsName);

    const local = new JsonStore(store.dataDir, { durable: false });
    const late = await leftover(monthDir, '2026-10.json', deadPid, 10 * MINUTE);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await local.addCheckIn(me, newCheckIn({ night: '2026-11-22' }));
    vi.restoreAllMocks();
    expect(await readdir(monthDir)).not.toContain(late);
  });
});
