import type { RequestHandler } from 'ask-sdk-core';
import { activePlanOn } from '../../shared/plans.js';
import { addDays } from '../../shared/time.js';
import { crisisReminder, crisisResponse } from '../../shared/safety/crisis-lines.js';
import type { CheckIn } from '../../shared/schemas.js';
import { turnOf } from '../context.js';
import { conversation, crisisLineRecent, freshConversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isRequest } from '../predicates.js';
import { join } from '../../shared/ssml.js';
import { StoreCorruptError } from '../../shared/store/index.js';
import { respond } from '../respond.js';

/** After this long without a check-in, the next open explains the check-in again, as to someone new. */
const INTRO_AGAIN_AFTER_DAYS = 60;

/** How long after it began a check-in cut off half-way is offered back: the same sitting, not hours later. */
export const RESUME_WITHIN_MS = 2 * 60 * 60 * 1000;

/**
 * "Alexa, open between sessions": a greeting that varies from night to night, and the first question. When tonight's
 * last check-in was cut off before what happened (asleep, a dropped connection), it is offered back first, so the
 * answers already given are not asked for again in a second entry.
 */
export const LaunchRequestHandler: RequestHandler = {
  canHandle(input) {
    return isRequest(input, 'LaunchRequest');
  },
  async handle(input) {
    const { moment, profile, store, owner, now, storeTrouble } = turnOf(input);
    // The journal cannot be opened (a disk error, a lock held too long): say so now, rather than ask questions whose
    // answers cannot be filed. A damaged profile is another matter: answers go to the journal, not the profile, so the
    // check-in is taken, with the usual settings, and said so. (It had said "I can't take a check-in", then taken one.)
    const profileDamaged = storeTrouble instanceof StoreCorruptError;
    if (storeTrouble !== undefined && !profileDamaged) throw storeTrouble;
    const state = freshConversation(conversation(input));
    // The line was given earlier tonight: the number first, whatever else, and again at every goodbye.
    if (profile?.crisisLineGivenAt && crisisLineRecent(profile.crisisLineGivenAt, now)) {
      state.step = 'feeling';
      state.afterCrisis = true;
      saveConversation(input, state);
      const { region } = turnOf(input);
      const { cardTitle, cardText } = crisisResponse(region);
      const hello = say.welcomeBackAfterCrisis(crisisReminder(region));
      return respond(input, { speech: hello.speech, reprompt: hello.reprompt ?? hello.speech, card: { title: cardTitle, text: cardText } });
    }
    const planned = activePlanOn(profile?.plans ?? [], moment.night);
    const mayHaveRecords = profile !== null || profileDamaged;
    const tonight = mayHaveRecords ? await store.listCheckIns(owner, { from: moment.night, to: moment.night }) : [];
    // With the practice answered by an earlier entry tonight, a later one is not asked it, and ends without it.
    const practiceOpen = Boolean(planned && !planned.none) && !tonight.some((checkIn) => checkIn.practice !== null);
    const unfinished = unfinishedTonight(tonight[0], now, practiceOpen);
    if (unfinished) {
      state.step = 'offer_resume';
      state.resumeId = unfinished.id;
      saveConversation(input, state);
      const offer = say.offerResume(unfinished.feeling?.said ?? null, unfinished.intensity);
      return respond(input, { speech: offer.speech, reprompt: offer.reprompt ?? offer.speech });
    }
    state.step = 'feeling';
    saveConversation(input, state);
    // Vary by the night, not by a stored counter: a greeting is not worth a disk write on every launch.
    // Someone who has not checked in by voice lately (or ever: a plan set on the dashboard makes a profile first) is
    // told what to expect; "welcome back" would be odd. Only the first open of a night looks further back than tonight.
    const known = tonight.length > 0 ||
      (mayHaveRecords && (await store.listCheckIns(owner, { from: addDays(moment.night, -INTRO_AGAIN_AFTER_DAYS), to: moment.night })).length > 0);
    const hello = known ? say.greeting(Math.floor(Date.parse(`${moment.night}T00:00:00Z`) / 86_400_000)) : say.firstGreeting;
    const speech = profileDamaged ? join([say.settingsUnreadable, hello.speech]) : hello.speech;
    return respond(input, { speech, reprompt: hello.reprompt ?? hello.speech });
  },
};

/**
 * Tonight's newest check-in, if it stopped before what happened was answered (or, with a practice set and not yet
 * answered tonight, before the practice question was) and it began recently. Measured from createdAt, the
 * time of the request that began it, on the same clock as `now` (the request's own time).
 */
function unfinishedTonight(newest: CheckIn | undefined, now: Date, practiceOpen: boolean): CheckIn | null {
  // The practice answered means the check-in went to its end (the barrier is a follow-up): it is not half-way.
  if (!newest || newest.practice !== null) return null;
  const happenedOpen = newest.whatHappened === null && !newest.whatHappenedSkipped;
  if (!happenedOpen && !practiceOpen) return null;
  if (newest.feeling === null && newest.intensity === null) return null;
  const since = now.getTime() - Date.parse(newest.createdAt);
  return since >= 0 && since <= RESUME_WITHIN_MS ? newest : null;
}
