import { openStore } from '$shared/store/index.js';
import type { Store } from '$shared/store/Store.js';
import { env } from './env.js';

/**
 * A host process that already holds a store (the skill's Express server mounting dashboard/build/handler.js) puts it
 * here before loading the handler, so one process never has two in-memory copies of the same data files:
 *   globalThis[Symbol.for('between-sessions.store')] = store;
 * The bundled dashboard cannot share a module instance with the host, so a well-known symbol is the meeting point.
 */
export const PROVIDED_STORE = Symbol.for('between-sessions.store');

let opening: Promise<Store> | null = null;

/** The one way dashboard code reaches the data. Components never import this; only server modules do. */
export function getStore(): Promise<Store> {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED_STORE] as Store | undefined;
  if (provided) return Promise.resolve(provided);
  if (!opening) {
    opening = openStore(env().DATA_DIR, { networkFileSystem: env().DATA_DIR_NETWORK });
    // A failed open (e.g. an unreadable file) must not be cached forever: the next request tries again.
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}
