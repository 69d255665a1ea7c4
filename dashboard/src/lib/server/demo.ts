import { DEMO_OWNER, seedDemo } from '$shared/demo.js';
import type { Owner } from '$shared/schemas.js';
import { env } from './env.js';
import { getStore } from './store.js';

/** Weeks of made-up check-ins the demo user starts with: enough for the 8-week hard-moment grid to say something. */
const DEMO_WEEKS = 8;

export function demoEnabled(): boolean {
  return env().DEMO;
}

/**
 * Seeds the demo user only when it has no check-ins, so a visitor who edits or deletes demo entries keeps what they
 * did until they delete everything, and then gets a fresh demo on the next "Try the demo".
 */
export async function ensureDemoSeeded(): Promise<Owner> {
  const store = await getStore();
  const existing = await store.listCheckIns(DEMO_OWNER);
  if (existing.length === 0) await seedDemo(store, DEMO_OWNER, { weeks: DEMO_WEEKS });
  return DEMO_OWNER;
}
