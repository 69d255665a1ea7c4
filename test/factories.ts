import { randomUUID } from 'node:crypto';
import type { NewCheckIn, NewExerciseSession, Owner, PracticePlan } from '../shared/schemas.js';

/**
 * Test data with sensible, valid defaults; each test overrides only what it is about.
 * Every factory output passes the schemas in shared/schemas.ts.
 */

export function owner(overrides: Partial<Owner> = {}): Owner {
  return { userId: `amzn1.ask.account.${randomUUID()}`, ...overrides };
}

export function newCheckIn(overrides: Partial<NewCheckIn> = {}): NewCheckIn {
  return {
    night: '2025-03-14',
    localTime: '22:30',
    timeZone: 'America/New_York',
    source: 'voice',
    feeling: { said: 'anxious', word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] },
    intensity: 6,
    whatHappened: 'A hard talk with my manager',
    ...overrides,
  };
}

export function newExercise(overrides: Partial<NewExerciseSession> = {}): NewExerciseSession {
  return {
    night: '2025-03-14',
    localTime: '22:40',
    kind: 'box',
    rounds: 4,
    completed: true,
    intensityBefore: 8,
    intensityAfter: 5,
    checkInId: null,
    ...overrides,
  };
}

export function plan(overrides: Partial<PracticePlan> = {}): PracticePlan {
  return {
    id: randomUUID(),
    createdAt: '2025-03-10T18:00:00.000Z',
    none: false,
    action: "say one line about the day's worst moment",
    cueWhen: 'I get into bed',
    cueThen: "I'll say one line about the day's worst moment",
    why: 'so I stop carrying it into the night',
    bringBack: 'which moments kept coming up',
    modality: 'CBT',
    startsOn: '2025-03-10',
    endedAt: null,
    ...overrides,
  };
}

/** The n-th night after `start` (YYYY-MM-DD), for building histories. */
export function nightAfter(start: string, n: number): string {
  const date = new Date(`${start}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}
