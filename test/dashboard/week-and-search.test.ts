/**
 * Moving through weeks and searching keep the keyboard where it was working, and the week's words are fair to a week
 * still under way: counted out of the nights so far, and "not yet" for nights still to come.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSignedIn, makeOwner, openSignedIn, type RunningApp } from './app.js';
import { checkIn, tonight } from './factories.js';

/* The functions passed to page.evaluate run in Chromium; the project's tsconfig has no DOM library. */
declare const document: { activeElement: { id: string; tagName: string; textContent: string | null } | null };

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const owner = makeOwner();

beforeAll(async () => {
  ({ app, browser, context, page } = await openSignedIn(owner, async (app) => {
    const entry = await app.store.addCheckIn(owner, checkIn({ night: tonight(), said: 'restless', intensity: 9 }));
    await app.store.addExercise(owner, {
      night: entry.night, localTime: '22:20', kind: 'slow_exhale', rounds: 3, completed: true, intensityBefore: 9, intensityAfter: 5, checkInId: entry.id,
    });
  }));
});
afterAll(async () => {
  await closeSignedIn({ app, browser, context });
});

const active = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName.toLowerCase() ?? '', text: (document.activeElement?.textContent ?? '').trim() }));

describe('keyboard place', { timeout: 60_000 }, () => {
  it('a search keeps focus in the search form', async () => {
    await page.goto(`${app.url}/history`);
    await page.getByLabel('Search your words').focus();
    await page.keyboard.type('restless');
    await Promise.all([page.waitForURL(/\?q=restless/), page.keyboard.press('Enter')]);
    await page.waitForTimeout(200);
    expect((await active()).id).toBe('q');
    expect(await page.getByRole('status').first().innerText()).toContain('1 entry found');
  });

  it('another week focuses its heading, and the week links are the next Tab', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: '← Previous week' }).focus();
    await Promise.all([page.waitForURL(/\?week=/), page.keyboard.press('Enter')]);
    await page.waitForTimeout(200);
    const focus = await active();
    expect(focus.tag).toBe('h1');
    expect(focus.text).toBe(await page.locator('h1').innerText());
    await page.keyboard.press('Tab');
    expect((await active()).text).toBe('← Previous week');
  });
});

describe('a week under way', () => {
  it('counts out of the nights so far, says "not yet" for nights to come, and "down 4 on average"', async () => {
    await page.goto(`${app.url}/`);
    const desc = (await page.locator('#intensity-chart-desc').textContent()) ?? '';
    const nights = desc.split('; ');
    expect(nights).toHaveLength(7);
    const toCome = nights.filter((n) => n.endsWith(': not yet')).length;
    const soFar = 7 - toCome;
    // Every night after one still to come is still to come; none before tonight is.
    expect(nights.slice(soFar).every((n) => n.endsWith(': not yet'))).toBe(true);
    const headline = await page.locator('p.nights strong').innerText();
    expect(headline).toBe(soFar === 7 ? '1 of 7 nights' : soFar === 1 ? '1 of 1 night so far' : `1 of the ${soFar} nights so far`);

    const main = await page.locator('main').innerText();
    expect(main).toContain('down 4 on average');
    expect(main).not.toContain('Average change');
  });
});
