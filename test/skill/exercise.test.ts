import { describe, expect, it } from 'vitest';
import { reprompt, spoken } from '../helpers/alexa.js';
import { type SkillHarness, withSkillHarness } from '../helpers/skill.js';

const USER = 'amzn1.ask.account.EXERCISE';
const owner = { userId: USER };
const EVENING = '2026-11-26T03:00:00Z';

let h: SkillHarness;
withSkillHarness((harness) => (h = harness));

function ssmlOf(r: { response: { outputSpeech?: unknown } }): string {
  return (r.response.outputSpeech as { ssml: string }).ssml;
}

/** Seconds of silence in a response: what paces the breath. */
function breakSeconds(ssml: string): number {
  return [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)].reduce(
    (sum, m) => sum + Number(m[1]) / (m[2] === 'ms' ? 1000 : 1),
    0,
  );
}

describe('intensity routing', () => {
  it.each(['8', '9', '10'])('meets an intensity of %s with an offer of an exercise first', async (n) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'overwhelmed' });
    const offer = await c.say('IntensityIntent', { intensity: n });
    expect(spoken(offer)).toMatch(/breathe together/i);
    expect(spoken(offer)).not.toMatch(/what happened/i);
    expect((await h.store.listCheckIns(owner))[0]?.intensity).toBe(Number(n));
  });

  it('meets "maybe" to the offer with what the exercise is, and the question again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'overwhelmed' });
    await c.say('IntensityIntent', { intensity: '9' });
    // Alexa hears "maybe" as a try at the number, with none in it.
    const maybe = await c.say('IntensityIntent', {});
    expect(spoken(maybe)).toMatch(/minute of slow breathing.*would you like to try it/i);
    expect(spoken(await c.say('AMAZON.YesIntent'))).toMatch(/breathe in/i);
  });

  it('asks "maybe" and "I\'m not sure" about once, then takes them as a no', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '9' });
    expect(spoken(await c.say('CheckInIntent', { feeling: 'not sure' }))).toMatch(/would you like to try it/i);
    expect(spoken(await c.say('IntensityIntent', {}))).toMatch(/what happened|one thing from today|stood out/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'sad' }, intensity: 9 }]);
  });

  it('takes another feeling said to the offer as a no, keeping both words and the feeling first given', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '9' });
    const next = await c.say('CheckInIntent', { feeling: 'tired' });
    expect(spoken(next)).toMatch(/what happened|one thing from today|stood out/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'sad, tired', word: 'Sad' }, intensity: 9 }]);
  });

  it('takes a reason said to the offer ("I\'m too tired") as a no, keeps it, and still asks what happened', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'sad', intensity: '9' });
    const next = await c.say('WhatHappenedIntent', { event: "I'm too tired" });
    // Not "what happened today?" straight after words just kept there, as if nobody listened.
    expect(spoken(next)).toMatch(/kept that\. Anything else from today/i);
    expect(spoken(next)).not.toMatch(/what happened|stood out/i);
    expect(next.response.shouldEndSession).toBe(false);
    await c.say('WhatHappenedIntent', { event: 'my sister called' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'sad' }, whatHappened: "I'm too tired … my sister called" }]);
  });

  it('takes "no" to "anything else from today?" after words kept in declining, keeping them as what happened', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '9' });
    await c.say('WhatHappenedIntent', { event: "my nan's in hospital" });
    const r = await c.say('AMAZON.NoIntent');
    expect(spoken(r)).not.toMatch(/anything else|what happened|stood out/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: "my nan's in hospital", whatHappenedSkipped: false }]);
  });

  it('keeps a feeling named after an exercise that came before any feeling, and does not ask for it again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('IntensityIntent', { intensity: '8' });
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    const said = await c.say('CheckInIntent', { feeling: 'overwhelmed' });
    expect(spoken(said)).toMatch(/overwhelmed/i);
    const next = await c.say('IntensityIntent', { intensity: '5' });
    expect(spoken(next)).not.toMatch(/how are you feeling/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'overwhelmed' }, intensity: 8, intensityAfter: 5 }]);
  });

  // "Now, back to tonight. Now, how strong is the feeling": the way back and the question each opened with "Now".
  it('goes back to "how strong now?" after the week is asked for, saying "now" once', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '9' });
    await c.say('AMAZON.YesIntent');
    const stopped = await c.say('AMAZON.StopIntent');
    expect(spoken(stopped)).toMatch(/how strong/i);
    const r = await c.say('WeekSummaryIntent');
    expect(spoken(r)).toMatch(/back to tonight.*how strong/i);
    expect(spoken(r).match(/\bnow\b/gi) ?? []).toHaveLength(1);
  });

  it('does not offer an exercise below 8', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const next = await c.say('IntensityIntent', { intensity: '7' });
    expect(spoken(next)).not.toMatch(/breathe/i);
  });

  it('breathes, takes another round and slower mid-way, stops, asks again and stores before and after', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'panicky' });
    await c.say('IntensityIntent', { intensity: '9' });

    const first = await c.say('AMAZON.YesIntent');
    expect(first.response.shouldEndSession).toBe(false);
    expect(spoken(first)).toMatch(/breathe/i);
    expect(reprompt(first)).toMatch(/another round|slower|stop/i);
    // Slower exhale, three rounds of in 4 / out 6 = 30 s: the counted words fill part, breaks the rest.
    const firstPause = breakSeconds(ssmlOf(first));
    expect(firstPause).toBeGreaterThan(15);

    const again = await c.say('AnotherRoundIntent');
    expect(breakSeconds(ssmlOf(again))).toBeGreaterThan(15);
    expect(spoken(again)).not.toMatch(/Let's breathe together/);

    const slower = await c.say('SlowerIntent');
    expect(breakSeconds(ssmlOf(slower))).toBeGreaterThan(breakSeconds(ssmlOf(again)));

    const stopped = await c.say('AMAZON.StopIntent');
    expect(stopped.response.shouldEndSession).toBe(false);
    expect(spoken(stopped)).toMatch(/how strong.*now|now, how strong/i);

    const after = await c.say('IntensityIntent', { intensity: '6' });
    expect(spoken(after)).toMatch(/9 to 6/);
    expect(spoken(after)).toMatch(/happen|today/i);

    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ intensity: 9, intensityAfter: 6 });
    const [exercise] = await h.store.listExercises(owner);
    expect(exercise).toMatchObject({
      kind: 'slow_exhale',
      intensityBefore: 9,
      intensityAfter: 6,
      completed: true,
      checkInId: entry?.id,
    });
    expect(exercise?.rounds).toBeGreaterThanOrEqual(3);
    expect(entry?.exerciseIds).toEqual([exercise?.id]);
  });

  /** A check-in at 9, the offered exercise done and stopped: the skill asks how strong the feeling is now. */
  async function atHowStrongNow() {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'panicked' });
    await c.say('IntensityIntent', { intensity: '9' });
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    return c;
  }

  it('takes a number said after the exercise\'s "how strong now?" as how it is now, keeping the number from before', async () => {
    const c = await atHowStrongNow();
    await c.say('IntensityIntent', { intensity: '6' });
    const r = await c.say('IntensityIntent', { intensity: '3' });
    expect(spoken(r)).toMatch(/3 now/);
    const [entry] = await h.store.listCheckIns(owner);
    expect(entry).toMatchObject({ intensity: 9, intensityAfter: 3 });
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ intensityBefore: 9, intensityAfter: 3 });
  });

  it('takes a feeling said to "how strong now?" ("no, I\'m pretty good") as how it is now, keeping the feeling from before', async () => {
    const c = await atHowStrongNow();
    const r = await c.say('CorrectFeelingIntent', { feeling: 'pretty good' });
    expect(spoken(r)).toMatch(/pretty good now.*1 to 10/i);
    await c.say('IntensityIntent', { intensity: '3' });
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'panicked' }, intensity: 9, intensityAfter: 3 }]);
  });

  it('offers a different exercise, once, when the feeling is still 8 or more after one', async () => {
    const c = await atHowStrongNow();
    const offer = await c.say('IntensityIntent', { intensity: '10' });
    expect(spoken(offer)).toMatch(/grounding/i);
    expect(spoken(offer)).not.toMatch(/happen|today/i);
    expect(spoken(await c.say('AMAZON.RepeatIntent'))).toMatch(/grounding/i);
    const grounding = await c.say('AMAZON.YesIntent');
    expect(grounding.response.shouldEndSession).toBe(false);
    expect((await h.store.listExercises(owner)).map((e) => e.kind).sort()).toEqual(['grounding', 'slow_exhale']);
    await c.say('AMAZON.StopIntent');
    // Once: still high after the second, the check-in carries on.
    const next = await c.say('IntensityIntent', { intensity: '9' });
    expect(spoken(next)).toMatch(/happen|today/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 9, intensityAfter: 9 }]);
    // Each exercise has its own before and after: the second starts where the first left off.
    const sessions = Object.fromEntries((await h.store.listExercises(owner)).map((e) => [e.kind, [e.intensityBefore, e.intensityAfter]]));
    expect(sessions).toEqual({ slow_exhale: [9, 10], grounding: [10, 9] });
  });

  // 10, breathing, 9, grounding, 9: the grounding began at 9, so "from 10 to 9" said after it was a change it never made.
  it.each([
    ['9', /Still 9\b/, /From 10/],
    ['7', /From 9 to 7\b/, /From 10/],
  ])('after the second exercise, says the change from where that one started (then %s)', async (then, says, never) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'panicked', intensity: '10' });
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    expect(spoken(await c.say('IntensityIntent', { intensity: '9' }))).toMatch(/From 10 to 9\b.*grounding/);
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    const r = await c.say('IntensityIntent', { intensity: then });
    expect(spoken(r)).toMatch(says);
    expect(spoken(r)).not.toMatch(never);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ intensity: 10, intensityAfter: Number(then) }]);
    const sessions = Object.fromEntries((await h.store.listExercises(owner)).map((e) => [e.kind, [e.intensityBefore, e.intensityAfter]]));
    expect(sessions).toEqual({ slow_exhale: [10, 9], grounding: [9, Number(then)] });
  });

  it('takes "no" to "how strong now?" after an exercise as an answer, storing no number', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '9' });
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    const next = await c.say('AMAZON.NoIntent');
    expect(spoken(next)).toMatch(/happen|today/i);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 9, intensityAfter: null });
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ completed: true, intensityAfter: null });
  });

  it.each([
    ['WhatHappenedIntent', { event: 'same' }, 'the same'],
    ['WhatHappenedIntent', { event: 'about the same' }, 'about the same'],
    ['NoChangeIntent', {}, 'about the same'],
    ['AMAZON.FallbackIntent', {}, null],
  ] as const)('takes "%s" %j to "how strong now?" as the number from before, when it says so', async (intent, slots, said) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '9' });
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
    const next = await c.say(intent, slots);
    const [entry] = await h.store.listCheckIns(owner);
    if (said === null) {
      // Nothing was heard: asked again, nothing stored.
      expect(spoken(next)).toMatch(/1 to 10/);
      expect(entry).toMatchObject({ intensityAfter: null });
      return;
    }
    expect(spoken(next)).toMatch(/still 9/i);
    expect(entry).toMatchObject({ intensity: 9, intensityAfter: 9 });
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ intensityBefore: 9, intensityAfter: 9 });
  });

  it('carries on with the check-in when the offer is declined', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'furious', intensity: '8' });
    const next = await c.say('AMAZON.NoIntent');
    expect(spoken(next)).toMatch(/happen|today/i);
    expect(await h.store.listExercises(owner)).toHaveLength(0);
  });

  it('lets the user pick the exercise when offered', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '10' });
    await c.say('ExerciseIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } });
    expect((await h.store.listExercises(owner))[0]?.kind).toBe('box');
  });
});

describe('answers to the offer of an exercise', () => {
  async function offered() {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'overwhelmed' });
    await c.say('IntensityIntent', { intensity: '9' });
    return c;
  }

  it.each([
    ['no I\'m okay', 'CorrectFeelingIntent', { feeling: { value: 'okay', id: 'OFF.OKAY', type: 'FEELING' } }],
    ['I\'m fine', 'CheckInIntent', { feeling: { value: 'fine', id: 'OFF.FINE', type: 'FEELING' } }],
    ['I\'m pretty good', 'CheckInPrettyIntent', { feeling: { value: 'good', id: 'HAPPY', type: 'FEELING' } }],
    ['not tonight', 'PracticeStatusIntent', { status: { value: 'not tonight', id: 'not_today', type: 'PRACTICE_STATUS' } }],
  ])('takes "%s" as a no, carries on, and leaves the feeling as it was', async (_said, intent, slots) => {
    const c = await offered();
    const r = await c.say(intent, slots);
    expect(spoken(r)).toMatch(/happen|today/i);
    expect(await h.store.listExercises(owner)).toHaveLength(0);
    expect((await h.store.listCheckIns(owner))[0]?.feeling).toMatchObject({ said: 'overwhelmed' });
  });
});

describe('asking what an exercise is', () => {
  it('describes the one named, says how to start it, and goes back to the question it was waiting on', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'anxious' });
    const r = await c.say('ExerciseInfoIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } });
    expect(spoken(r)).toMatch(/in for four, hold for four, out for four, hold for four/i);
    expect(spoken(r)).toMatch(/say "do box breathing"/i);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(r.response.shouldEndSession).toBe(false);
    // Nothing was started or stored by asking.
    expect(await h.store.listExercises(owner)).toHaveLength(0);
    expect((c.attributes.conversation as { step: string }).step).toBe('intensity');
  });

  // The offer's lead ("9 is a lot to carry. Before anything else…") said word for word again after the description made
  // the answer twice as long as the question; the re-ask is the question alone.
  it.each([
    ['a 9', ['9'], /out for six/i, /a lot to carry|before anything else/i],
    ['"unbearable", twice', ['unbearable', 'unbearable'], /out for six/i, /sounds like a lot|before anything else/i],
    ['still 9 after the breathing', ['9', 'yes', 'stop', '9'], /five things you see/i, /still a lot|instead/i],
  ])('describes the exercise offered at %s when asked "what is it?", and asks the offer again, briefly', async (_at, answers, describes, lead) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'panicked' });
    for (const answer of answers) {
      if (answer === 'yes') await c.say('AMAZON.YesIntent');
      else if (answer === 'stop') await c.say('AMAZON.StopIntent');
      else if (answer === 'unbearable') await c.say('StrengthIntent', { strength: { value: answer, id: 'top', type: 'STRENGTH' } });
      else await c.say('IntensityIntent', { intensity: answer });
    }
    const exercisesBefore = (await h.store.listExercises(owner)).length;
    const r = await c.say('ExerciseInfoIntent');
    expect(spoken(r)).toMatch(describes);
    expect(spoken(r)).toMatch(/would you like to try it now\? say yes, or no to carry on\.$/i);
    expect(spoken(r)).not.toMatch(lead);
    // One way to start it: "say 'do slow exhale'" beside "say yes" was two.
    expect(spoken(r)).not.toMatch(/say "do /i);
    expect(reprompt(r)).toMatch(/try it now\? yes or no/i);
    expect((c.attributes.conversation as { step: string }).step).toBe('offer_exercise');
    expect(await h.store.listExercises(owner)).toHaveLength(exercisesBefore);
    // Said again on request, the offer is whole.
    expect(spoken(await c.say('AMAZON.RepeatIntent'))).toMatch(lead);
    await c.say('AMAZON.YesIntent');
    expect(await h.store.listExercises(owner)).toHaveLength(exercisesBefore + 1);
  });

  // "What is box breathing?" at the offer, then "ok": it started slow exhale, the one first offered.
  it('starts the exercise just described when the offer is then accepted', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'panicked' });
    await c.say('IntensityIntent', { intensity: '9' });
    const r = await c.say('ExerciseInfoIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } });
    expect(spoken(r)).toMatch(/box breathing/i);
    expect(spoken(r)).not.toMatch(/breathe together for a minute/i);
    expect(spoken(await c.say('AMAZON.RepeatIntent'))).toMatch(/do box breathing now/i);
    await c.say('AMAZON.YesIntent');
    expect(await h.store.listExercises(owner)).toMatchObject([{ kind: 'box' }]);
  });

  // The offer had become box breathing, and "what is it?" described slow exhale, the one first offered.
  it('describes the exercise asked about at the offer when then asked "what is it?"', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'panicked', intensity: '9' });
    await c.say('ExerciseInfoIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } });
    const r = await c.say('ExerciseInfoIntent');
    expect(spoken(r)).toMatch(/^Box breathing: .*Would you like to try it now\?/);
    expect(spoken(r)).not.toMatch(/out for six/i);
    await c.say('AMAZON.YesIntent');
    expect(await h.store.listExercises(owner)).toMatchObject([{ kind: 'box' }]);
  });

  it('lists the exercises when none is named, and waits for a choice', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('ExerciseInfoIntent');
    for (const name of ['box breathing', 'four seven eight', 'slow exhale', 'grounding']) expect(spoken(r)).toContain(name);
    expect(r.response.shouldEndSession).toBe(false);
    expect(r.response.reprompt).toBeDefined();
    const start = await c.say('ExerciseIntent', { exercise: { value: 'grounding', id: 'grounding', type: 'EXERCISE' } });
    expect(spoken(start)).toMatch(/five things you can see/i);
  });
});

describe('exercises on demand', () => {
  it.each([
    ['box', 'box breathing', 16],
    ['four_seven_eight', 'four seven eight', 19],
    ['slow_exhale', 'slow breathing', 10],
    ['grounding', 'five four three two one', 30],
  ])('"%s" is paced so a round lasts as long as it says', async (id, value, minSeconds) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    const r = await c.say('ExerciseIntent', { exercise: { value, id, type: 'EXERCISE' } });
    const ssml = ssmlOf(r);
    expect(ssml.length).toBeLessThan(8000);
    expect(breakSeconds(ssml)).toBeGreaterThanOrEqual(minSeconds * 0.6);
    expect(r.response.card).toBeUndefined(); // hands-free: nothing needs a screen
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ kind: id, checkInId: null, intensityBefore: null });
  });

  it('"help me breathe" with no check-in ends kindly on stop, without asking for a number', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('ExerciseIntent');
    const stop = await c.say('AMAZON.StopIntent');
    expect(stop.response.shouldEndSession).toBe(true);
    expect(spoken(stop)).not.toMatch(/1 to 10/);
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ kind: 'slow_exhale', completed: true });
  });

  it('says good night after an exercise asked for at night, and not in the middle of the day', async () => {
    const night = h.talk({ userId: USER, timestamp: EVENING });
    await night.say('ExerciseIntent');
    expect(spoken(await night.say('AMAZON.StopIntent'))).toMatch(/good night/i);
    // 14:00 in New York.
    const day = h.talk({ userId: USER, timestamp: '2026-11-25T19:00:00Z' });
    await day.say('ExerciseIntent');
    const stop = await day.say('ThanksIntent');
    expect(spoken(stop)).not.toMatch(/good night|you're welcome/i);
    expect(spoken(stop)).toMatch(/take care/i);
  });

  it('asks for the intensity again when an exercise is asked for mid-check-in', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'anxious', intensity: '6' });
    await c.say('ExerciseIntent', { exercise: { value: 'ground me', id: 'grounding', type: 'EXERCISE' } });
    const q = await c.say('AMAZON.NoIntent');
    expect(spoken(q)).toMatch(/1 to 10/);
    await c.say('IntensityIntent', { intensity: '4' });
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 6, intensityAfter: 4 });
  });
});

describe('words about the body ("my heart is racing", "I can\'t breathe", "my chest is tight")', () => {
  const caveat = (number: string) => new RegExp(`^If this could be a medical emergency, call ${number} now\\. Let's breathe together`);

  it.each([
    ['en-US', 'nine one one'],
    ['en-GB', 'nine nine nine'],
    ['en-AU', 'triple zero'],
    ['en-IN', 'one one two'],
  ])('as a one-shot in %s, say first to call %s if it could be an emergency, then breathe hands-free', async (locale, number) => {
    const c = h.talk({ userId: USER, timestamp: EVENING, locale });
    const r = await c.say('BodySymptomIntent');
    expect(spoken(r)).toMatch(caveat(number));
    // The number on a card too, as when the same words come inside another answer.
    expect(JSON.stringify(r.response.card)).toContain(`call ${{ 'nine one one': '911', 'nine nine nine': '999', 'triple zero': '000', 'one one two': '112' }[number]} now`);
    expect(breakSeconds(ssmlOf(r))).toBeGreaterThan(15);
    expect(r.response.shouldEndSession).toBe(false);
    expect(reprompt(r)).toMatch(/another round|slower|stop/i);
    // Slow exhale: nobody short of breath is asked to hold it.
    expect(await h.store.listExercises(owner)).toMatchObject([{ kind: 'slow_exhale', checkInId: null }]);
    const stop = await c.say('AMAZON.StopIntent');
    expect(stop.response.shouldEndSession).toBe(true);
    expect(spoken(stop)).not.toMatch(/1 to 10/);
  });

  it('keeps panic in its own words ("I\'m having a panic attack") straight to the breathing, without the caveat', async () => {
    const r = await h.talk({ userId: USER, timestamp: EVENING }).say('ExerciseIntent');
    expect(spoken(r)).toMatch(/^Let's breathe together/);
    expect(spoken(r)).not.toMatch(/emergency/i);
  });

  /** A check-in brought to each question, where "my chest is tight" may be said instead of an answer. */
  const atStep = {
    'how are you feeling?': async (c: ReturnType<SkillHarness['talk']>) => void (await c.launch()),
    'how strong?': async (c: ReturnType<SkillHarness['talk']>) => void (await c.say('CheckInIntent', { feeling: 'anxious' })),
    'what happened?': async (c: ReturnType<SkillHarness['talk']>) => void (await c.say('CheckInIntent', { feeling: 'anxious', intensity: '6' })),
    'would you like to breathe together?': async (c: ReturnType<SkillHarness['talk']>) =>
      void (await c.say('CheckInIntent', { feeling: 'anxious', intensity: '9' })),
  };

  it.each(Object.keys(atStep) as (keyof typeof atStep)[])('mid-check-in, at "%s", gives the caveat, breathes, then asks how strong it is now', async (step) => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await atStep[step](c);
    const r = await c.say('BodySymptomIntent');
    expect(spoken(r)).toMatch(caveat('nine one one'));
    expect(r.response.shouldEndSession).toBe(false);
    const [exercise] = await h.store.listExercises(owner);
    const [entry] = await h.store.listCheckIns(owner);
    expect(exercise?.kind).toBe('slow_exhale');
    // Right after the open there is no entry yet to tie it to: like "help me breathe" there, it ends kindly on stop.
    expect(exercise?.checkInId).toBe(entry?.id ?? null);
    const after = await c.say('AMAZON.StopIntent');
    if (!entry) {
      expect(after.response.shouldEndSession).toBe(true);
      return;
    }
    expect(spoken(after)).toMatch(/1 to 10/);
    const next = await c.say('IntensityIntent', { intensity: '4' });
    if (entry.intensity === null) {
      // Breathing before any number: 4 is the check-in's intensity, and the question is not asked again.
      expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 4, intensityAfter: null });
      expect(spoken(next)).not.toMatch(/1 to 10|how strong|how intense/i);
    } else {
      expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensityAfter: 4 });
    }
  });

  it('at "how strong?", a "skip" after the breathing moves on instead of asking "how strong?" again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CheckInIntent', { feeling: 'anxious' });
    await c.say('BodySymptomIntent');
    await c.say('AMAZON.StopIntent');
    const next = await c.say('SkipIntent');
    expect(spoken(next)).not.toMatch(/1 to 10|how strong|how intense/i);
    expect(spoken(next)).toMatch(/happen|today/i);
  });

  it('after the crisis line, gives the emergency number first, breathes, and ends with the crisis line again', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('CrisisIntent');
    const r = await c.say('BodySymptomIntent');
    expect(spoken(r)).toMatch(caveat('nine one one'));
    expect(await h.store.listExercises(owner)).toMatchObject([{ kind: 'slow_exhale', checkInId: null }]);
    const stop = await c.say('AMAZON.StopIntent');
    expect(stop.response.shouldEndSession).toBe(true);
    expect(spoken(stop)).toContain('nine eight eight');
    expect(JSON.stringify(stop.response.card)).toContain('988');
  });
});

/** A check-in at 9 whose offer of an exercise was taken: the skill is now asking "another round, slower, or stop?". */
async function midExercise(feeling = 'sad') {
  const c = h.talk({ userId: USER, timestamp: EVENING });
  await c.launch();
  await c.say('CheckInIntent', { feeling });
  await c.say('IntensityIntent', { intensity: '9' });
  await c.say('AMAZON.YesIntent');
  return c;
}

describe('speaking up mid-exercise', () => {

  it.each([
    ['"thank you"', 'ThanksIntent', {}],
    ['"it helped a little"', 'ThanksIntent', {}],
    // "I feel calmer" and "I'm good" reach the skill as a sentence and as a feeling.
    ['"I feel calmer"', 'WhatHappenedIntent', { event: 'feel calmer' }],
    ['"I\'m good"', 'CheckInIntent', { feeling: { value: 'good', id: 'HAPPY', type: 'FEELING' } }],
  ])('takes %s as the end of the exercise, and asks how strong the feeling is now', async (_said, intent, slots) => {
    const c = await midExercise();
    const r = await c.say(intent, slots);
    expect(r.response.shouldEndSession).toBe(false);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ completed: true });
    // Nothing said about the exercise is filed as the day's events or as a new feeling.
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ feeling: { said: 'sad' }, intensity: 9, whatHappened: null }]);

    await c.say('IntensityIntent', { intensity: '6' });
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 9, intensityAfter: 6 });
  });

  it('takes a number said mid-exercise as how strong the feeling is now', async () => {
    const c = await midExercise();
    const r = await c.say('IntensityIntent', { intensity: '5' });
    expect(spoken(r)).toMatch(/happen|today/i);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 9, intensityAfter: 5 });
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ completed: true, intensityAfter: 5 });
  });

  it('keeps what happened, told mid-exercise, and does not ask for it again', async () => {
    const c = await midExercise();
    const r = await c.say('WhatHappenedIntent', { event: 'my landlord says we have to move out by Friday' });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ whatHappened: 'my landlord says we have to move out by Friday' });
    const next = await c.say('IntensityIntent', { intensity: '7' });
    expect(spoken(next)).not.toMatch(/what happened|anything from today/i);
  });

  // Alexa can send "it doesn't help" as words about the day ("it" opens them too): it got a plain "Okay, we'll stop
  // there", and no other exercise was offered, as it is when the same words arrive as the reason "no point".
  it.each(["it doesn't help", "this isn't helping", "it's not working"])(
    'stops gently on "%s" sent as words about the day, keeps nothing, and offers a different one while still 8 or more',
    async (event) => {
      const c = await midExercise();
      const r = await c.say('WhatHappenedIntent', { event });
      expect(spoken(r)).toMatch(/not every exercise/i);
      expect(spoken(r)).toMatch(/1 to 10/);
      expect(spoken(await c.say('IntensityIntent', { intensity: '9' }))).toMatch(/grounding/i);
      expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: null }]);
    },
  );

  it('takes a sentence that only holds those words as what happened, not a wish to stop this exercise', async () => {
    const c = await midExercise();
    const r = await c.say('WhatHappenedIntent', { event: "my sister keeps saying therapy doesn't help" });
    expect(spoken(r)).not.toMatch(/not every exercise/i);
    expect(await h.store.listCheckIns(owner)).toMatchObject([{ whatHappened: "my sister keeps saying therapy doesn't help" }]);
  });

  it('ends an exercise on demand kindly on "thank you"', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.say('ExerciseIntent');
    const r = await c.say('ThanksIntent');
    expect(r.response.shouldEndSession).toBe(true);
    expect(spoken(r)).toMatch(/glad.*stop there/i);
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ completed: true });
  });
});

describe('thanks outside an exercise', () => {
  it('is met with "you\'re welcome" and the question the skill was waiting on', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'tired' });
    const r = await c.say('ThanksIntent');
    expect(spoken(r)).toMatch(/welcome/i);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(r.response.shouldEndSession).toBe(false);
  });
});

describe('"a bit better" after an exercise', () => {
  async function askedHowStrongNow() {
    const c = await midExercise('panicky');
    await c.say('AMAZON.StopIntent');
    return c;
  }
  const better = { value: 'better', id: 'better', type: 'CHANGE' };
  const worse = { value: 'worse', id: 'worse', type: 'CHANGE' };

  it.each([
    ['better', better, /glad/i],
    ['worse', worse, /thank you for saying so/i],
  ])('is heard ("%s"), and the number asked for again, once', async (_said, change, ack) => {
    const c = await askedHowStrongNow();
    const r = await c.say('FeltChangeIntent', { change });
    expect(spoken(r)).toMatch(ack);
    expect(spoken(r)).toMatch(/1 to 10/);
    expect(spoken(r)).not.toMatch(/sorry/i);
    const done = await c.say('IntensityIntent', { intensity: '6' });
    expect(spoken(done)).toMatch(/9 to 6/);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 9, intensityAfter: 6 });
  });

  it('takes the number said with it ("a bit better, maybe a 6")', async () => {
    const c = await askedHowStrongNow();
    await c.say('FeltChangeIntent', { change: better, intensity: '6' });
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 9, intensityAfter: 6 });
  });

  it('moves on without a number after the second time', async () => {
    const c = await askedHowStrongNow();
    await c.say('FeltChangeIntent', { change: better });
    const r = await c.say('FeltChangeIntent', { change: better });
    expect(spoken(r)).toMatch(/happen|today/i);
    expect((await h.store.listCheckIns(owner))[0]).toMatchObject({ intensity: 9, intensityAfter: null });
  });

  it('ends the exercise when said mid-way, and asks how strong now', async () => {
    const c = await midExercise('panicky');
    const r = await c.say('FeltChangeIntent', { change: better });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listExercises(owner))[0]).toMatchObject({ completed: true });
  });

  it('is the feeling when said to "how are you feeling?"', async () => {
    const c = h.talk({ userId: USER, timestamp: EVENING });
    await c.launch();
    const r = await c.say('FeltChangeIntent', { change: better });
    expect(spoken(r)).toMatch(/1 to 10/);
    expect((await h.store.listCheckIns(owner))[0]?.feeling).toMatchObject({ said: 'better' });
  });
});
