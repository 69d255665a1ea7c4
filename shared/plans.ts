import type { PracticePlan } from './schemas.js';

/** The plan in force on a night: the newest plan that has started by then and not ended, if any. */
export function activePlanOn(plans: readonly PracticePlan[], night: string): PracticePlan | null {
  let best: PracticePlan | null = null;
  for (const plan of plans) {
    if (plan.startsOn > night || plan.endedAt !== null) continue;
    if (!best || plan.startsOn > best.startsOn || (plan.startsOn === best.startsOn && plan.createdAt > best.createdAt)) {
      best = plan;
    }
  }
  return best;
}
