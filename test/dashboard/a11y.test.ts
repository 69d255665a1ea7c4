import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLinkCode } from '../../shared/auth.js';
import { seedDemo } from '../../shared/demo.js';
import type { CheckIn } from '../../shared/schemas.js';
import { rescue } from '../../shared/store/index.js';
import { closeSignedIn, makeOwner, openSignedIn, type RunningApp, signIn } from './app.js';
import { AXE_CONTEXT, axeViolations } from './axe.js';


/*
 * The functions passed to page.evaluate run in Chromium. The project's tsconfig has no DOM library (the rest is
 * Node code), so the few browser globals they touch are declared here, scoped to this module.
 */
interface El {
  id: string;
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const window: unknown;
declare const document: {
  activeElement: El | null;
  body: El;
  querySelector(selector: string): El | null;
  documentElement: { scrollWidth: number; clientWidth: number };
};
declare function getComputedStyle(el: El): { outlineWidth: string; outlineStyle: string };
type HTMLElement = El;
type HTMLDetailsElement = El & { open: boolean };

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let entry: CheckIn;
let keptId: string;
const owner = makeOwner();

/** Every page a signed-in person can reach, with the control that matters most on it. */
function pages(): Array<{ path: string; h1: RegExp; control: { role: 'button' | 'link' | 'textbox' | 'combobox' | 'searchbox'; name: RegExp } }> {
  return [
    { path: '/', h1: /This week/, control: { role: 'link', name: /Previous week/ } },
    { path: '/history', h1: /History/, control: { role: 'button', name: /^Search$/ } },
    { path: `/history/${entry.id}`, h1: /Edit the entry/, control: { role: 'button', name: /^Save$/ } },
    { path: `/history/${entry.id}/delete`, h1: /Delete this entry\?/, control: { role: 'button', name: /Delete this entry/ } },
    { path: '/settings', h1: /Settings and privacy/, control: { role: 'button', name: /Save settings/ } },
    { path: '/settings/delete', h1: /Delete everything\?/, control: { role: 'button', name: /Delete everything/ } },
    { path: '/export/unreadable', h1: /Your download could not be made/, control: { role: 'link', name: /delete everything/ } },
    { path: `/history/kept-aside/${keptId}`, h1: /Remove these words\?/, control: { role: 'button', name: /Remove these words/ } },
  ];
}

interface Focused {
  tag: string;
  text: string;
  outlineWidth: number;
  outlineStyle: string;
}

async function focused(p: Page): Promise<Focused | null> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
    return {
      tag: el.tagName.toLowerCase(),
      text: (label ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      outlineWidth: parseFloat(style.outlineWidth),
      outlineStyle: style.outlineStyle,
    };
  });
}

/** Tabs through the page from the top, returning every element that took focus (stops when focus wraps). */
async function tabThrough(p: Page, max = 200): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    const f = await focused(p);
    if (!f) break;
    seen.push(f);
  }
  return seen;
}

beforeAll(async () => {
  ({ app, browser, context, page } = await openSignedIn(owner, async (app) => {
    await seedDemo(app.store, owner, { weeks: 8 });
    // So History's "Words kept aside" section is checked too.
    await rescue(app.dataDir, owner, { said: ['words the store could not take that night'] });
    keptId = (await app.store.exportOwner(owner)).rescued[0]!.id;
    const list = await app.store.listCheckIns(owner);
    entry = list.find((c) => c.whatHappened !== null) ?? list[0]!;
  }, AXE_CONTEXT));
});
afterAll(async () => {
  await closeSignedIn({ app, browser, context });
});

// Browser passes over every page are slower than unit tests, and slower still on a loaded CI machine.
describe('accessibility of every page', { timeout: 90_000 }, () => {
  it('the sign-in page, and an empty week, have no serious or critical axe violations', async () => {
    const anon = await browser.newContext(AXE_CONTEXT);
    const p = await anon.newPage();
    await p.goto(`${app.url}/signin`);
    expect(await axeViolations(p)).toEqual([]);
    expect(await p.locator('h1').count()).toBe(1);
    // A refused code shows its message tied to the field.
    await p.getByLabel('Your code').fill('12');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.locator('#code-error').waitFor();
    expect(await p.getByLabel('Your code').getAttribute('aria-describedby')).toContain('code-error');
    expect(await axeViolations(p)).toEqual([]);
    await anon.close();

    const empty = await browser.newContext(AXE_CONTEXT);
    const e = await empty.newPage();
    await signIn(e, app, makeOwner());
    expect(await e.locator('main').innerText()).toContain('Alexa, open between sessions');
    expect(await axeViolations(e)).toEqual([]);
    await empty.close();
  });

  it('each signed-in page: one h1, landmarks, a skip link, and no serious or critical axe violations', async () => {
    for (const { path, h1 } of pages()) {
      await page.goto(`${app.url}${path}`);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('h1').innerText(), path).toMatch(h1);
      expect(await page.locator('main#main').count(), path).toBe(1);
      expect(await page.locator('header').count(), path).toBeGreaterThan(0);
      expect(await page.locator('nav[aria-label="Main"]').count(), path).toBe(1);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('charts are images with a name, and their numbers are in a table too', async () => {
    await page.goto(`${app.url}/`);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    for (const chart of await charts.all()) {
      const ids = (await chart.getAttribute('aria-labelledby'))!.split(' ');
      const title = await page.locator(`[id="${ids[0]}"]`).textContent();
      expect(title?.length).toBeGreaterThan(10);
    }
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(2);
    // Each table's disclosure says which chart it is, so a list of controls does not read "Show as a table" twice.
    const toggles = await page.locator('summary').allInnerTexts();
    expect(toggles.length).toBeGreaterThanOrEqual(2);
    expect(new Set(toggles).size).toBe(toggles.length);
  });

  it('a keyboard-only pass: every page can be tabbed through, focus is always visible, the main control is reached', async () => {
    for (const { path, control } of pages()) {
      await page.goto(`${app.url}${path}`);
      const trail = await tabThrough(page);
      expect(trail[0]?.text, `${path}: the first Tab lands on the skip link`).toBe('Skip to content');
      for (const f of trail) {
        expect(f.outlineStyle, `${path}: focus visible on ${f.tag} "${f.text}"`).not.toBe('none');
        expect(f.outlineWidth, `${path}: focus visible on ${f.tag} "${f.text}"`).toBeGreaterThanOrEqual(2);
      }
      const name = (await page.getByRole(control.role, { name: control.name }).first().innerText()).trim() ||
        (await page.getByRole(control.role, { name: control.name }).first().getAttribute('aria-label')) || '';
      expect(name, `${path}: the control has a name`).not.toBe('');
      expect(trail.some((f) => control.name.test(f.text) || f.text === name), `${path}: reaches ${control.name}`).toBe(true);
    }
  });

  it('keyboard only: sign in with a code', async () => {
    const anon = await browser.newContext();
    const p = await anon.newPage();
    await p.goto(`${app.url}/signin`);
    const trail: Focused[] = [];
    for (let i = 0; i < 10 && (await focused(p))?.text !== 'Your code'; i++) {
      await p.keyboard.press('Tab');
      const f = await focused(p);
      if (f) trail.push(f);
    }
    expect(trail[0]?.text).toBe('Skip to content');
    for (const f of trail) expect(f.outlineStyle, `focus visible on ${f.tag} "${f.text}"`).not.toBe('none');
    const { code } = await issueLinkCode(app.store, owner);
    await p.keyboard.type(code);
    await Promise.all([p.waitForURL(`${app.url}/`), p.keyboard.press('Enter')]);
    expect(await p.locator('h1').innerText()).toBe('This week');
    await anon.close();
  });

  it('the skip link moves focus to the main content', async () => {
    await page.goto(`${app.url}/history`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('keyboard only: search history, then fix an entry and save it', async () => {
    await page.goto(`${app.url}/history`);
    // Focus the search box by tabbing to it, type, and submit with Enter.
    for (let i = 0; i < 20 && (await focused(page))?.text !== 'Search your words'; i++) await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toBe('Search your words');
    const said = entry.feeling!.said;
    await page.keyboard.type(said);
    await Promise.all([page.waitForURL(/\/history\?q=/), page.keyboard.press('Enter')]);
    expect(await page.locator('ol.entries > li').count()).toBeGreaterThan(0);
    for (const item of await page.locator('ol.entries > li').allInnerTexts()) expect(item.toLowerCase()).toContain(said.toLowerCase().split(' ')[0]);

    await page.goto(`${app.url}/history/${entry.id}`);
    for (let i = 0; i < 20 && (await focused(page))?.text !== 'Feeling, in your words'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('worried');
    for (let i = 0; i < 20 && (await focused(page))?.text !== 'Save'; i++) await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toBe('Save');
    await Promise.all([page.waitForURL(/\/history\?saved=/), page.keyboard.press('Enter')]);
    expect((await app.store.getCheckIn(owner, entry.id))?.feeling?.said).toBe('worried');
  });

  it('marks "This week" as the current page only on this week, not on an earlier one', async () => {
    await page.goto(`${app.url}/`);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'This week' }).getAttribute('aria-current')).toBe('page');
    await page.goto(`${app.url}/?week=2025-01-01`);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'This week' }).getAttribute('aria-current')).toBeNull();
  });

  it("the user's own words keep their line breaks on screen", async () => {
    await app.store.updateCheckIn(owner, entry.id, { whatHappened: 'first line\nsecond line' });
    await page.goto(`${app.url}/history#entry-${entry.id}`);
    const shown = await page.locator(`#entry-${entry.id} dd`, { hasText: 'first line' }).innerText();
    expect(shown).toBe('first line\nsecond line');
    await page.goto(`${app.url}/history/${entry.id}/delete`);
    expect(await page.locator('blockquote', { hasText: 'first line' }).innerText()).toBe('first line\nsecond line');
  });

  it('at 200% zoom (640 CSS px wide) no page scrolls sideways', async () => {
    const narrow = await browser.newContext({ viewport: { width: 640, height: 800 } });
    const p = await narrow.newPage();
    await signIn(p, app, owner);
    for (const { path } of pages()) {
      await p.goto(`${app.url}${path}`);
      // Open the table alternatives too: they must fit as well.
      for (const d of await p.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      const { scroll, client } = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, `${path} is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
    }
    await narrow.close();
  });
});
