/**
 * A hard night with a damaged journal: the skill cannot store, and still meets 8 or more with the offer of breathing
 * (which needs no store), keeps every word in the rescue log, says so once plainly, and never asks a question whose
 * answer leads back into the same error. The crisis line, "help me breathe" and stop answer as on any night.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { reprompt, spoken } from '../helpers/alexa.js';
import { skillHarness, type SkillHarness } from '../helpers/skill.js';
import type { JsonStore } from '../../shared/store/JsonStore.js';
import { LockTimeoutError } from '../../shared/store/lock.js';

const USER = 'amzn1.ask.account.DAMAGEDJOURNAL';
const LAST_NIGHT = '2026-11-25T03:00:00Z';
const EVENING = '2026-11-26T03:00:00Z';

let h: SkillHarness;
let errors: MockInstance;
beforeEach(async () => {
  h = await skillHarness();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  errors.mockRestore();
  await h.close();
});

/** Where the damage is: the month file of check-ins (after compaction), or a line of the journal that is no entry. */
type Damage = 'month' | 'journal';
const DAMAGES: readonly Damage[] = ['month', 'journal'];

async function files(): Promise<string[]> {
  return (await readdir(h.dataDir, { recursive: true })).map(String).map((f) => path.join(h.dataDir, f));
}

/** Damages the user's check-ins as a crash or a bad disk would; returns the file and its damaged text. */
async function damage(which: Damage): Promise<{ file: string; text: string }> {
  if (which === 'month') await (h.store as JsonStore).compact({ userId: USER });
  const file = (await files()).find((f) => (which === 'month' ? /checkins.*\.json$/.test(f) : f.endsWith('journal.jsonl')));
  expect(file).toBeDefined();
  const text =
    which === 'month'
      ? '{"records": [ SECRETWORDS my sister said, and this is not json'
      : `SECRETWORDS not an entry\n${await readFile(file!, 'utf8')}`;
  await writeFile(file!, text);
  return { file: file!, text };
}

/** A user with last night's check-in on file, and then the file damaged before tonight. */
async function damagedBeforeTonight(which: Damage): Promise<{ file: string; text: string }> {
  const c = h.talk({ userId: USER, timestamp: LAST_NIGHT });
  await c.say('CheckInIntent', { feeling: 'okay', intensity: '4' });
  await c.say('SkipIntent');
  return damage(which);
}

/** Everything the rescue log kept of the user tonight, as the words said. */
async function keptTonight(): Promise<string[]> {
  const kept = await h.store.keptAside({ userId: USER });
  return kept.flatMap((line) => ((line.payload as { said?: string[] }).said ?? []));
}

const tonight = () => h.talk({ userId: USER, timestamp: EVENING });

describe.each(DAMAGES)('a hard night when the %s file is damaged', (which) => {
  it('meets a feeling and then a 9 with the offer of breathing, keeps the number, and yes breathes', async () => {
    const { file, text } = await damagedBeforeTonight(which);
    const c = tonight();
    const feeling = await c.say('CheckInIntent', { feeling: 'anxious' });
    expect(spoken(feeling)).toMatch(/kept what you said/i);
    const nine = await c.say('IntensityIntent', { intensity: '9' });
    expect(spoken(nine)).toMatch(/9 is a lot to carry/i);
    expect(spoken(nine)).toMatch(/couldn't save tonight's answers in the usual place, but I've kept them/i);
    expect(spoken(nine)).toMatch(/breathe together.*yes or no\?$/i);
    // No "carry on": there is no check-in to carry on with, and no apology said again.
    expect(spoken(nine)).not.toMatch(/carry on|sorry|something went wrong|journal/i);
    expect(reprompt(nine)).toMatch(/yes or no/i);
    expect(nine.response.shouldEndSession).toBe(false);
    expect(await keptTonight()).toEqual(expect.arrayContaining(['anxious', '9']));

    const yes = await c.say('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/breathe in/i);
    expect(spoken(yes)).not.toMatch(/how are you feeling|journal|sorry/i);
    const stop = await c.say('AMAZON.StopIntent');
    expect(stop.response.shouldEndSession).toBe(true);
    expect(spoken(stop)).not.toMatch(/sorry|journal|\?/i);
    // The damaged file is never written over.
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('remembers the trouble in the session: yes to the breathing the apology mentioned breathes, not the check-in again', async () => {
    await damagedBeforeTonight(which);
    const c = tonight();
    await c.say('CheckInIntent', { feeling: 'wiped out' });
    expect((c.attributes.conversation as { journalTrouble?: unknown }).journalTrouble).toBe(true);
    const yes = await c.say('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/breathe in/i);
    expect(spoken(yes)).not.toMatch(/how are you feeling|journal|sorry/i);
  });

  it('keeps what is said next without the whole apology again, and lets no go kindly', async () => {
    await damagedBeforeTonight(which);
    const c = tonight();
    await c.say('CheckInIntent', { feeling: 'sad' });
    const told = await c.say('WhatHappenedIntent', { event: 'my sister called and we fought' });
    expect(spoken(told)).toMatch(/I've kept that\./i);
    expect(spoken(told)).not.toMatch(/sorry|couldn't open/i);
    expect(spoken(told)).toMatch(/help me breathe/i);
    expect(told.response.shouldEndSession).toBe(false);
    expect(await keptTonight()).toContain('my sister called and we fought');
    // A request that needs the journal is told plainly that it cannot be opened, without the apology again.
    const week = await c.say('WeekSummaryIntent');
    expect(spoken(week)).toMatch(/can't open your journal just now.*help me breathe/i);
    expect(spoken(week)).not.toMatch(/sorry|check-in/i);
    const no = await c.say('AMAZON.NoIntent');
    expect(no.response.shouldEndSession).toBe(true);
    expect(spoken(no)).toMatch(/kept.*good night/i);
    expect(spoken(no)).not.toMatch(/sorry|journal|\?/i);
  });

  it('lets no to the offer go kindly, with nothing more asked', async () => {
    await damagedBeforeTonight(which);
    const c = tonight();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('IntensityIntent', { intensity: '8' });
    const no = await c.say('AMAZON.NoIntent');
    expect(no.response.shouldEndSession).toBe(true);
    expect(spoken(no)).toMatch(/kept.*good night/i);
    expect(spoken(no)).not.toMatch(/sorry|journal|\?/i);
  });

  it('offers the breathing for a 9 said with the feeling in one breath, and after the launch said the journal is shut', async () => {
    await damagedBeforeTonight(which);
    const oneShot = await tonight().say('CheckInIntent', { feeling: 'overwhelmed', intensity: '9' });
    expect(spoken(oneShot)).toMatch(/9 is a lot to carry.*usual place.*breathe together/i);
    expect(await keptTonight()).toEqual(expect.arrayContaining(['overwhelmed', '9']));

    const c = tonight();
    expect(spoken(await c.launch())).toMatch(/can't open your journal/i);
    const ten = await c.say('IntensityIntent', { intensity: '10' });
    expect(spoken(ten)).toMatch(/10 is a lot to carry.*breathe together/i);
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/breathe in/i);
  });

  it('still gives the crisis line, breathes on request and ends on cancel, keeping every word', async () => {
    await damagedBeforeTonight(which);
    const c = tonight();
    await c.say('CheckInIntent', { feeling: 'hopeless' });
    await c.say('IntensityIntent', { intensity: '9' });
    const line = await c.say('WhatHappenedIntent', { event: 'I want to end my life' });
    expect(spoken(line)).toContain('nine eight eight');
    expect(JSON.stringify(line.response.card)).toContain('988');
    const breathe = await c.say('ExerciseIntent', {});
    expect(spoken(breathe)).toMatch(/breathe in/i);
    const cancel = await c.say('AMAZON.CancelIntent');
    expect(cancel.response.shouldEndSession).toBe(true);
    expect(spoken(cancel)).not.toMatch(/sorry|journal/i);
    expect(await keptTonight()).toEqual(expect.arrayContaining(['hopeless', '9', 'I want to end my life']));
  });
});

describe.each(DAMAGES)('the %s file damaged in the middle of a check-in', (which) => {
  it('meets the 9 said to "how strong?" with the breathing, and keeps the number after it', async () => {
    const c = tonight();
    await c.launch();
    expect(spoken(await c.say('CheckInIntent', { feeling: 'scared' }))).toMatch(/1 to 10/);
    await damage(which);
    const nine = await c.say('IntensityIntent', { intensity: '9' });
    expect(spoken(nine)).toMatch(/9 is a lot to carry.*usual place.*breathe together/i);
    expect(spoken(nine)).not.toMatch(/sorry|journal/i);
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/breathe in/i);
    const stop = await c.say('AMAZON.StopIntent');
    expect(spoken(stop)).not.toMatch(/sorry|journal/i);
    // Asked how strong it is now, as after any exercise from a check-in: the answer is taken (into the rescue log), and
    // the night ends there, with no question the journal would have to take.
    expect(spoken(stop)).toMatch(/how strong/i);
    const after = await c.say('IntensityIntent', { intensity: '5' });
    expect(spoken(after)).toMatch(/5 now/i);
    expect(spoken(after)).not.toMatch(/sorry|journal|\?/i);
    expect(after.response.shouldEndSession).toBe(true);
    expect(await keptTonight()).toEqual(expect.arrayContaining(['9', '5']));
  });
});

describe('a store that is only busy (a lock another process held too long)', () => {
  it('meets the 9 it could not take with the breathing, and does not give up on the journal for the rest of the session', async () => {
    const c = tonight();
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'scared' });
    // Another process held the account lock past the turn's deadline, once.
    vi.spyOn(h.store, 'updateCheckIn').mockRejectedValueOnce(new LockTimeoutError('/locks/account', 2_000));
    const nine = await c.say('IntensityIntent', { intensity: '9' });
    expect(spoken(nine)).toMatch(/9 is a lot to carry.*breathe together/i);
    expect(await keptTonight()).toContain('9');
    // The lock is free again: the check-in goes on into the journal, as on any night.
    expect((c.attributes.conversation as { journalTrouble?: unknown }).journalTrouble).not.toBe(true);
    const no = await c.say('AMAZON.NoIntent');
    expect(no.response.shouldEndSession).toBe(false);
    await c.say('WhatHappenedIntent', { event: 'the dog ran off and came back' });
    const [checkIn] = await h.store.listCheckIns({ userId: USER });
    expect(checkIn?.whatHappened).toContain('the dog ran off and came back');
  });
});
