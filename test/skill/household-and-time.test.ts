import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionEndedRequest, skillDisabledEvent, spoken } from '../helpers/alexa.js';
import { skillHarness, type SkillHarness } from '../helpers/skill.js';
import type { JsonStore } from '../../shared/store/JsonStore.js';
import { redeemLinkCode } from '../../shared/auth.js';

const USER = 'amzn1.ask.account.HOUSEHOLD';

let h: SkillHarness;
beforeEach(async () => {
  h = await skillHarness();
});
afterEach(async () => {
  await h.close();
});

async function quickCheckIn(caller: Parameters<SkillHarness['talk']>[0], feeling: string, intensity = '4') {
  const c = h.talk(caller);
  await c.say('CheckInIntent', { feeling, intensity });
  await c.say('SkipIntent');
}

describe('household', () => {
  it('keeps a recognised person\'s records their own', async () => {
    const ana = { userId: USER, personId: 'amzn1.ask.person.ANA' };
    const ben = { userId: USER, personId: 'amzn1.ask.person.BEN' };
    await quickCheckIn({ ...ana, timestamp: '2026-11-26T03:00:00Z' }, 'hopeful');
    await quickCheckIn({ ...ben, timestamp: '2026-11-26T03:00:00Z' }, 'grumpy');
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    expect((await h.store.listCheckIns(ana)).map((c) => c.feeling?.said)).toEqual(['hopeful']);
    expect((await h.store.listCheckIns(ben)).map((c) => c.feeling?.said)).toEqual(['grumpy']);
    expect((await h.store.listCheckIns({ userId: USER })).map((c) => c.feeling?.said)).toEqual(['okay']);
  });
});

describe('a speaker recognised on some turns and not others', () => {
  const ana = { userId: USER, personId: 'amzn1.ask.person.ANA' };
  const ben = { userId: USER, personId: 'amzn1.ask.person.BEN' };
  const at = { timestamp: '2026-11-26T03:00:00Z' };

  it('keeps one evening in one record: a turn Alexa did not recognise stays with the person the session began with', async () => {
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'hopeful' });
    c.caller = { userId: USER, ...at };
    const r = await c.say('IntensityIntent', { intensity: '3' });
    expect(spoken(r)).not.toMatch(/how are you feeling/i);
    expect(await h.store.listCheckIns(ana)).toMatchObject([{ feeling: { said: 'hopeful' }, intensity: 3 }]);
    expect(await h.store.listCheckIns({ userId: USER })).toEqual([]);
  });

  it('keeps a session that began unrecognised in the one record too', async () => {
    const c = h.talk({ userId: USER, ...at });
    await c.say('CheckInIntent', { feeling: 'tired' });
    c.caller = { ...ana, ...at };
    await c.say('IntensityIntent', { intensity: '4' });
    expect(await h.store.listCheckIns({ userId: USER })).toMatchObject([{ feeling: { said: 'tired' }, intensity: 4 }]);
    expect(await h.store.listCheckIns(ana)).toEqual([]);
  });

  it('files the check-in under a person recognised on the first answer after an open that was not', async () => {
    const c = h.talk({ userId: USER, ...at });
    await c.launch();
    c.caller = { ...ana, ...at };
    await c.say('CheckInIntent', { feeling: 'ashamed' });
    c.caller = { userId: USER, ...at };
    await c.say('IntensityIntent', { intensity: '4' });
    await c.say('WhatHappenedIntent', { event: 'ana private words' });
    expect(await h.store.listCheckIns(ana)).toMatchObject([{ feeling: { said: 'ashamed' }, intensity: 4, whatHappened: 'ana private words' }]);
    expect(await h.store.listCheckIns({ userId: USER })).toEqual([]);
  });

  // The unrecognised voice asked; a "yes" from Ana must not delete Ana's records instead of the account's, nor the
  // account's, which she did not ask about: a deletion cannot be undone, so it waits for the voice that asked.
  it('deletes nothing when a deletion asked for by an unrecognised voice is confirmed by a recognised one', async () => {
    await quickCheckIn({ ...ana, ...at }, 'hopeful');
    await quickCheckIn({ userId: USER, ...at }, 'okay');
    const c = h.talk({ userId: USER, ...at });
    await c.launch();
    await c.say('DeleteDataIntent');
    c.caller = { ...ana, ...at };
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/Nothing was deleted/);
    expect((await h.store.listCheckIns({ userId: USER })).map((entry) => entry.feeling?.said)).toEqual(['okay']);
    expect((await h.store.listCheckIns(ana)).map((entry) => entry.feeling?.said)).toEqual(['hopeful']);
  });

  // Alexa recognises voices turn by turn: in Ana's session, a voice it did not recognise may be anyone in the house.
  it('deletes nothing of a recognised person when a voice not recognised asks, or says yes, in their session', async () => {
    await quickCheckIn({ ...ana, ...at }, 'hopeful');
    const c = h.talk({ ...ana, ...at });
    await c.launch();
    c.caller = { userId: USER, ...at };
    const asked = await c.say('DeleteDataIntent');
    expect(spoken(asked)).toMatch(/Nothing was deleted/);
    expect(spoken(asked)).not.toMatch(/are you sure/i);

    c.caller = { ...ana, ...at };
    expect(spoken(await c.say('DeleteDataIntent'))).toMatch(/are you sure/i);
    c.caller = { userId: USER, ...at };
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/Nothing was deleted/);
    expect((await h.store.listCheckIns(ana)).map((entry) => entry.feeling?.said)).toEqual(['hopeful']);

    const own = h.talk({ ...ana, ...at });
    await own.say('DeleteDataIntent');
    await own.say('AMAZON.YesIntent');
    expect(await h.store.listCheckIns(ana)).toEqual([]);
  });

  it('carries on with the evening after a deletion it would not do', async () => {
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'hopeful' });
    c.caller = { userId: USER, ...at };
    const r = await c.say('DeleteDataIntent');
    expect(spoken(r)).toMatch(/Nothing was deleted[\s\S]*1 to 10/);
    expect(r.response.shouldEndSession).toBeFalsy();
  });

  it('gives a recognised person their own dashboard code, even in a session that is the account\'s', async () => {
    // Now, not the fixed evening: a code lasts ten minutes from the request's time.
    const now = { timestamp: new Date().toISOString() };
    await quickCheckIn({ userId: USER, ...now }, 'okay');
    const c = h.talk({ userId: USER, ...now });
    await c.say('CheckInIntent', { feeling: 'tired' });
    c.caller = { ...ana, ...now };
    const r = await c.say('DashboardCodeIntent');
    expect(r.response.card).toBeUndefined();
    const code = [...(r.response.outputSpeech as { ssml: string }).ssml.matchAll(/<say-as interpret-as="digits">(\d+)<\/say-as>/g)].slice(0, 3).map((m) => m[1]).join('');
    expect(await redeemLinkCode(h.store, code, 'test-client')).toEqual({ ok: true, owner: ana });
  });

  it('keeps the night of a crisis line given to an unrecognised voice on the account, so its next open repeats the number', async () => {
    const c = h.talk({ userId: USER, ...at });
    await c.launch();
    await c.say('CrisisIntent');
    c.caller = { ...ana, ...at };
    await c.say('WhatHappenedIntent', { event: 'I just feel so alone' });
    expect(await h.store.listCheckIns({ userId: USER })).toMatchObject([{ whatHappened: 'I just feel so alone' }]);
    const again = await h.talk({ userId: USER, timestamp: '2026-11-26T03:30:00Z' }).launch();
    expect(spoken(again)).toMatch(/nine eight eight/);
  });

  it('follows another recognised person who speaks: their words are theirs', async () => {
    const c = h.talk({ ...ana, ...at });
    await c.say('CheckInIntent', { feeling: 'hopeful' });
    c.caller = { ...ben, ...at };
    await c.say('CheckInIntent', { feeling: 'grumpy' });
    expect((await h.store.listCheckIns(ben)).map((entry) => entry.feeling?.said)).toEqual(['grumpy']);
    expect((await h.store.listCheckIns(ana)).map((entry) => entry.feeling?.said)).toEqual(['hopeful']);
  });
});

describe('time', () => {
  it.each([
    // [request time (UTC), device zone, expected night, local time]
    ['2026-11-26T02:30:00Z', 'America/New_York', '2026-11-25', '21:30'],
    ['2026-11-26T06:30:00Z', 'America/New_York', '2026-11-25', '01:30'], // after midnight: the evening before
    ['2026-11-26T08:59:00Z', 'America/New_York', '2026-11-25', '03:59'],
    ['2026-11-26T09:00:00Z', 'America/New_York', '2026-11-26', '04:00'],
    ['2026-11-25T13:30:00Z', 'Australia/Sydney', '2026-11-25', '00:30'], // 00:30 on the 26th, UTC+11
    ['2026-11-25T22:00:00Z', 'Europe/London', '2026-11-25', '22:00'],
  ])('files a check-in at %s in %s under the night of %s', async (timestamp, zone, night, localTime) => {
    h.api.timeZones.set('amzn1.ask.device.TESTDEVICE', zone);
    await quickCheckIn({ userId: USER, timestamp }, 'calm');
    const [entry] = await h.store.listCheckIns({ userId: USER });
    expect(entry?.timeZone).toBe(zone);
    expect(entry?.localTime).toBe(localTime);
    expect(entry?.night).toBe(night);
  });

  it('asks the settings API once and caches the zone', async () => {
    h.api.timeZones.set('amzn1.ask.device.TESTDEVICE', 'Europe/London');
    await quickCheckIn({ userId: USER, timestamp: '2026-11-25T21:00:00Z', apiAccessToken: 'token-1' }, 'calm');
    await quickCheckIn({ userId: USER, timestamp: '2026-11-25T21:10:00Z', apiAccessToken: 'token-1' }, 'calm');
    const calls = h.api.requests.filter((r) => r.path.includes('System.timeZone'));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.authorization).toBe('Bearer token-1');
    expect(calls[0]?.path).toBe('/v2/devices/amzn1.ask.device.TESTDEVICE/settings/System.timeZone');
  });

  it('falls back to the configured default zone when the settings API fails', async () => {
    await h.close();
    h = await skillHarness({ DEFAULT_TIME_ZONE: 'Asia/Kolkata' });
    h.api.failWith = 500;
    await quickCheckIn({ userId: USER, timestamp: '2026-11-25T16:00:00Z' }, 'calm');
    const [entry] = await h.store.listCheckIns({ userId: USER });
    expect(entry).toMatchObject({ timeZone: 'Asia/Kolkata', localTime: '21:30', night: '2026-11-25' });
  });

  // With no zone configured, New York for everyone filed a Sydney evening at 5 a.m. and a Delhi morning on the night
  // before: the locale says far more about where the user is.
  it.each([
    ['en-AU', '2026-11-25T10:00:00Z', 'Australia/Sydney', '21:00', '2026-11-25'],
    ['en-IN', '2026-11-25T16:00:00Z', 'Asia/Kolkata', '21:30', '2026-11-25'],
    ['en-GB', '2026-11-25T23:30:00Z', 'Europe/London', '23:30', '2026-11-25'],
    ['en-CA', '2026-11-26T03:00:00Z', 'America/Toronto', '22:00', '2026-11-25'],
    ['en-US', '2026-11-26T03:00:00Z', 'America/New_York', '22:00', '2026-11-25'],
  ])('with no zone configured, files an %s check-in in the locale\'s usual zone when the settings API fails', async (locale, timestamp, zone, localTime, night) => {
    h.api.failWith = 500;
    await quickCheckIn({ userId: USER, timestamp, locale }, 'calm');
    const [entry] = await h.store.listCheckIns({ userId: USER });
    expect(entry).toMatchObject({ timeZone: zone, localTime, night });
  });

  // An API that is down (or out of reach: a Lambda in a VPC without a NAT gateway) must not make every answer wait for
  // the time-out: it is asked once, then again only after a few minutes.
  it('does not ask a failing settings API again on every turn', async () => {
    h.api.failWith = 500;
    const lookups = () => h.api.requests.filter((r) => r.path.includes('System.timeZone')).length;
    const c = h.talk({ userId: USER, timestamp: '2026-11-26T03:00:00Z' });
    await c.say('CheckInIntent', { feeling: 'tired' });
    await c.say('IntensityIntent', { intensity: '4' });
    await c.say('SkipIntent');
    expect(lookups()).toBe(1);
    h.api.failWith = null;
    h.api.timeZones.set('amzn1.ask.device.TESTDEVICE', 'Europe/London');
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:06:00Z' }, 'calm');
    expect(lookups()).toBe(2);
    const [latest] = await h.store.listCheckIns({ userId: USER });
    expect(latest).toMatchObject({ timeZone: 'Europe/London', feeling: { said: 'calm' } });
  });

  it('prefers the configured default zone to the locale\'s', async () => {
    await h.close();
    h = await skillHarness({ DEFAULT_TIME_ZONE: 'Pacific/Auckland' });
    h.api.failWith = 500;
    await quickCheckIn({ userId: USER, timestamp: '2026-11-25T08:00:00Z', locale: 'en-AU' }, 'calm');
    const [entry] = await h.store.listCheckIns({ userId: USER });
    expect(entry).toMatchObject({ timeZone: 'Pacific/Auckland', localTime: '21:00', night: '2026-11-25' });
  });
});

describe('privacy', () => {
  it('brings back nothing of a person deleted on the dashboard when Alexa ends the session they were in', async () => {
    const ana = { userId: USER, personId: 'amzn1.ask.person.ANA' };
    h.api.timeZones.set('amzn1.ask.device.TESTDEVICE', 'Europe/London');
    await quickCheckIn({ ...ana, timestamp: '2026-11-26T21:00:00Z' }, 'hopeful');
    const c = h.talk({ ...ana, timestamp: '2026-11-26T21:05:00Z' });
    await c.say('CheckInIntent', { feeling: 'tired' });
    await h.store.deleteOwner(ana);
    const before = h.api.requests.length;
    const ended = await h.send(sessionEndedRequest('USER_INITIATED', { ...ana, apiEndpoint: h.api.url, timestamp: '2026-11-26T21:06:00Z' }));
    expect(ended.response.outputSpeech).toBeUndefined();
    expect(h.api.requests.length).toBe(before);
    expect(await h.store.getProfile(ana)).toBeNull();
    expect(await h.store.ownersOf(USER)).toEqual([]);
  });

  it('deletes everything of the account, every person on it, when the skill is disabled', async () => {
    await quickCheckIn({ userId: USER, personId: 'amzn1.ask.person.ANA', timestamp: '2026-11-26T03:00:00Z' }, 'hopeful');
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    const r = await h.send(skillDisabledEvent({ userId: USER }));
    expect(r.response.outputSpeech).toBeUndefined();
    expect(await h.store.listCheckIns({ userId: USER })).toEqual([]);
    expect(await h.store.listCheckIns({ userId: USER, personId: 'amzn1.ask.person.ANA' })).toEqual([]);
    const files = await readdir(h.dataDir, { recursive: true });
    for (const file of files) {
      const full = path.join(h.dataDir, String(file));
      const content = await readFile(full, 'utf8').catch(() => '');
      expect(content).not.toContain(USER);
    }
  });

  it('deletes by voice only after a clear yes', async () => {
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    const c = h.talk({ userId: USER, timestamp: '2026-11-26T03:05:00Z' });
    const ask = await c.say('DeleteDataIntent');
    expect(spoken(ask)).toMatch(/are you sure/i);
    const kept = await c.say('AMAZON.NoIntent');
    expect(spoken(kept)).toMatch(/kept everything/i);
    expect(await h.store.listCheckIns({ userId: USER })).toHaveLength(1);

    const c2 = h.talk({ userId: USER, timestamp: '2026-11-26T03:06:00Z' });
    await c2.say('DeleteDataIntent');
    const gone = await c2.say('AMAZON.YesIntent');
    expect(spoken(gone)).toMatch(/deleted/i);
    expect(await h.store.listCheckIns({ userId: USER })).toEqual([]);
  });
});

describe('an unclear answer to "are you sure?"', () => {
  it('is asked once more, deletes nothing, and a second unclear answer keeps everything', async () => {
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    const c = h.talk({ userId: USER, timestamp: '2026-11-26T03:05:00Z' });
    await c.say('DeleteDataIntent');
    const again = await c.say('AMAZON.FallbackIntent');
    expect(spoken(again)).toMatch(/yes or no/i);
    expect(again.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns({ userId: USER })).toHaveLength(1);
    const kept = await c.say('AMAZON.FallbackIntent');
    expect(spoken(kept)).toMatch(/kept everything/i);
    expect(kept.response.shouldEndSession).toBe(true);
    expect(await h.store.listCheckIns({ userId: USER })).toHaveLength(1);
  });

  it('asks a sentence heard instead of yes or no ("um, what?") once more, deleting nothing', async () => {
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    const c = h.talk({ userId: USER, timestamp: '2026-11-26T03:05:00Z' });
    await c.say('DeleteDataIntent');
    const again = await c.say('WhatHappenedIntent', { event: 'um what' });
    expect(spoken(again)).toMatch(/yes or no/i);
    expect(again.response.shouldEndSession).toBe(false);
    expect(await h.store.listCheckIns({ userId: USER })).toHaveLength(1);
  });

  it('still deletes after the one re-ask, on a clear yes', async () => {
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    const c = h.talk({ userId: USER, timestamp: '2026-11-26T03:05:00Z' });
    await c.say('DeleteDataIntent');
    await c.say('AMAZON.FallbackIntent');
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/deleted/i);
    expect(await h.store.listCheckIns({ userId: USER })).toEqual([]);
  });
});

describe('a corrupt data file', () => {
  it('is never overwritten, and what the user said is kept in the rescue log', async () => {
    await quickCheckIn({ userId: USER, timestamp: '2026-11-26T03:00:00Z' }, 'okay');
    // Fold the journal into the month file, which is then damaged.
    await (h.store as JsonStore).compact({ userId: USER });
    const files = (await readdir(h.dataDir, { recursive: true })).map(String);
    const month = files.find((f) => /checkins/.test(f) && f.endsWith('.json'));
    expect(month).toBeDefined();
    const monthPath = path.join(h.dataDir, month!);
    await writeFile(monthPath, '{"checkIns": [ this is not json');
    const before = await readFile(monthPath, 'utf8');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

    const c = h.talk({ userId: USER, timestamp: '2026-11-26T03:10:00Z' });
    const r = await c.say('CheckInIntent', { feeling: 'worried about tomorrow' });
    errors.mockRestore();
    expect(spoken(r)).toMatch(/kept what you said/i);
    expect(await readFile(monthPath, 'utf8')).toBe(before);
    const rescueFiles = (await readdir(path.join(h.dataDir, 'rescue'))).map(String);
    const rescued = await readFile(path.join(h.dataDir, 'rescue', rescueFiles[0]!), 'utf8');
    expect(rescued).toContain('worried about tomorrow');
  });
});
