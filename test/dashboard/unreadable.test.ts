import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Owner } from '../../shared/schemas.js';
import { rescue } from '../../shared/store/index.js';
import type { JsonStore } from '../../shared/store/JsonStore.js';
import { readFile } from 'node:fs/promises';
import { launchBrowser, makeOwner, newSignedInPage, startApp, type RunningApp } from './app.js';
import { checkIn } from './factories.js';
import { get, postForm, sessionCookie, textOf } from './http.js';

/**
 * A data file of the user's that cannot be read (a disk error, a bad restore, a hand edit) must never keep them from
 * leaving: the delete page renders and says so plainly, the delete removes everything including that file, and the
 * export says what is wrong instead of a bare 500 or a partial file passed off as complete.
 */
let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const session = (owner: Owner) => sessionCookie(app, owner);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

const PRIVATE = 'CORRUPT-LEAK private words';

/** Where a file can break: the journal (the newest answers), a month file, or the profile. */
const BREAKS: Array<[string, (store: JsonStore, owner: Owner) => Promise<void>]> = [
  ['the journal', async (store, owner) => writeFile(path.join(store.layout.ownerDir(owner), 'journal.jsonl'), `not json ${PRIVATE}\n`, { flag: 'a' })],
  [
    'a month file',
    async (store, owner) => {
      await store.compact(owner);
      const dir = store.layout.monthDir(owner, 'checkins');
      const [month] = await readdir(dir);
      await writeFile(path.join(dir, month!), `{ broken ${PRIVATE}`);
    },
  ],
  ['the profile', async (store, owner) => writeFile(store.layout.profileFile(owner), `{ broken ${PRIVATE}`)],
];

async function brokenOwner(breakIt: (store: JsonStore, owner: Owner) => Promise<void>): Promise<{ owner: Owner; cookie: string }> {
  const owner = makeOwner({ personId: `amzn1.ask.person.${Math.random().toString(36).slice(2)}` });
  await app.store.addCheckIn(owner, checkIn({ whatHappened: 'readable words' }));
  await rescue(app.dataDir, owner, { said: ['kept aside words'] });
  const cookie = await session(owner);
  await breakIt(app.store as JsonStore, owner);
  return { owner, cookie };
}

describe.each(BREAKS)('with %s unreadable', (_where, breakIt) => {
  // They were a bare "Internal Error" whose only link led back to the same error.
  // The words kept aside are written exactly while a file is damaged, and the skill told the user it kept them.
  it('History says the entries cannot be shown, and still lists what was kept aside, each removable', async () => {
    const { cookie } = await brokenOwner(breakIt);
    const res = await get(app, '/history', cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = textOf(html);
    // A damaged settings file hides nothing here: only the entries' own files do.
    if (_where === 'the profile') expect(text).toContain('readable words');
    else expect(text).toContain('Your entries cannot be shown just now');
    expect(text).toContain('kept aside words');
    expect(text).not.toContain(PRIVATE);
    const remove = /href="(\/history\/kept-aside\/[0-9a-f]+)"/.exec(html)![1]!;
    expect(textOf(await (await get(app, remove, cookie)).text())).toContain('kept aside words');
    expect((await postForm(app, remove, {}, { cookie })).status).toBe(303);
    expect(textOf(await (await get(app, '/history', cookie)).text())).not.toContain('kept aside words');
  });

  it('This week says what is wrong and offers what still works, without the words in the file', async () => {
    const { cookie } = await brokenOwner(breakIt);
    const res = await get(app, '/', cookie);
    if (_where === 'the profile') {
      // The week is made of entries, which can be read: it is shown, with the default settings.
      expect(res.status).toBe(200);
      expect(textOf(await res.text())).toContain('This week');
      return;
    }
    expect(res.status).toBe(500);
    const text = textOf(await res.text());
    expect(text).toContain('Some of your data cannot be read');
    expect(text).toContain('delete everything');
    expect(text).not.toContain(PRIVATE);
    expect(text).not.toContain('Go to this week');
  });

  it('the delete page renders, says so plainly, and deleting removes everything, the unreadable file too', async () => {
    const { owner, cookie } = await brokenOwner(breakIt);
    const store = app.store as JsonStore;
    const res = await get(app, '/settings/delete', cookie);
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    expect(text).toContain('Delete everything?');
    expect(text).toMatch(/Some of your data could not be read/);
    expect(text).toMatch(/Deleting removes all of it, whether it can be read or not/);
    expect(text).not.toContain(PRIVATE);

    const settings = await get(app, '/settings', cookie);
    expect(settings.status).toBe(200);
    expect(textOf(await settings.text())).toContain('Delete everything…');

    const del = await postForm(app, '/settings/delete', { confirm: 'delete' }, { cookie });
    expect(del.status).toBe(303);
    expect(del.headers.get('location')).toBe('/signin?message=deleted');
    const left = await filesUnder(store.layout.ownerDir(owner));
    expect(left).toEqual([]);
    const everything = await filesUnder(app.dataDir);
    for (const file of everything) expect(file).not.toContain(store.layout.ownerKey(owner));
    expect((await get(app, '/settings', cookie)).status).toBe(303);
  });

  it('the exports say what is wrong in plain words, with no partial file', async () => {
    const { cookie } = await brokenOwner(breakIt);
    for (const p of ['/export/json', '/export/csv']) {
      const res = await get(app, p, cookie);
      expect(res.headers.get('content-disposition'), p).toBeNull();
      expect(res.status, p).toBe(303);
      const page = await get(app, res.headers.get('location')!, cookie);
      const text = textOf(await page.text());
      expect(text, p).toMatch(/could not be read/);
      expect(text, p).not.toContain('readable words');
      expect(text, p).not.toContain(PRIVATE);
    }
  });

  it('signing out, here or everywhere, still works', async () => {
    const { cookie } = await brokenOwner(breakIt);
    const everywhere = await postForm(app, '/settings?/signOutEverywhere', {}, { cookie });
    expect(everywhere.status).toBe(303);
    expect(everywhere.headers.get('location')).toBe('/signin?message=everywhere');
    const { cookie: again } = await brokenOwner(breakIt);
    const out = await postForm(app, '/signout', {}, { cookie: again });
    expect(out.status).toBe(303);
    expect((await get(app, '/settings', again)).status).toBe(303);
  });
});

describe('with the settings file unreadable', () => {
  it('Settings renders the usual choices and says so, and saving refuses rather than overwrite the file', async () => {
    const { owner, cookie } = await brokenOwner(BREAKS[2]![1]);
    const store = app.store as JsonStore;
    const text = textOf(await (await get(app, '/settings', cookie)).text());
    expect(text).toContain('Your settings could not be read');
    const res = await postForm(app, '/settings?/preferences', { timeZone: 'Europe/London', weekStartsOn: '0', crisisRegion: 'GB' }, { cookie });
    expect(res.status).toBe(500);
    expect(textOf(await res.text())).toContain('Nothing was saved: the file your settings are kept in could not be read');
    expect(await readFile(store.layout.profileFile(owner), 'utf8')).toBe(`{ broken ${PRIVATE}`);
  });
});

describe('in a real browser', { timeout: 60_000 }, () => {
  it('the download link shows why nothing was downloaded, and still downloads when all can be read', async () => {
    const browser = await launchBrowser();
    try {
      const owner = makeOwner();
      await app.store.addCheckIn(owner, checkIn());
      const { context, page } = await newSignedInPage(browser, app, owner);
      await page.goto(`${app.url}/settings`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download everything (JSON)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      expect(new URL(page.url()).pathname).toBe('/settings');

      await BREAKS[0]![1](app.store as JsonStore, owner);
      await page.getByRole('link', { name: 'Download everything (JSON)' }).click();
      await page.waitForURL(`${app.url}/export/unreadable`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your download could not be made');
      await page.getByRole('link', { name: 'delete everything' }).click();
      await page.waitForURL(`${app.url}/settings/delete`);
      expect(await page.locator('main').innerText()).toContain('Deleting removes all of it, whether it can be read or not');
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
