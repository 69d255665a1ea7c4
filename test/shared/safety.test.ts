import { describe, expect, it } from 'vitest';
import { CRISIS_REGIONS } from '../../shared/schemas.js';
import { CRISIS_LINES, crisisResponse, regionForLocale } from '../../shared/safety/crisis-lines.js';
import { detectCrisis } from '../../shared/safety/detect.js';
import { checkAlexaSsml, toSpeak } from '../../shared/ssml.js';

// Said as a feeling, inside what happened, or as a request; with the contractions and slang speech recognition gives.
const CRISIS = [
  'I want to hurt myself',
  "I don't want to live anymore",
  'i dont wanna live any more',
  'I don\u2019t want to live anymore',
  "I'm going to kill myself",
  'I feel suicidal',
  'suicidal thoughts again',
  'I keep thinking about suicide',
  'I want to end my life',
  'I just want to end it all',
  'I feel like ending it',
  "I'm better off dead",
  "they'd all be better off without me",
  "there's no reason to live",
  'I have nothing to live for',
  "life isn't worth living",
  'I cut myself again last night',
  'I hurt myself on purpose',
  "I've been self-harming",
  'thinking about self harm',
  'I took an overdose',
  'I want to overdose',
  "I'm gonna take all my pills",
  "I don't want to be here anymore",
  'I wish I was dead',
  "I wish I'd never been born",
  'I wish I could sleep and never wake up',
  'I want to die',
  'I wanna die',
  'honestly kms',
  'I want to take my own life',
  "I'm thinking of killing myself",
  'my friend tried to kill herself and I keep thinking about it',
  'I want to jump off a bridge',
  "I can't go on anymore",
  "I'm so tired of being alive",
  'sometimes I think about dying',
  'I want it all to end',
  'I want to hurt myself at the end of the day',
  'KILL MYSELF',
  'anxious, and I want to die',
  "I'd rather be dead",
  "I don't see the point in living",
  'nobody would miss me if I was gone',
  'I burned myself again',
  'I swallowed a handful of pills',
  'I want to take all my sleeping pills at once',
  'I tried to kill myself when I was 16 and it feels close tonight',
  // Passive wishes to be dead or gone, which people say far more often than the words above.
  'I want to disappear',
  'I feel like I want to disappear',
  'I wish I could just disappear',
  'I want to vanish',
  'I want to be gone',
  'I wish I were gone',
  'I wish I could just not wake up',
  "I wish I wouldn't wake up",
  'I wish I could fall asleep and never wake up',
  "I hope I don't wake up tomorrow",
  "I hope I don't wake up",
  'I keep wishing I would not wake up',
  "I'm hoping I won't wake up",
  "I wish I didn't exist",
  "sometimes I wish I wasn't alive",
  'I want to fall asleep forever',
  'I just want it all to stop',
  'I want everything to stop',
  'I wish it would all end',
  "I can't take it anymore",
  "I don't care if I die",
  "I wouldn't mind if I died",
  "it would be easier if I wasn't here",
  "everyone would be better off if I wasn't around",
  'if I died no one would care',
  'maybe I should just die',
  'I feel like dying',
  "what's the point of anything",
  "there's no way out",
  "I won't be around much longer",
  // Self-harm in the words of people who do it, and getting ready.
  "I've been hurting myself",
  'I cut again',
  'I started cutting again',
  'I want to cut',
  'I feel like cutting',
  'thinking about cutting',
  'I scratched myself until I bled',
  'I punched the wall until my hand bled',
  'I burned my arm on purpose',
  'I made myself bleed',
  'I stockpiled my pills',
  'I have the pills ready',
  'I wrote a goodbye letter',
  'I said goodbye to everyone',
  'I am going to jump',
  "I don't want to be here",
  'I hate my life and want out',
  "I'm done with everything",
  'I give up on everything',
  'I am a burden to everyone',
  'I just want to not be here',
  'I have a plan',
  "what's the point anymore",
  "there's no point anymore",
  'I bought a rope',
  'I googled ways to die',
  "I'm better off gone",
  "I don't see a future",
  'sometimes I think about driving into a wall',
  'I want to crash my car',
  'my family would be better without me',
  "I'm cutting again",
  // The same with softeners in the gaps.
  "it would be easier if I just wasn't here",
  'everyone would be better off if I just disappeared',
  "I don't really want to be alive",
  'I feel like I should just disappear',
  "part of me wishes I wouldn't wake up",
  'I want it to all be over',
  'I want this to be over',
  "I'm so done with life",
  'I want to disappear into nothing',
  "I'm sick of living",
];

// Everyday idioms that must not interrupt a check-in with a crisis line.
const IDIOMS = [
  'this work is killing me',
  'my phone died',
  "I'm dying to see it",
  'dead tired',
  'I could kill for a coffee',
  'just killing time before bed',
  'she killed it at the recital',
  'I nearly died laughing',
  'my feet are killing me',
  'the battery is dead',
  "I'd kill for a nap",
  "I'm dead serious",
  'my grandmother died last year',
  'dying of boredom in that meeting',
  'I almost died of embarrassment',
  'that joke killed me',
  'I cut myself a slice of cake',
  'I hurt myself at the gym',
  'I need to cut myself some slack',
  'I cut myself shaving',
  "I'm dead on my feet",
  'my plant is dying',
  'I drowned myself in work this week',
  'I shot myself in the foot with that email',
  'I overdosed on coffee today',
  'the deadline is killing me',
  'I am going to end it with my boyfriend',
  "I can't go on the trip",
  "I don't want to wake up early tomorrow",
  "this homework is too hard, I can't do this",
  'I finally went for a walk',
  'knock em dead at the interview',
  'I could have killed him',
  'stressed out',
  'I burned myself on the stove',
  'I cut myself while cooking dinner',
  'my dog died today and I am sad',
  "I didn't see the point",
  'I took all my pills today like the doctor said',
  'I wanted to disappear into the floor',
  'I wanted to disappear from embarrassment',
  "I hope I don't wake up late tomorrow",
  "I'm hoping I don't wake up late again",
  "I hope I don't wake up at 3 again",
  "I can't stand the noise anymore",
  "I don't care if I die trying",
  'I want to be gone by 8 tomorrow',
  'I wish it would stop raining',
  "there's no way out of this meeting",
  "I won't be around tomorrow because of the trip",
  'I should just go to bed',
  'I want all this noise to stop',
  'I want the noise to stop',
  'I felt like dying of embarrassment',
  'I want to cut back on coffee',
  'I started cutting carbs',
  'I cut my hair',
  'I need to cut down on screen time',
  'I cut the onions last night',
  "I'm done with my homework",
  "I'm done for the day",
  'I give up on this diet',
  'I want out of this job',
  'I am going to jump in the pool',
  'I hurt my back',
  'I burned my hand on the stove by accident',
  'I said goodbye to everyone at the airport',
  'I have my meds ready for the trip',
  "I wrote a note to my parents in case I'm late",
  "I'm going to end things with him",
  'I have a plan for tomorrow',
  'I bought a rope for the garden',
  'I googled ways to sleep better',
  'I crashed my bike',
  'I crashed on the couch',
  "there's no point arguing",
  "I don't see a future in this job",
  "I'm cutting carbs again",
  'I was cutting vegetables',
  'I want this meeting to be over',
  'I want to disappear into a good book',
  "I'm sick of living with roommates",
  'I should just disappear into my room and sleep',
  "I'm so tired I could sleep forever on the couch",
];

describe('detectCrisis', () => {
  it.each(CRISIS)('triggers on %j', (said) => {
    const result = detectCrisis(said);
    expect(result.crisis).toBe(true);
    expect(result.phrase).toBeTruthy();
  });

  it.each(IDIOMS)('does not trigger on the idiom %j', (said) => {
    expect(detectCrisis(said)).toEqual({ crisis: false });
  });

  it('has enough cases on both sides to mean something', () => {
    expect(CRISIS.length).toBeGreaterThanOrEqual(25);
    expect(IDIOMS.length).toBeGreaterThanOrEqual(25);
  });

  it('reports the phrase that triggered it', () => {
    expect(detectCrisis('work was awful and honestly I wanna die').phrase).toBe('want to die');
  });

  it('treats missing or empty text as no crisis', () => {
    expect(detectCrisis(null)).toEqual({ crisis: false });
    expect(detectCrisis(undefined)).toEqual({ crisis: false });
    expect(detectCrisis('   ')).toEqual({ crisis: false });
  });
});

describe('regionForLocale', () => {
  it.each([
    ['en-US', 'US'],
    ['en-CA', 'CA'],
    ['fr-CA', 'CA'],
    ['en-GB', 'GB'],
    ['en-IE', 'IE'],
    ['en-AU', 'AU'],
    ['en-NZ', 'NZ'],
    ['en-IN', 'IN'],
    ['hi-IN', 'IN'],
    ['en_gb', 'GB'],
    ['de-DE', 'US'],
    ['en', 'US'],
    ['', 'US'],
  ] as const)('%s → %s', (locale, region) => {
    expect(regionForLocale(locale)).toBe(region);
  });
});

describe('crisisResponse', () => {
  const expected = {
    US: { number: '988', spoken: 'nine eight eight', text: true, emergency: 'nine one one' },
    CA: { number: '988', spoken: 'nine eight eight', text: true, emergency: 'nine one one' },
    GB: { number: '116 123', spoken: 'one one six, one two three', text: false, emergency: 'nine nine nine' },
    IE: { number: '116 123', spoken: 'one one six, one two three', text: false, emergency: 'one one two' },
    AU: { number: '13 11 14', spoken: 'thirteen, eleven, fourteen', text: false, emergency: 'zero zero zero' },
    NZ: { number: '1737', spoken: 'one seven three seven', text: true, emergency: 'one one one' },
    IN: { number: '14416', spoken: 'one four four one six', text: false, emergency: 'one one two' },
  } as const;

  it.each(CRISIS_REGIONS)('%s: speaks and shows the right line and emergency number', (region) => {
    const want = expected[region];
    const r = crisisResponse(region);
    const speech = toSpeak(r.speech);
    expect(checkAlexaSsml(speech)).toEqual([]);
    expect(checkAlexaSsml(toSpeak(r.reprompt))).toEqual([]);
    expect(speech).toContain(want.spoken);
    expect(speech).toContain(`call ${want.emergency}`);
    expect(speech.includes('call or text')).toBe(want.text);
    expect(speech).toContain('glad you told me');
    // It stays with them rather than closing the conversation.
    expect(speech).toContain('keep talking, or say stop');
    expect(toSpeak(r.reprompt)).toContain(want.spoken);
    expect(r.cardTitle).toContain(want.number);
    expect(r.cardText).toContain(want.number);
    expect(r.cardText).toContain(CRISIS_LINES[region].emergency);
  });

  it('is brief: one or two breaths, not a lecture', () => {
    for (const region of CRISIS_REGIONS) {
      const words = toSpeak(crisisResponse(region).speech).replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);
      expect(words.length).toBeLessThan(75);
    }
  });

  it('refuses an unknown region instead of reading a wrong number', () => {
    expect(() => crisisResponse('FR' as never)).toThrow();
  });
});
