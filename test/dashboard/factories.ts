import { classifyFeeling } from '../../shared/feelings.js';
import { DEFAULT_TIME_ZONE } from '../../shared/limits.js';
import type { NewCheckIn } from '../../shared/schemas.js';
import { localMoment } from '../../shared/time.js';

/** Tonight for a user with no time zone set (the server's default), the night a check-in right now belongs to. */
export function tonight(): string {
  return localMoment(new Date(), DEFAULT_TIME_ZONE).night;
}

/** A bedtime check-in as the skill would store it, with overrides. */
export function checkIn(overrides: Partial<NewCheckIn> & { said?: string } = {}): NewCheckIn {
  const { said = 'anxious', ...rest } = overrides;
  return {
    night: tonight(),
    localTime: '22:15',
    timeZone: DEFAULT_TIME_ZONE,
    source: 'voice',
    feeling: classifyFeeling(said),
    intensity: 6,
    intensityAfter: null,
    whatHappened: 'Argued with my sister about the holidays.',
    whatHappenedSkipped: false,
    practice: null,
    exerciseIds: [],
    ...rest,
  };
}
