/**
 * "Delete my data", confirmed by voice, takes with it the temp files a killed writer left among the user's files: they
 * hold the user's words as much as the files they were to replace.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spoken } from '../helpers/alexa.js';
import { withSkillHarness, type SkillHarness } from '../helpers/skill.js';
import type { JsonStore } from '../../shared/store/JsonStore.js';

const USER = 'amzn1.ask.account.DELETE-LEFTOVERS';
const EVENING = '2026-11-26T03:00:00Z';

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

/** Every file under DATA_DIR with its text. */
async function everything(): Promise<string> {
  const names = (await readdir(h.dataDir, { recursive: true })).map((name) => path.join(h.dataDir, String(name)));
  const texts = await Promise.all(names.map(async (name) => `${name}\n${await readFile(name, 'utf8').catch(() => '')}`));
  return texts.join('\n');
}

describe('"delete my data", yes', () => {
  it('removes the owner\'s folder whole, temp files left by a killed writer included', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'hopeful', intensity: '4' });
    await c.say('WhatHappenedIntent', { event: 'my brother called' });
    const store = h.store as JsonStore;
    await store.compact({ userId: USER });
    const monthDir = store.layout.monthDir({ userId: USER }, 'checkins');
    await mkdir(monthDir, { recursive: true });
    // What a writer killed between its write and its rename leaves: the month file's new text under a temp name.
    const [month] = (await readdir(monthDir)).filter((name) => name.endsWith('.json'));
    const text = await readFile(path.join(monthDir, month!), 'utf8');
    await writeFile(path.join(monthDir, `.${month}.${process.pid}.0a1b2c3d.tmp`), text);
    await writeFile(path.join(store.layout.ownerDir({ userId: USER }), `.profile.json.${process.pid}.0a1b2c3d.tmp`), '{"said":"my brother called"}');
    expect(await everything()).toContain('my brother called');

    const d = h.talk({ userId: USER, timestamp: EVENING });
    await d.say('DeleteDataIntent');
    expect(spoken(await d.say('AMAZON.YesIntent'))).toMatch(/has been deleted/i);
    const left = await everything();
    expect(left).not.toContain('my brother called');
    expect(left).not.toContain('.tmp');
    expect(left).not.toContain(store.layout.accountHash(USER));
  });
});
