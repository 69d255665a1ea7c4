import type { RequestInterceptor } from 'ask-sdk-core';
import { regionFor } from '../../shared/safety/crisis-lines.js';
import type { Profile } from '../../shared/schemas.js';
import { addDays, fallbackTimeZone, localMoment } from '../../shared/time.js';
import { FailedLookups, resolveTimeZone } from '../services/settings.js';
import { keepSpeaker, ownerOf, setTurn, type SkillDeps } from '../context.js';
import { conversation, crisisLineRecent, forgetExercise, markAfterCrisis } from '../conversation.js';

/** The request's timestamp is when the user spoke; a missing or absurd one falls back to the server clock. */
function requestTime(timestamp: string | undefined): Date {
  const at = timestamp ? new Date(timestamp) : new Date(NaN);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

/**
 * A field only the settings lookup reads, which the envelope guard leaves unchecked: text, or '' (no lookup) when it is
 * anything else, as for a field that is missing.
 */
function textOr(value: unknown): string {
  return typeof value === 'string' && wellFormed(value) ? value : '';
}

/** Text with no half of a surrogate pair in it: encodeURIComponent, and a URL, can take it. */
function wellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

/** Where context.ts keeps the session's speaker in the session attributes. */
const SPEAKER_KEY = 'speaker';

/**
 * The speaker the session kept (see ownerOf), as the skill writes it: '' or a person id as the envelope guard takes
 * them. Anything else (a number, 20,000 characters that no store would take as an id) came from nowhere, and is left
 * out: whoever Alexa heard speaks, as in a session from before speakers were kept.
 */
function forgetUnreadableSpeaker(attributes: Record<string, unknown> | undefined): void {
  if (!attributes || !(SPEAKER_KEY in attributes)) return;
  const kept = attributes[SPEAKER_KEY];
  if (typeof kept === 'string' && kept.length <= 512 && wellFormed(kept)) return;
  delete attributes[SPEAKER_KEY];
}

/**
 * How long a request from the user may wait on the store. Alexa cuts a skill off at 8 seconds with "There was a problem
 * with the requested skill's response", which tells the user nothing of what became of their words (or of "yes, delete
 * everything"); the store's own lock waits run to 15. Six leaves time for the answer itself and the network: a turn
 * whose store is busy that long is answered by the error handler, which keeps the user's words.
 */
export const STORE_DEADLINE_MS = 6_000;

/** Loads who is speaking, their settings and their local time once per request, for every handler. */
export function loadTurnInterceptor(deps: SkillDeps): RequestInterceptor {
  const failedLookups = new FailedLookups();
  return {
    async process(input) {
      const envelope = input.requestEnvelope;
      const system = envelope.context?.System;
      forgetUnreadableSpeaker(envelope.session?.attributes);
      const owner = ownerOf(input);
      keepSpeaker(input, owner);
      const now = requestTime(envelope.request.timestamp);
      const locale = typeof envelope.request.locale === 'string' ? envelope.request.locale : 'en-US';
      // Only a request from the user needs their time zone. The rest (Alexa ending a session, reporting an error, a
      // skill event) must not read the profile, nor write one: after the user deleted their data on the dashboard,
      // the end of the session they were in would otherwise cache a time zone and bring back their ids.
      const type = envelope.request.type;
      const needsTime = !(type === 'SessionEndedRequest' || type.startsWith('AlexaSkillEvent.') || type.startsWith('System.'));
      // The same requests are the ones somebody is waiting to hear an answer to: only they have the deadline.
      const store = needsTime ? deps.store.withDeadline(deps.storeDeadlineMs ?? STORE_DEADLINE_MS) : deps.store;
      let profile: Profile | null = null;
      let storeTrouble: unknown;
      if (needsTime) {
        try {
          profile = await store.getProfile(owner);
        } catch (error) {
          // Not fatal here: what needs no store (the crisis line above all) must still be answered. Handlers that need
          // the store meet the same error themselves, and the error handler keeps the user's words.
          console.error('Could not read the profile; going on without it:', error);
          storeTrouble = error;
        }
      }
      const timeZone = needsTime
        ? await resolveTimeZone({
            // Without the deadline: the time zone is cached by a write the answer does not wait for, which may finish later.
            store: deps.store,
            owner,
            apiEndpoint: textOr(system?.apiEndpoint),
            apiAccessToken: textOr(system?.apiAccessToken),
            deviceId: textOr(system?.device?.deviceId),
            defaultTimeZone: deps.env.DEFAULT_TIME_ZONE,
            locale,
            now,
            profile,
            failedLookups,
            ...(deps.settingsTimeoutMs ? { timeoutMs: deps.settingsTimeoutMs } : {}),
          })
        : fallbackTimeZone(locale, deps.env.DEFAULT_TIME_ZONE);
      setTurn(input, {
        store,
        env: deps.env,
        dataDir: deps.dataDir ?? '',
        owner,
        locale,
        now,
        timeZone,
        moment: localMoment(now, timeZone),
        profile,
        region: regionFor(profile?.crisisRegion, timeZone, locale),
        ...(storeTrouble === undefined ? {} : { storeTrouble }),
      });
      // The exercise this session is in was deleted meanwhile: forgotten, so stopping it, or another round, needs no
      // record that is gone. Exercises are only ever of tonight's session (or last night's, past the turn of the night).
      const exercise = envelope.session && needsTime && storeTrouble === undefined ? conversation(input).exercise : null;
      // An exercise the store could not take has no record to look for: it goes on.
      if (exercise?.id) {
        const moment = localMoment(now, timeZone);
        const kept = await store
          .listExercises(owner, { from: addDays(moment.night, -1), to: addDays(moment.night, 1) })
          .catch(() => null);
        if (kept && !kept.some((session) => session.id === exercise.id)) forgetExercise(input);
      }
      // The crisis line was given earlier tonight: any new session, a one-shot as much as an open, ends with it again.
      if (envelope.session?.new && profile?.crisisLineGivenAt && crisisLineRecent(profile.crisisLineGivenAt, now)) {
        markAfterCrisis(input);
      }
    },
  };
}
