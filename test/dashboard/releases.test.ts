import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentRelease, publishRelease, pruneReleases, RELEASES_DIR } from '../../dashboard/releases.js';

/** The id of a process that has exited. */
const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;

let dashboard: string;
let releases: string;
let link: string;
beforeEach(() => {
  dashboard = mkdtempSync(path.join(tmpdir(), 'bs-releases-'));
  releases = path.join(dashboard, RELEASES_DIR);
  link = path.join(dashboard, 'build');
  mkdirSync(releases);
});
afterEach(() => rmSync(dashboard, { recursive: true, force: true }));

/** A finished build, held by the given processes. */
function release(name: string, heldBy: number[] = []): string {
  const dir = path.join(releases, name);
  mkdirSync(path.join(dir, '.held'), { recursive: true });
  writeFileSync(path.join(dir, 'handler.js'), `// ${name}\n`);
  for (const pid of heldBy) writeFileSync(path.join(dir, '.held', String(pid)), '');
  return dir;
}

describe('publishRelease', () => {
  it('points dashboard/build at the new build and returns the one it replaced', () => {
    release(`100-${deadPid}`);
    release(`200-${deadPid}`);
    expect(publishRelease(link, `100-${deadPid}`)).toBeUndefined();
    expect(publishRelease(link, `200-${deadPid}`)).toBe(`100-${deadPid}`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(currentRelease(link)).toBe(`200-${deadPid}`);
    expect(readFileSync(path.join(link, 'handler.js'), 'utf8')).toBe(`// 200-${deadPid}\n`);
    // Relative, so the checkout can move.
    expect(realpathSync(link)).toBe(realpathSync(path.join(releases, `200-${deadPid}`)));
    expect(readdirSync(releases).filter((n) => n.endsWith('.link'))).toEqual([]);
  });

  it('moves a dashboard/build folder from before builds were kept apart in with the others', () => {
    mkdirSync(link);
    writeFileSync(path.join(link, 'handler.js'), '// old\n');
    release(`300-${deadPid}`);
    publishRelease(link, `300-${deadPid}`);
    expect(currentRelease(link)).toBe(`300-${deadPid}`);
    const moved = readdirSync(releases).filter((n) => n !== `300-${deadPid}`);
    expect(moved).toEqual([expect.stringMatching(/^\d+-0$/)]);
    expect(pruneReleases(releases, [`300-${deadPid}`])).toEqual(moved);
  });
});

describe('pruneReleases', () => {
  it('removes only the builds nothing needs: not kept, not held by a live process, not being written', () => {
    release(`1-${deadPid}`); // old, unheld: removed
    release(`2-${deadPid}`, [deadPid]); // held by a server that has exited: removed
    release(`3-${deadPid}`, [process.pid]); // held by a running server: kept
    release(`4-${process.pid}`); // being written by a build still running: kept
    release(`5-${deadPid}`); // the one just replaced: kept
    release(`6-${deadPid}`); // the current one: kept
    mkdirSync(path.join(releases, 'notes')); // not a build: left alone
    expect(pruneReleases(releases, [`6-${deadPid}`, `5-${deadPid}`]).sort()).toEqual([`1-${deadPid}`, `2-${deadPid}`]);
    expect(readdirSync(releases).sort()).toEqual([`3-${deadPid}`, `4-${process.pid}`, `5-${deadPid}`, `6-${deadPid}`, 'notes']);
    expect(existsSync(path.join(releases, `3-${deadPid}`, 'handler.js'))).toBe(true);
  });
});
