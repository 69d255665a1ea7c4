/**
 * `npm run bench`: every speed and size figure the issues set targets for, printed in one run on loopback.
 * Benchmarks print figures; they do not pass or fail (timed unit tests would be flaky on a shared machine).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = () => Promise<Record<string, string | number>>;

const here = path.dirname(fileURLToPath(import.meta.url));

/** Each bench module, by file and exported function; a module that is not there yet is reported, not skipped silently. */
const BENCHES: Array<[title: string, file: string, fn: string]> = [
  ['Skill: a full check-in turn through Express vs a minimal ask-sdk skill', 'skill.ts', 'benchSkill'],
  ['Safety check: cost per text', 'safety.ts', 'benchSafety'],
  ['Store: check-in write latency', 'store.ts', 'benchStore'],
  ['Week: building "This week" from three years of history', 'week.ts', 'benchWeek'],
  ['Dashboard: server render of "This week" and the JavaScript it ships', 'dashboard.ts', 'benchDashboard'],
];

const only = process.argv.slice(2);
for (const [title, file, fn] of BENCHES) {
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  const full = path.join(here, file);
  console.log(`\n## ${title}`);
  if (!existsSync(full)) {
    console.log(`(no ${file} yet)`);
    continue;
  }
  const mod = (await import(pathToFileURL(full).href)) as Record<string, Bench>;
  const bench = mod[fn];
  if (!bench) throw new Error(`${file} does not export ${fn}`);
  console.table(await bench());
}
