import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = path.join(ROOT, 'dashboard/build');
const BUILT_MARKER = path.join(BUILD_DIR, 'handler.js');

/** Newest file modification under `target`. Directory times are ignored: building and locking touch them. */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const s = statSync(target);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    // Outputs, dependencies and dot-folders (.svelte-kit, the build lock) are not sources.
    if (entry === 'node_modules' || entry === 'build' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when dashboard/build is missing or older than anything it is built from (the app, its config, shared/). */
export function buildIsStale(): boolean {
  if (!existsSync(BUILT_MARKER)) return true;
  const built = statSync(BUILT_MARKER).mtimeMs;
  const sources = [path.join(ROOT, 'dashboard'), path.join(ROOT, 'shared'), path.join(ROOT, 'package.json')];
  return sources.some((s) => newestMtime(s) > built);
}

const LOCK = path.join(ROOT, 'dashboard/.build-lock');
const LOCK_STALE_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function takeLock(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      // Held by another worker; a lock left by a killed run is broken after LOCK_STALE_MS.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      sleep(250);
    }
  }
}

/**
 * Builds the dashboard the way `npm run build` does, unless the existing build is already up to date. Test files run
 * in parallel workers, so the build is guarded by a lock directory: one worker builds, the others wait and reuse it.
 */
export function ensureBuilt(): void {
  if (!buildIsStale()) return;
  takeLock();
  try {
    if (buildIsStale()) build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds again whether or not anything changed, under the same lock, as a second `npm run build` in the checkout would:
 * for the tests of what a build does to servers already running.
 */
export async function rebuild(): Promise<void> {
  await withBuildLock(async () => {
    // Not execFileSync: the servers under test write to pipes this process must keep reading meanwhile.
    await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch((err: { stdout?: string; stderr?: string }) => {
      throw new Error(`npm run build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    });
  });
}

/** Runs `work` (something that builds the dashboard) while no other test file builds it: builds share .svelte-kit/. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  takeLock();
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(): void {
  try {
    // Output is kept quiet (rolldown is chatty about third-party comments) and shown only when the build fails.
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}
