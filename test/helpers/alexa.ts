/**
 * Request envelopes shaped exactly like the JSON Alexa sends, and a conversation driver that carries session
 * attributes from one turn to the next the way Alexa does.
 */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { checkAlexaSsml, ssmlToText } from '../../shared/ssml.js';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000001';

export interface Caller {
  userId?: string;
  personId?: string;
  deviceId?: string;
  locale?: string;
  apiEndpoint?: string;
  apiAccessToken?: string;
  /** ISO timestamp of the request; defaults to now. */
  timestamp?: string;
  skillId?: string;
}

/** A slot as Alexa delivers it: value, and entity resolution when the value matched a custom type's value. */
export interface SlotSpec {
  value: string;
  /** The custom slot type's value id, when Alexa resolved it (ER_SUCCESS_MATCH). */
  id?: string;
  /** The custom slot type name, for the authority string. */
  type?: string;
  /** Force ER_SUCCESS_NO_MATCH for a custom type. */
  noMatch?: boolean;
}

export type Slots = Record<string, string | SlotSpec | undefined>;

function context(caller: Caller, skillId: string): RequestEnvelope['context'] {
  const system: Record<string, unknown> = {
    application: { applicationId: skillId },
    user: { userId: caller.userId ?? 'amzn1.ask.account.TESTUSER' },
    device: {
      deviceId: caller.deviceId ?? 'amzn1.ask.device.TESTDEVICE',
      supportedInterfaces: {},
    },
    apiEndpoint: caller.apiEndpoint ?? 'https://api.amazonalexa.com',
    apiAccessToken: caller.apiAccessToken ?? 'test-api-access-token',
  };
  if (caller.personId) system.person = { personId: caller.personId };
  return { System: system } as unknown as RequestEnvelope['context'];
}

function envelope(
  request: Record<string, unknown>,
  caller: Caller,
  session: { id: string; isNew: boolean; attributes: Record<string, unknown> } | null,
): RequestEnvelope {
  const skillId = caller.skillId ?? SKILL_ID;
  const body: Record<string, unknown> = {
    version: '1.0',
    context: context(caller, skillId),
    request: {
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: caller.timestamp ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      locale: caller.locale ?? 'en-US',
      ...request,
    },
  };
  if (session) {
    body.session = {
      new: session.isNew,
      sessionId: session.id,
      application: { applicationId: skillId },
      attributes: session.attributes,
      user: { userId: caller.userId ?? 'amzn1.ask.account.TESTUSER' },
    };
  }
  return body as unknown as RequestEnvelope;
}

function slotJson(name: string, spec: string | SlotSpec, skillId: string) {
  const s: SlotSpec = typeof spec === 'string' ? { value: spec } : spec;
  const slot: Record<string, unknown> = { name, value: s.value, confirmationStatus: 'NONE', source: 'USER' };
  if (s.type) {
    const authority = `amzn1.er-authority.echo-sdk.${skillId}.${s.type}`;
    slot.resolutions = {
      resolutionsPerAuthority: [
        s.id && !s.noMatch
          ? {
              authority,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { name: s.value, id: s.id } }],
            }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
      ],
    };
  }
  return slot;
}

export function launchRequest(caller: Caller = {}, session = newSession()): RequestEnvelope {
  return envelope({ type: 'LaunchRequest' }, caller, session);
}

export function intentRequest(
  name: string,
  slots: Slots = {},
  caller: Caller = {},
  session: { id: string; isNew: boolean; attributes: Record<string, unknown> } | null = newSession(),
): RequestEnvelope {
  const skillId = caller.skillId ?? SKILL_ID;
  const slotEntries = Object.entries(slots).filter((e): e is [string, string | SlotSpec] => e[1] !== undefined);
  return envelope(
    {
      type: 'IntentRequest',
      dialogState: 'STARTED',
      intent: {
        name,
        confirmationStatus: 'NONE',
        slots: Object.fromEntries(slotEntries.map(([k, v]) => [k, slotJson(k, v, skillId)])),
      },
    },
    caller,
    session,
  );
}

export function sessionEndedRequest(
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS',
  caller: Caller = {},
  session = newSession(),
  error?: { type: string; message: string },
): RequestEnvelope {
  return envelope({ type: 'SessionEndedRequest', reason, ...(error ? { error } : {}) }, caller, session);
}

/** Any other request type, as Alexa would send it (no session): System.ExceptionEncountered, skill events, ... */
export function otherRequest(type: string, fields: Record<string, unknown>, caller: Caller = {}): RequestEnvelope {
  return envelope({ type, ...fields }, caller, null);
}

/** The skill-disabled event Alexa sends to subscribed skills (no session). */
export function skillDisabledEvent(caller: Caller = {}): RequestEnvelope {
  return envelope(
    {
      type: 'AlexaSkillEvent.SkillDisabled',
      eventCreationTime: new Date().toISOString(),
      eventPublishingTime: new Date().toISOString(),
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    },
    caller,
    null,
  );
}

export function newSession() {
  return { id: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes: {} as Record<string, unknown> };
}

export type Send = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

/** A whole conversation: each turn carries the attributes the skill returned, as Alexa does. */
export class Conversation {
  private session = newSession();
  ended = false;
  last: ResponseEnvelope | null = null;

  constructor(
    private readonly send: Send,
    public caller: Caller = {},
  ) {}

  private async turn(build: (session: ReturnType<typeof newSession>) => RequestEnvelope): Promise<ResponseEnvelope> {
    if (this.ended) this.session = newSession();
    const response = await this.send(build(this.session));
    this.session = {
      id: this.session.id,
      isNew: false,
      attributes: (response.sessionAttributes as Record<string, unknown> | undefined) ?? {},
    };
    this.ended = response.response.shouldEndSession === true;
    this.last = response;
    return response;
  }

  launch() {
    return this.turn((s) => launchRequest(this.caller, s));
  }

  say(intent: string, slots: Slots = {}) {
    return this.turn((s) => intentRequest(intent, slots, this.caller, s));
  }

  /** Alexa closes a session the user walked away from. */
  async timeout() {
    const r = await this.send(sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', this.caller, this.session));
    this.ended = true;
    return r;
  }

  get attributes() {
    return this.session.attributes;
  }
}

/** The spoken text of a response without SSML tags, for readable assertions. */
/**
 * What was said, as text. The answer's SSML (speech and reprompt) is checked on the way, so every test that reads an
 * answer, whichever way it reached the skill (the harness, HTTP, the Lambda handler), fails on one Alexa would refuse.
 */
export function spoken(response: ResponseEnvelope | null): string {
  const out = response?.response.outputSpeech as { ssml?: string; text?: string } | undefined;
  const again = response?.response.reprompt?.outputSpeech as { ssml?: string } | undefined;
  for (const ssml of [out?.ssml, again?.ssml]) {
    const problems = ssml ? checkAlexaSsml(ssml) : [];
    if (problems.length) throw new Error(`Invalid SSML (${problems.join('; ')}):\n${ssml}`);
  }
  return ssmlToText(out?.ssml ?? out?.text ?? '');
}

export function reprompt(response: ResponseEnvelope | null): string {
  const out = response?.response.reprompt?.outputSpeech as { ssml?: string } | undefined;
  return spoken({ version: '1.0', response: { outputSpeech: out } } as ResponseEnvelope);
}

/**
 * What a person might say at any point of a conversation, whatever the skill asked: every step must answer each of
 * these (test/skill/states.test.ts), and fuzzing draws from them (test/skill/fuzz.test.ts).
 */
export const EVERYDAY_ANSWERS: ReadonlyArray<readonly [string, Slots]> = [
  ['AMAZON.YesIntent', {}],
  ['AMAZON.NoIntent', {}],
  ['SkipIntent', {}],
  ['AMAZON.FallbackIntent', {}],
  ['AMAZON.HelpIntent', {}],
  ['AMAZON.StopIntent', {}],
  ['AMAZON.CancelIntent', {}],
  ['AMAZON.PreviousIntent', {}],
  ['AMAZON.RepeatIntent', {}],
  ['AMAZON.StartOverIntent', {}],
  ['AMAZON.NavigateHomeIntent', {}],
  ['CheckInIntent', { feeling: 'tired' }],
  ['IntensityIntent', { intensity: '5' }],
  ['IntensityIntent', { intensity: '?' }],
  ['WhatHappenedIntent', { event: 'went for a walk' }],
  ['PracticeStatusIntent', { status: { value: 'partly', id: 'partly', type: 'PRACTICE_STATUS' } }],
  ['BarrierIntent', { barrier: { value: 'I forgot', id: 'forgot', type: 'BARRIER' } }],
  ['ExerciseIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } }],
  ['ExerciseInfoIntent', { exercise: { value: 'box breathing', id: 'box', type: 'EXERCISE' } }],
  ['ExerciseInfoIntent', {}],
  ['NoChangeIntent', {}],
  ['ThanksIntent', {}],
  ['FeltChangeIntent', { change: { value: 'better', id: 'better', type: 'CHANGE' } }],
  ['FeltChangeIntent', { change: { value: 'worse', id: 'worse', type: 'CHANGE' }, intensity: '9' }],
  ['PracticeReadBackIntent', {}],
  ['SetPracticeIntent', {}],
  ['SetPracticeIntent', { task: 'call my sister when anxious' }],
  ['SetReminderIntent', { time: '21:30' }],
  ['CorrectFeelingIntent', { feeling: 'scared' }],
  ['CheckInIntent', { feeling: 'angry', andFeeling: 'sad' }],
  ['AnotherRoundIntent', {}],
  ['SlowerIntent', {}],
  ['WeekSummaryIntent', {}],
  ['DashboardCodeIntent', {}],
  ['DeleteDataIntent', {}],
];
