/**
 * Whatever a person says, wherever they are in the conversation, the skill answers with something usable: never the
 * error handler's apology, always valid SSML (checked by the harness), and never a session left open with nothing
 * to answer.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../helpers/alexa.js';
import { EVERYDAY_ANSWERS, spoken } from '../helpers/alexa.js';
import { skillHarness, type SkillHarness } from '../helpers/skill.js';
import { plan } from '../factories.js';

const EVENING = '2026-11-26T03:00:00Z';

let h: SkillHarness;
beforeAll(async () => {
  h = await skillHarness();
});
afterAll(async () => {
  await h.close();
});

async function withPlan(c: Conversation) {
  await h.store.updateProfile({ userId: c.caller.userId! }, (p) => ({
    ...p,
    plans: [{ ...plan({ startsOn: '2026-11-01' }) }],
  }));
}

/** How to reach each step from a fresh session. */
const STEPS: Record<string, (c: Conversation) => Promise<unknown>> = {
  feeling: (c) => c.launch(),
  intensity: async (c) => {
    await c.launch();
    await c.say('CheckInIntent', { feeling: 'sad' });
  },
  offer_exercise: (c) => c.say('CheckInIntent', { feeling: 'scared', intensity: '9' }),
  exercise: (c) => c.say('ExerciseIntent'),
  intensity_after: async (c) => {
    await c.say('CheckInIntent', { feeling: 'scared', intensity: '9' });
    await c.say('AMAZON.YesIntent');
    await c.say('AMAZON.StopIntent');
  },
  what_happened: (c) => c.say('CheckInIntent', { feeling: 'calm', intensity: '3' }),
  practice: async (c) => {
    await withPlan(c);
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '3' });
    await c.say('SkipIntent');
  },
  barrier: async (c) => {
    await withPlan(c);
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '3' });
    await c.say('SkipIntent');
    await c.say('AMAZON.NoIntent');
  },
  barrier_other: async (c) => {
    await withPlan(c);
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '3' });
    await c.say('SkipIntent');
    await c.say('AMAZON.NoIntent');
    await c.say('BarrierIntent', { barrier: { value: 'something else', id: 'other', type: 'BARRIER' } });
  },
  confirm_delete: (c) => c.say('DeleteDataIntent'),
  offer_resume: async (c) => {
    await c.say('CheckInIntent', { feeling: 'calm', intensity: '3' });
    await c.timeout();
    await c.launch();
  },
  crisis: (c) => c.say('CrisisIntent'),
};


const cases = Object.keys(STEPS).flatMap((step) => EVERYDAY_ANSWERS.map(([intent, slots]) => [step, intent, slots] as const));
let n = 0;

describe('every request in every step', () => {
  it.each(cases)('in %s, %s gets a usable answer', async (step, intent, slots) => {
    n += 1;
    const c = h.talk({ userId: `amzn1.ask.account.STATES${n}`, timestamp: EVENING });
    await STEPS[step]!(c);
    expect((c.attributes.conversation as { step: string }).step, 'the setup reached the step').toBe(step);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await c.say(intent, slots);
    const logged = errors.mock.calls.length;
    errors.mockRestore();
    expect(logged).toBe(0);
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(spoken(r).length).toBeGreaterThan(0);
    // A session left open must have a question to answer.
    if (r.response.shouldEndSession === false) expect(r.response.reprompt).toBeDefined();
  });
});

describe('"start over"', () => {
  it.each(['feeling', 'intensity', 'offer_exercise', 'intensity_after', 'what_happened', 'practice', 'barrier', 'barrier_other', 'offer_resume'])(
    'in %s, goes back to the first question of the check-in',
    async (step) => {
      n += 1;
      const c = h.talk({ userId: `amzn1.ask.account.STATES${n}`, timestamp: EVENING });
      await STEPS[step]!(c);
      const r = await c.say('AMAZON.StartOverIntent');
      expect(spoken(r)).toMatch(/from the top/i);
      expect((c.attributes.conversation as { step: string }).step).toBe('feeling');
    },
  );
});
