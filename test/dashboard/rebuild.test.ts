/**
 * `npm start`, `npm run demo` and `npm run build` all build the dashboard in this checkout, and the README has people
 * run a second one on another port. Each build used to replace dashboard/build in place: a server already running
 * then answered 500 (ERR_MODULE_NOT_FOUND for nodes/10.js-<hash>.js) on the first visit to a page it had not yet
 * loaded, such as Settings and "Delete everything", and the scripts and styles of the pages it served were gone.
 */
import { realpathSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../shared/auth.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { makeOwner, startApp, startProductServer, type ProductServer, type RunningApp } from './app.js';
import { BUILD_DIR, rebuild } from './build.js';

interface Served {
  url: string;
  cookie: string;
}

/** The immutable assets (scripts, styles) a page links to. */
async function assetsOf(served: Served, path: string): Promise<string[]> {
  const res = await fetch(`${served.url}${path}`, { headers: { cookie: served.cookie } });
  expect(res.status).toBe(200);
  return [...new Set((await res.text()).match(/\/_app\/immutable\/[^"']+\.(?:js|css)/g) ?? [])];
}

async function signedIn(url: string, store: Store): Promise<Served> {
  const { token } = await createSession(store, makeOwner());
  return { url, cookie: `bs_session=${token}` };
}

describe('a build while servers run from the same checkout', { timeout: 180_000 }, () => {
  let product: ProductServer;
  let productStore: Store;
  let alone: RunningApp;
  let servers: [string, Served][];

  beforeAll(async () => {
    [product, alone] = await Promise.all([startProductServer({}, 'bs-rebuild-'), startApp()]);
    productStore = await openStore(product.dataDir);
    servers = [
      ['npm start', await signedIn(`http://127.0.0.1:${product.port}`, productStore)],
      ['node dashboard/build', await signedIn(alone.url, alone.store)],
    ];
  }, 120_000);

  afterAll(async () => {
    await productStore?.close();
    await product?.stop();
    await alone?.stop();
  });

  it('leaves both serving every page, and the scripts and styles of pages already open', async () => {
    const before = realpathSync(BUILD_DIR);
    // Only This week is visited first: Settings is loaded for the first time after the build.
    const opened = await Promise.all(servers.map(([, served]) => assetsOf(served, '/')));
    for (const assets of opened) expect(assets.length).toBeGreaterThan(0);

    await rebuild();
    expect(realpathSync(BUILD_DIR), 'the build went somewhere new').not.toBe(before);

    for (const [[name, served], assets] of servers.map((s, i) => [s, opened[i]!] as const)) {
      for (const path of ['/settings', '/settings/delete', '/history', '/']) {
        const res = await fetch(`${served.url}${path}`, { headers: { cookie: served.cookie }, redirect: 'manual' });
        expect(res.status, `${name} ${path}`).toBe(200);
      }
      for (const asset of assets) {
        expect((await fetch(`${served.url}${asset}`)).status, `${name} ${asset}`).toBe(200);
      }
    }
  });
});
