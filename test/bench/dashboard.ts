/**
 * The dashboard as a person pays for it: how long the server takes to render "This week" for someone with three
 * years of daily check-ins, and how much JavaScript that page ships.
 *
 *   npx tsx test/bench/dashboard.ts
 *
 * Figures: median and p95 time to a complete "This week" HTML response over SAMPLES sequential requests on loopback
 * (target ≤ 50 ms median), the same for the first page of History (all three years searched and paged), and the
 * gzipped size of every script the page's HTML references (module preloads and entry imports; target ≤ 100 kB).
 * Runs the BUILT app (`node dashboard/build`, built first if stale) on a temp DATA_DIR that is removed afterwards.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { issueLinkCode } from '../../shared/auth.js';
import { DEFAULT_TIME_ZONE } from '../../shared/limits.js';
import type { Feeling, Owner } from '../../shared/schemas.js';
import { openStore } from '../../shared/store/index.js';
import { addDays, localMoment } from '../../shared/time.js';
import { launchBrowser, startApp } from '../dashboard/app.js';
import { signInHttp } from '../dashboard/http.js';

const SAMPLES = 30;
const WARMUP = 5;
const NIGHTS = 3 * 365 + 1;

const FEELINGS: Feeling[] = [
  { said: 'anxious', word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] },
  { said: 'wiped out', word: null, family: 'Bad', path: ['Bad'] },
  { said: 'meh', word: null, family: null, path: [] },
  { said: 'sad', word: 'Sad', family: 'Sad', path: ['Sad'] },
  { said: 'frustrated', word: 'Frustrated', family: 'Angry', path: ['Angry', 'Frustrated'] },
];

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timedGet(url: string, cookie: string): Promise<{ median: number; p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    bytes = body.length;
    if (i >= WARMUP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { median: round(percentile(times, 50)), p95: round(percentile(times, 95)), bytes };
}

/** Every script URL the HTML itself names: modulepreload links (any attribute order), script tags, entry imports. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/rel="modulepreload"/.test(m[0])) continue;
    const href = /href="([^"]+)"/.exec(m[0]);
    if (href) urls.add(href[1]!);
  }
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]!);
  return [...urls];
}

/** Loads "This week" in Chromium and sums every JavaScript response it fetched, raw and gzip-sized. */
async function scriptsLoadedByBrowser(base: string, cookie: string): Promise<{ count: number; raw: number; gzipped: number }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    const bodies: Array<Promise<Buffer>> = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script' || res.url().endsWith('.js')) bodies.push(res.body());
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    if (new URL(page.url()).pathname !== '/') throw new Error(`not signed in: ended at ${page.url()}`);
    const all = await Promise.all(bodies);
    return {
      count: all.length,
      raw: all.reduce((n, b) => n + b.length, 0),
      gzipped: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  } finally {
    await browser.close();
  }
}

export async function benchDashboard(): Promise<Record<string, string | number>> {
  const app = await startApp();
  try {
    const owner: Owner = { userId: 'amzn1.ask.account.bench-dashboard' };
    const tonight = localMoment(new Date(), DEFAULT_TIME_ZONE).night;
    // Not fsynced while seeding: the figure is the page, not the disk.
    const seeder = await openStore(app.dataDir, { durable: false });
    let started = performance.now();
    for (let i = 0; i < NIGHTS; i++) {
      const night = addDays(tonight, -i);
      const intensity = 1 + ((i * 7) % 10);
      await seeder.addCheckIn(owner, {
        night,
        localTime: i % 5 === 0 ? '23:40' : '21:30',
        timeZone: DEFAULT_TIME_ZONE,
        feeling: FEELINGS[i % FEELINGS.length]!,
        intensity,
        intensityAfter: intensity >= 8 ? intensity - 3 : null,
        whatHappened: i % 3 === 0 ? `Night ${i}: a long day at work, then a call with my brother.` : null,
        practice: { planId: null, status: i % 4 === 0 ? 'not_today' : 'done', barrier: i % 4 === 0 ? 'no_time' : null, barrierSaid: null },
      });
    }
    const figures: Record<string, string | number> = { checkIns: NIGHTS, seed_s: round((performance.now() - started) / 1000), samples: SAMPLES };

    const { code } = await issueLinkCode(app.store, owner);
    const { cookie } = await signInHttp(app, code);
    if (!cookie) throw new Error('sign-in failed');

    const week = await timedGet(`${app.url}/`, cookie);
    figures.thisWeek_median_ms = week.median;
    figures.thisWeek_p95_ms = week.p95;
    figures.thisWeek_html_kB = round(week.bytes / 1024);
    const history = await timedGet(`${app.url}/history`, cookie);
    figures.history_median_ms = history.median;
    figures.history_p95_ms = history.p95;
    const search = await timedGet(`${app.url}/history?q=brother&min=5`, cookie);
    figures.historySearch_median_ms = search.median;

    const html = await (await fetch(`${app.url}/`, { headers: { cookie } })).text();
    const scripts = scriptUrls(html);
    let gzipped = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(new URL(src, `${app.url}/`))).arrayBuffer());
      gzipped += gzipSync(body, { level: 9 }).length;
    }
    figures.html_referenced_scripts = scripts.length;
    figures.html_referenced_js_gzip_kB = round(gzipped / 1024);

    // The entries import the rest, so the honest figure is what a real browser fetches to show and hydrate the page.
    const loaded = await scriptsLoadedByBrowser(app.url, cookie);
    figures.browser_loaded_scripts = loaded.count;
    figures.browser_loaded_js_kB = round(loaded.raw / 1024);
    figures.browser_loaded_js_gzip_kB = round(loaded.gzipped / 1024);
    return figures;
  } finally {
    await app.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchDashboard());
}
