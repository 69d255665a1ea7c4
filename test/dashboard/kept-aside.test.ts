import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Owner } from '../../shared/schemas.js';
import { rescue } from '../../shared/store/index.js';
import { sha256 } from '../../shared/store/layout.js';
import { makeOwner, startApp, type RunningApp } from './app.js';
import { checkIn } from './factories.js';
import { get, postForm, sessionCookie, textOf } from './http.js';

/**
 * Words the skill kept in the rescue log when the store could not take them ("I've kept what you said") are given
 * back: on the History page and in both exports, each owner only their own.
 */
let app: RunningApp;
const account = makeOwner();
const robin: Owner = { ...account, personId: 'amzn1.ask.person.ROBIN-KEPT' };
const nobody = makeOwner();

beforeAll(async () => {
  app = await startApp();
  // As the skill keeps them (skill/rescue.ts): the words heard, and the time of the request.
  await rescue(app.dataDir, robin, { at: '2026-03-02T22:30:00Z', requestId: 'r1', intent: 'AMAZON.FallbackIntent', said: ['my brother hit me again'] });
  await rescue(app.dataDir, robin, { reason: 'longer than a record holds', said: { whatHappened: 'I hope I do not wake up <tomorrow> & after' } });
  await rescue(app.dataDir, account, { said: ['words of whoever Alexa did not recognise'] });
  await app.store.addCheckIn(nobody, checkIn());
});
afterAll(async () => {
  await app?.stop();
});

const session = (owner: Owner) => sessionCookie(app, owner);

describe('words kept aside', () => {
  it('are listed on History, newest first, for their owner only', async () => {
    const text = textOf(await (await get(app, '/history', await session(robin))).text());
    expect(text).toContain('Words kept aside');
    const newer = text.indexOf('I hope I do not wake up <tomorrow> & after');
    const older = text.indexOf('my brother hit me again');
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(text).not.toContain('whoever Alexa did not recognise');

    // The account's default records are another owner: theirs, and only theirs.
    const theirs = textOf(await (await get(app, '/history', await session(account))).text());
    expect(theirs).toContain('words of whoever Alexa did not recognise');
    expect(theirs).not.toContain('my brother');
  });

  // A change the store kept aside itself (to an entry deleted meanwhile) holds no words: it showed as raw JSON.
  it('say plainly what a kept record with no words in it is, folded away under a count', async () => {
    const sam = makeOwner({ personId: 'amzn1.ask.person.SAM-KEPT' });
    await rescue(app.dataDir, sam, { reason: 'a change to a record that is gone', change: { op: 'patch', id: 'gone', set: { intensity: 3 } } });
    const html = await (await get(app, '/history', await session(sam))).text();
    expect(textOf(html)).toContain('A change the store could not apply, with no words of yours in it');
    expect(html).not.toContain('&quot;op&quot;');
    expect(html).toMatch(/<details>\s*<summary>Show the one thing kept aside/);
  });

  // An entry's over-long words, or a change to an entry deleted meanwhile, stayed here after the entry was deleted, and
  // only "delete everything" could remove them.
  it('can be removed one at a time, after a page that shows them, by their owner only', async () => {
    const lee = makeOwner({ personId: 'amzn1.ask.person.LEE-REMOVES' });
    await rescue(app.dataDir, lee, { said: ['lee regrets these words'] });
    await rescue(app.dataDir, lee, { said: ['lee keeps these'] });
    const cookie = await session(lee);
    const history = await (await get(app, '/history', cookie)).text();
    const link = /href="(\/history\/kept-aside\/[0-9a-f]+)"/g;
    const links = [...history.matchAll(link)].map((m) => m[1]!);
    expect(links).toHaveLength(2);
    // Kept in the same minute, the two links still have different names for a screen reader.
    const names = [...history.matchAll(/<span class="visually-hidden">([^<]*)<\/span>/g)].map((m) => m[1]).filter((n) => n?.includes('words kept'));
    expect(new Set(names).size).toBe(2);
    let target = '';
    for (const href of links) if (textOf(await (await get(app, href, cookie)).text()).includes('lee regrets these words')) target = href;
    expect(textOf(await (await get(app, target, cookie)).text())).toContain('Remove these words?');

    // Someone else cannot see or remove it.
    const other = await session(makeOwner());
    expect((await get(app, target, other)).status).toBe(404);
    expect((await postForm(app, target, {}, { cookie: other })).status).toBe(404);

    const removed = await postForm(app, target, {}, { cookie });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe('/history?removed=1');
    const after = textOf(await (await get(app, '/history?removed=1', cookie)).text());
    expect(after).toContain('Those words are removed.');
    expect(after).not.toContain('lee regrets these words');
    expect(after).toContain('lee keeps these');
    expect(await readFile(path.join(app.dataDir, 'rescue', `${sha256(lee.userId)}.jsonl`), 'utf8')).not.toContain('regrets');
  });

  it('are not mentioned when there are none', async () => {
    const html = await (await get(app, '/history', await session(nobody))).text();
    expect(html).toContain('Argued with my sister');
    expect(html).not.toContain('Words kept aside');
  });

  it('are in the JSON export and the CSV export, and no one else’s are', async () => {
    const cookie = await session(robin);
    const json = (await (await get(app, '/export/json', cookie)).json()) as { keptAside: Array<{ said: string[] }> };
    expect(json.keptAside.map((k) => k.said)).toEqual([['I hope I do not wake up <tomorrow> & after'], ['my brother hit me again']]);
    expect(JSON.stringify(json)).not.toContain('whoever Alexa did not recognise');

    const csv = await (await get(app, '/export/csv', cookie)).text();
    const rows = csv.split('\r\n').filter((row) => row.includes('kept_aside'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('I hope I do not wake up <tomorrow> & after');
    expect(rows[1]).toContain('my brother hit me again');
    expect(csv).not.toContain('whoever Alexa did not recognise');
  });
});
