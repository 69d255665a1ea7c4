import type { RequestHandler } from 'ask-sdk-core';
import { parseIntensity } from '../../shared/intensity.js';
import { HIGH_INTENSITY } from '../../shared/limits.js';
import { continuingCheckIn } from '../conversation.js';
import { NotFoundError } from '../../shared/store/Store.js';
import { turnOf } from '../context.js';
import { askNext, currentCheckIn, saveAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { intensitySaid, isIntent } from '../predicates.js';
import { answerWithoutJournal, journalInTrouble } from '../rescue.js';

/**
 * A number said when no number was asked for. Within a check-in it is that check-in's intensity (a correction);
 * in a new session ("Alexa, tell between sessions it's a 7") it starts a new entry, and the feeling is asked next.
 * While the journal cannot take answers (a damaged file), it is kept aside, and 8 or more is met with the breathing.
 */
export const IntensityIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'IntensityIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const reading = parseIntensity(intensitySaid(input));
    // The journal could not take what was said earlier in this session: the number is kept aside, and 8 or more still
    // gets the breathing, without a save that would only fail again.
    if (journalInTrouble(input)) return answerWithoutJournal(input, turnOf(input).dataDir || null, { intensity: reading.ok ? reading.value : null });
    if (!reading.ok) return askNext(input, state);
    // "No wait, more like a 5" after the number was taken: say it was heard, or the question that follows sounds
    // as if it was not.
    const checkIn = state.checkInId ? await currentCheckIn(input, state) : null;
    // After an exercise the number from before it is the record of what helped: a new number is how it is now.
    if (checkIn && checkIn.intensityAfter !== null) {
      const { store, owner } = turnOf(input);
      const last = checkIn.exerciseIds.at(-1);
      if (last) await store.updateExercise(owner, last, { intensityAfter: reading.value }).catch(ignoreNotFound);
      const saved = await saveAnswer(input, state, { intensityAfter: reading.value });
      const changed = checkIn.intensityAfter !== reading.value;
      return askNext(input, state, changed ? [say.intensityNowCorrected(reading.value)] : [], saved);
    }
    const before = checkIn?.intensity ?? null;
    const saved = await saveAnswer(input, state, { intensity: reading.value });
    // A range ("make that a 6 or 7") is its top, said so unless the offer at 8 names it.
    const lead =
      before !== null && before !== reading.value
        ? [say.intensityCorrected(reading.value)]
        : reading.range && reading.value < HIGH_INTENSITY
          ? [say.rangeTop(reading.value)]
          : [];
    return askNext(input, state, lead, saved);
  },
};

/** The exercise was deleted meanwhile (from the dashboard): the check-in still takes the number. */
function ignoreNotFound(error: unknown): void {
  if (!(error instanceof NotFoundError)) throw error;
}
