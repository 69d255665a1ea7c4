/**
 * Evenings as people speak them, as a conversation sweep heard them, through the real interaction model and the real
 * skill: each case is what the store holds afterwards, and what was said back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { plan } from '../factories.js';
import { eveningOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.SPOKENFORMS';

const voice = withVoice(USER);

const evening = eveningOf(voice);

const stored = async () => voice().h.store.listCheckIns({ userId: USER });

describe('a number said with the feeling, or again to change it', () => {
  it.each([
    ['anxious about an 8', 'anxious', 8],
    ['anxious like an 8', 'anxious', 8],
    ['pretty anxious about an 8', 'pretty anxious', 8],
    ['sad maybe a 9', 'sad', 9],
  ])('takes "%s" at "how are you feeling?" as the feeling and the number, and offers the exercise', async (said, feeling, intensity) => {
    expect(await evening('open between sessions', said)).toMatch(/is a lot to carry.*breathe together/);
    expect(await stored()).toMatchObject([{ feeling: { said: feeling }, intensity }]);
  });

  it.each([
    ['actually make that a 5', 5],
    ['I reckon about a six now', 6],
    ['it is six now', 6],
    ['reckon a seven', 7],
  ])('takes "%s", said after a number, as the number changed', async (said, intensity) => {
    await evening('open between sessions', 'anxious', '3', said);
    expect(await stored()).toMatchObject([{ intensity }]);
  });

  it('meets "actually it\'s more like an 8 now", said at "what happened?", with the offer an 8 gets', async () => {
    const r = await evening('open between sessions', 'anxious', '5', "actually it's more like an 8 now");
    expect(r).toMatch(/8 then.*breathe together/);
    expect(await stored()).toMatchObject([{ intensity: 8, whatHappened: null }]);
  });

  it('takes "still 8" after an exercise as the number now', async () => {
    await evening('open between sessions', 'anxious', '9', 'yes', 'stop', 'still 8');
    expect(await stored()).toMatchObject([{ intensity: 9, intensityAfter: 8 }]);
  });
});

describe('a range said for the number', () => {
  it.each([
    ['like a 7 or 8', 8],
    ['like an 8 or 9', 9],
    ['seven or eight', 8],
  ])('takes "%s" as its top, and a top of 8 or more leads to the offer', async (said, intensity) => {
    expect(await evening('open between sessions', 'anxious', said)).toMatch(/is a lot to carry.*breathe together/);
    expect(await stored()).toMatchObject([{ intensity }]);
  });

  it.each([
    ['5 or 6', 6],
    ['between 5 and 6', 6],
    ['a 6 or 7', 7],
  ])('takes "%s" as its top, and says so', async (said, intensity) => {
    expect(await evening('open between sessions', 'anxious', said)).toMatch(new RegExp(`I'll put down ${intensity}\\.`));
    expect(await stored()).toMatchObject([{ intensity }]);
  });

  it('takes "I\'m feeling sad about a 6 or 7" as the feeling and the top of the range', async () => {
    expect(await evening("tell between sessions I'm feeling sad about a 6 or 7")).toMatch(/sad.*I'll put down 7/i);
    expect(await stored()).toMatchObject([{ feeling: { said: 'sad', family: 'Sad' }, intensity: 7 }]);
  });
});

describe('how strong, said in words', () => {
  it.each(['really high', 'unbearable', 'off the charts', 'through the roof', 'as bad as it gets', 'the worst'])(
    'meets "%s" by asking for it as 8, 9 or 10, and a number given brings the offer an 8 gets',
    async (said) => {
      expect(await evening('open between sessions', 'scared', said)).toMatch(/sounds like a lot.*8, 9 or 10/);
      expect(await evening('9')).toMatch(/breathe together/);
      expect(await stored()).toMatchObject([{ feeling: { said: 'scared', family: 'Fearful' }, intensity: 9 }]);
    },
  );

  it('offers the exercise anyway when the words come again, and keeps the number after it as the after', async () => {
    expect(await evening('open between sessions', 'anxious', 'off the charts')).toMatch(/8, 9 or 10/);
    expect(await evening('unbearable')).toMatch(/sounds like a lot.*breathe together/);
    await evening('yes', 'stop', '6');
    const [entry] = await stored();
    expect(entry).toMatchObject({ intensity: null, intensityAfter: 6 });
    expect(await voice().h.store.listExercises({ userId: USER })).toMatchObject([{ intensityBefore: null, intensityAfter: 6 }]);
  });

  it('keeps "a hundred", said past the top of the scale twice, as a 10, says so, and offers the exercise', async () => {
    expect(await evening('open between sessions', 'scared', 'a hundred')).toMatch(/past the top of the scale.*from 1 to 10/);
    expect(await evening('a hundred')).toMatch(/put down 10.*breathe together/);
    await evening('yes', 'stop', '7');
    expect(await stored()).toMatchObject([{ intensity: 10, intensityAfter: 7 }]);
  });

  it.each([
    ['not that bad', /4, 5 or 6/],
    ['medium', /4, 5 or 6/],
    ['pretty low', /1, 2 or 3/],
    ['pretty high', /8 and up/],
  ])('asks again after "%s", pointing to that part of the scale, and takes the number', async (said, hint) => {
    const r = await evening('open between sessions', 'tired', said);
    expect(r).toMatch(hint);
    expect(r).toMatch(/1 to 10/);
    await evening('5');
    expect(await stored()).toMatchObject([{ feeling: { said: 'tired' }, intensity: 5 }]);
  });
});

describe('yes, no and "what?" as people say them', () => {
  it.each(['yeah sure', 'okay fine', 'yeah righto', 'ya', 'go on then', 'sure why not'])('takes "%s" to the offer as a yes', async (said) => {
    expect(await evening('open between sessions', 'anxious', '9', said)).toMatch(/Breathe in/);
  });

  it.each(["nah I'm good", 'no ta', 'no need', "no thanks I'm fine"])('takes "%s" to the offer as a no', async (said) => {
    expect(await evening('open between sessions', 'anxious', '9', said)).toMatch(/Okay\..*(today|happen)/);
    expect(await stored()).toMatchObject([{ whatHappened: null, exerciseIds: [] }]);
  });

  it.each(['what?', 'what', 'huh', 'eh', 'what was that'])('says the question again for "%s"', async (said) => {
    expect(await evening('open between sessions', 'anxious', said)).toMatch(/1 to 10/);
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, intensity: null }]);
  });

  it('takes "dunno" at "how strong?" as "I don\'t know" is taken', async () => {
    expect(await evening('open between sessions', 'anxious', 'dunno')).toMatch(/leave the number out/);
  });
});

describe('the practice, and what got in the way', () => {
  beforeEach(async () => {
    await voice().h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2020-01-01' })] }));
  });

  it.each(['no I didn\'t get round to it', 'not really, didn\'t get round to it', 'nah mate', 'nah I didn\'t'])(
    'records "%s" as not today, and asks what got in the way',
    async (said) => {
      expect(await evening('open between sessions', 'on edge', '5', 'skip', said)).toMatch(/What got in the way/);
      expect(await stored()).toMatchObject([{ practice: { status: 'not_today', barrier: null } }]);
    },
  );

  it('records "no I skipped it because I was exhausted" as not today, for low energy, in one breath', async () => {
    await evening('open between sessions', 'on edge', '5', 'skip', 'no I skipped it because I was exhausted');
    expect(await stored()).toMatchObject([
      { practice: { status: 'not_today', barrier: 'low_energy', barrierSaid: 'no I skipped it because I was exhausted' } },
    ]);
  });

  it.each([
    ['it brought stuff up', 'avoidance'],
    ['too knackered', 'low_energy'],
    ['too much going on', 'no_time'],
    // Sent as words about the day ("it" opens them too), and read for the reason in them.
    ['it went out of my head', 'forgot'],
    ["it wasn't perfect", 'perfectionism'],
  ])('files "%s" as %s', async (said, barrier) => {
    await evening('open between sessions', 'on edge', '5', 'skip', 'not today', said);
    expect(await stored()).toMatchObject([{ practice: { status: 'not_today', barrier } }]);
  });
});

describe('speaking up mid-exercise, as people do', () => {
  // Met with "Sorry, I didn't catch that. Say another round, slower, or stop.", twice, to someone it was not helping.
  it.each(["this isn't helping", "it's not working", 'this is not helping', "this doesn't help", "it doesn't help", "it isn't helping"])(
    'stops gently on "%s", asks how strong it is now, and offers a different one while still 8 or more',
    async (said) => {
      const reply = await evening('open between sessions', 'anxious', '9', 'yes', said);
      expect(reply).toMatch(/not every exercise/i);
      expect(reply).toMatch(/1 to 10/);
      expect(await evening('9')).toMatch(/grounding/i);
      expect(await voice().h.store.listExercises({ userId: USER })).toMatchObject([{ completed: true, intensityAfter: 9 }]);
    },
  );

  it.each(["that's better", "that's much better", 'better now'])('ends the exercise on "%s" and asks the number', async (said) => {
    const reply = await evening('open between sessions', 'anxious', '9', 'yes', said);
    expect(reply).toMatch(/1 to 10/);
    expect(reply).not.toMatch(/didn't catch/i);
  });

  it.each(['stop talking', 'can you stop talking', 'be quiet'])('stops on "%s"', async (said) => {
    const reply = await evening('open between sessions', 'anxious', '9', 'yes', said);
    expect(reply).not.toMatch(/didn't catch/i);
    expect(await voice().h.store.listExercises({ userId: USER })).toMatchObject([{ completed: true }]);
  });
});

describe('asking what a question means', () => {
  // "What do you mean?" at "what got in the way?" got "Sorry, I didn't catch that".
  it.each(['what do you mean', 'what does that mean', "I don't understand"])('meets "%s" with what the question wants', async (said) => {
    await voice().h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2020-01-01' })] }));
    const reply = await evening('open between sessions', 'on edge', '5', 'skip', 'not today', said);
    expect(reply).not.toMatch(/didn't catch/i);
    expect(reply).toMatch(/got in the way/i);
    expect(await stored()).toMatchObject([{ practice: { status: 'not_today', barrier: null } }]);
  });
});

describe('a number said again to the offer of an exercise', () => {
  // People repeat the number they just hedged: "like a 7 or 8", then "8" to the offer, which went straight on.
  it('takes 8 or more as the number, and asks the offer again', async () => {
    await evening('open between sessions', 'anxious', 'like a 7 or 8');
    const r = await evening('9');
    expect(r).toMatch(/breathe together/);
    expect(await stored()).toMatchObject([{ intensity: 9, exerciseIds: [] }]);
    expect(await evening('yes')).toMatch(/Breathe in/);
  });

  it('takes a number under 8 as the number, and goes on without the exercise', async () => {
    await evening('open between sessions', 'anxious', '8');
    const r = await evening('6');
    expect(r).not.toMatch(/breathe together/);
    expect(r).toMatch(/today|happen/i);
    expect(await stored()).toMatchObject([{ intensity: 6 }]);
  });
});

describe('a bare "nah" before the practice was asked about', () => {
  // "Sad", then "nah" to "how strong?": recorded as the practice skipped, and "what got in the way?" asked.
  it.each(['nah', 'not really', 'yeah nah'])('is a no to the question asked ("%s"), not the practice', async (said) => {
    await voice().h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2020-01-01' })] }));
    const r = await evening('open between sessions', 'sad', said);
    expect(r).not.toMatch(/got in the way/i);
    expect(await stored()).toMatchObject([{ feeling: { said: 'sad' }, practice: null }]);
  });
});

describe('feelings as the re-check still lost them', () => {
  it.each([
    ['feeling low today', 'low'],
    ["I'm feeling low today", 'low'],
    // The hedge is not kept, as "I guess" and "honestly" are not.
    ['maybe sad', 'sad'],
    ['probably tired', 'tired'],
  ])('takes "%s" as the feeling', async (said, feeling) => {
    expect(await evening('open between sessions', said)).toMatch(/1 to 10/);
    expect(await stored()).toMatchObject([{ feeling: { said: feeling } }]);
  });

  it('keeps "family stuff" as what happened, and asks the feeling again', async () => {
    expect(await evening('open between sessions', 'family stuff')).toMatch(/kept that/i);
    expect(await stored()).toMatchObject([{ feeling: null, whatHappened: 'family' }]);
  });

  it('files "couldn\'t be arsed" as low energy', async () => {
    await voice().h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2020-01-01' })] }));
    await evening('open between sessions', 'sad', '5', 'skip', 'nah mate', "couldn't be arsed");
    expect(await stored()).toMatchObject([{ practice: { status: 'not_today', barrier: 'low_energy', barrierSaid: "couldn't be arsed" } }]);
  });
});

describe('more from the re-check', () => {
  it('keeps "not much, just work" at "what happened?" as work', async () => {
    await evening('open between sessions', 'sad', '5', 'not much, just work');
    expect(await stored()).toMatchObject([{ whatHappened: 'work' }]);
  });

  it('takes "bit better, maybe a 6" after an exercise as the number now', async () => {
    await evening('open between sessions', 'anxious', '9', 'yes');
    const r = await evening('bit better, maybe a 6');
    expect(r).not.toMatch(/didn't catch|need a number/i);
    expect(await stored()).toMatchObject([{ intensity: 9, intensityAfter: 6 }]);
  });
});
