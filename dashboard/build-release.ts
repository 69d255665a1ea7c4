/**
 * `npm run build`: builds the dashboard into a folder of its own and makes it the one dashboard/build points at, then
 * removes older builds no running server holds (see releases.ts for why builds are kept apart).
 *
 * `--quiet` (npm start, npm run demo) prints one line instead of Vite's report, and the whole report only when the
 * build fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newReleaseName, publishRelease, pruneReleases, RELEASES_DIR } from './releases.js';

const dashboard = path.dirname(fileURLToPath(import.meta.url));
const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/** SvelteKit's closing advice names a script this project does not have (npm start serves the build). */
const PREVIEW_HINT = /^Run npm run preview to preview your production build locally\.$/;

/**
 * Runs `vite build` in dashboard/ with adapter-node's output sent to `out`. Its report goes to this process's output
 * as it comes, unless `quiet`; either way it is returned, for a failure to show.
 */
function viteBuild(out: string, quiet: boolean): Promise<{ code: number; report: string }> {
  return new Promise((resolve, reject) => {
    // SvelteKit reads svelte.config.js, and adapter-node package.json, from the working directory. NODE_ENV is set
    // because Vite builds for development under any other value, and the tests run with NODE_ENV=test.
    const child = spawn(process.execPath, [vite, 'build'], {
      cwd: dashboard,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DASHBOARD_OUT: out,
        // Piped, Vite would drop its colours on a terminal that shows them.
        ...(!quiet && process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let report = '';
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        if (PREVIEW_HINT.test(stripVTControlCharacters(line))) return;
        report += `${line}\n`;
        if (!quiet) sink.write(`${line}\n`);
      });
    }
    child.on('error', reject);
    // 'close', not 'exit': the last lines of the report are read by then.
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), report }));
  });
}

export async function buildDashboard({ quiet = false } = {}): Promise<number> {
  const started = Date.now();
  const name = newReleaseName();
  const releases = path.join(dashboard, RELEASES_DIR);
  mkdirSync(releases, { recursive: true });
  const out = path.join(releases, name);
  const { code, report } = await viteBuild(out, quiet);
  if (code !== 0) {
    rmSync(out, { recursive: true, force: true });
    if (quiet) process.stderr.write(report);
    console.error(`Building the dashboard failed (vite build exited with ${code}).`);
    return code;
  }
  const previous = publishRelease(path.join(dashboard, 'build'), name);
  pruneReleases(releases, [name, previous]);
  console.log(`Built the dashboard in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await buildDashboard({ quiet: process.argv.includes('--quiet') });
}
