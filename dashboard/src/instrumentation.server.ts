/**
 * Runs first when the dashboard runs alone (`node dashboard/build`): adapter-node loads this before its server, which
 * reads ORIGIN as its module loads. So the environment is checked here, as `npm start` checks it (a bad value is a
 * message naming it and exit code 2, not a stack trace from the first module that reads it), and ORIGIN gets the
 * default the README gives; and the build this server runs from is marked as in use. `npm start` imports the
 * dashboard's handler, not this file, and does the same itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { building, dev } from '$app/environment';
import { defaultOrigin, EnvError, loadEnv } from '$shared/env.js';
import { holdRelease } from '../releases.js';

// `vite dev` serves on its own address and never reads ORIGIN; a build only analyses the app.
if (!dev && !building) {
  try {
    const origin = defaultOrigin(loadEnv(process.env));
    if (origin) process.env.ORIGIN = origin;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  // This file sits at the top of the build, which a later `npm run build` must leave alone while this server runs.
  holdRelease(path.dirname(fileURLToPath(import.meta.url)));
}
