/**
 * Words the skill has said it kept stay kept, whatever comes after them: found by a conversation sweep, through the
 * real interaction model and the real skill.
 */
import { describe, expect, it } from 'vitest';
import { eveningOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.KEPTWORDS';

const voice = withVoice(USER);

/** A phrase that matches no sample reaches the skill as AMAZON.FallbackIntent. */
const evening = eveningOf(voice, { strict: false });

const stored = async () => voice().h.store.listCheckIns({ userId: USER });

describe('"anything else from today?"', () => {
  it('stays that question after a reply Alexa could not place, so the next answer is added to what was kept', async () => {
    expect(await evening('open between sessions', 'gutted', '8', 'my girlfriend dumped me over text')).toMatch(/Anything else from today/);
    expect(await evening('wibble wobble flibble')).toMatch(/didn't catch that.*Anything else from today/);
    await evening('I could not face work');
    expect(await stored()).toMatchObject([{ whatHappened: 'my girlfriend dumped me over text … I could not face work' }]);
  });

  it('keeps the words kept before when the reply after the miss is "no"', async () => {
    await evening('open between sessions', 'gutted', '8', 'my girlfriend dumped me over text', 'wibble wobble flibble', 'no');
    expect(await stored()).toMatchObject([{ whatHappened: 'my girlfriend dumped me over text', whatHappenedSkipped: false }]);
  });
});

describe('words said in an exercise', () => {
  it('"I am crying" is met, kept, and the breathing goes on if they want it', async () => {
    const r = await evening('open between sessions', 'sad', '9', 'yes', 'I am crying');
    expect(r).toMatch(/Tears can come when we slow down.*another round, a slower one, or shall we stop here/);
    expect(await evening('another round')).toMatch(/Breathe in/);
    await evening('that helped', '5');
    expect(await stored()).toMatchObject([{ intensity: 9, intensityAfter: 5, whatHappened: 'I am crying' }]);
  });

  it('a sentence about the day is added after what was kept before, not dropped', async () => {
    await evening('open between sessions', 'anxious', '9', 'my boss yelled at me', 'help me breathe', 'my sister called me about mum tonight');
    expect(await stored()).toMatchObject([{ whatHappened: 'my boss yelled at me … my sister called me about mum tonight' }]);
  });
});

describe('sentences said to "how strong?"', () => {
  it('are each kept: a second one goes after the first, not in its place', async () => {
    await evening('open between sessions', 'anxious', 'my boss yelled at me');
    await evening('I missed the bus home too');
    expect(await stored()).toMatchObject([{ whatHappened: 'my boss yelled at me … I missed the bus home too' }]);
  });
});

describe('a sentence kept before "what happened today?" was asked', () => {
  it('still gets the question, as "anything else from today?"', async () => {
    await evening('open between sessions', 'I need to check in again');
    await evening('anxious');
    expect(await evening('6')).toMatch(/Anything else from today/);
  });
});
