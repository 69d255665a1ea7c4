/**
 * The week, as the dashboard's "This week" page and the spoken "How was my week?" pay for it.
 *
 *   npx tsx test/bench/week.ts
 *
 * Figures (median and p95 of SAMPLES runs): weekFor (list the week's check-ins and exercises, read the profile, build
 * the view) and hardMomentsFor (8 weeks of check-ins, clustered) for a user with three years of daily check-ins,
 * written through the real store's public operations; and the pure buildWeek + hardMomentClusters + describeWeek
 * on data already loaded, to separate the domain code's cost from the store's. A temp DATA_DIR is used and removed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feeling, Owner } from '../../shared/schemas.js';
import { openStore } from '../../shared/store/index.js';
import { addDays as shiftNight } from '../../shared/time.js';
import {
  buildWeek,
  clusterRange,
  describeWeek,
  hardMomentClusters,
  hardMomentsFor,
  weekFor,
  weeksAround,
} from '../../shared/week.js';

const SAMPLES = 50;
const WARMUP = 5;
const NIGHTS = 3 * 365 + 1;

const FEELINGS: Feeling[] = [
  { said: 'anxious', word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] },
  { said: 'wiped out', word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] },
  { said: 'meh', word: null, family: null, path: [] },
  { said: 'pretty good', word: null, family: 'Happy', path: ['Happy'] },
  { said: 'sad', word: 'Sad', family: 'Sad', path: ['Sad'] },
  { said: 'frustrated', word: 'Frustrated', family: 'Angry', path: ['Angry', 'Frustrated'] },
];

export async function benchWeek(): Promise<Record<string, string | number>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bs-bench-week-'));
  try {
    // Not fsynced while seeding: 1,100 durable writes would only time the disk; reads are what is measured here.
    const store = await openStore(path.join(root, 'data'), { durable: false });
    const owner: Owner = { userId: 'amzn1.ask.account.bench-week' };
    const today = new Date().toISOString().slice(0, 10);
    const figures: Record<string, string | number> = { samples: SAMPLES, nights: NIGHTS };

    let started = performance.now();
    const seeded = await seedThreeYears(store, owner, today);
    figures.seed_checkIns = seeded.checkIns;
    figures.seed_exercises = seeded.exercises;
    figures.seed_s = round((performance.now() - started) / 1000);

    const current = await timed(() => weekFor(store, owner, today, 1));
    figures.weekFor_median_ms = current.median;
    figures.weekFor_p95_ms = current.p95;
    const old = await timed(() => weekFor(store, owner, shiftNight(today, -540), 1));
    figures.weekFor_18monthsAgo_median_ms = old.median;

    const clusters = await timed(() => hardMomentsFor(store, owner, today, 1));
    figures.hardMomentsFor_8weeks_median_ms = clusters.median;
    figures.hardMomentsFor_8weeks_p95_ms = clusters.p95;

    // Both, as the "This week" page and the spoken summary need them together.
    const both = await timed(async () => {
      const [view, c] = await Promise.all([weekFor(store, owner, today, 1), hardMomentsFor(store, owner, today, 1)]);
      return describeWeek(view, c);
    });
    figures.weekAndClusters_median_ms = both.median;
    figures.weekAndClusters_p95_ms = both.p95;

    // The domain code alone, on everything loaded (three years, not just the week: the worst case for the filters).
    const [checkIns, exercises, profile] = await Promise.all([
      store.listCheckIns(owner),
      store.listExercises(owner),
      store.getProfile(owner),
    ]);
    const { start } = weeksAround(today, 1);
    const range = clusterRange(today, 1);
    const eightWeeks = checkIns.filter((c) => c.night >= range.from && c.night <= range.to);
    const pure = await timed(async () => {
      const view = buildWeek({ checkIns, exercises, weekStart: start, plan: profile?.plans[0] ?? null });
      return describeWeek(view, hardMomentClusters(eightWeeks));
    });
    figures.pure_buildWeek_allHistory_median_ms = pure.median;
    const clustersAll = await timed(async () => hardMomentClusters(checkIns));
    figures.pure_clusters_threeYears_median_ms = clustersAll.median;
    figures.sanity_headline = hardMomentClusters(eightWeeks).headline ?? '(none)';
    return figures;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** One check-in every night for three years, through addCheckIn; an exercise on the hard nights, as the skill does. */
async function seedThreeYears(
  store: Awaited<ReturnType<typeof openStore>>,
  owner: Owner,
  lastNight: string,
): Promise<{ checkIns: number; exercises: number }> {
  const planId = '6f1c2f8e-3b1a-4c2d-9e4f-0a1b2c3d4e5f';
  await store.updateProfile(owner, (p) => ({
    ...p,
    plans: [
      {
        id: planId,
        createdAt: `${shiftNight(lastNight, -NIGHTS)}T18:00:00Z`,
        none: false,
        action: "Write one line about the day's worst moment",
        cueWhen: 'When I get into bed',
        cueThen: "I'll say one line about the worst moment",
        why: null,
        bringBack: null,
        modality: null,
        startsOn: shiftNight(lastNight, -NIGHTS),
        endedAt: null,
      },
    ],
  }));
  let exercises = 0;
  for (let i = NIGHTS - 1; i >= 0; i--) {
    const night = shiftNight(lastNight, -i);
    const monday = new Date(`${night}T00:00:00Z`).getUTCDay() === 1;
    const intensity = monday ? 8 + (i % 3) : 2 + (i % 6);
    const c = await store.addCheckIn(owner, {
      night,
      localTime: monday ? '20:15' : '22:30',
      timeZone: 'America/New_York',
      feeling: FEELINGS[i % FEELINGS.length]!,
      intensity,
      whatHappened: i % 3 === 0 ? null : `Night ${i}: work, dinner, a walk, "the usual", and a call with my sister.`,
      whatHappenedSkipped: i % 3 === 0,
      practice:
        i % 4 === 0
          ? { planId, status: 'not_today', barrier: 'forgot', barrierSaid: 'forgot until I was in bed' }
          : { planId, status: i % 4 === 1 ? 'partly' : 'done' },
      createdAt: `${night}T${monday ? '20:15' : '22:30'}:00-05:00`,
    });
    if (intensity >= 8) {
      const e = await store.addExercise(owner, {
        night,
        localTime: '20:16',
        kind: 'box',
        rounds: 4,
        completed: true,
        intensityBefore: intensity,
        intensityAfter: intensity - 3,
        checkInId: c.id,
      });
      await store.updateCheckIn(owner, c.id, { intensityAfter: intensity - 3, exerciseIds: [e.id] });
      exercises++;
    }
  }
  const all = await store.listCheckIns(owner);
  if (all.length !== NIGHTS) throw new Error(`seeded ${NIGHTS} nights but the store sees ${all.length}`);
  return { checkIns: all.length, exercises };
}

async function timed(fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= WARMUP) samples.push(performance.now() - t0);
  }
  return { median: round(quantile(samples, 0.5)), p95: round(quantile(samples, 0.95)) };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchWeek();
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(38)} ${value}`);
}
