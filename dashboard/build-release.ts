/**
 * `npm run build`: builds the dashboard into a folder of its own and makes it the one dashboard/build points at, then
 * removes older builds no running server holds (see releases.ts for why builds are kept apart).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newReleaseName, publishRelease, pruneReleases, RELEASES_DIR } from './releases.js';

const dashboard = path.dirname(fileURLToPath(import.meta.url));
const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/** Runs `vite build` in dashboard/ with adapter-node's output sent to `out`; resolves to its exit code. */
function viteBuild(out: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // SvelteKit reads svelte.config.js, and adapter-node package.json, from the working directory. NODE_ENV is set
    // because Vite builds for development under any other value, and the tests run with NODE_ENV=test: their builds
    // had `dev` true, unlike the product's.
    const child = spawn(process.execPath, [vite, 'build'], {
      cwd: dashboard,
      env: { ...process.env, NODE_ENV: 'production', DASHBOARD_OUT: out },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function buildDashboard(): Promise<number> {
  const name = newReleaseName();
  const releases = path.join(dashboard, RELEASES_DIR);
  mkdirSync(releases, { recursive: true });
  const out = path.join(releases, name);
  const code = await viteBuild(out);
  if (code !== 0) {
    rmSync(out, { recursive: true, force: true });
    return code;
  }
  const previous = publishRelease(path.join(dashboard, 'build'), name);
  pruneReleases(releases, [name, previous]);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await buildDashboard();
}
