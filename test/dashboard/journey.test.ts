import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFeeling } from '../../shared/feelings.js';
import { launchBrowser, makeOwner, signIn, startApp, type RunningApp } from './app.js';
import { checkIn } from './factories.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each([
  { js: true, label: 'with JavaScript' },
  { js: false, label: 'without JavaScript' },
])('the whole journey, $label', { timeout: 60_000 }, ({ js }) => {
  it('signs in with a spoken code, sees the check-in, corrects it, exports it and deletes everything', async () => {
    const owner = makeOwner();
    // "angry" misheard as "hungry": the word a user would come to fix.
    const saved = await app.store.addCheckIn(
      owner,
      checkIn({
        said: 'hungry',
        intensity: 6,
        whatHappened: 'My manager moved the deadline & didn’t say why.',
        practice: { planId: null, status: 'not_today', barrier: 'no_time', barrierSaid: 'work ran late' },
      }),
    );
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();

    // Sign in: lands on This week, which shows the check-in.
    await signIn(page, app, owner);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This week');
    const week = await page.locator('main').innerText();
    expect(week).toMatch(/1 of (7 nights|the \d nights so far|1 night so far)/);
    expect(week).toContain('hungry');
    expect(week).toContain('My manager moved the deadline & didn’t say why.');
    expect(week).toContain('work ran late');

    // Correct the misheard word in History.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.waitForURL(`${app.url}/history`);
    await page.getByRole('link', { name: /^Edit/ }).click();
    await page.waitForURL(`${app.url}/history/${saved.id}`);
    await page.getByLabel('Feeling, in your words').fill('angry');
    await page.getByLabel('How strong, 1 to 10').selectOption('7');
    await Promise.all([page.waitForURL(/\/history\?saved=/), page.getByRole('button', { name: 'Save' }).click()]);
    // The saved entry is marked (and, with JavaScript or not, focus goes to the mark).
    await expect(page.locator(`#entry-${saved.id} #saved-mark`).textContent()).resolves.toContain('Saved');
    const entry = page.locator(`#entry-${saved.id}`);
    expect(await entry.innerText()).toContain('angry');
    expect(await entry.innerText()).toContain('Angry');

    // The store holds the correction, reclassified, and kept everything else the user said.
    const stored = await app.store.getCheckIn(owner, saved.id);
    expect(stored?.feeling).toEqual(classifyFeeling('angry'));
    expect(stored?.feeling?.family).toBe('Angry');
    expect(stored?.intensity).toBe(7);
    expect(stored?.whatHappened).toBe('My manager moved the deadline & didn’t say why.');
    expect(stored?.practice).toEqual({ planId: null, status: 'not_today', barrier: 'no_time', barrierSaid: 'work ran late' });

    // Export: both downloads carry the corrected entry and are served as attachments.
    const json = await page.request.get(`${app.url}/export/json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-disposition']).toMatch(/^attachment; filename="between-sessions-\d{4}-\d{2}-\d{2}\.json"$/);
    const exported = (await json.json()) as { checkIns: Array<{ id: string; feeling: { said: string }; intensity: number }> };
    expect(exported.checkIns).toHaveLength(1);
    expect(exported.checkIns[0]).toMatchObject({ id: saved.id, feeling: { said: 'angry' }, intensity: 7 });
    const csv = await page.request.get(`${app.url}/export/csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(',angry,');
    expect(rows[1]).toContain(saved.id);

    // Delete everything, with the type-to-confirm step; a wrong word deletes nothing.
    await page.goto(`${app.url}/settings`);
    await page.getByRole('link', { name: 'Delete everything…' }).click();
    await page.waitForURL(`${app.url}/settings/delete`);
    await page.getByLabel(/Type “delete” to confirm/).fill('dlete');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    // Announced, not only shown: a screen reader user pressed Enter and must hear why nothing happened.
    await page.getByRole('alert').filter({ hasText: /Nothing has been deleted/ }).waitFor();
    expect(await app.store.listCheckIns(owner)).toHaveLength(1);
    await page.getByLabel(/Type “delete” to confirm/).fill('delete');
    await Promise.all([page.waitForURL(/\/signin\?message=deleted/), page.getByRole('button', { name: 'Delete everything' }).click()]);
    expect(await page.locator('main').innerText()).toContain('Everything you stored is deleted');

    expect(await app.store.listCheckIns(owner)).toEqual([]);
    const left = await app.store.exportOwner(owner);
    expect(left.checkIns).toEqual([]);
    expect(left.exercises).toEqual([]);
    expect(left.profile).toBeNull();
    // Signed out: the week is no longer reachable with this browser.
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await context.close();
  });
});
