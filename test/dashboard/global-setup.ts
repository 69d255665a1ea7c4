import { ensureBuilt } from './build.js';

/**
 * Vitest globalSetup: the browser tests drive the BUILT app, so it is built once per run (skipped when
 * dashboard/build is newer than every source it is made from).
 */
export default function setup(): void {
  ensureBuilt();
}
