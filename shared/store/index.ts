import { JsonStore, type JsonStoreOptions } from './JsonStore.js';
import type { Store } from './Store.js';

/** Opens the embedded store on DATA_DIR, creating the folder (0700) on first use. */
export async function openStore(dataDir: string, options: JsonStoreOptions = {}): Promise<Store> {
  const store = new JsonStore(dataDir, options);
  await store.init();
  return store;
}

export { JsonStore, type JsonStoreOptions } from './JsonStore.js';
export { rescue } from './rescue.js';
export { isLockTimeout, LockTimeoutError } from './lock.js';
export * from './Store.js';
