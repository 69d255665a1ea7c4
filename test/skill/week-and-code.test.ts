import { describe, expect, it } from 'vitest';
import { redeemLinkCode } from '../../shared/auth.js';
import { describeWeek, hardMomentsFor, weekFor } from '../../shared/week.js';
import { spoken } from '../helpers/alexa.js';
import { type SkillHarness, skillHarness, withSkillHarness } from '../helpers/skill.js';

const USER = 'amzn1.ask.account.WEEK';
const EVENING = '2026-11-26T03:00:00Z'; // 22:00 on Wednesday 25 November in New York

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

describe('"how was my week?"', () => {
  it('speaks the same facts the dashboard shows, computed by the same code', async () => {
    for (const [timestamp, feeling, intensity] of [
      ['2026-11-24T03:00:00Z', 'anxious', '8'],
      ['2026-11-25T03:00:00Z', 'tired', '5'],
      ['2026-11-26T03:00:00Z', 'hopeful', '3'],
    ] as const) {
      const c = h.talk({ userId: USER, timestamp });
      await c.say('CheckInIntent', { feeling, intensity });
      if (Number(intensity) >= 8) await c.say('AMAZON.NoIntent');
      await c.say('SkipIntent');
    }
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WeekSummaryIntent');
    const owner = { userId: USER };
    const expected = describeWeek(
      await weekFor(h.store, owner, '2026-11-25', 1),
      await hardMomentsFor(h.store, owner, '2026-11-25', 1),
      '2026-11-25',
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const sentence of expected) expect(spoken(r)).toContain(sentence);
    // Wednesday: the week so far is three nights, and every one of them has a check-in.
    expect(spoken(r)).toMatch(/all 3 nights so far this week/);
    expect(r.response.shouldEndSession).toBe(true);
  });

  // "I skipped my practice today", "I was too tired", then later "I did my homework": the week said "you did it on 1
  // night. What got in the way was low energy or mood", a reason for a skip the night no longer had.
  it('takes the night\'s latest practice answer as the night\'s answer, keeping both entries as said', async () => {
    const owner = { userId: USER };
    await h.store.updateProfile(owner, (p) => ({
      ...p,
      plans: [{ id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', createdAt: '2026-11-20T18:00:00.000Z', none: false, action: 'a walk',
        cueWhen: null, cueThen: null, why: null, bringBack: null, modality: null, startsOn: '2026-11-20', endedAt: null }],
    }));
    const first = h.talk({ userId: USER, timestamp: '2026-11-26T02:00:00Z' });
    await first.say('PracticeStatusIntent', { status: { value: 'I skipped my practice today', id: 'not_today', type: 'PRACTICE_STATUS' } });
    await first.say('BarrierIntent', { barrier: { value: 'I was too tired', id: 'low_energy', type: 'BARRIER' } });
    await first.timeout();
    const second = h.talk({ userId: USER, timestamp: '2026-11-26T02:30:00Z' });
    await second.say('PracticeStatusIntent', { status: { value: 'I did my homework', id: 'done', type: 'PRACTICE_STATUS' } });
    await second.timeout();

    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WeekSummaryIntent');
    expect(spoken(r)).toMatch(/With your practice, you did it on 1 night\./);
    expect(spoken(r)).not.toMatch(/got in the way|low energy/i);
    const week = await weekFor(h.store, owner, '2026-11-25', 1);
    expect(week.practice).toEqual({ done: 1, partly: 0, notToday: 0, answered: 1, barriers: [] });
    // Both entries stay, each with what was said in it.
    expect(week.days.find((d) => d.night === '2026-11-25')?.checkIns.map((c) => c.practice)).toEqual([
      expect.objectContaining({ status: 'done' }),
      expect.objectContaining({ status: 'not_today', barrier: 'low_energy', barrierSaid: 'I was too tired' }),
    ]);
  });

  it('says something kind and useful about an empty week', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WeekSummaryIntent');
    expect(spoken(r).length).toBeGreaterThan(20);
    expect(spoken(r)).not.toMatch(/streak|failed|missed/i);
    // Asked as a one-shot, it invites a check-in at bedtime.
    expect(spoken(r)).toMatch(/open between sessions/);
  });

  // Right after the crisis line it said "Tonight at bedtime, you can say 'open between sessions'" to someone there.
  it('does not invite someone already talking to the skill to open it at bedtime', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('WeekSummaryIntent');
    expect(spoken(r)).toMatch(/no check-ins for this week yet/i);
    expect(spoken(r)).not.toMatch(/open between sessions/);
  });
});

describe('"give me my dashboard code"', () => {
  /** The eight digits of the code, as spoken. */
  const spokenCode = (ssml: string) => [...ssml.matchAll(/<say-as interpret-as="digits">(\d+)<\/say-as>/g)].slice(0, 3).map((m) => m[1]).join('');

  it('speaks a one-time code, shows it on the card, and the code signs in as this user once', async () => {
    const caller = { userId: USER, timestamp: new Date().toISOString() };
    const r = await h.talk(caller).say('DashboardCodeIntent');
    const ssml = (r.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toMatch(/<say-as interpret-as="digits">\d{3}<\/say-as>/);
    const card = r.response.card as { content: string };
    const code = /(\d{3}) (\d{3}) (\d{2})/.exec(card.content)?.slice(1).join('');
    expect(code).toMatch(/^\d{8}$/);
    expect(spokenCode(ssml)).toBe(code);
    const first = await redeemLinkCode(h.store, code!, 'test-client');
    expect(first).toEqual({ ok: true, owner: { userId: USER } });
    expect(await redeemLinkCode(h.store, code!, 'test-client')).toMatchObject({ ok: false, reason: 'used' });
  });

  // The Alexa app, where cards go, is the account holder's: a card with Ana's code would let them sign in as Ana.
  it('only speaks the code of a recognised person, and says why it is not in the Alexa app', async () => {
    const caller = { userId: USER, personId: 'amzn1.ask.person.ANA', timestamp: new Date().toISOString() };
    const r = await h.talk(caller).say('DashboardCodeIntent');
    expect(r.response.card).toBeUndefined();
    const ssml = (r.response.outputSpeech as { ssml: string }).ssml;
    expect(spoken(r)).toMatch(/haven't put it in the Alexa app/i);
    const code = spokenCode(ssml);
    expect(code).toMatch(/^\d{8}$/);
    expect(await redeemLinkCode(h.store, code, 'test-client')).toEqual({ ok: true, owner: { userId: USER, personId: 'amzn1.ask.person.ANA' } });
  });

  // Alexa recognises voices turn by turn. A session Ana opened stays hers for her check-in, but a voice not recognised
  // on the turn that asks for a code may be anyone in the house: Ana's code would open her records to them.
  it('gives no code in a recognised person\'s session to a voice not recognised on that turn, and the evening carries on', async () => {
    const ana = { userId: USER, personId: 'amzn1.ask.person.ANA', timestamp: new Date().toISOString() };
    const c = h.talk(ana);
    await c.launch();
    await c.say('CheckInIntent', { feeling: { value: 'anxious', id: 'FEARFUL.ANXIOUS', type: 'FEELING' } });
    c.caller = { userId: USER, timestamp: new Date().toISOString() };
    const r = await c.say('DashboardCodeIntent');
    expect(spokenCode((r.response.outputSpeech as { ssml: string }).ssml)).toBe('');
    expect(r.response.card).toBeUndefined();
    expect(spoken(r)).toMatch(/recogni[sz]e/i);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(r.response.shouldEndSession).toBeFalsy();

    c.caller = ana;
    const again = await c.say('DashboardCodeIntent');
    const code = spokenCode((again.response.outputSpeech as { ssml: string }).ssml);
    expect(await redeemLinkCode(h.store, code, 'test-client')).toEqual({ ok: true, owner: { userId: USER, personId: 'amzn1.ask.person.ANA' } });
  });

  it('names the sign-in page on the card when the dashboard\'s address is configured', async () => {
    const hosted = await skillHarness({ ORIGIN: 'https://checkin.example.org' });
    try {
      const r = await hosted.talk({ userId: USER, timestamp: new Date().toISOString() }).say('DashboardCodeIntent');
      expect((r.response.card as { content: string }).content).toContain('https://checkin.example.org/signin');
    } finally {
      await hosted.close();
    }
  });
});
