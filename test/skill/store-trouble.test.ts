/**
 * When the store cannot be read or written (a corrupt file, a lock another process holds too long), the skill still
 * answers: the crisis line above all, at once; a clear word about the journal; stop that stops; and the user's words
 * kept in the rescue log.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { sessionEndedRequest, spoken } from '../helpers/alexa.js';
import { skillHarness, type SkillHarness } from '../helpers/skill.js';
import { acquireFileLock, releaseFileLock } from '../../shared/store/lock.js';
import { Layout } from '../../shared/store/layout.js';
import type { JsonStore } from '../../shared/store/JsonStore.js';

const USER = 'amzn1.ask.account.TROUBLE';
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

async function files(): Promise<string[]> {
  return (await readdir(h.dataDir, { recursive: true })).map(String).map((f) => path.join(h.dataDir, f));
}

/** Everything on disk: the journal or the rescue log, wherever the store could put the words. */
async function everythingStored(): Promise<string> {
  const texts = await Promise.all((await files()).map((file) => readFile(file, 'utf8').catch(() => '')));
  return texts.join('\n');
}

/** A user with a check-in folded into its month file, and then the named file damaged. */
async function damaged(which: 'month' | 'profile'): Promise<string> {
  const c = h.talk({ userId: USER, timestamp: '2026-11-25T03:00:00Z' });
  await c.say('CheckInIntent', { feeling: 'okay', intensity: '4' });
  await c.say('SkipIntent');
  await (h.store as JsonStore).compact({ userId: USER });
  const file = (await files()).find((f) => (which === 'month' ? /checkins.*\.json$/.test(f) : f.endsWith('profile.json')));
  expect(file).toBeDefined();
  await writeFile(file!, '{"records": [ SECRETWORDS my sister said, and this is not json');
  return file!;
}

describe('the crisis line when the store is in trouble', () => {
  it.each(['month', 'profile'] as const)('is given at once, with its card, when the %s file is corrupt', async (which) => {
    const file = await damaged(which);
    const before = await readFile(file, 'utf8');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('WhatHappenedIntent', { event: 'I want to kill myself' });
    expect(spoken(r)).toContain('nine eight eight');
    expect(JSON.stringify(r.response.card)).toContain('988');
    expect(r.response.shouldEndSession).toBe(false);
    // The words are not lost, and the damaged file is not touched.
    expect(await everythingStored()).toContain('I want to kill myself');
    expect(await readFile(file, 'utf8')).toBe(before);
    // What comes next still follows the crisis line, not the check-in.
    const next = await c.say('WhatHappenedIntent', { event: 'I just feel so alone' });
    expect(spoken(next)).toContain('nine eight eight');
  });

  it('is given for a bare crisis request when the profile is corrupt', async () => {
    await damaged('profile');
    const r = await h.talk({ userId: USER, timestamp: EVENING, locale: 'en-GB' }).say('CrisisIntent');
    expect(spoken(r)).toContain('one one six, one two three');
    expect(JSON.stringify(r.response.card)).toContain('116 123');
  });

  it('is given within two seconds while another process holds the account lock', async () => {
    await h.talk({ userId: USER, timestamp: '2026-11-25T03:00:00Z' }).say('CheckInIntent', { feeling: 'okay' });
    const held = await acquireFileLock(new Layout(h.dataDir).accountLock(USER));
    try {
      const started = Date.now();
      const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: 'I want to end my life' });
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(spoken(r)).toContain('nine eight eight');
    } finally {
      await releaseFileLock(held);
    }
    // Once the lock is free, what was said reaches the journal.
    await vi.waitFor(async () => {
      const all = await h.store.listCheckIns({ userId: USER });
      expect(all.map((checkIn) => checkIn.whatHappened).join(' ')).toContain('I want to end my life');
      // And so do the writes that waited for the lock: when the line was given, and the time zone cached.
      const profile = await h.store.getProfile({ userId: USER });
      expect(profile?.crisisLineGivenAt).toBe(EVENING.replace('Z', '.000Z'));
      expect(profile?.deviceTimeZone?.fetchedAt).toBe(EVENING.replace('Z', '.000Z'));
    }, { timeout: 5_000 });
  });
});

describe('a corrupt profile', () => {
  it('does not stop a check-in, which is filed in the journal: the launch says the settings are the usual ones tonight', async () => {
    const file = await damaged('profile');
    const before = await readFile(file, 'utf8');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const open = await c.launch();
    expect(spoken(open)).toMatch(/couldn't open your settings just now, so I'll use the usual ones tonight/i);
    expect(spoken(open)).not.toMatch(/can't take a check-in/i);
    // A returning user is greeted as one, not introduced to the skill again.
    expect(spoken(open)).not.toMatch(/Each night I'll ask/);
    expect(spoken(await c.say('CheckInIntent', { feeling: 'angry' }))).toMatch(/1 to 10/);
    const checkIns = await h.store.listCheckIns({ userId: USER });
    expect(checkIns.map((checkIn) => checkIn.feeling?.said)).toContain('angry');
    // The damaged file is never written over.
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('lets stop stop, and sends no speech when the session ends', async () => {
    await damaged('profile');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const stop = await c.say('AMAZON.StopIntent');
    expect(stop.response.shouldEndSession).toBe(true);
    const ended = await h.send(sessionEndedRequest('ERROR', { userId: USER, timestamp: EVENING }));
    expect(ended.response.outputSpeech).toBeUndefined();
  });
});

describe('a profile that cannot be read at all (a disk error)', () => {
  it('says clearly at the launch that the journal cannot be opened, with the breathing on offer', async () => {
    vi.spyOn(h.store, 'getProfile').mockRejectedValue(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    const open = await h.talk({ userId: USER, timestamp: EVENING }).launch();
    expect(spoken(open)).toMatch(/can't open your journal/i);
    expect(spoken(open)).toMatch(/breathe/i);
  });

  it('does not put the file\'s text, which holds the user\'s words, into the log', async () => {
    await damaged('month');
    await h.talk({ userId: USER, timestamp: EVENING }).say('CheckInIntent', { feeling: 'tired' });
    const logged = errors.mock.calls.map((call) => call.map((part: unknown) => (part instanceof Error ? `${part.message}\n${part.stack}` : String(part))).join(' ')).join('\n');
    expect(logged).toMatch(/not valid JSON/);
    expect(logged).not.toContain('SECRET');
  });
});

describe('an answer the store cannot take', () => {
  it('is kept in the rescue log, said so, and the session stays open with the breathing still on offer', async () => {
    await damaged('month');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('CheckInIntent', { feeling: 'worried about tomorrow' });
    expect(spoken(r)).toMatch(/kept what you said.*help me breathe/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await everythingStored()).toContain('worried about tomorrow');
    // What comes next is kept too, and the exercise works without the journal's month file.
    const breathe = await c.say('ExerciseIntent', {});
    expect(spoken(breathe)).toMatch(/breathe in/i);
  });
});

describe('the breathing, which needs no journal', () => {
  /** A user whose journal has a line that is not an entry, or whose exercises month file is damaged. */
  async function damagedForExercise(which: 'journal' | 'exercises'): Promise<string> {
    const c = h.talk({ userId: USER, timestamp: '2026-11-25T03:00:00Z' });
    await c.say('CheckInIntent', { feeling: 'okay', intensity: '4' });
    await c.say('SkipIntent');
    if (which === 'exercises') {
      const d = h.talk({ userId: USER, timestamp: '2026-11-25T03:10:00Z' });
      await d.say('ExerciseIntent', {});
      await d.say('AMAZON.StopIntent');
      await (h.store as JsonStore).compact({ userId: USER });
    }
    const file = (await files()).find((f) => (which === 'journal' ? f.endsWith('journal.jsonl') : /exercises.*\.json$/.test(f)));
    expect(file).toBeDefined();
    if (which === 'journal') {
      const lines = (await readFile(file!, 'utf8')).split('\n');
      lines[1] = 'SECRETWORDS not an entry';
      await writeFile(file!, lines.join('\n'));
    } else {
      await writeFile(file!, '{"records": [ not json');
    }
    return file!;
  }

  it.each(['journal', 'exercises'] as const)('starts, goes on and stops on request when the %s file is damaged, which is left as it is', async (which) => {
    const file = await damagedForExercise(which);
    const before = await readFile(file, 'utf8');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const breathe = await c.say('ExerciseIntent', {});
    expect(spoken(breathe)).toMatch(/breathe in/i);
    expect(spoken(breathe)).not.toMatch(/journal/i);
    expect(breathe.response.shouldEndSession).toBe(false);
    const again = await c.say('AnotherRoundIntent');
    expect(spoken(again)).toMatch(/breathe in/i);
    expect(spoken(again)).not.toMatch(/journal|sorry/i);
    const slower = await c.say('SlowerIntent');
    expect(spoken(slower)).toMatch(/breathe in/i);
    const stopped = await c.say('AMAZON.StopIntent');
    expect(spoken(stopped)).not.toMatch(/sorry/i);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('is there after the crisis line when the journal is damaged: yes to breathing together breathes', async () => {
    await damagedForExercise('journal');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const line = await c.say('WhatHappenedIntent', { event: 'I want to end my life' });
    expect(spoken(line)).toContain('nine eight eight');
    const breathe = await c.say('AMAZON.YesIntent');
    expect(spoken(breathe)).toMatch(/breathe in/i);
    expect(spoken(breathe)).not.toMatch(/journal/i);
  });

  it('keeps a number said after it in the rescue log when it cannot be stored', async () => {
    await damagedForExercise('journal');
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('ExerciseIntent', {});
    await c.say('IntensityIntent', { intensity: '7' });
    expect(await everythingStored()).toMatch(/"7"/);
  });
});

describe('an error that is not the store', () => {
  it('does not say the journal could not be opened, keeps the words, and asks the question again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'tired' });
    // A bug, not the disk: the store's own method fails with an ordinary error.
    vi.spyOn(h.store, 'updateCheckIn').mockRejectedValueOnce(new TypeError('a bug somewhere'));
    const r = await c.say('IntensityIntent', { intensity: '5' });
    expect(spoken(r)).not.toMatch(/journal/i);
    expect(spoken(r)).toMatch(/something went wrong.*1 to 10/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await everythingStored()).toContain('"5"');
  });

  it('answers an intent the model does not have (a model newer or older than the code) like anything not understood', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('MadeUpIntent', { thing: 'my day was long' });
    expect(spoken(r)).toMatch(/didn't catch that.*feeling/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    // Its words are kept, in the rescue log: nothing here knows what they answer.
    expect(await everythingStored()).toContain('my day was long');
  });
});
