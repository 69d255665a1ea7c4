import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { z } from 'zod';

export interface Verification {
  /** Check the Signature-256 header against Amazon's certificate chain. */
  signature: boolean;
  /** Refuse requests older than 150 seconds (replays). */
  timestamp: boolean;
  /** When set, refuse requests for any other skill. */
  skillId?: string | undefined;
}

export interface ServerOptions {
  skill: Skill;
  verification: Verification;
  /** The dashboard's request handler (SvelteKit adapter-node), served for everything but the skill endpoint. */
  dashboard?: RequestHandler;
  /**
   * For tests only; leave it unset. What checks the Signature-256 header when verification.signature is on, in place of
   * a new SkillRequestSignatureVerifier. The SDK's verifier downloads Amazon's certificate chain from the request's
   * SignatureCertChainUrl, which a test cannot do offline, so test/skill/signed-request.test.ts passes the SDK's own
   * verifier with a locally made key already in its certificate cache: the rest of the check is the same code.
   */
  signatureVerifier?: Verifier;
}

/** As far ahead of this server's clock as a request may be timestamped: the same 150 s the SDK allows behind it. */
const MAX_CLOCK_AHEAD_MS = 150_000;

/** Deeper than any envelope Alexa sends, and shallow enough for the SDK's JSON.stringify of the attributes. */
const MAX_DEPTH = 64;

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return deepest;
    for (const inner of Object.values(node)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

/**
 * An ISO time a clock could show: what Alexa sends as the request's timestamp. Before the year 9999, with a year to
 * spare: the skill counts on from it (a dashboard code's expiry, the nights of a week), and a time past 9999 is not one
 * ISO writes in four digits, which the store refuses (a code asked for on 31 December 9999 failed the turn).
 */
const Timestamp = z.string().refine((text) => {
  const at = Date.parse(text);
  return Number.isFinite(at) && new Date(at).getUTCFullYear() >= 2000 && new Date(at).getUTCFullYear() < 9999;
});

const Id = z.string().min(1).max(512);

/** A slot as Alexa sends it: a value, when there is one, is text. */
const SlotShape = z.object({ name: z.string().optional(), value: z.string().optional() });

/**
 * The least a request must look like before the skill sees it: anything else is a malformed request. The fields the
 * skill reads are typed as Alexa documents them, so a request with a number for a locale or a null session is refused
 * here rather than failing half-way through a turn.
 */
const EnvelopeShape = z
  .object({
    version: z.string(),
    session: z
      .object({
        new: z.boolean(),
        sessionId: z.string(),
        attributes: z.record(z.string(), z.unknown()).optional(),
        user: z.object({ userId: Id }).optional(),
      })
      .optional(),
    context: z.object({
      System: z.object({
        application: z.object({ applicationId: z.string() }),
        user: z.object({ userId: Id }),
        person: z.object({ personId: Id }).optional(),
      }),
    }),
    request: z.object({
      type: z.string().min(1),
      requestId: z.string(),
      timestamp: Timestamp,
      locale: z.string().optional(),
      intent: z
        .object({ name: z.string().min(1), slots: z.record(z.string(), SlotShape).optional() })
        .optional(),
    }),
  })
  .refine((envelope) => envelope.request.type !== 'IntentRequest' || envelope.request.intent !== undefined, {
    message: 'An IntentRequest names its intent.',
  });

/**
 * Refuses what the skill must never touch with a 4xx, before it is dispatched: a body that is not a request
 * envelope (400), or a request for another skill (403). The adapter would answer both with a 500.
 */
function envelopeGuard(verification: Verification): RequestHandler {
  const { skillId } = verification;
  return (req, res, next) => {
    let body: unknown;
    try {
      body = JSON.parse(typeof req.body === 'string' ? req.body : '');
    } catch {
      res.status(400).json({ error: 'The request body is not JSON.' });
      return;
    }
    const parsed = depthOf(body) > MAX_DEPTH ? null : EnvelopeShape.safeParse(body);
    if (!parsed?.success) {
      res.status(400).json({ error: 'The request is not an Alexa request envelope.' });
      return;
    }
    if (skillId && parsed.data.context.System.application.applicationId !== skillId) {
      res.status(403).json({ error: 'This endpoint serves another skill.' });
      return;
    }
    // The SDK's check refuses a request older than 150 s; one from further in the future is no fresher, and would be
    // filed under a night that has not come.
    if (verification.timestamp && Date.parse(parsed.data.request.timestamp) - Date.now() > MAX_CLOCK_AHEAD_MS) {
      res.status(400).json({ error: 'The request is timestamped in the future.' });
      return;
    }
    next();
  };
}

/**
 * Checks that the request is Alexa's with the SDK's own verifiers (signature, timestamp), as the adapter would, but
 * answers a refusal the way the guard does: 400 with JSON { error } naming the reason, not the adapter's text/html
 * "AskSdk.Request verification failed Error, …".
 */
function verifyRequest(verifiers: readonly Verifier[]): RequestHandler {
  return (req, res, next) => {
    Promise.all(verifiers.map((verifier) => verifier.verify(req.body as string, req.headers))).then(
      () => next(),
      (error: unknown) => {
        const reason = (error instanceof Error ? error.message : String(error)).replace(/\.?$/, '.');
        res.status(400).json({ error: `The request could not be verified as coming from Alexa: ${reason}` });
      },
    );
  };
}

/**
 * What the body reader refuses (a body far larger than any Alexa request, one cut off half-way, an encoding it cannot
 * read) is the client's error: a 4xx with a clear message, not Express's HTML page and a stack trace in the log.
 */
const bodyErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (type === 'entity.too.large') {
    res.status(413).json({ error: 'The request is too large to be an Alexa request.' });
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status).json({ error: 'The request body could not be read.' });
    return;
  }
  console.error('The skill endpoint failed:', error);
  res.status(500).json({ error: 'Something went wrong on our side.' });
};

/** One Express app: POST /alexa for the skill, the dashboard for everything else. */
export function createServer(options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  // The signature is checked on the raw body, so the adapter's handlers are mounted before any body parser: its
  // check that nothing parsed the body, its text parser, then our guard and verification, then its dispatch. The
  // adapter is given no verifiers of its own: verifyRequest runs the same SDK verifiers, so that a refusal is JSON.
  const { signature, timestamp } = options.verification;
  const verifiers: Verifier[] = [];
  if (signature) verifiers.push(options.signatureVerifier ?? new SkillRequestSignatureVerifier());
  if (timestamp) verifiers.push(new TimestampVerifier());
  const adapter = new ExpressAdapter(options.skill, false, false);
  const [rejectParsed, readText, dispatch] = adapter.getRequestHandlers() as RequestHandler[];
  app.post('/alexa', rejectParsed!, readText!, envelopeGuard(options.verification), verifyRequest(verifiers), dispatch!);
  app.use('/alexa', bodyErrors);
  app.all('/alexa', (_req, res) => {
    res.status(405).set('Allow', 'POST').json({ error: 'The skill endpoint takes POST requests from Alexa.' });
  });

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  if (options.dashboard) app.use(options.dashboard);
  return app;
}
