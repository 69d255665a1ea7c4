/**
 * Crisis language said as a whole sentence ("nobody would miss me", "suicidal") gets the crisis line and is kept on
 * tonight's entry, as crisis words said inside what happened are. Alexa sends no words for a sample without a slot, so
 * these sentences are the values of CrisisIntent's {crisis} slot (skill/model/crisis-language.ts); and because that
 * slot is a sample on its own, Alexa can fill it with an everyday sentence too, which the skill takes as what happened
 * (crisisAsRead in skill/interceptors/CarrierInterceptor.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_LANGUAGE } from '../../skill/model/crisis-language.js';
import { spoken, type SlotSpec } from '../helpers/alexa.js';
import { type SkillHarness, skillHarness } from '../helpers/skill.js';
import { eveningOf, withVoice } from '../helpers/voice.js';
import { IDIOMS } from '../fixtures/safety-phrases.js';

const LINE = /nine eight eight/;
const bare = (words: string) => words.toLowerCase().replace(/[^a-z0-9' ]/g, '').replace(/\s+/g, ' ').trim();

/** Everyday sentences that open with a whole crisis sentence ("nobody would miss me at the party ..."). */
const NEAR_MISSES = IDIOMS.filter((idiom) => CRISIS_LANGUAGE.some((sentence) => bare(idiom).startsWith(`${bare(sentence)} `)));

describe('said by voice, through the interaction model', () => {
  const USER = 'amzn1.ask.account.CRISISWORDS';
  const voice = withVoice(USER);
  const evening = eveningOf(voice);
  const stored = async () => voice().h.store.listCheckIns({ userId: USER });

  it.each(['nobody would miss me', "there's no point anymore", 'I want to die', 'kms', 'call for help', 'crisis line', 'no one would even miss me anyway'])(
    '"%s" at "what happened?" gets the line, and its words are on the entry',
    async (sentence) => {
      expect(await evening('open between sessions', 'sad', '7', sentence)).toMatch(LINE);
      expect(await stored()).toMatchObject([{ feeling: { said: 'sad' }, intensity: 7, whatHappened: sentence }]);
    },
  );

  it('"suicidal" at the feeling question gets the line, and the word is on the entry as what was said, not as a feeling', async () => {
    expect(await evening('open between sessions', 'suicidal')).toMatch(LINE);
    expect(await stored()).toMatchObject([{ feeling: null, whatHappened: 'suicidal' }]);
  });

  it('"pretty suicidal 9" gets the line and keeps both: the words, and the number as the intensity', async () => {
    expect(await evening('open between sessions', 'pretty suicidal 9')).toMatch(LINE);
    expect(await stored()).toMatchObject([{ intensity: 9, whatHappened: 'pretty suicidal' }]);
  });

  it('"anxious and nobody would miss me" keeps the feeling as the feeling and the rest as what was said', async () => {
    expect(await evening('open between sessions', 'anxious and nobody would miss me')).toMatch(LINE);
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, whatHappened: 'nobody would miss me' }]);
  });

  // A sample of its own sent no words, so the medical-emergency check had nothing to read: "I took too many pills"
  // got the crisis line and an offer to breathe, where the same words inside a sentence got "call nine one one now".
  it.each(['I took too many pills', "I've taken an overdose"])('"%s", on its own, gets the emergency number first', async (sentence) => {
    const said = await evening('open between sessions', 'scared', '8', sentence);
    expect(said).toMatch(/^<speak><p>If this could be a medical emergency, call nine one one now\.<\/p>.*nine eight eight/);
    expect(said).not.toMatch(/breathe/i);
    expect(await stored()).toMatchObject([{ whatHappened: sentence }]);
  });

  it('adds the sentence after what was already said tonight', async () => {
    // A sentence said to "how strong?" is kept as what happened (kept-words.test.ts); the crisis words go after it.
    await evening('open between sessions', 'numb', 'my sister called');
    expect(await evening('nobody would miss me')).toMatch(LINE);
    expect(await stored()).toMatchObject([{ whatHappened: 'my sister called … nobody would miss me' }]);
  });

  it.each(NEAR_MISSES)('"%s" is not met with the line', async (idiom) => {
    const r = await eveningOf(voice, { strict: false })('open between sessions', 'tired', '4', idiom);
    expect(r).not.toMatch(LINE);
  });
});

describe('as Alexa may send it: the {crisis} slot filled with words off its list', () => {
  let h: SkillHarness;
  beforeAll(async () => {
    h = await skillHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  let users = 0;
  /** A check-in at "what happened?", then CrisisIntent with these slots: Alexa's answer, and the entry. */
  async function sayAtWhatHappened(slots: Record<string, string | SlotSpec>) {
    const owner = { userId: `amzn1.ask.account.CATCHALL${++users}` };
    const c = h.talk(owner);
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'tired' });
    await c.say('IntensityIntent', { intensity: '4' });
    const r = await c.say('CrisisIntent', slots);
    return { r, entry: (await h.store.listCheckIns(owner))[0] };
  }
  const offList = (value: string): SlotSpec => ({ value, type: 'CRISIS', noMatch: true });

  it.each(IDIOMS)('"%s" is what happened: no line, the words kept, the check-in goes on', async (idiom) => {
    const { r, entry } = await sayAtWhatHappened({ crisis: offList(idiom) });
    expect(spoken(r)).not.toMatch(LINE);
    expect(r.response.card).toBeUndefined();
    expect(entry?.whatHappened).toBe(idiom);
  });

  it('puts a number said after the words back where it was said ("we got home at 9"), with no line', async () => {
    const { r, entry } = await sayAtWhatHappened({ crisis: offList('we got home at'), numberAfter: '9' });
    expect(spoken(r)).not.toMatch(LINE);
    expect(entry).toMatchObject({ whatHappened: 'we got home at 9', intensity: 4 });
  });

  it.each([
    ['resolved to the list by Alexa', { crisis: { value: 'call for help', id: 'CRISIS', type: 'CRISIS' } }, 'call for help'],
    // A sentence the safety check does not read as crisis language is still the line when it is on the list.
    ['on the list, with no resolution', { crisis: 'I need help right now' }, 'I need help right now'],
    ['on the list in other letters, resolved as no match', { crisis: offList('I NEED EMERGENCY HELP') }, 'I NEED EMERGENCY HELP'],
    ['off the list, read as crisis language by the safety check', { crisis: offList('honestly I just want to be dead') }, 'honestly I just want to be dead'],
    // The entry has its feeling already, so the one said now is kept with the words (SafetyHandler's keepWhatWasSaid).
    ['off the list, with a feeling said before it', { crisis: offList('I want to be dead'), feeling: 'hopeless' }, 'I want to be dead … hopeless'],
  ])('gives the line for words %s, and keeps them', async (_how, slots, words) => {
    const { r, entry } = await sayAtWhatHappened(slots);
    expect(spoken(r)).toMatch(LINE);
    expect(entry?.whatHappened).toBe(words);
  });

  it.each([
    ['no words at all', {}],
    ['words Alexa could not make out', { crisis: '?' }],
  ])('gives the line when CrisisIntent comes with %s: in doubt, the line', async (_how, slots) => {
    const { r } = await sayAtWhatHappened(slots);
    expect(spoken(r)).toMatch(LINE);
  });

  it('gives the line for crisis words with the number after them, and keeps the number as the intensity', async () => {
    const owner = { userId: 'amzn1.ask.account.CATCHALLNUMBER' };
    const c = h.talk(owner);
    await c.launch();
    const r = await c.say('CrisisIntent', { crisis: { value: 'suicidal', id: 'CRISIS', type: 'CRISIS' }, numberAfter: '9' });
    expect(spoken(r)).toMatch(LINE);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 9, whatHappened: 'suicidal' }]);
  });
});
