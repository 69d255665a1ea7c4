import { existsSync } from 'node:fs';
import { ensureBuilt } from './build.js';

/**
 * Vitest globalSetup: the browser tests drive the BUILT app, so it is built once per run (skipped when
 * dashboard/build is newer than every source it is made from).
 */
export default function setup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    // Say what to do, once, instead of every browser test failing with a launch error.
    throw new Error(
      `The browser tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  ensureBuilt();
}
