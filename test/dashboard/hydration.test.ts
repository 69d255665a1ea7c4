/**
 * What a person types before the page's script has loaded (a slow phone, a bad connection) must survive the moment
 * the script takes over the page. It did not: SvelteKit's hydration reset every typed field to the server's value.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLinkCode } from '../../shared/auth.js';
import type { CheckIn } from '../../shared/schemas.js';
import { launchBrowser, makeOwner, newSignedInPage, startApp, type RunningApp } from './app.js';
import { checkIn } from './factories.js';

let app: RunningApp;
let browser: Browser;
let entry: CheckIn;
const owner = makeOwner();

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  entry = await app.store.addCheckIn(owner, checkIn({ said: 'hungry', whatHappened: 'A long day.' }));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens `path` with the app's scripts held back, so typing happens before hydration, as on a slow connection. */
async function openSlowly(page: Page, path: string): Promise<void> {
  await page.route('**/_app/immutable/**', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(`${app.url}${path}`, { waitUntil: 'commit' });
}

/** The scripts have arrived and run. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.unrouteAll({ behavior: 'wait' });
}

describe('typing before the page script has loaded', { timeout: 60_000 }, () => {
  it('keeps the sign-in code, and signs in with it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { code } = await issueLinkCode(app.store, owner);
    await openSlowly(page, '/signin');
    await page.getByLabel('Your code').fill(code);
    await hydrated(page);
    expect(await page.getByLabel('Your code').inputValue()).toBe(code);
    await Promise.all([page.waitForURL(`${app.url}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
    await context.close();
  });

  it.each([
    ['/history', 'Search your words', 'long day'],
    ['/history/:id', 'Feeling, in your words', 'angry'],
    ['/history/:id', 'What happened', 'A long day, and a walk.'],
    ['/settings/delete', /Type “delete” to confirm/, 'delete'],
  ] as const)('keeps what was typed on %s into "%s"', async (path, label, typed) => {
    const { context, page } = await newSignedInPage(browser, app, owner);
    await openSlowly(page, path.replace(':id', entry.id));
    await page.getByLabel(label).fill(typed);
    await hydrated(page);
    expect(await page.getByLabel(label).inputValue()).toBe(typed);
    await context.close();
  });
});
