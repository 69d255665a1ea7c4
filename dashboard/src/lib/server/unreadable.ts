import { isStoreCorrupt } from '$shared/store/Store.js';

/**
 * A data file the store cannot read (StoreCorruptError) is a state a user can be in for a while: the file is kept as
 * it is for an operator to restore, and meanwhile the skill keeps what they say aside. Pages that only need to *know*
 * the data (how much there is to delete) must still render, and the way out must stay open.
 */

/** True for the store's "this file cannot be read" (see isStoreCorrupt). */
export const isUnreadable = isStoreCorrupt;

/** What a read gives when the files it needs may be unreadable: the value, or the fact that it could not be read. */
export type Readable<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `read`, turning "a file cannot be read" into `{ ok: false }`; any other error is thrown as before. The store's
 * message names the (hashed) file and the reason, never the user's words, so it is logged for whoever can restore it.
 */
export async function readable<T>(what: string, read: () => Promise<T>): Promise<Readable<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    console.error(`${what}: ${(error as Error).message}`);
    return { ok: false };
  }
}
