import type { HandlerInput } from 'ask-sdk-core';
import type { Env } from '../shared/env.js';
import type { CrisisRegion, Owner, Profile } from '../shared/schemas.js';
import type { Store } from '../shared/store/Store.js';
import type { LocalMoment } from '../shared/time.js';
import type { ConversationState } from './conversation.js';

/** What every handler needs for one request, loaded once by LoadTurnInterceptor. */
export interface Turn {
  /**
   * The store for this turn. For a request from the user it gives up waiting on a lock at the turn's deadline
   * (Store.withDeadline), so the skill answers before Alexa's 8 seconds are up; for the rest (Alexa ending a session, a
   * skill event such as the skill being disabled, which deletes the account) it waits as long as the store does.
   */
  store: Store;
  env: Env;
  dataDir: string;
  owner: Owner;
  locale: string;
  /** When the user spoke: the request's own timestamp, so "tonight" is the user's evening, not the server's. */
  now: Date;
  timeZone: string;
  moment: LocalMoment;
  profile: Profile | null;
  region: CrisisRegion;
  /**
   * Why the user's profile could not be read (a corrupt file, a store that does not answer), when it could not. The
   * turn goes on without it: the crisis line, stop and the exercises need no store.
   */
  storeTrouble?: unknown;
}

export interface SkillDeps {
  store: Store;
  env: Env;
  /** The folder of the embedded store, for the rescue log; null when the store is not file-based. */
  dataDir: string | null;
  /** Settings API time-out; tests shorten it. */
  settingsTimeoutMs?: number;
  /** How long a request from the user may wait on the store, from when it reaches the skill (STORE_DEADLINE_MS); tests shorten it. */
  storeDeadlineMs?: number;
}

const KEY = 'turn';

export function setTurn(input: HandlerInput, turn: Turn): void {
  const attrs = input.attributesManager.getRequestAttributes();
  attrs[KEY] = turn;
}

export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[KEY] as Turn | undefined;
  if (!turn) throw new Error('LoadTurnInterceptor did not run for this request');
  return turn;
}

const SPEAKER_KEY = 'speaker';

/*
 * Every turn has two owners, and this is the household's rule:
 *
 * - Writing follows the session (ownerOf, below): what is said goes into the record of the person the session is
 *   for, even on a turn Alexa did not recognise. Alexa drops the person most on short answers ("three", "yes"), which
 *   are nearly always the person whose check-in it is; filing them under the account would split their evening and
 *   put their own words in the record every unrecognised voice may hear. The worst case the other way (a housemate's
 *   sentence in that person's entry) is seen only by that person, who can delete it.
 * - Reading back follows the voice (heardOwner): anything spoken from the store (the week, the practice) is for the
 *   voice heard on this turn. A recognised person hears their own records, in anyone's session; a voice not
 *   recognised hears the account's only in a session that is the account's; in a recognised person's session it
 *   hears nothing of theirs, and is not told whether there is anything (say.readBackNotRecognised). The check-in's
 *   questions go on for it, but without the owner's stored words in them (isOwnersVoice, in flow.ts): no practice
 *   named, no earlier check-in's feeling or number repeated in "would you like to carry on with it?".
 */

/**
 * Whose records this request writes: the account's, or a recognised person's. Alexa recognises the speaker
 * utterance by utterance, and a short "three" in the middle of a check-in may come without the person; so a session
 * keeps the owner it started with (SPEAKER_KEY in the session attributes, set by LoadTurnInterceptor), and one evening is
 * never split between two records. Another recognised person speaking changes it; and so does a person recognised
 * after an open that was not, as long as the session has stored nothing yet: otherwise their whole check-in would go
 * to the account's shared record, which anyone Alexa does not recognise can hear.
 */
export function ownerOf(input: HandlerInput): Owner {
  const envelope = input.requestEnvelope;
  const system = envelope.context?.System;
  const userId = system?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('The request names no user');
  const heard = system?.person?.personId;
  const attributes = envelope.session && !envelope.session.new ? envelope.session.attributes : undefined;
  const kept = attributes?.[SPEAKER_KEY];
  const personId = speakerOf(heard, kept, attributes);
  return personId ? { userId, personId } : { userId };
}

/** The person whose records this turn is for (see ownerOf); undefined for the account's own. */
function speakerOf(heard: string | undefined, kept: unknown, attributes: Record<string, unknown> | undefined): string | undefined {
  // A new session, or one from before speakers were kept: whoever Alexa heard.
  if (typeof kept !== 'string') return heard;
  // Opened by nobody Alexa recognised: the first person it recognises may claim it while it is still unclaimed.
  if (kept === '') return stillUnclaimed(attributes) ? heard : undefined;
  // Kept for a person: another recognised person speaking takes over; a turn not recognised stays with them.
  return heard && heard !== kept ? heard : kept;
}

/**
 * Whether a session opened by nobody Alexa recognised can still become a recognised person's: it has stored nothing
 * (no check-in, no exercise), waits on no answer about the account's records (a deletion to confirm, an entry offered
 * back), which a different voice must not settle for them, and the crisis line was not given in it.
 */
function stillUnclaimed(attributes: Record<string, unknown> | undefined): boolean {
  // The session attributes as the last response left them (conversation.ts writes them), read before any handler runs.
  const state = attributes?.conversation as Partial<ConversationState> | undefined;
  if (!state) return true;
  const stored = (typeof state.checkInId === 'string' && state.checkInId !== '') || (state.exercise !== null && state.exercise !== undefined);
  // The crisis line given to the account is remembered on the account's profile: the rest of that night stays there,
  // so the next open is met with the number again.
  const waitingOnTheAccount =
    state.step === 'confirm_delete' ||
    state.step === 'offer_resume' ||
    state.afterCrisis === true ||
    (typeof state.resumeId === 'string' && state.resumeId !== '');
  return !stored && !waitingOnTheAccount;
}

/**
 * The records of the voice Alexa heard on this very turn, for what must not follow the session's owner: a dashboard
 * code opens someone's records to whoever hears it, and a deletion cannot be undone. A recognised person gets their
 * own; a voice not recognised is the account's only in a session that is the account's. null: a voice not recognised
 * in a recognised person's session, who may be anyone in the house.
 */
export function heardOwner(input: HandlerInput, sessionOwner: Owner): Owner | null {
  const heard = input.requestEnvelope.context?.System?.person?.personId;
  if (heard) return { userId: sessionOwner.userId, personId: heard };
  return sessionOwner.personId ? null : sessionOwner;
}

/**
 * Whether the voice heard on this turn is the one whose records the session holds: the recognised person it belongs
 * to, or, in the account's own session, a voice Alexa does not recognise. Only that voice hears the session's records
 * read back; a deletion asked for or confirmed by any other does nothing.
 */
export function isOwnersVoice(input: HandlerInput): boolean {
  const owner = turnOf(input).owner;
  return heardOwner(input, owner)?.personId === owner.personId;
}

/** The profile of `owner` (heardOwner's, for a read-back): the one this turn loaded when it is the session owner's. */
export async function profileOf(input: HandlerInput, owner: Owner): Promise<Profile | null> {
  const turn = turnOf(input);
  return owner.personId === turn.owner.personId ? turn.profile : turn.store.getProfile(owner);
}

/** Remembers the session's owner for the turns that follow (see ownerOf). */
export function keepSpeaker(input: HandlerInput, owner: Owner): void {
  if (!input.requestEnvelope.session) return;
  const attrs = input.attributesManager.getSessionAttributes<Record<string, unknown>>() ?? {};
  attrs[SPEAKER_KEY] = owner.personId ?? '';
  input.attributesManager.setSessionAttributes(attrs);
}
