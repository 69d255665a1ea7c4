/**
 * Store.withDeadline: a voice turn's view of the store gives up on a busy lock at its deadline; the store itself (the
 * dashboard's, the background work's) keeps its longer wait. And a deletion says whether it stopped part-way.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireFileLock, isLockTimeout, releaseFileLock, type HeldLock } from '../../shared/store/lock.js';
import { isDeletionIncomplete } from '../../shared/store/Store.js';
import { newCheckIn, owner } from '../factories.js';
import { useTempStore } from './store/helpers.js';

const temp = useTempStore();
let held: HeldLock | undefined;
afterEach(async () => {
  if (held) await releaseFileLock(held);
  held = undefined;
});

/** How late a wait may end past its deadline on a loaded test machine. */
const MARGIN_MS = 500;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('a view with a deadline, while another process holds the account lock', () => {
  const cases = [
    ['deleteOwner', (store: ReturnType<typeof temp.store>, who: ReturnType<typeof owner>) => store.deleteOwner(who)],
    ['updateProfile', (store: ReturnType<typeof temp.store>, who: ReturnType<typeof owner>) => store.updateProfile(who, (p) => ({ ...p, weekStartsOn: 3 }))],
    ['deleteSessionsOf', (store: ReturnType<typeof temp.store>, who: ReturnType<typeof owner>) => store.deleteSessionsOf(who)],
  ] as const;

  it.each(cases)('%s gives up by the deadline with a lock time-out, having changed nothing', async (_name, call) => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn({ whatHappened: 'still here' }));
    held = await acquireFileLock(store.layout.accountLock(me.userId));
    const started = Date.now();
    const error = await failure(call(store.withDeadline(300) as typeof store, me));
    expect(Date.now() - started).toBeLessThan(300 + MARGIN_MS);
    expect(isLockTimeout(error)).toBe(true);
    expect(isDeletionIncomplete(error)).toBe(false);
    expect((await store.listCheckIns(me)).map((c) => c.whatHappened)).toEqual(['still here']);
    expect((await store.getProfile(me))?.weekStartsOn).not.toBe(3);
  });

  it('leaves the store itself waiting as long as it did: a call that waits past the deadline succeeds', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn());
    held = await acquireFileLock(store.layout.accountLock(me.userId));
    const patient = store.updateProfile(me, (p) => ({ ...p, weekStartsOn: 3 }));
    const hurried = failure(store.withDeadline(200).updateProfile(me, (p) => ({ ...p, weekStartsOn: 4 })));
    expect(isLockTimeout(await hurried)).toBe(true);
    // Freed well after the view's deadline: the store's own call was still waiting, and gets it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await releaseFileLock(held);
    held = undefined;
    expect((await patient).weekStartsOn).toBe(3);
  });

  it('gives up by the deadline behind a compaction of this process that waits on the lock', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn());
    held = await acquireFileLock(store.layout.accountLock(me.userId));
    const compacting = store.compact(me);
    const started = Date.now();
    const error = await failure(store.withDeadline(300).addCheckIn(me, newCheckIn({ whatHappened: 'said meanwhile' })));
    expect(Date.now() - started).toBeLessThan(300 + MARGIN_MS);
    expect(isLockTimeout(error)).toBe(true);
    await releaseFileLock(held);
    held = undefined;
    await compacting;
  });

  it('shares what the store knows: what one writes, the other reads', async () => {
    const store = await temp.open();
    const me = owner();
    const view = store.withDeadline(1_000);
    const added = await view.addCheckIn(me, newCheckIn({ whatHappened: 'through the view' }));
    expect(await store.getCheckIn(me, added.id)).toMatchObject({ whatHappened: 'through the view' });
    await store.updateCheckIn(me, added.id, { intensity: 6 });
    expect(await view.getCheckIn(me, added.id)).toMatchObject({ intensity: 6 });
  });
});

describe('a deletion that fails', () => {
  it('says it stopped part-way when it fails after the records are gone', async () => {
    const store = await temp.open();
    const me = owner();
    await store.addCheckIn(me, newCheckIn({ whatHappened: 'goes' }));
    await store.saveSession({ tokenHash: 'a'.repeat(64), owner: me, createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 60_000).toISOString() });
    // The account's index of codes and sessions, which deletion reads after moving the owner's folder away, is damaged.
    await writeFile(store.layout.authIndexFile(me.userId), '{ not json');
    const error = await failure(store.deleteOwner(me));
    expect(isDeletionIncomplete(error)).toBe(true);
    expect(await store.listCheckIns(me)).toEqual([]);
  });
});
