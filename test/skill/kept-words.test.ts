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

  // Tears are kept, but they are no answer about the day: "I've kept that. Anything else from today?", said minutes
  // later, answered a question never asked.
  it.each([
    ['after the breathing', ['sad', '9', 'yes', "I'm crying", 'stop', '6']],
    ['after the grounding offered next', ['sad', '10', 'yes', 'stop', '9', 'yes', "I'm crying", 'stop', '9']],
  ])('tears in an exercise are kept, and "what happened today?" is still asked as itself (%s)', async (_when, phrases) => {
    const r = await evening('open between sessions', ...phrases);
    expect(r).toMatch(/What happened today|one thing from today|What stood out today/);
    expect(r).not.toMatch(/kept that|Anything else/i);
    expect(await stored()).toMatchObject([{ whatHappened: "I'm crying", whatHappenedSkipped: false }]);
    await evening('my mum is in hospital');
    expect(await stored()).toMatchObject([{ whatHappened: "I'm crying … my mum is in hospital" }]);
  });

  it('after tears in an exercise, a reply Alexa could not place gets "what happened today?" again, not "anything else?"', async () => {
    await evening('open between sessions', 'sad', '9', 'yes', "I'm crying", 'stop', '6');
    const r = await evening('wibble wobble flibble');
    expect(r).toMatch(/didn't catch that/);
    expect(r).not.toMatch(/Anything else/i);
  });

  it('tears in an exercise stay kept when "what happened today?" is then skipped', async () => {
    await evening('open between sessions', 'sad', '9', 'yes', "I'm crying", 'stop', '6', 'skip');
    expect(await stored()).toMatchObject([{ intensity: 9, intensityAfter: 6, whatHappened: "I'm crying" }]);
  });

  it('a sentence about the day told after tears in an exercise makes the question "anything else from today?"', async () => {
    await evening('open between sessions', 'sad', '9', 'yes', "I'm crying", 'another round');
    await evening('my landlord says we have to move out by Friday');
    expect(await evening('6')).not.toMatch(/What happened today|one thing from today|What stood out today/);
    expect(await stored()).toMatchObject([{ whatHappened: "I'm crying … my landlord says we have to move out by Friday" }]);
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
