import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER } from '../../shared/demo.js';
import { launchBrowser, startApp, type RunningApp } from './app.js';
import { AXE_CONTEXT, axeViolations } from './axe.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('demo mode (DEMO=1)', { timeout: 60_000 }, () => {
  it('seeds the demo user at start-up and signs in with one click', async () => {
    // Seeded by the server's init hook, before anyone clicked anything.
    const seeded = await app.store.listCheckIns(DEMO_OWNER);
    expect(seeded.length).toBeGreaterThan(10);

    const context = await browser.newContext(AXE_CONTEXT);
    const page = await context.newPage();
    await page.goto(`${app.url}/signin`);
    expect(await axeViolations(page), 'sign-in page with the demo button').toEqual([]);
    await Promise.all([page.waitForURL(`${app.url}/`), page.getByRole('button', { name: 'Try the demo' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('This week');
    expect(await axeViolations(page), 'This week for the demo user, with its banner').toEqual([]);
    // The cluster grid looks back eight weeks, so the seeded hard nights show whatever day of the week it is.
    expect(await page.locator('#clusters-heading').count()).toBe(1);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);

    await page.goto(`${app.url}/history`);
    expect(await page.locator('ol.entries > li').count()).toBe(Math.min(50, seeded.length));
    // Seeding again does not duplicate: the demo is only seeded when empty.
    expect(await app.store.listCheckIns(DEMO_OWNER)).toHaveLength(seeded.length);
    await context.close();
  });

  it('after the demo user deletes everything, the next "Try the demo" starts fresh', async () => {
    await app.store.deleteOwner(DEMO_OWNER);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/demo`);
    await Promise.all([page.waitForURL(`${app.url}/`), page.getByRole('button', { name: 'Try the demo' }).click()]);
    expect((await app.store.listCheckIns(DEMO_OWNER)).length).toBeGreaterThan(10);
    await context.close();
  });
});
