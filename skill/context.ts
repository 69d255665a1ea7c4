import type { HandlerInput } from 'ask-sdk-core';
import type { Env } from '../shared/env.js';
import type { CrisisRegion, Owner, Profile } from '../shared/schemas.js';
import type { Store } from '../shared/store/Store.js';
import type { LocalMoment } from '../shared/time.js';

/** What every handler needs for one request, loaded once by LoadTurnInterceptor. */
export interface Turn {
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

export function ownerOf(input: HandlerInput): Owner {
  const system = input.requestEnvelope.context?.System;
  const userId = system?.user?.userId ?? input.requestEnvelope.session?.user?.userId;
  if (!userId) throw new Error('The request names no user');
  const personId = system?.person?.personId;
  return personId ? { userId, personId } : { userId };
}
