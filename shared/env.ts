import { z } from 'zod';

/** "1", "true", "yes" switch a flag on; anything else that is set switches it off. */
const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/**
 * A whole number written in decimal digits only. z.coerce.number() takes whatever Number() takes, so `0x10` was port
 * 16 and `1e3` port 1000; adapter-node reads XFF_DEPTH with parseInt, so `0x2` there was 2 to us and 0 to it.
 */
const digits = (message: string) => z.string().regex(/^\d{1,6}$/, message).transform(Number);

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as America/New_York' },
);

/** The whole environment the product reads, parsed once at start-up. */
export const EnvSchema = z.object({
  // 0 (any free port) is accepted for tests, which need a port nobody holds; it is not offered to operators.
  PORT: digits('must be a port number from 1 to 65535, in digits')
    .pipe(z.number().max(65_535, 'must be a port number from 1 to 65535, in digits'))
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** DATA_DIR is on a network file system (EFS, NFS) shared with other machines: see JsonStoreOptions. */
  DATA_DIR_NETWORK: flag,
  /** When set, requests whose skill id differs are refused with 403. */
  ALEXA_SKILL_ID: z
    .string()
    .regex(/^amzn1\.ask\.skill\.[0-9a-f-]+$/i, 'must look like amzn1.ask.skill.…')
    .optional(),
  /** Local testing only: accept unsigned requests. */
  ALEXA_SKIP_VERIFICATION: flag,
  /**
   * Used for "tonight" when the device time zone cannot be read. Unset, the skill guesses from the request's locale
   * (en-GB: Europe/London, en-AU: Australia/Sydney, …) and the dashboard follows the zone of the newest check-in.
   */
  DEFAULT_TIME_ZONE: timeZone.optional(),
  /**
   * The dashboard's public origin (scheme, host, port), which SvelteKit checks form posts against. Behind a proxy
   * set it (or adapter-node's PROTOCOL_HEADER and HOST_HEADER); unset, `npm start` uses http://localhost:PORT.
   */
  ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Read by adapter-node (the dashboard) behind a reverse proxy: the header that carries the visitor's address, and
   * how many proxies stand in front. Parsed here too, so a typo stops start-up instead of failing every sign-in.
   */
  ADDRESS_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'must be an HTTP header name such as X-Forwarded-For')
    .optional(),
  XFF_DEPTH: digits('must be a whole number of proxies, 1 or more, in digits').pipe(z.number().min(1, 'must be 1 or more')).optional(),
  /** Demo mode: a seeded demo user and a one-click demo sign-in. */
  DEMO: flag,
});
export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/**
 * The origin SvelteKit checks form posts against when ORIGIN is unset: this server by the name it prints,
 * http://localhost:PORT (adapter-node would otherwise assume https and refuse every form). Undefined when ORIGIN is set,
 * or when adapter-node reads the protocol from a proxy's PROTOCOL_HEADER instead.
 */
export function defaultOrigin(env: Env, source: Record<string, string | undefined> = process.env): string | undefined {
  return env.ORIGIN || source.PROTOCOL_HEADER ? undefined : `http://localhost:${env.PORT}`;
}

/** Parses the environment; a bad value throws an EnvError that names the variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty string from a shell (`PORT= npm start`) means "not set", not "invalid".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
