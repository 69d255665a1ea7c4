/**
 * What cannot be set by voice yet (journey 4's new practice, said right after a session, and journey 9's reminder), said
 * aloud through the real interaction model and the real skill: understood, said plainly, nothing pretended, and the
 * evening carried on. Before this, "set my homework" and the reminders were not understood at all, and "I have new
 * homework" was kept as what happened on a new entry ("I've kept that") while the plan stayed as it was.
 */
import { describe, expect, it } from 'vitest';
import { plan } from '../factories.js';
import { speakOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.SETBYVOICE';
const owner = { userId: USER };

const voice = withVoice(USER);
const speak = speakOf(voice);
const said = (r: { response: { outputSpeech?: { ssml?: string } } }) => r.response.outputSpeech?.ssml ?? '';

const PRACTICE = plan({ startsOn: '2020-01-06', action: 'write one line about the worst moment of the day' });
const withPractice = () => voice().h.store.updateProfile(owner, (p) => ({ ...p, plans: [PRACTICE] }));

const NOT_YET = /I can't (?:set|change) (?:a|your) practice by voice yet/;
const NOTHING_PRETENDED = /didn't catch|I've kept that|saved|set your|is set|new practice is/i;

describe('a new practice said by voice', () => {
  it.each([
    'ask between sessions to set my homework',
    'tell between sessions I have new homework',
    "tell between sessions there's no homework this week",
    'tell between sessions my therapist gave me new homework',
  ])('"%s", said on its own, is understood, said not to be possible yet, and the session ends with nothing stored', async (phrase) => {
    const r = await speak(phrase);
    expect(said(r)).toMatch(NOT_YET);
    expect(said(r)).toMatch(/there isn't one here for now, and I won't ask about one/);
    expect(said(r)).not.toMatch(NOTHING_PRETENDED);
    expect(r.response.shouldEndSession).toBe(true);
    const { h } = voice();
    expect(await h.store.listCheckIns(owner)).toEqual([]);
    expect(await h.store.keptAside(owner)).toEqual([]);
    expect((await h.store.getProfile(owner))?.plans ?? []).toEqual([]);
  });

  it('with a practice in force, leaves it as it is and says "skip" is fine when it is asked about', async () => {
    await withPractice();
    const r = await speak("tell between sessions there's no homework this week");
    expect(said(r)).toMatch(/I can't change your practice by voice yet, so the one you have stays for now\. If I ask about it, you can just say skip\./);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await voice().h.store.getProfile(owner))?.plans).toEqual([PRACTICE]);
  });

  it('keeps the words of the task aside, not on an entry and not as the plan, and says so', async () => {
    await withPractice();
    const r = await speak('tell between sessions I have new homework call my sister when anxious');
    expect(said(r)).toMatch(NOT_YET);
    expect(said(r)).toMatch(/I've kept your words, so they aren't lost\./);
    const { h } = voice();
    expect(await h.store.listCheckIns(owner)).toEqual([]);
    expect((await h.store.getProfile(owner))?.plans).toEqual([PRACTICE]);
    // Given back on the History page ("Words kept aside") and in both exports; deleting everything removes them.
    const kept = await h.store.keptAside(owner);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.payload).toMatchObject({ intent: 'SetPracticeIntent', said: ['call my sister when anxious'] });
  });

  it('at "how are you feeling?", says so and asks the feeling again, storing nothing', async () => {
    const r = await speak('open between sessions', 'I have new homework');
    expect(said(r)).toMatch(NOT_YET);
    expect(said(r)).toMatch(/feeling/);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await voice().h.store.listCheckIns(owner)).toEqual([]);
  });

  it('at "what happened today?", says so and asks it again; the answer after it is what happened', async () => {
    await speak('open between sessions', 'anxious', '6');
    const r = await speak('my therapist gave me new homework call my sister when anxious');
    expect(said(r)).toMatch(NOT_YET);
    expect(said(r)).toMatch(/back to tonight\. .*(?:happen|today)/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await voice().h.store.listCheckIns(owner)).toMatchObject([{ intensity: 6, whatHappened: null }]);
    const done = await speak('I had a fight with my sister');
    expect(done.response.shouldEndSession).toBe(true);
    expect(await voice().h.store.listCheckIns(owner)).toMatchObject([{ intensity: 6, whatHappened: 'I had a fight with my sister' }]);
  });

  it('at the practice question, says so, asks it again, and "skip" then records nothing', async () => {
    await withPractice();
    await speak('open between sessions', 'tired', '4', 'skip');
    const r = await speak("there's no homework this week");
    expect(said(r)).toMatch(/you can just say skip\. Back to tonight\. Your practice: write one line/);
    const done = await speak('skip');
    expect(done.response.shouldEndSession).toBe(true);
    expect(await voice().h.store.listCheckIns(owner)).toMatchObject([{ intensity: 4, practice: null }]);
  });

  it('still meets crisis words in the task with the crisis line first', async () => {
    const r = await speak('tell between sessions I have new homework to stop wanting to kill myself');
    expect(said(r)).toMatch(/nine eight eight/);
    expect(said(r)).not.toMatch(NOT_YET);
  });
});

describe('a reminder asked for', () => {
  const NO_REMINDER = /I can't set reminders yet, I'm sorry\. For now, Alexa's own reminders can do it/;

  it.each([
    'ask between sessions to remind me at bedtime',
    'ask between sessions to set a reminder for 10 pm',
    'ask between sessions to remind me every night at 9 30',
  ])('"%s", said on its own, is understood and said not to be possible yet: nothing set, nothing asked for, nothing stored', async (phrase) => {
    const r = await speak(phrase);
    expect(said(r)).toMatch(NO_REMINDER);
    expect(said(r)).not.toMatch(/didn't catch|reminder is set|I'll remind you/i);
    expect(r.response.shouldEndSession).toBe(true);
    // No permission card, no directive: a reminder is neither set nor pretended.
    expect(r.response).not.toHaveProperty('card');
    expect(r.response).not.toHaveProperty('directives');
    const { h } = voice();
    expect(await h.store.listCheckIns(owner)).toEqual([]);
    expect(await h.store.keptAside(owner)).toEqual([]);
  });

  it('in the middle of a check-in, says so and asks the question it was waiting on', async () => {
    await speak('open between sessions', 'anxious');
    const r = await speak('remind me every night at 9 30');
    expect(said(r)).toMatch(NO_REMINDER);
    expect(said(r)).toMatch(/back to tonight\. .*1 to 10/i);
    expect(r.response.shouldEndSession).toBe(false);
    expect(await voice().h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'anxious' }, intensity: null }]);
  });
});
