/**
 * What a person hears and sees right after an action: a confirmation or a refusal must be read out (it has focus, or
 * sits in a live region that was there before it was written) and be in view where focus is, at 200% zoom (640x400).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rescue } from '../../shared/store/index.js';
import { launchBrowser, makeOwner, signIn, startApp, type RunningApp } from './app.js';
import { checkIn } from './factories.js';
import type { Owner } from '../../shared/schemas.js';

/* The functions passed to page.evaluate run in Chromium; the project's tsconfig has no DOM library. */
interface El {
  id: string;
  textContent: string | null;
  closest(selector: string): El | null;
  getBoundingClientRect(): { top: number; bottom: number };
}
declare const document: { activeElement: El | null; body: El; getElementById(id: string): El | null };
declare const window: { innerHeight: number };

const ZOOMED = { width: 640, height: 400 };

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A server of its own for each group of tests: sign-in allows ten tries from one address in ten minutes, and every
 * test here signs in from 127.0.0.1.
 */
function withApp(): void {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });
}

interface Focus {
  id: string;
  text: string;
  /** The id of the history entry it is in, if any. */
  entry: string | null;
  /** Entirely inside the viewport. */
  inView: boolean;
}

/** Waits for focus to leave <body> (SvelteKit moves it after a navigation), then says where it is. */
async function focusAfterAction(p: Page): Promise<Focus | null> {
  await p.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body, undefined, { timeout: 5_000 }).catch(() => undefined);
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    return {
      id: el.id,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      entry: el.closest('li.entry')?.id ?? null,
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
}

async function zoomedSignedIn(owner: Owner, js = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: ZOOMED, javaScriptEnabled: js });
  const page = await context.newPage();
  await signIn(page, app, owner);
  return { context, page };
}

describe.each([
  { js: true, label: 'with JavaScript' },
  { js: false, label: 'without JavaScript' },
])('confirmations after an action, at 640x400, $label', { timeout: 60_000 }, ({ js }) => {
  withApp();
  it('after Save, focus goes to a "Saved" mark on the saved entry, in view', async () => {
    const owner = makeOwner();
    // Enough entries that the saved one is far down the list, below the notice area.
    for (let i = 0; i < 6; i++) await app.store.addCheckIn(owner, checkIn({ said: `tired ${i}`, localTime: `1${i}:00` }));
    const target = (await app.store.listCheckIns(owner)).at(-1)!;
    const { context, page } = await zoomedSignedIn(owner, js);
    await page.goto(`${app.url}/history/${target.id}`);
    await page.getByLabel('Feeling, in your words').fill('worn out');
    await Promise.all([page.waitForURL(/\/history\?saved=/), page.getByRole('button', { name: 'Save' }).click()]);
    const focus = await focusAfterAction(page);
    expect(focus?.text).toMatch(/^Saved\b/);
    expect(focus?.entry).toBe(`entry-${target.id}`);
    expect(focus?.inView).toBe(true);
    expect(await page.locator(`#entry-${target.id}`).getAttribute('class')).toContain('saved');
    await context.close();
  });

  it('after deleting an entry, and after removing words kept aside, focus goes to the notice, in view', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn());
    await rescue(app.dataDir, owner, { said: ['words kept aside that night'] });
    const keptId = (await app.store.exportOwner(owner)).rescued[0]!.id;
    const { context, page } = await zoomedSignedIn(owner, js);

    await page.goto(`${app.url}/history/${entry.id}/delete`);
    await Promise.all([page.waitForURL(/\/history\?deleted=/), page.getByRole('button', { name: 'Delete this entry' }).click()]);
    expect(await focusAfterAction(page)).toMatchObject({ text: 'The entry is deleted.', inView: true });

    await page.goto(`${app.url}/history/kept-aside/${keptId}`);
    await Promise.all([page.waitForURL(/\/history\?removed=/), page.getByRole('button', { name: 'Remove these words' }).click()]);
    expect(await focusAfterAction(page)).toMatchObject({ text: 'Those words are removed.', inView: true });
    await context.close();
  });

  it('"Keep it" on a delete confirmation opened from History goes back to the same search, at that entry, in view', async () => {
    const owner = makeOwner();
    for (let i = 0; i < 6; i++) await app.store.addCheckIn(owner, checkIn({ said: `tired ${i}`, localTime: `1${i}:00` }));
    await app.store.addCheckIn(owner, checkIn({ said: 'calm', localTime: '09:00' }));
    const target = (await app.store.listCheckIns(owner)).find((c) => c.feeling?.said === 'tired 0')!;
    const { context, page } = await zoomedSignedIn(owner, js);
    await page.goto(`${app.url}/history?q=tired`);
    await Promise.all([page.waitForURL(/\/delete\?/), page.locator(`#entry-${target.id}`).getByRole('link', { name: /^Delete/ }).click()]);
    await Promise.all([page.waitForURL(/\/history\?q=tired#/), page.getByRole('link', { name: 'Keep it' }).click()]);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(`/history?q=tired#entry-${target.id}`);
    const box = await page.locator(`#entry-${target.id}`).boundingBox();
    // Scrolled to the entry's top (to within a rounding of a pixel), not left at the top of the list.
    expect(box!.y).toBeGreaterThan(-1);
    expect(box!.y).toBeLessThan(ZOOMED.height / 2);
    await context.close();
  });

  it('after saving settings, focus goes to "Your settings are saved.", in view', async () => {
    const { context, page } = await zoomedSignedIn(makeOwner(), js);
    await page.goto(`${app.url}/settings`);
    await Promise.all([page.waitForURL(/\/settings\?saved=/), page.getByRole('button', { name: 'Save settings' }).click()]);
    expect(await focusAfterAction(page)).toMatchObject({ text: 'Your settings are saved.', inView: true });
    await context.close();
  });

  it('after signing out, and after deleting everything, focus goes to the notice on the sign-in page', async () => {
    const owner = makeOwner();
    await app.store.addCheckIn(owner, checkIn());
    const { context, page } = await zoomedSignedIn(owner, js);
    await Promise.all([page.waitForURL(/\/signin\?message=signedout/), page.getByRole('button', { name: 'Sign out' }).click()]);
    expect(await focusAfterAction(page)).toMatchObject({ text: 'You are signed out.', inView: true });

    await signIn(page, app, owner);
    await page.goto(`${app.url}/settings/delete`);
    await page.getByLabel(/to confirm/).fill('delete');
    await Promise.all([page.waitForURL(/\/signin\?message=deleted/), page.getByRole('button', { name: 'Delete everything' }).click()]);
    expect(await focusAfterAction(page)).toMatchObject({ text: expect.stringContaining('Everything you stored is deleted'), inView: true });
    await context.close();
  });
});


/** Adds a choice the server will refuse to a select, and picks it: what a stale or tampered page would send. */
async function chooseRefusedOption(p: Page, select: string, value: string): Promise<void> {
  await p.locator(select).evaluate((el, v) => {
    const s = el as unknown as { ownerDocument: { createElement(t: string): { value: string; textContent: string } }; append(o: unknown): void; value: string };
    const option = s.ownerDocument.createElement('option');
    option.value = v;
    option.textContent = v;
    s.append(option);
    s.value = v;
  }, value);
}

describe.each([
  { js: true, label: 'with JavaScript' },
  { js: false, label: 'without JavaScript' },
])('a refused save, at 640x400, $label', { timeout: 60_000 }, ({ js }) => {
  withApp();
  it('editing an entry: focus goes to the summary, in view, and its link leads to the field', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ whatHappened: 'A long day.\n'.repeat(20) }));
    const { context, page } = await zoomedSignedIn(owner, js);
    await page.goto(`${app.url}/history/${entry.id}`);
    await page.getByLabel('Feeling, in your words').fill('x'.repeat(125));
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#error-summary').waitFor();
    const focus = await focusAfterAction(page);
    expect(focus).toMatchObject({ id: 'error-summary', inView: true });
    expect(focus?.text).toContain('Nothing was saved yet. Please check the feeling');
    await page.locator('#error-summary a', { hasText: 'the feeling' }).click();
    expect((await focusAfterAction(page))?.id).toBe('feeling');
    await context.close();
  });

  it('deleting an entry that changed while the page was open: nothing goes, focus goes to why, the entry shows as now', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'lonely', intensity: 3, whatHappened: null }));
    const { context, page } = await zoomedSignedIn(owner, js);
    await page.goto(`${app.url}/history/${entry.id}/delete`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('region', { name: 'The entry' }).innerText()).not.toContain('brother');
    // By voice, meanwhile, the person adds to that entry.
    await app.store.updateCheckIn(owner, entry.id, { whatHappened: 'I had a long talk with my brother' });
    await page.getByRole('button', { name: 'Delete this entry' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#changed').waitFor();
    const focus = await focusAfterAction(page);
    expect(focus).toMatchObject({ id: 'changed', inView: true });
    expect(focus?.text).toContain('This entry changed while the page was open, so nothing has been deleted.');
    expect(await page.getByRole('alert').filter({ hasText: 'nothing has been deleted' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'The entry' }).innerText()).toContain('I had a long talk with my brother');
    expect((await app.store.getCheckIn(owner, entry.id))?.whatHappened).toBe('I had a long talk with my brother');

    // Confirmed again, having seen the new words: now it goes.
    await Promise.all([page.waitForURL(/\/history\?deleted=/), page.getByRole('button', { name: 'Delete this entry' }).click()]);
    expect(await app.store.getCheckIn(owner, entry.id)).toBeNull();
    await context.close();
  });

  it('settings: a refused zone takes focus to the summary; no "saved" beside it; a second save is confirmed afresh', async () => {
    const { context, page } = await zoomedSignedIn(makeOwner(), js);
    await page.goto(`${app.url}/settings`);
    await Promise.all([page.waitForURL(/\/settings\?saved=/), page.getByRole('button', { name: 'Save settings' }).click()]);
    expect((await focusAfterAction(page))?.text).toBe('Your settings are saved.');

    await chooseRefusedOption(page, '#timeZone', 'Mars/Olympus_Mons');
    await page.getByRole('button', { name: 'Save settings' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#error-summary').waitFor();
    expect(await focusAfterAction(page)).toMatchObject({ id: 'error-summary', inView: true });
    expect(await page.locator('main').innerText()).not.toContain('Your settings are saved.');

    // Saving again (with a zone it takes) says so again, as a new notice that takes focus.
    await page.locator('#timeZone').selectOption('Europe/London');
    const before = page.url();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL((u) => /\/settings\?saved=/.test(u.href) && u.href !== before);
    expect(await focusAfterAction(page)).toMatchObject({ text: 'Your settings are saved.', inView: true });
    await page.getByRole('button', { name: 'Save settings' }).focus();
    const second = page.url();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.href !== second);
    expect(await focusAfterAction(page)).toMatchObject({ text: 'Your settings are saved.', inView: true });
    await context.close();
  });
});

/**
 * Records, in the page, every time SvelteKit's announcer (#svelte-announcer, which reads the title out) is given
 * text, with whether it was live at that moment.
 */
async function watchAnnouncer(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = globalThis as unknown as {
      heard: Array<{ text: string; live: string | null }>;
      MutationObserver: new (cb: () => void) => { observe(t: unknown, o: unknown): void };
      document: { body: unknown; getElementById(id: string): { textContent: string | null; getAttribute(n: string): string | null } | null };
    };
    w.heard = [];
    let last = w.document.getElementById('svelte-announcer')?.textContent ?? '';
    new w.MutationObserver(() => {
      const announcer = w.document.getElementById('svelte-announcer');
      const text = (announcer?.textContent ?? '').trim();
      if (announcer && text !== last) {
        last = text;
        if (text) w.heard.push({ text, live: announcer.getAttribute('aria-live') });
      }
    }).observe(w.document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What the announcer said out loud since watchAnnouncer (text given while aria-live was not "off"). */
async function titlesSpoken(p: Page): Promise<string[]> {
  const heard = await p.evaluate(() => (globalThis as unknown as { heard: Array<{ text: string; live: string | null }> }).heard);
  return heard.filter((h) => h.live !== 'off').map((h) => h.text);
}

describe('the page title is not read over what a same-page change says', { timeout: 60_000 }, () => {
  withApp();
  it('a refused code: the title is not announced, and focus is back in the field its error describes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/signin`);
    await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
    await watchAnnouncer(page);
    await page.getByLabel('Your code').fill('12');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#code-error').waitFor();
    await page.waitForTimeout(300);
    expect(await titlesSpoken(page)).toEqual([]);
    expect((await focusAfterAction(page))?.id).toBe('code');
    await context.close();
  });

  it('a search: the result count is not talked over; going to another page still says its title', async () => {
    const owner = makeOwner();
    await app.store.addCheckIn(owner, checkIn({ said: 'lonely' }));
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, app, owner);
    await page.goto(`${app.url}/history`);
    await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
    await watchAnnouncer(page);
    await page.getByLabel('Search your words').fill('lonely');
    await Promise.all([page.waitForURL(/\?q=lonely/), page.getByRole('button', { name: 'Search' }).click()]);
    await page.waitForTimeout(300);
    expect(await titlesSpoken(page)).toEqual([]);

    await Promise.all([page.waitForURL(/\/settings$/), page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()]);
    await page.waitForTimeout(300);
    expect(await titlesSpoken(page)).toEqual(['Settings · Between Sessions']);
    await context.close();
  });
});

describe('a form the server will not take from this address', { timeout: 60_000 }, () => {
  it('says so, in view and with focus, naming the address that works, instead of doing nothing', async () => {
    // ORIGIN names another address than the one the page is opened on (as when the demo is opened at 127.0.0.1):
    // SvelteKit's cross-site check refuses the post with a bare 403.
    const elsewhere = await startApp({ env: { ORIGIN: 'http://localhost:1' } });
    try {
      const context = await browser.newContext({ viewport: ZOOMED });
      const page = await context.newPage();
      // The message is the page script's: clicked before it has run, the browser posts the form itself and shows the
      // server's bare 403. Wait for the script.
      await page.goto(`${elsewhere.url}/signin`, { waitUntil: 'networkidle' });
      await page.getByLabel('Your code').fill('1234 5678');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#send-problem').waitFor();
      const focus = await focusAfterAction(page);
      expect(focus).toMatchObject({ id: 'send-problem', inView: true });
      expect(focus?.text).toContain('Nothing was sent');
      expect(focus?.text).toContain('http://localhost:1');
      await context.close();
    } finally {
      await elsewhere.stop();
    }
  });
});
