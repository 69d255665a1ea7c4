/**
 * A second (and third) process for the cross-process tests: opens the store on the DATA_DIR it is given, waits for
 * "go" on stdin so that all workers start writing at the same moment, then does its share and exits.
 *
 *   node --import tsx test/shared/store/worker.ts <dataDir> <checkins|acks|profile|counter> <count> <userId> <tag> [network]
 */
import { createInterface } from 'node:readline';
import { JsonStore } from '../../../shared/store/JsonStore.js';
import { randomUUID } from 'node:crypto';
import { nightAfter, newCheckIn, plan } from '../../factories.js';

const [dataDir, mode, countText, userId, tag, fileSystem] = process.argv.slice(2);
if (!dataDir || !mode || !countText || !userId || !tag) throw new Error('usage: worker.ts <dataDir> <mode> <count> <userId> <tag>');
const count = Number(countText);
// Durable as in production: the point is to test the real write path.
const store = new JsonStore(dataDir, { networkFileSystem: fileSystem === 'network' });
await store.init();
const owner = { userId };

process.stdout.write('ready\n');
await new Promise<void>((resolve) => {
  createInterface({ input: process.stdin }).once('line', () => resolve());
});

const started = performance.now();
for (let i = 0; i < count; i++) {
  if (mode === 'checkins') {
    // Spread across two months so moves between files happen under contention too.
    const added = await store.addCheckIn(owner, newCheckIn({ night: nightAfter('2025-03-25', i % 12), whatHappened: `${tag}-${i}` }));
    await store.updateCheckIn(owner, added.id, { intensityAfter: 3 });
  } else if (mode === 'acks') {
    // Every change it has been told is stored, on stdout, for a test that kills this process at a random moment.
    const added = await store.addCheckIn(owner, newCheckIn({ night: nightAfter('2025-03-25', i % 12), whatHappened: `${tag}-${i}` }));
    process.stdout.write(`added ${added.id} ${tag}-${i}\n`);
    await store.updateCheckIn(owner, added.id, { intensityAfter: 3 });
    process.stdout.write(`updated ${added.id}\n`);
  } else if (mode === 'profile') {
    await store.updateProfile(owner, (p) => ({ ...p, plans: [...p.plans, plan({ id: randomUUID() })] }));
  } else if (mode === 'counter') {
    await store.bumpCounter('shared-client', 3_600_000);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}
process.stdout.write(`done ${Math.round(performance.now() - started)}\n`);
