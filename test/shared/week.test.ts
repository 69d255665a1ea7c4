import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CheckInSchema,
  ExerciseSessionSchema,
  PracticePlanSchema,
  type CheckIn,
  type ExerciseSession,
  type PracticePlan,
} from '../../shared/schemas.js';
import {
  buildWeek,
  clusterRange,
  describeWeek,
  hardMomentClusters,
  nightsSoFar,
  partOfDay,
  planForWeek,
  stillToCome,
  weeksAround,
} from '../../shared/week.js';
import { localMoment, addDays as shiftNight, weekdayOf as weekdayOfNight, weekStart as weekStartOf } from '../../shared/time.js';
import { newExercise } from '../factories.js';

// 2026-03-02 is a Monday.
const MON = '2026-03-02';

type CheckInOverrides = Partial<Omit<CheckIn, 'feeling' | 'practice'>> & {
  feeling?: Partial<NonNullable<CheckIn['feeling']>> | null;
  practice?: Partial<NonNullable<CheckIn['practice']>> | null;
};

/** A valid check-in, parsed by the real schema so a factory mistake fails loudly. */
function checkIn(o: CheckInOverrides = {}): CheckIn {
  const night = o.night ?? MON;
  const { feeling, practice, ...rest } = o;
  return CheckInSchema.parse({
    id: randomUUID(),
    createdAt: `${night}T22:00:00-05:00`,
    updatedAt: `${night}T22:00:00-05:00`,
    night,
    localTime: '22:00',
    timeZone: 'America/New_York',
    source: 'voice',
    intensity: 5,
    ...rest,
    feeling:
      feeling === null
        ? null
        : { said: 'anxious', word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'], ...feeling },
    practice: practice === undefined || practice === null ? null : { planId: null, status: 'done', ...practice },
  });
}

function exercise(o: Partial<ExerciseSession> = {}): ExerciseSession {
  const night = o.night ?? MON;
  return ExerciseSessionSchema.parse({
    id: randomUUID(),
    createdAt: `${night}T21:00:00-05:00`,
    updatedAt: `${night}T21:00:00-05:00`,
    ...newExercise({ night, localTime: '21:00' }),
    ...o,
  });
}

function plan(o: Partial<PracticePlan> = {}): PracticePlan {
  return PracticePlanSchema.parse({
    id: randomUUID(),
    createdAt: '2026-02-20T18:00:00-05:00',
    action: "Write one line about the day's worst moment",
    startsOn: '2026-02-20',
    ...o,
  });
}

describe('night arithmetic', () => {
  it.each([
    ['2026-03-02', 1, '2026-03-02'],
    ['2026-03-08', 1, '2026-03-02'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2026-03-07', 0, '2026-03-01'],
    ['2026-01-01', 1, '2025-12-29'], // across a year
    ['2024-03-01', 6, '2024-02-24'], // across a leap day
  ])('the week of %s starting on %i begins %s', (night, startsOn, start) => {
    expect(weekStartOf(night, startsOn)).toBe(start);
  });

  it('crosses daylight-saving changes without losing a day', () => {
    // US DST began 2026-03-08; nights are dates, so a week is still 7 nights.
    expect(shiftNight('2026-03-07', 1)).toBe('2026-03-08');
    expect(shiftNight('2026-03-08', 1)).toBe('2026-03-09');
    expect(weeksAround('2026-03-10', 1)).toEqual({
      start: '2026-03-09',
      end: '2026-03-15',
      prev: '2026-03-02',
      next: '2026-03-16',
    });
  });

  it('refuses what is not a night or a weekday', () => {
    expect(() => weeksAround('2026-13-01', 1)).toThrow();
    expect(() => weeksAround('2026-03-02', 7)).toThrow();
    expect(() => buildWeek({ weekStart: 'monday', plan: null, checkIns: [], exercises: [] })).toThrow();
  });

  it.each([
    ['05:00', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['16:59', 'afternoon'],
    ['17:00', 'evening'],
    ['21:59', 'evening'],
    ['22:00', 'night'],
    ['01:30', 'night'],
    ['04:59', 'night'],
  ] as const)('%s is %s', (time, part) => {
    expect(partOfDay(time)).toBe(part);
  });

  it('the cluster range is 8 whole weeks ending with this one', () => {
    expect(clusterRange('2026-03-04', 1)).toEqual({ from: '2026-01-12', to: '2026-03-08' });
  });
});

describe('buildWeek', () => {
  it('counts distinct nights, never a streak, and ignores other weeks', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: null,
      exercises: [],
      checkIns: [
        checkIn({ night: MON }),
        checkIn({ night: MON, localTime: '23:10', createdAt: `${MON}T23:10:00-05:00` }),
        checkIn({ night: '2026-03-04' }),
        checkIn({ night: '2026-03-08' }),
        checkIn({ night: '2026-03-01' }), // the Sunday before
        checkIn({ night: '2026-03-09' }), // the Monday after
      ],
    });
    expect(view.weekStart).toBe(MON);
    expect(view.weekEnd).toBe('2026-03-08');
    expect(view.nightsCheckedIn).toBe(3);
    expect(view.checkInCount).toBe(4);
    expect(view.days.map((d) => d.night)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(view.days.map((d) => d.weekdayName)[0]).toBe('Monday');
    expect(view.days[0]!.weekday).toBe(1);
    expect(view.days[1]!.checkIns).toEqual([]);
    expect(view.days[1]!.maxIntensity).toBeNull();
  });

  it('lists a day newest first with its max, average and after-exercise intensity', () => {
    const early = checkIn({ intensity: 9, intensityAfter: 6, createdAt: `${MON}T20:00:00-05:00` });
    const late = checkIn({ intensity: 4, createdAt: `${MON}T23:30:00-05:00` });
    const view = buildWeek({ weekStart: MON, plan: null, exercises: [], checkIns: [early, late] });
    const day = view.days[0]!;
    expect(day.checkIns.map((c) => c.id)).toEqual([late.id, early.id]);
    expect(day.maxIntensity).toBe(9);
    expect(day.averageIntensity).toBe(6.5);
    expect(day.averageIntensityAfter).toBe(6);
  });

  it('groups feelings by family, keeps off-wheel words as said, sorts by count', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: null,
      exercises: [],
      checkIns: [
        checkIn({ feeling: { said: 'Anxious' } }),
        checkIn({ feeling: { said: 'anxious ' } }),
        checkIn({ feeling: { said: 'worried', word: 'Worried', path: ['Fearful', 'Anxious', 'Worried'] } }),
        checkIn({ feeling: { said: 'meh', word: null, family: null, path: [] } }),
        checkIn({ feeling: { said: 'wiped out', word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] } }),
        checkIn({ feeling: null, intensity: 3 }),
      ],
    });
    expect(view.feelingsByFamily).toEqual([
      {
        family: 'Fearful',
        count: 3,
        words: [
          { word: 'anxious', count: 2 },
          { word: 'worried', count: 1 },
        ],
      },
      { family: 'Bad', count: 1, words: [{ word: 'wiped out', count: 1 }] },
      { family: null, count: 1, words: [{ word: 'meh', count: 1 }] },
    ]);
  });

  it('counts practice once per night with the latest answer, barriers included, and keeps the earlier words on the day', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: null,
      exercises: [],
      checkIns: [
        // Monday: skipped at 8 p.m., then did it by 11 p.m. — a done night, with nothing in the way of it.
        checkIn({
          createdAt: `${MON}T20:00:00-05:00`,
          practice: { status: 'not_today', barrier: 'forgot', barrierSaid: 'totally forgot' },
        }),
        checkIn({ createdAt: `${MON}T23:00:00-05:00`, practice: { status: 'done' } }),
        checkIn({ night: '2026-03-03', practice: { status: 'partly', barrier: 'low_energy', barrierSaid: 'too tired' } }),
        checkIn({ night: '2026-03-04', practice: { status: 'not_today', barrier: 'forgot', barrierSaid: 'forgot again' } }),
        checkIn({ night: '2026-03-05', practice: { status: 'not_today', barrier: null, barrierSaid: "Sam's mum visited" } }),
        checkIn({ night: '2026-03-06', practice: { status: 'not_today', barrier: 'forgot', barrierSaid: null } }),
        checkIn({ night: '2026-03-07' }),
      ],
    });
    expect(view.practice).toMatchObject({ done: 1, partly: 1, notToday: 3, answered: 5 });
    expect(view.practice.barriers).toEqual([
      { barrier: 'forgot', count: 2, said: ['forgot again'] },
      { barrier: 'low_energy', count: 1, said: ['too tired'] },
      { barrier: 'other', count: 1, said: ["Sam's mum visited"] },
    ]);
    // The 8 p.m. entry is still Monday's, with its words.
    expect(view.days[0]!.checkIns.map((c) => c.practice)).toEqual([
      expect.objectContaining({ status: 'done', barrierSaid: null }),
      expect.objectContaining({ status: 'not_today', barrier: 'forgot', barrierSaid: 'totally forgot' }),
    ]);
  });

  it('pairs exercise intensities before and after and averages the change', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: null,
      checkIns: [],
      exercises: [
        exercise({ intensityBefore: 9, intensityAfter: 6, kind: 'four_seven_eight' }),
        exercise({ night: '2026-03-05', intensityBefore: 8, intensityAfter: 8 }),
        exercise({ night: '2026-03-06', intensityBefore: 7, intensityAfter: null, completed: false }),
        exercise({ night: '2026-03-10', intensityBefore: 10, intensityAfter: 1 }), // next week
      ],
    });
    expect(view.exercises.sessions).toBe(3);
    expect(view.exercises.pairs.map((p) => [p.kind, p.before, p.after, p.change])).toEqual([
      ['four_seven_eight', 9, 6, -3],
      ['box', 8, 8, 0],
    ]);
    expect(view.exercises.averageChange).toBe(-1.5);
    expect(view.exercises.averageBefore).toBe(8.5);
    expect(view.exercises.averageAfter).toBe(7);
  });

  it('keeps notes in their own words, oldest first, with the intensity after', () => {
    const a = checkIn({ night: '2026-03-04', whatHappened: 'Had a fight with my sister, "again" <ugh> & more' });
    const b = checkIn({ night: MON, whatHappened: 'The Monday meeting.', intensity: 9, intensityAfter: 6 });
    const skipped = checkIn({ night: '2026-03-05', whatHappenedSkipped: true });
    const view = buildWeek({ weekStart: MON, plan: null, exercises: [], checkIns: [a, b, skipped] });
    expect(view.notes).toEqual([
      { night: MON, text: 'The Monday meeting.', checkInId: b.id, feelingSaid: 'anxious', intensity: 9, intensityAfter: 6 },
      {
        night: '2026-03-04',
        text: 'Had a fight with my sister, "again" <ugh> & more',
        checkInId: a.id,
        feelingSaid: 'anxious',
        intensity: 5,
        intensityAfter: null,
      },
    ]);
  });

  it('does not mutate its input', () => {
    const input = [checkIn({ night: '2026-03-04' }), checkIn({ night: MON })];
    const before = JSON.stringify(input);
    buildWeek({ weekStart: MON, plan: null, exercises: [], checkIns: input });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('planForWeek', () => {
  it('picks the plan in force that week, not today', () => {
    const old = plan({ startsOn: '2026-02-01', createdAt: '2026-02-01T18:00:00Z', endedAt: '2026-03-03T18:00:00Z' });
    const current = plan({ startsOn: '2026-03-03', createdAt: '2026-03-03T18:00:00Z' });
    expect(planForWeek([old, current], '2026-02-23', '2026-03-01')?.id).toBe(old.id);
    expect(planForWeek([old, current], MON, '2026-03-08')?.id).toBe(current.id);
    expect(planForWeek([current], '2026-02-23', '2026-03-01')).toBeNull();
  });
});

describe('hardMomentClusters', () => {
  const mondays = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'];

  it('names a weekday and part of day that clearly dominate', () => {
    const result = hardMomentClusters([
      ...mondays.map((night) => checkIn({ night, intensity: 9, localTime: '20:15' })),
      checkIn({ night: '2026-01-08', intensity: 8, localTime: '23:00' }), // a Thursday
      checkIn({ night: '2026-01-09', intensity: 7, localTime: '23:00' }), // below 8: not counted
      checkIn({ night: '2026-01-10', intensity: null }),
    ]);
    expect(result.total).toBe(6);
    expect(result.cells).toHaveLength(28);
    expect(result.cells.find((c) => c.weekday === 1 && c.part === 'evening')?.count).toBe(5);
    expect(result.cells.find((c) => c.weekday === 4 && c.part === 'night')?.count).toBe(1);
    expect(result.cells.reduce((n, c) => n + c.count, 0)).toBe(6);
    expect(result.headline).toBe('Most of your 8+ nights (5 of 6) were Mondays in the evening.');
  });

  it('counts a hard night once, however many check-ins it had', () => {
    const night = '2026-01-05';
    const result = hardMomentClusters([
      checkIn({ night, intensity: 9, localTime: '20:00' }),
      checkIn({ night, intensity: 10, localTime: '20:30' }),
      checkIn({ night, intensity: 8, localTime: '21:00' }),
    ]);
    expect(result.total).toBe(1);
    expect(result.cells.find((c) => c.weekday === 1 && c.part === 'evening')?.count).toBe(1);
    // One night is not a pattern.
    expect(result.headline).toBe('There was one night at 8 or more.');
  });

  it('uses the night a late check-in belongs to, not the calendar day', () => {
    // 1 a.m. Tuesday belongs to Monday's night.
    const result = hardMomentClusters(mondays.slice(0, 3).map((night) => checkIn({ night, intensity: 8, localTime: '01:10' })));
    expect(result.cells.find((c) => c.weekday === 1 && c.part === 'night')?.count).toBe(3);
    expect(result.headline).toBe('Most of your 8+ nights (3 of 3) were Mondays late at night.');
  });

  it('names a part of day when no weekday dominates', () => {
    const nights = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08'];
    const result = hardMomentClusters(nights.map((night) => checkIn({ night, intensity: 9, localTime: '23:30' })));
    expect(result.headline).toBe('Most of your 8+ nights (4 of 4) peaked late at night.');
  });

  it('stays neutral when nothing dominates, and says nothing when there are no hard nights', () => {
    const spread = hardMomentClusters([
      checkIn({ night: '2026-01-05', intensity: 9, localTime: '08:00' }),
      checkIn({ night: '2026-01-07', intensity: 9, localTime: '13:00' }),
      checkIn({ night: '2026-01-09', intensity: 9, localTime: '19:00' }),
      checkIn({ night: '2026-01-11', intensity: 9, localTime: '23:00' }),
    ]);
    expect(spread.headline).toBe('There were 4 nights at 8 or more, spread across different days and times.');
    const none = hardMomentClusters([checkIn({ intensity: 3 })]);
    expect(none).toMatchObject({ total: 0, headline: null });
  });

  it('does not call half "most", and needs at least three nights', () => {
    const half = hardMomentClusters([
      ...mondays.slice(0, 3).map((night) => checkIn({ night, intensity: 9, localTime: '20:00' })),
      checkIn({ night: '2026-01-07', intensity: 9, localTime: '08:00' }),
      checkIn({ night: '2026-01-08', intensity: 9, localTime: '13:00' }),
      checkIn({ night: '2026-01-10', intensity: 9, localTime: '23:00' }),
    ]);
    expect(half.headline).toBe('Half of your 8+ nights (3 of 6) were Mondays in the evening.');
    const two = hardMomentClusters(mondays.slice(0, 2).map((night) => checkIn({ night, intensity: 9 })));
    expect(two.headline).toBe('There were 2 nights at 8 or more, spread across different days and times.');
  });

  it('honours a custom threshold', () => {
    const result = hardMomentClusters(
      mondays.map((night) => checkIn({ night, intensity: 7, localTime: '20:00' })),
      { threshold: 7 },
    );
    expect(result.total).toBe(5);
    expect(result.headline).toMatch(/^Most of your 7\+ nights/);
  });
});

describe('describeWeek', () => {
  const SHAMING = /\b(only|missed|failed|broke|streak|should have|lazy)\b/i;

  it('says an empty week kindly, and what to do next', () => {
    const lines = describeWeek(buildWeek({ weekStart: MON, plan: null, checkIns: [], exercises: [] }));
    expect(lines.join(' ')).toMatch(/no check-ins for this week yet/);
    expect(lines.join(' ')).toMatch(/open between sessions/);
    expect(lines.join(' ')).not.toMatch(SHAMING);
  });

  it('counts a week still under way in the nights so far, not against nights to come', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: null,
      checkIns: [checkIn({ night: MON }), checkIn({ night: '2026-03-03' })],
      exercises: [],
    });
    const line = (tonight?: string) => describeWeek(view, null, tonight)[0];
    // Thursday before its check-in: Monday to Wednesday have come, Thursday evening has not.
    expect(line('2026-03-05')).toBe('You checked in on 2 of the 3 nights so far this week.');
    expect(line('2026-03-03')).toBe('You checked in on all 2 nights so far this week.');
    // The last night of the week is still to come until it has a check-in, as any other.
    expect(line('2026-03-08')).toBe('You checked in on 2 of the 6 nights so far this week.');
    expect(line()).toBe('You checked in on 2 of 7 nights this week.');
    // A week that is over is "that week", and an empty one is not invited to check in tonight.
    expect(line('2026-03-20')).toBe('You checked in on 2 of 7 nights that week.');
    const empty = describeWeek(buildWeek({ weekStart: MON, plan: null, checkIns: [], exercises: [] }), null, '2026-03-20');
    expect(empty).toEqual(['There were no check-ins that week, and that is okay.']);
    const first = buildWeek({ weekStart: MON, plan: null, checkIns: [checkIn({ night: MON })], exercises: [] });
    expect(describeWeek(first, null, MON)[0]).toBe('You checked in tonight, the first night of the week.');
  });

  describe('tonight counts once it has a check-in, not before its evening has come', () => {
    const at = (iso: string) => localMoment(new Date(iso), 'America/New_York').night;
    const THU_0612 = at('2026-03-05T11:12:00Z'); // 06:12 on Thursday 5 March in New York
    const THU_0100 = at('2026-03-05T06:00:00Z'); // 01:00 on Thursday: still Wednesday's evening
    const TUE_0700 = at('2026-03-03T12:00:00Z');
    const nightsOf = (...nights: string[]) => nights.map((night) => checkIn({ night }));
    const [TUE, WED, THU, SUN] = ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-08'];

    it.each([
      { when: 'Thursday 06:12, Monday to Wednesday', tonight: THU_0612, nights: [MON, TUE, WED], soFar: 3, toCome: 'Thursday', said: 'You checked in on all 3 nights so far this week.' },
      { when: 'Thursday 06:12, Thursday too', tonight: THU_0612, nights: [MON, TUE, WED, THU], soFar: 4, toCome: 'Friday', said: 'You checked in on all 4 nights so far this week.' },
      { when: 'Thursday 06:12, Monday and Tuesday', tonight: THU_0612, nights: [MON, TUE], soFar: 3, toCome: 'Thursday', said: 'You checked in on 2 of the 3 nights so far this week.' },
      { when: 'Thursday 06:12, none', tonight: THU_0612, nights: [], soFar: 3, toCome: 'Thursday', said: 'There are no check-ins for this week yet, and that is okay.' },
      { when: 'Thursday 01:00, Monday and Tuesday', tonight: THU_0100, nights: [MON, TUE], soFar: 2, toCome: 'Wednesday', said: 'You checked in on all 2 nights so far this week.' },
      { when: 'Thursday 01:00, Wednesday too', tonight: THU_0100, nights: [MON, TUE, WED], soFar: 3, toCome: 'Thursday', said: 'You checked in on all 3 nights so far this week.' },
      { when: 'Tuesday morning, Monday', tonight: TUE_0700, nights: [MON], soFar: 1, toCome: 'Tuesday', said: 'You checked in on Monday, the first night of the week.' },
      { when: 'Monday, Monday', tonight: MON, nights: [MON], soFar: 1, toCome: 'Tuesday', said: 'You checked in tonight, the first night of the week.' },
      { when: 'Sunday, the last night, with its check-in', tonight: SUN, nights: [MON, SUN], soFar: 7, toCome: null, said: 'You checked in on 2 of 7 nights this week.' },
    ])('$when', ({ tonight, nights, soFar, toCome, said }) => {
      const view = buildWeek({ weekStart: MON, plan: null, checkIns: nightsOf(...nights), exercises: [] });
      expect(nightsSoFar(view, tonight)).toBe(soFar);
      // The nights still to come are the last ones, from the first of them on.
      const ahead = view.days.filter((day) => stillToCome(day, tonight)).map((day) => day.weekdayName);
      expect(ahead).toEqual(view.days.slice(soFar).map((day) => day.weekdayName));
      expect(ahead[0] ?? null).toBe(toCome);
      // Spoken as the dashboard counts it.
      expect(describeWeek(view, null, tonight)[0]).toBe(said);
    });

    it('the times above fall on the nights they are named for', () => {
      expect([THU_0612, THU_0100, TUE_0700]).toEqual([THU, WED, TUE]);
    });
  });

  it('says "mostly" of what got in the way only when two reasons came up more often than the rest', () => {
    const barrierWeek = (barriers: Array<'forgot' | 'low_energy' | 'no_point'>) =>
      describeWeek(
        buildWeek({
          weekStart: MON,
          plan: plan(),
          checkIns: barriers.map((barrier, i) => checkIn({ night: shiftNight(MON, i), practice: { status: 'not_today', barrier } })),
          exercises: [],
        }),
      ).join(' ');
    const tied = barrierWeek(['forgot', 'low_energy', 'no_point']);
    expect(tied).not.toMatch(/mostly/);
    expect(tied).toMatch(/What got in the way was forgetting, low energy or mood, and not seeing the point/);
    expect(barrierWeek(['forgot', 'forgot', 'low_energy', 'low_energy', 'no_point'])).toMatch(/was mostly forgetting and low energy/);
  });

  it('tells the same facts as the view, in plain sentences', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: plan(),
      checkIns: [
        checkIn({ night: MON, intensity: 9, practice: { status: 'not_today', barrier: 'forgot', barrierSaid: 'totally forgot' } }),
        checkIn({ night: '2026-03-03', practice: { status: 'done' } }),
        checkIn({ night: '2026-03-04', feeling: { said: 'tired', word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] }, practice: { status: 'partly', barrier: 'low_energy' } }),
        checkIn({ night: '2026-03-05', practice: { status: 'done' } }),
        checkIn({ night: '2026-03-06', feeling: { said: 'meh', word: null, family: null, path: [] } }),
      ],
      exercises: [exercise({ intensityBefore: 9, intensityAfter: 6 }), exercise({ night: '2026-03-05', intensityBefore: 8, intensityAfter: 7 })],
    });
    const clusters = hardMomentClusters(
      ['2026-01-05', '2026-01-12', '2026-01-19', MON].map((night) => checkIn({ night, intensity: 9, localTime: '20:00' })),
    );
    const lines = describeWeek(view, clusters);
    const text = lines.join(' ');
    expect(lines[0]).toBe('You checked in on 5 of 7 nights this week.');
    expect(text).toContain('The feelings that came up most were anxious, 3 times, then meh and tired.');
    expect(text).toContain('The strongest night was Monday, at 9 out of 10.');
    expect(text).toContain('With your practice, you did it on 2 nights, did part of it on 1 night, and didn\'t get to it on 1 night.');
    expect(text).toContain('What got in the way was forgetting and low energy or mood.');
    expect(text).toContain('You did 2 breathing or grounding exercises, and on average they brought your intensity down by 2 points.');
    expect(lines[lines.length - 1]).toBe(clusters.headline);
    // Looked back over a known window (hardMomentsFor), the summary says so: the clusters are not this week's.
    const windowed = describeWeek(view, { ...clusters, weeks: 8 });
    expect(windowed[windowed.length - 1]).toBe(`Over the last 8 weeks, ${clusters.headline!.charAt(0).toLowerCase()}${clusters.headline!.slice(1)}`);
    expect(text).not.toMatch(SHAMING);
    // Plain text for the skill to escape: no markup of our own.
    expect(text).not.toMatch(/<[a-z]|&[a-z]+;/i);
    for (const line of lines) expect(line).toMatch(/[.!]$/);
  });

  it('does not claim a feeling "came up most" when each came up once', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: null,
      exercises: [],
      checkIns: [
        checkIn({ night: MON, feeling: { said: 'calm', word: 'Peaceful', family: 'Happy', path: ['Happy', 'Peaceful'] } }),
        checkIn({ night: '2026-03-03', feeling: { said: 'meh', word: null, family: null, path: [] } }),
      ],
    });
    const text = describeWeek(view).join(' ');
    expect(text).toContain('The feelings you named included calm and meh.');
    expect(text).not.toContain('came up most');
  });

  it('says "no practice this week" plainly when that was the plan', () => {
    const view = buildWeek({ weekStart: MON, plan: plan({ none: true, action: null }), checkIns: [checkIn()], exercises: [] });
    expect(describeWeek(view).join(' ')).toContain('There was no practice set this week, and that is a fine plan too.');
  });

  it('uses their own words for a barrier without a category', () => {
    const view = buildWeek({
      weekStart: MON,
      plan: plan(),
      checkIns: [checkIn({ practice: { status: 'not_today', barrier: 'other', barrierSaid: "Sam's mum was staying" } })],
      exercises: [],
    });
    expect(describeWeek(view).join(' ')).toContain('What got in the way was "Sam\'s mum was staying".');
  });

  it('reports an exercise that did not lower intensity without judging it', () => {
    const view = buildWeek({ weekStart: MON, plan: null, checkIns: [], exercises: [exercise({ intensityBefore: 6, intensityAfter: 7 })] });
    const text = describeWeek(view).join(' ');
    expect(text).toContain('You did one breathing or grounding exercise. Your intensity was 1 point higher afterwards');
    expect(weekdayOfNight(MON)).toBe(1);
  });
});
