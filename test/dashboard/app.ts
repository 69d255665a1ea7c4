import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { issueLinkCode } from '../../shared/auth.js';
import type { Owner } from '../../shared/schemas.js';
import { openStore } from '../../shared/store/index.js';
import type { Store } from '../../shared/store/Store.js';
import { BUILD_DIR, ensureBuilt, ROOT } from './build.js';

/** A free TCP port on the loopback interface (adapter-node needs a real PORT; 0 is not accepted). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningApp {
  url: string;
  dataDir: string;
  /** The real store on the same DATA_DIR, as a second process would open it (the skill, in production). */
  store: Store;
  /** What the server printed so far, for diagnosing a failure. */
  logs(): string;
  stop(): Promise<void>;
}

/** Starts `node dashboard/build` on a free loopback port with a fresh temporary DATA_DIR. */
export async function startApp(
  options: { demo?: boolean; env?: Record<string, string>; /** false: no ORIGIN, so the protocol comes from PROTOCOL_HEADER */ origin?: boolean } = {},
): Promise<RunningApp> {
  ensureBuilt();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bs-dash-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [BUILD_DIR], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      // adapter-node assumes https unless told the origin; the CSRF check compares against it.
      ...(options.origin === false ? {} : { ORIGIN: `http://127.0.0.1:${port}` }),
      DATA_DIR: dataDir,
      DEMO: options.demo ? '1' : '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dashboard exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/signin`, { headers: options.env?.PROTOCOL_HEADER ? { [options.env.PROTOCOL_HEADER]: 'http' } : {} });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`dashboard did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  const store = await openStore(dataDir);
  return {
    url,
    dataDir,
    store,
    logs: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Signs `owner` in through the real sign-in form with a code issued the way the skill issues it. */
export async function signIn(page: Page, app: RunningApp, owner: Owner): Promise<void> {
  const { code } = await issueLinkCode(app.store, owner);
  await page.goto(`${app.url}/signin`);
  await page.getByLabel('Your code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Either we land on This week, or the form says why not: report that (or what the page and server show), rather
  // than a bare navigation time-out.
  const landed = await Promise.race([
    page.waitForURL(`${app.url}/`, { timeout: 25_000 }).then(() => null),
    page.locator('#code-error').waitFor({ timeout: 25_000 }).then(() => page.locator('#code-error').innerText()),
  ]).catch(async (error: Error) => {
    const main = await page.locator('body').innerText().catch(() => '(no page)');
    throw new Error(`${error.message}\nat ${page.url()}\npage: ${main.slice(0, 600)}\nserver: ${app.logs().slice(-2000)}`);
  });
  if (landed !== null) throw new Error(`Sign-in was refused: ${landed}`);
}

export async function newSignedInPage(browser: Browser, app: RunningApp, owner: Owner): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, app, owner);
  return { context, page };
}

let counter = 0;
/** A fresh owner per test, so tests never see each other's data. */
export function makeOwner(overrides: Partial<Owner> = {}): Owner {
  counter += 1;
  return { userId: `amzn1.ask.account.TEST${process.pid}x${counter}`, ...overrides };
}

/** The whole product as `npm start` runs it, in its own process, on a free port and a fresh DATA_DIR. */
export interface ProductServer {
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts skill/server.ts with `env` (PORT, HOST, DATA_DIR and PATH are set here) and waits until it listens. */
export async function startProductServer(env: Record<string, string>, prefix: string): Promise<ProductServer> {
  ensureBuilt();
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'skill/server.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('listening')) resolve();
    });
    server.stderr!.on('data', (d) => (out += d));
    server.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    port,
    dataDir,
    async stop() {
      server.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** An app, a browser and one page signed in as the owner, for the tests of a file that share them. */
export interface SignedIn {
  app: RunningApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Starts the app and a browser, lets `seed` fill the owner's data, then signs the owner in on a new page. */
export async function openSignedIn(
  owner: Owner,
  seed: (app: RunningApp) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<SignedIn> {
  const [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  await seed(app);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, app, owner);
  return { app, browser, context, page };
}

/** Closes what openSignedIn opened; anything left undefined (it never ran) is skipped. */
export async function closeSignedIn(opened: Partial<SignedIn>): Promise<void> {
  await opened.context?.close();
  await opened.browser?.close();
  await opened.app?.stop();
}
