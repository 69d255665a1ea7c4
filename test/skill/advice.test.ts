/**
 * Questions the skill must not answer, said at bedtime: about medication, about what someone has, about what to do.
 * Through the real interaction model and the real skill. The skill says whose question it is, gives no hint of an
 * answer, keeps the words with tonight's entry, and goes on with the evening.
 */
import { describe, expect, it } from 'vitest';
import { adviceAsked } from '../../skill/advice.js';
import { eveningOf, speakOf, withVoice } from '../helpers/voice.js';

const USER = 'amzn1.ask.account.ADVICE';

const voice = withVoice(USER);

const evening = eveningOf(voice);

const stored = async () => voice().h.store.listCheckIns({ userId: USER });

const MEDICATION = /I can't advise on medication\. Your doctor or pharmacist can answer that/;
const DIAGNOSIS = /That's not something I can tell you, and I wouldn't want to guess\. It's a good question for your therapist\./;
const WHAT_TO_DO = /That's not mine to answer, and you don't have to work it out tonight\./;
const KEPT = /I've kept your question with tonight's entry, so you can take it to your next session\./;

describe('a question about medication', () => {
  it.each([
    'should I take more of my medication',
    'should I up my meds',
    'can I take melatonin with my antidepressants',
    'is it safe to take two sleeping pills',
    'do you think I should stop my sertraline',
  ])('"%s" at "how are you feeling?" is told whose question it is, kept, and the feeling asked again', async (question) => {
    const r = await evening('open between sessions', question);
    expect(r).toMatch(MEDICATION);
    expect(r).toMatch(KEPT);
    expect(r).toMatch(/feeling/);
    expect(await stored()).toMatchObject([{ feeling: null, intensity: null, whatHappened: question }]);
  });

  // A dose for pain, a cold or a migraine, asked at bedtime: the pharmacist's, not the crisis line's, and not a
  // sentence about the day.
  it.each([
    'how many panadol can I take for a cold',
    'how much paracetamol is too much in a day',
    'is 2 paracetamol enough for a migraine',
    'how long does it take for sertraline to work',
  ])('"%s" at "what happened today?" is told whose question it is, not given the crisis line', async (question) => {
    const r = await evening('open between sessions', 'anxious', '6', question);
    expect(r).toMatch(MEDICATION);
    expect(r).not.toMatch(/nine eight eight/);
    expect(await stored()).toMatchObject([{ intensity: 6, whatHappened: question }]);
  });

  it('leaves the check-in to carry on, and still asks about the day, since the question was not an answer to it', async () => {
    await evening('open between sessions', 'should I up my meds');
    expect(await evening('anxious')).toMatch(/how intense|how strong/i);
    expect(await evening('6')).toMatch(/Anything else from today/);
    await evening('my sister came round');
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, intensity: 6, whatHappened: 'should I up my meds … my sister came round' }]);
  });

  it('at the offer of an exercise, keeps the question and offers again', async () => {
    const r = await evening('open between sessions', 'anxious', '9', 'should I take a sleeping pill');
    expect(r).toMatch(MEDICATION);
    expect(r).toMatch(/breathe together/);
    expect(await stored()).toMatchObject([{ intensity: 9, whatHappened: 'should I take a sleeping pill' }]);
  });
});

describe('a question about what someone has', () => {
  it.each(['am I depressed', 'do I have PTSD', 'is it normal to feel this way', 'do you think I have anxiety', 'is this a panic disorder'])(
    '"%s" is not answered, and kept',
    async (question) => {
      const r = await evening('open between sessions', 'sad', '5', question);
      expect(r).toMatch(DIAGNOSIS);
      expect(r).not.toMatch(MEDICATION);
      expect(await stored()).toMatchObject([{ feeling: { said: 'sad' }, intensity: 5, whatHappened: question }]);
    },
  );

  it('does not take "am I depressed" for the feeling "depressed"', async () => {
    await evening('open between sessions', 'am I depressed');
    expect(await stored()).toMatchObject([{ feeling: null, whatHappened: 'am I depressed' }]);
  });
});

describe('a question about what to do', () => {
  it('said to "what happened today?" is the answer, and the evening closes as after any answer', async () => {
    const r = await evening('open between sessions', 'anxious', '6', 'should I tell my boss how I feel');
    expect(r).toMatch(WHAT_TO_DO);
    expect(r).toMatch(KEPT);
    expect(r).toMatch(/saved/i);
    expect(await stored()).toMatchObject([{ intensity: 6, whatHappened: 'should I tell my boss how I feel' }]);
  });

  it('"what should I do?" with nothing to keep is answered and the question asked again, nothing stored', async () => {
    const r = await evening('open between sessions', 'anxious', 'what should I do');
    expect(r).toMatch(WHAT_TO_DO);
    expect(r).not.toMatch(KEPT);
    expect(r).toMatch(/1 to 10/);
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, intensity: null, whatHappened: null }]);
  });
});

describe('whether to get urgent care', () => {
  it('"should I go to the hospital" gets the emergency number to decide with, a card, and the session ends with the words kept', async () => {
    await evening('open between sessions', 'anxious');
    const reply = await speakOf(voice)('should I go to the hospital');
    const speech = reply.response.outputSpeech?.ssml ?? '';
    expect(speech).toMatch(/I can't judge that for you\. If you think you might need urgent help, call nine one one now/);
    expect(speech).not.toMatch(WHAT_TO_DO);
    expect(reply.response.card?.title).toBe('Urgent help: 911');
    expect(reply.response.shouldEndSession).toBe(true);
    expect(await stored()).toMatchObject([{ feeling: { said: 'anxious' }, whatHappened: 'should I go to the hospital' }]);
  });
});

describe('in an exercise', () => {
  it('"is this normal" or "am I doing it right" gets no verdict, and the breathing goes on if they want it', async () => {
    for (const question of ['is this normal', 'am I doing it right']) {
      const r = await evening('open between sessions', 'anxious', '9', 'yes', question);
      expect(r).toMatch(/There's no wrong way to do this.*another round, a slower one, or shall we stop here/);
      expect(r).not.toMatch(DIAGNOSIS);
      expect(await evening('another round')).toMatch(/Breathe in/);
      await evening('stop', '6');
      expect((await stored()).at(0)).toMatchObject({ intensity: 9, intensityAfter: 6 });
    }
  });

  it('in breathing asked for on its own, "should I take a sleeping pill" is answered, and no check-in is begun', async () => {
    const r = await evening('open between sessions', 'help me breathe', 'should I take a sleeping pill');
    expect(r).toMatch(MEDICATION);
    expect(r).toMatch(/another round, a slower one, or shall we stop here/);
    expect(await stored()).toEqual([]);
  });

  it('"should I do the breathing" at the offer is the offer again, and yes still starts it', async () => {
    const r = await evening('open between sessions', 'anxious', '9', 'should I do the breathing');
    expect(r).toMatch(/It's up to you.*breathe together/);
    expect(await stored()).toMatchObject([{ intensity: 9, whatHappened: null }]);
    expect(await evening('yes')).toMatch(/Breathe in/);
  });

  it('"should I keep going" is about the exercise, not a question to park', async () => {
    expect(adviceAsked('should I keep going')).toBeNull();
  });
});

describe('what is not such a question', () => {
  it('answers "should I just end it all" with the crisis line', async () => {
    const r = await evening('open between sessions', 'should I just end it all');
    expect(r).toMatch(/call or text nine eight eight/);
    expect(r).not.toMatch(WHAT_TO_DO);
  });

  it.each([
    ['I forgot my meds again', null],
    ['my doctor changed my medication', null],
    ['can I do box breathing', null],
    ['should I do another round', null],
    ['am I doing this right', null],
    ['should I stop', null],
    ['should I have said something I keep replaying it', null],
    ['shall I tell you what happened', null],
    ['am I mad at him or just tired', null],
    ['should I have done it earlier I just forgot', null],
    ['should I stop here', null],
    ['do I have to answer', null],
    ['should I up my meds', 'medication'],
    ['what happens if I miss a dose of sertraline', 'medication'],
    ['would 2 ibuprofen kill me', 'medication'],
    ['how long does it take for a lithium battery to die', null],
    ['is 2 hours enough sleep', null],
    ["what's wrong with me", 'diagnosis'],
    ['is this normal', 'diagnosis'],
    ['how do I stop overthinking', 'what_to_do'],
    ['what should I do about my mum', 'what_to_do'],
  ])('reads "%s" as %s', (words, kind) => {
    expect(adviceAsked(words)).toBe(kind);
  });
});
