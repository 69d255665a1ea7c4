import { describe, expect, it } from 'vitest';
import { detectMedicalEmergency } from '../../shared/safety/medical.js';
import { spoken } from '../helpers/alexa.js';
import { type SkillHarness, withSkillHarness } from '../helpers/skill.js';

const USER = 'amzn1.ask.account.EMERGENCY';
const EVENING = '2026-11-26T03:00:00Z';
const owner = { userId: USER };

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

describe('the medical-emergency words', () => {
  it.each([
    "I think I'm having a heart attack",
    'im having a stroke',
    "my dad's having a seizure",
    'my husband is having an allergic reaction',
    'am I having a heart attack',
    'call an ambulance',
    'I need an ambulance',
    'call nine one one',
    'we are having an asthma attack here',
  ])('hears "%s"', (text) => {
    expect(detectMedicalEmergency(text)).toBe(true);
  });

  it.each([
    'my mum had a heart attack last year',
    "I'm having a stroke of luck tonight",
    'I nearly had a heart attack when the bill came',
    'you gave me a heart attack',
    'I watched a film about paramedics',
    'my chest is tight',
    'the ambulance drove past',
  ])('does not hear "%s"', (text) => {
    expect(detectMedicalEmergency(text)).toBe(false);
  });
});

describe('"I think I\'m having a heart attack", said to the skill', () => {
  // It was kept as what happened, and the skill asked how the user felt.
  it.each([
    ['en-US', 'nine one one', '911'],
    ['en-GB', 'nine nine nine', '999'],
    ['en-AU', 'triple zero', '000'],
  ])('as a one-shot in %s: the emergency number at once, a card, the session ends, the words are kept', async (locale, spokenNumber, number) => {
    const r = await h.talk({ userId: USER, timestamp: EVENING, locale }).say('WhatHappenedIntent', { event: "I think I'm having a heart attack" });
    expect(spoken(r)).toMatch(new RegExp(`^That sounds like a medical emergency\\. Please call ${spokenNumber} now`));
    expect(spoken(r)).not.toMatch(/how are you feeling|breathe/i);
    expect(r.response.shouldEndSession).toBe(true);
    expect(JSON.stringify(r.response.card)).toContain(`call ${number} now`);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: "I think I'm having a heart attack" }]);
  });

  it('in the middle of a check-in, instead of an answer: the number, and the answers so far are kept', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '9' });
    const r = await c.say('CheckInIntent', { feeling: "I'm having a heart attack" });
    expect(spoken(r)).toMatch(/^That sounds like a medical emergency\. Please call nine one one now/);
    expect(r.response.shouldEndSession).toBe(true);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'scared' }, intensity: 9 }]);
  });

  it('self-harm said with it gets the crisis line first', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('WhatHappenedIntent', { event: 'I took too many pills and I think I am having a heart attack' });
    expect(spoken(r)).toMatch(/nine eight eight/);
  });
});
