/**
 * `npm run demo` / `npm start` without ORIGIN: the address printed is http://localhost:PORT, but people (and this
 * project's own sweep) open http://127.0.0.1:PORT. Both names of this server's port work; no other origin does.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startProductServer, type ProductServer } from './app.js';

let product: ProductServer;
let port: number;
let browser: Browser;

beforeAll(async () => {
  // As `npm run demo` runs it: no ORIGIN, no PROTOCOL_HEADER.
  product = await startProductServer({ DEMO: '1' }, 'bs-loopback-');
  port = product.port;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** A form post as a browser on `from` would send it, to `to`. */
function post(to: string, from: string): Promise<Response> {
  return fetch(`${to}/demo`, {
    method: 'POST',
    headers: { origin: from, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
    redirect: 'manual',
  });
}

describe('without ORIGIN, the server takes forms from both loopback names of its port', { timeout: 60_000 }, () => {
  it.each(['localhost', '127.0.0.1'])('opened at http://%s:PORT, "Try the demo" signs in', async (host) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = `http://${host}:${port}`;
    await page.goto(`${url}/signin`);
    await Promise.all([page.waitForURL(`${url}/`), page.getByRole('button', { name: 'Try the demo' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('This week');
    await context.close();
  });

  it('still refuses a post from any other origin: another site, or another port on this machine', async () => {
    const url = `http://127.0.0.1:${port}`;
    expect((await post(url, url)).status).toBe(303);
    expect((await post(url, `http://localhost:${port}`)).status).toBe(303);
    for (const from of ['http://evil.example', `http://127.0.0.1:${port + 1}`, `http://localhost:${port + 1}`, `https://127.0.0.1:${port}`, 'null']) {
      expect((await post(url, from)).status, from).toBe(403);
    }
  });
});
