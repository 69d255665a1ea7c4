/**
 * At 320 CSS px (400% zoom on a 1280px screen) every page reflows into something readable: no chart text shrunk to
 * 6px, no table header broken letter by letter, no safety setting cut off; and the numbers in the heat grid have 4.5:1
 * against their cells whatever the counts (axe cannot check text inside an SVG).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast, MIN_CONTRAST, readableCell, type Rgb } from '../../dashboard/src/lib/contrast.js';
import { seedDemo } from '../../shared/demo.js';
import { closeSignedIn, makeOwner, openSignedIn, type RunningApp, signIn } from './app.js';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const owner = makeOwner();

beforeAll(async () => {
  ({ app, browser, context, page } = await openSignedIn(owner, async (app) => {
    await seedDemo(app.store, owner, { weeks: 8 });
  }, { viewport: { width: 320, height: 640 } }));
});
afterAll(async () => {
  await closeSignedIn({ app, browser, context });
});

/* The functions passed to page.evaluate run in Chromium; the project's tsconfig has no DOM library. */
type Doc = {
  querySelectorAll(s: string): ArrayLike<Node>;
  createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getClientRects(): ArrayLike<{ width: number }> };
  createTreeWalker(root: unknown, what: number): { nextNode(): { textContent: string | null } | null };
  documentElement: { scrollWidth: number; clientWidth: number };
};
type Node = {
  textContent: string | null;
  getBoundingClientRect(): { width: number; height: number };
  getAttribute(n: string): string | null;
  closest(s: string): Node | null;
  querySelectorAll(s: string): ArrayLike<Node>;
  scrollWidth: number;
  clientWidth: number;
};

describe('at 320 CSS px', { timeout: 60_000 }, () => {
  it('This week: no chart text under 12px is shown, the tables are, and no header word breaks inside', async () => {
    await page.goto(`${app.url}/`);
    const tiny = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as { document: Doc; getComputedStyle(n: Node): { fontSize: string } };
      const found: string[] = [];
      for (const svg of Array.from(document.querySelectorAll('svg[role="img"]'))) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue; // not shown: the table stands in for it
        const viewBox = Number((svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ')[2]);
        for (const text of Array.from(svg.querySelectorAll('text'))) {
          const px = parseFloat(getComputedStyle(text).fontSize) * (box.width / viewBox);
          if (px < 12) found.push(`${text.textContent} at ${px.toFixed(1)}px`);
        }
      }
      return found;
    });
    expect(tiny).toEqual([]);

    const tables = page.locator('table');
    expect(await tables.count()).toBeGreaterThanOrEqual(2);
    for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);

    const broken = await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: Doc };
      const out: string[] = [];
      for (const th of Array.from(document.querySelectorAll('th'))) {
        const walker = document.createTreeWalker(th, 4);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // A break after a hyphen ("Check-/ins") is an ordinary line break; a break inside a word is not.
          for (const m of text.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index!);
            range.setEnd(node, m.index! + m[0].length);
            const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0).length;
            if (lines > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    expect(broken, 'header words split across lines').toEqual([]);
    const { scroll, client } = await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: Doc };
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
    });
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it('Settings: every crisis-line choice is shown in full', async () => {
    await page.goto(`${app.url}/settings`);
    const choices = page.getByRole('radio');
    expect(await choices.count()).toBeGreaterThanOrEqual(6);
    for (const label of await page.locator('label.choice').all()) {
      const { scrollWidth, clientWidth, text } = await label.evaluate((el) => {
        const n = el as unknown as Node;
        return { scrollWidth: n.scrollWidth, clientWidth: n.clientWidth, text: n.textContent ?? '' };
      });
      expect(scrollWidth, text).toBeLessThanOrEqual(clientWidth);
    }
    await expect(page.getByRole('radio', { name: /Samaritans, 116 123/ }).first().isVisible()).resolves.toBe(true);
  });
});

describe('heat-grid numbers', () => {
  it('every cell colour of the ramp has an ink at 4.5:1, and the cells still darken in order', () => {
    let last = 0;
    for (let max = 1; max <= 12; max++) {
      for (let n = 1; n <= max; n++) {
        const t = n / max;
        const mix = (a: number, b: number) => Math.round(a + (b - a) * (0.25 + 0.75 * t));
        const { fill, ink } = readableCell([mix(240, 122), mix(214, 75), mix(190, 42)], t > 0.5);
        expect(contrast(fill, ink), `${n} of ${max}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    }
    for (let t = 0; t <= 1; t += 0.05) {
      const mix = (a: number, b: number) => Math.round(a + (b - a) * (0.25 + 0.75 * t));
      const { fill } = readableCell([mix(240, 122), mix(214, 75), mix(190, 42)], t > 0.5);
      const white: Rgb = [255, 255, 255];
      const c = contrast(fill, white);
      expect(c, `darker as t grows (t=${t.toFixed(2)})`).toBeGreaterThanOrEqual(last - 1e-9);
      last = c;
    }
  });

  it('on the page, each number is drawn in a colour with 4.5:1 against its cell', async () => {
    const wide = await browser.newContext();
    const p = await wide.newPage();
    await signIn(p, app, owner);
    const pairs = await p.evaluate(() => {
      const { document } = globalThis as unknown as { document: Doc };
      return Array.from(document.querySelectorAll('svg.grid-chart text.n')).map((t) => {
        const el = t as unknown as { previousElementSibling: Node | null; getAttribute(n: string): string | null; textContent: string | null };
        return { n: el.textContent, ink: el.getAttribute('fill'), cell: el.previousElementSibling?.getAttribute('fill') ?? null };
      });
    });
    expect(pairs.length).toBeGreaterThan(0);
    const rgb = (s: string | null): Rgb => (/(\d+), (\d+), (\d+)/.exec(s ?? '')!.slice(1).map(Number) as unknown as Rgb);
    for (const { n, ink, cell } of pairs) expect(contrast(rgb(ink), rgb(cell)), `${n}: ${ink} on ${cell}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    await wide.close();
  });
});

describe('with WCAG 1.4.12 text spacing', () => {
  it('no heat-grid or chart label runs outside its SVG', async () => {
    const wide = await browser.newContext();
    const p = await wide.newPage();
    await signIn(p, app, owner);
    await p.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    const outside = await p.evaluate(() => {
      const { document } = globalThis as unknown as { document: Doc };
      const out: string[] = [];
      for (const svg of Array.from(document.querySelectorAll('svg[role="img"]'))) {
        const box = svg.getBoundingClientRect() as unknown as { left: number; right: number };
        for (const text of Array.from(svg.querySelectorAll('text'))) {
          const t = text.getBoundingClientRect() as unknown as { left: number; right: number };
          if (t.left < box.left - 0.5 || t.right > box.right + 0.5) out.push(text.textContent ?? '');
        }
      }
      return out;
    });
    expect(outside).toEqual([]);
    await wide.close();
  });
});
