import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER, seedDemo, type SeedDemoResult } from '../../shared/demo.js';
import { CheckInSchema, ExerciseSessionSchema, ProfileSchema, type CheckIn } from '../../shared/schemas.js';
import { openStore } from '../../shared/store/index.js';
import type { Store } from '../../shared/store/Store.js';
import { weekdayOf as weekdayOfNight } from '../../shared/time.js';
import { buildWeek, describeWeek, hardMomentClusters, hardMomentsFor, weekFor } from '../../shared/week.js';

// A Thursday evening in New York, so the current week already has a few nights in it.
const NOW = new Date('2026-03-12T23:30:00-04:00');
const dirs: string[] = [];

async function freshStore(): Promise<Store> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bs-demo-'));
  dirs.push(dir);
  return openStore(dir, { durable: false });
}

/** What must be identical between two seeded runs: everything except the ids and update times the store assigns. */
function comparable(c: CheckIn) {
  const { id: _id, updatedAt: _u, exerciseIds, ...rest } = c;
  return { ...rest, exercises: exerciseIds.length };
}

describe('seedDemo', () => {
  let store: Store;
  let result: SeedDemoResult;

  beforeAll(async () => {
    store = await freshStore();
    result = await seedDemo(store, DEMO_OWNER, { now: NOW });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('seeds 8 weeks of valid, varied check-ins on about 5 nights in 7', async () => {
    const checkIns = await store.listCheckIns(DEMO_OWNER);
    expect(checkIns).toHaveLength(result.checkIns);
    for (const c of checkIns) expect(CheckInSchema.parse(c)).toEqual(c);
    expect(result.from).toBe('2026-01-19'); // the Monday 7 weeks before this week's
    expect(result.to).toBe('2026-03-12');
    const nights = new Set(checkIns.map((c) => c.night));
    const span = 53; // 2026-01-19 … 2026-03-12
    expect(nights.size / span).toBeGreaterThan(0.6);
    expect(nights.size / span).toBeLessThan(0.85);
    expect(checkIns.every((c) => c.night >= result.from && c.night <= result.to)).toBe(true);
    // Nothing from the future.
    expect(checkIns.every((c) => Date.parse(c.createdAt) <= NOW.getTime())).toBe(true);

    const families = new Set(checkIns.map((c) => c.feeling?.family ?? null));
    expect(families.size).toBeGreaterThanOrEqual(4);
    expect(families.has(null)).toBe(true); // "meh", "fine": kept, not forced onto the wheel
    expect(checkIns.some((c) => c.feeling && c.feeling.word === null)).toBe(true);
    expect(new Set(checkIns.map((c) => c.intensity)).size).toBeGreaterThanOrEqual(6);
    expect(checkIns.some((c) => c.whatHappened !== null)).toBe(true);
    expect(checkIns.some((c) => c.whatHappenedSkipped)).toBe(true);
    // A check-in after midnight belongs to the evening before.
    const late = checkIns.filter((c) => c.localTime < '04:00');
    expect(late.length).toBeGreaterThan(0);
    for (const c of late) expect(c.createdAt.slice(0, 10) > c.night).toBe(true);

    const statuses = new Set(checkIns.map((c) => c.practice?.status));
    expect(statuses).toEqual(new Set(['done', 'partly', 'not_today', undefined]));
    const barriers = checkIns.flatMap((c) => (c.practice?.barrier ? [c.practice] : []));
    expect(new Set(barriers.map((b) => b.barrier)).size).toBeGreaterThanOrEqual(4);
    expect(barriers.some((b) => b.barrierSaid !== null)).toBe(true);
    expect(checkIns.filter((c) => c.practice).every((c) => c.practice!.planId === result.plan.id)).toBe(true);
  });

  it('shows a Monday-evening hard-moment pattern', async () => {
    const checkIns = await store.listCheckIns(DEMO_OWNER);
    const hard = checkIns.filter((c) => (c.intensity ?? 0) >= 8);
    const mondays = hard.filter((c) => weekdayOfNight(c.night) === 1);
    expect(mondays.length / hard.length).toBeGreaterThan(0.5);
    expect(hardMomentClusters(checkIns).headline).toMatch(/Mondays/);
  });

  it('links exercises to the check-ins they helped, with intensity before and after', async () => {
    const [checkIns, exercises] = await Promise.all([
      store.listCheckIns(DEMO_OWNER),
      store.listExercises(DEMO_OWNER),
    ]);
    expect(exercises).toHaveLength(result.exercises);
    for (const e of exercises) expect(ExerciseSessionSchema.parse(e)).toEqual(e);
    const linked = exercises.filter((e) => e.checkInId !== null);
    expect(linked.length).toBeGreaterThan(3);
    expect(exercises.some((e) => e.checkInId === null)).toBe(true);
    for (const e of linked) {
      const c = checkIns.find((x) => x.id === e.checkInId)!;
      expect(c.exerciseIds).toContain(e.id);
      expect(c.intensityAfter).toBe(e.intensityAfter);
      expect(e.intensityBefore).toBe(c.intensity);
      expect(e.intensityAfter!).toBeLessThanOrEqual(e.intensityBefore!);
    }
  });

  it('sets the practice plan in the person’s own words', async () => {
    const profile = ProfileSchema.parse(await store.getProfile(DEMO_OWNER));
    expect(profile.plans).toEqual([result.plan]);
    expect(result.plan).toMatchObject({
      action: "Write one line about the day's worst moment",
      cueWhen: 'When I get into bed',
      cueThen: "I'll say one line about the worst moment",
      startsOn: result.from,
      none: false,
    });
    expect(result.plan.why).toBeTruthy();
    expect(result.plan.bringBack).toBeTruthy();
    expect(await store.activePlan(DEMO_OWNER, result.to)).toEqual(result.plan);
  });

  it('is deterministic for the same seed and different for another', async () => {
    const again = await freshStore();
    const second = await seedDemo(again, DEMO_OWNER, { now: NOW });
    expect(second.plan).toEqual(result.plan);
    const a = (await store.listCheckIns(DEMO_OWNER)).map(comparable);
    const b = (await again.listCheckIns(DEMO_OWNER)).map(comparable);
    expect(b).toEqual(a);

    const other = await freshStore();
    await seedDemo(other, DEMO_OWNER, { now: NOW, seed: 7 });
    const c = (await other.listCheckIns(DEMO_OWNER)).map(comparable);
    expect(c).not.toEqual(a);
  }, 60_000);

  it('refuses to seed over existing entries unless asked to replace them', async () => {
    const s = await freshStore();
    const real = { userId: 'amzn1.ask.account.REAL' };
    await s.addCheckIn(real, { night: '2026-03-10', localTime: '22:00', timeZone: 'UTC', feeling: null, intensity: 4 });
    await expect(seedDemo(s, real, { now: NOW, weeks: 1 })).rejects.toThrow(/replace/);
    expect(await s.listCheckIns(real)).toHaveLength(1);
    const replaced = await seedDemo(s, real, { now: NOW, weeks: 1, replace: true });
    expect(await s.listCheckIns(real)).toHaveLength(replaced.checkIns);
  });

  it('gives weekFor a living week with a cluster headline', async () => {
    const view = await weekFor(store, DEMO_OWNER, '2026-03-12', 1);
    expect(view.weekStart).toBe('2026-03-09');
    expect(view.nightsCheckedIn).toBeGreaterThan(0);
    expect(view.feelingsByFamily.length).toBeGreaterThan(0);
    expect(view.plan?.id).toBe(result.plan.id);
    // The same facts as building from the records directly.
    const direct = buildWeek({
      checkIns: await store.listCheckIns(DEMO_OWNER),
      exercises: await store.listExercises(DEMO_OWNER),
      weekStart: '2026-03-09',
      plan: result.plan,
    });
    expect(view).toEqual(direct);

    const clusters = await hardMomentsFor(store, DEMO_OWNER, '2026-03-12', 1);
    expect(clusters.headline).toMatch(/^(Most|Half) of your 8\+ nights \(\d+ of \d+\) were Mondays/);
    const lines = describeWeek(view, clusters);
    expect(lines[0]).toMatch(/^You checked in on \d of 7 nights this week\.$/);
    expect(clusters.weeks).toBe(8);
    expect(lines.at(-1)).toMatch(/^Over the last 8 weeks, (most|half) of your 8\+ nights/);
  });
});
