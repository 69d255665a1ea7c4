import { describe, expect, it } from 'vitest';
import { BARRIER_VALUES, classifyBarrier, classifyPracticeStatus, namesNoReason } from '../../shared/vocabulary.js';

describe('classifyBarrier', () => {
  it.each([
    // Whole phrases, as Alexa leaves them when "I" was the carrier phrase.
    ['forgot', 'forgot'],
    ['was too busy', 'no_time'],
    // Sentences that hold a barrier among other words.
    ['was avoiding it honestly', 'avoidance'],
    // Said in full, as Indian English often has it, and the words of the UK and Australia.
    ['I did not do it because I did not have time', 'no_time'],
    ['because office was hectic', 'no_time'],
    ['I was flat out', 'no_time'],
    ['no time was there', 'no_time'],
    ['I was not having time', 'no_time'],
    ['work ran late again', 'no_time'],
    ["honestly I just didn't want to think about the day", 'avoidance'],
    ['I was not in the mood yaar', 'low_energy'],
    ["can't be bothered", 'low_energy'],
    ['I was scared to do it', 'avoidance'],
    ['was exhausted', 'low_energy'],
    ["didn't feel like it", 'low_energy'],
    ['it seemed pointless', 'no_point'],
    ['honestly it just slipped my mind again', 'forgot'],
    ['my boss kept me late so I ran out of time', 'no_time'],
    ['I wanted it to be perfect so I never started', 'perfectionism'],
    ['did not get around to it', 'no_time'],
    ['was too anxious to do it', 'avoidance'],
    ['fell asleep', 'low_energy'],
    ["wasn't in the mood", 'low_energy'],
    ["didn't have the headspace", 'low_energy'],
    ['forgot again', 'forgot'],
    ['work got crazy', 'no_time'],
    ['my kids needed me', 'no_time'],
    ["I couldn't be bothered", 'low_energy'],
    ['I was sick', 'low_energy'],
    ['I was overwhelmed', 'too_hard'],
    ["I didn't want to do it badly", 'perfectionism'],
    ['I was in a bad mood', 'low_energy'],
    ['depression', 'low_energy'],
    ["honestly I don't think it works", 'no_point'],
    ['I was anxious', 'avoidance'],
    ['it brought up too much', 'avoidance'],
    ['procrastination', 'no_time'],
  ] as const)('reads "%s" as %s', (said, barrier) => {
    expect(classifyBarrier(said)).toBe(barrier);
  });

  it.each(['my mother was visiting all week', 'the dog was sick', '', '   '])('finds no named barrier in "%s"', (said) => {
    expect(classifyBarrier(said)).toBeNull();
  });

  it('never returns "other" from words: that is what the caller decides when nothing is named', () => {
    for (const synonym of BARRIER_VALUES.find((v) => v.id === 'other')!.synonyms) expect(classifyBarrier(synonym)).toBeNull();
  });
});

describe('classifyPracticeStatus', () => {
  it.each([
    ['kind of did it', 'partly'],
    ['did some of it', 'partly'],
    ['I did not get round to it', 'not_today'],
    ['yes I did it this morning', 'done'],
    ['partly', 'partly'],
    ["I started but didn't finish", 'partly'],
    ['most of it', 'partly'],
    // A "did" or "done" inside a denial is not a yes.
    ["I haven't done it yet", 'not_today'],
    ['I never did it', 'not_today'],
    ['I did nothing', 'not_today'],
    ["I couldn't do it", 'not_today'],
    ["I wasn't able to do it", 'not_today'],
    ["I didn't do all of it", 'partly'],
    ['I barely did it', 'partly'],
    ['I could not finish', 'partly'],
    ['I did do it', 'done'],
    ['I almost did it', 'not_today'],
    ['I nearly did it, honestly', 'not_today'],
    ['I did it yesterday', 'not_today'],
    ['I meant to do it but', 'not_today'],
    ['I did it kind of', 'partly'],
    ["I didn't think I could but I did it", 'done'],
    // What got in the way, said as the whole answer: heard as a sentence about the day when it opens with a carrier.
    ['busy day', 'not_today'],
    // A voice sweep's: some of it, and not done said without the doing.
    ['did it partially', 'partly'],
    ['sort of but not really', 'partly'],
    ['almost', 'partly'],
    ['ish', 'partly'],
    ["couldn't be bothered", 'not_today'],
    ["can't be arsed", 'not_today'],
    ['I skived it off', 'not_today'],
    ['I was not in the mood yaar', 'not_today'],
  ] as const)('reads "%s" as %s', (said, status) => {
    expect(classifyPracticeStatus(said)).toBe(status);
  });

  it.each(['my therapist said to wait', 'no', ''])('names no status in "%s"', (said) => {
    expect(classifyPracticeStatus(said)).toBeNull();
  });
});

describe('namesNoReason', () => {
  it.each(['something else', 'Something else.', 'other', 'something', 'it was something else', 'just other stuff I guess', 'something came up'])(
    'hears "%s" as a reason not yet said',
    (said) => {
      expect(namesNoReason(said)).toBe(true);
    },
  );

  it.each(['something else came up with my kids', "it's complicated", 'life got in the way', 'I forgot', 'my son was ill'])(
    'hears "%s" as the reason said, or declined',
    (said) => {
      expect(namesNoReason(said)).toBe(false);
    },
  );
});
