/**
 * How builds of the dashboard are kept, so that building never breaks a server already running from this checkout.
 *
 * Each `npm run build` writes a complete build into a folder of its own, dashboard/.builds/<time>-<pid>, and then
 * points dashboard/build (a symbolic link) at it in one rename. A server resolves the link once, when it starts, and
 * from then on reads only its own build: the server chunks SvelteKit imports on a page's first visit, and the hashed
 * scripts and styles of the pages it has sent (a page already open still finds them). Rebuilding in place had deleted
 * those files under a running server: /settings answered 500 (ERR_MODULE_NOT_FOUND) until it was restarted.
 *
 * A running server marks the build it uses (.held/<pid>); a build removes the older builds that no live process
 * holds, apart from the one it replaced (a server may be starting on it this very moment).
 *
 * Plain Node, no dependencies: the build script, skill/server.ts and the dashboard's own instrumentation use it.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folder the builds are kept in, beside dashboard/build. */
export const RELEASES_DIR = '.builds';
/** A build's folder name: when it was started, and by which process (alive while it is still being written). */
const RELEASE_NAME = /^\d+-(\d+)$/;
const HELD_DIR = '.held';

export function newReleaseName(now = Date.now(), pid = process.pid): string {
  return `${now}-${pid}`;
}

/** True while a process of this id runs (EPERM: it runs, as someone else). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Marks `releaseDir` as in use by this process until it exits, so later builds leave it in place. A folder that is not
 * one of the kept builds (a build made some other way) is left unmarked.
 */
export function holdRelease(releaseDir: string): void {
  if (path.basename(path.dirname(releaseDir)) !== RELEASES_DIR || !RELEASE_NAME.test(path.basename(releaseDir))) return;
  const mark = path.join(releaseDir, HELD_DIR, String(process.pid));
  try {
    mkdirSync(path.dirname(mark), { recursive: true });
    writeFileSync(mark, '');
  } catch (error) {
    // Serving goes on; only a later build may then remove this one from under it.
    console.warn(`Could not mark ${releaseDir} as in use (${(error as NodeJS.ErrnoException).code ?? error}): a later build may remove it.`);
    return;
  }
  process.once('exit', () => rmSync(mark, { force: true }));
}

/** True when a live process holds the build, or is still writing it. */
function inUse(releaseDir: string): boolean {
  const builder = RELEASE_NAME.exec(path.basename(releaseDir))?.[1];
  if (builder && alive(Number(builder))) return true;
  let holders: string[] = [];
  try {
    holders = readdirSync(path.join(releaseDir, HELD_DIR));
  } catch {
    // No marks: nothing holds it.
  }
  return holders.some((pid) => alive(Number(pid)));
}

/** The build dashboard/build points at, by folder name; undefined when it is missing or is not a link. */
export function currentRelease(linkPath: string): string | undefined {
  try {
    if (!lstatSync(linkPath).isSymbolicLink()) return undefined;
    return path.basename(readlinkSync(linkPath));
  } catch {
    return undefined;
  }
}

/**
 * Points `linkPath` (dashboard/build) at the build `name` in one step: a new link is made beside it and renamed over
 * it, so a server starting meanwhile finds the old build or the new one, never none. A real folder there (from a build
 * made before builds were kept apart) is moved in with the others first. Returns the build it pointed at before.
 */
export function publishRelease(linkPath: string, name: string): string | undefined {
  const releases = path.join(path.dirname(linkPath), RELEASES_DIR);
  if (existsSync(linkPath) && !lstatSync(linkPath).isSymbolicLink()) {
    renameSync(linkPath, path.join(releases, newReleaseName(Date.now(), 0)));
  }
  const previous = currentRelease(linkPath);
  const staging = path.join(releases, `${name}.link`);
  rmSync(staging, { force: true });
  // Windows makes directory links without privileges only as junctions, which need an absolute target.
  if (process.platform === 'win32') symlinkSync(path.join(releases, name), staging, 'junction');
  else symlinkSync(path.join(RELEASES_DIR, name), staging, 'dir');
  renameSync(staging, linkPath);
  return previous;
}

/**
 * Removes the builds in `releasesDir` that nothing needs any more: not one of `keep`, not held by a live process, not
 * being written. Returns the names removed.
 */
export function pruneReleases(releasesDir: string, keep: readonly (string | undefined)[]): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(releasesDir)) {
    if (!RELEASE_NAME.test(name) || keep.includes(name)) continue;
    const dir = path.join(releasesDir, name);
    if (inUse(dir)) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
