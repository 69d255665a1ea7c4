/**
 * Answers filed where they belong, found by a conversation sweep: through the real interaction model and the real
 * skill, with a practice set.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { plan } from '../factories.js';
import { eveningOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.INPLACE';

const voice = withVoice(USER);

const evening = eveningOf(voice);

const stored = async () => voice().h.store.listCheckIns({ userId: USER });

beforeEach(async () => {
  await voice().h.store.updateProfile({ userId: USER }, (p) => ({ ...p, plans: [plan({ startsOn: '2020-01-01' })] }));
});

describe('"done" said to "how are you feeling?"', () => {
  it.each(['done'])('"%s" is the feeling, not the practice done', async (said) => {
    const r = await evening('open between sessions', said);
    expect(r).not.toMatch(/That counts/);
    expect(r).toMatch(/1 to 10/);
    expect(await stored()).toMatchObject([{ feeling: { said }, practice: null }]);
  });

  it('"I did my practice" said there is still the practice', async () => {
    await evening('open between sessions', 'I did my practice');
    expect(await stored()).toMatchObject([{ practice: { status: 'done' } }]);
  });
});

describe('a reason said to "did you get to it?"', () => {
  it.each([
    ["couldn't be bothered", 'low_energy'],
    ['I was not in the mood', 'low_energy'],
  ])('"%s" is not today, for that reason, with the words kept as the reason', async (said, barrier) => {
    const r = await evening('open between sessions', 'tired', '5', 'skip', said);
    expect(r).not.toMatch(/Did you get to it/);
    expect(await stored()).toMatchObject([{ whatHappened: null, practice: { status: 'not_today', barrier, barrierSaid: said } }]);
  });
});

describe('the feeling as said', () => {
  it.each(['tell between sessions I am feeling anxious about a 6', 'I am feeling anxious about a 6'])(
    'keeps "anxious", not "feeling anxious", from "%s"',
    async (said) => {
      await evening(...(said.startsWith('tell') ? [said] : ['open between sessions', said]));
      expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 6 }]);
    },
  );
});

describe('the number', () => {
  it.each([
    ['honestly 6', 6],
    ['honestly 9', 9],
  ])('"%s" said to "how strong?" is the number, though Alexa hears it as a sentence', async (said, intensity) => {
    await evening('open between sessions', 'scared', said);
    expect(await stored()).toMatchObject([{ intensity }]);
  });
});

describe('a question put to the skill', () => {
  it('"do you think I did ok today" at "did you get to it?" is not the practice done', async () => {
    const r = await evening('open between sessions', 'tired', '5', 'skip', 'do you think I did ok today');
    expect(r).toMatch(/Did you get to it/);
    expect(r).not.toMatch(/That counts/);
    expect(await stored()).toMatchObject([{ practice: null }]);
  });

  it('"am I allowed a day off" at "how are you feeling?" is not the feeling', async () => {
    const r = await evening('open between sessions', 'am I allowed a day off');
    expect(r).toMatch(/feeling/);
    expect(await stored()).toMatchObject([{ feeling: null }]);
  });
});

describe('a word and the number, said to "how strong?"', () => {
  it('"bad 7" is the number', async () => {
    await evening('open between sessions', 'anxious', 'bad 7');
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 7 }]);
  });
});

describe('the feeling, the number and what happened in one breath', () => {
  it('puts each in its place, and does not ask for the number again', async () => {
    const r = await evening('tell between sessions I am anxious like a 7 because work was awful');
    expect(r).not.toMatch(/1 to 10/);
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 7, whatHappened: 'work was awful' }]);
  });
});
