/**
 * The skill manifest (skill-package/skill.json), generated so the five locales cannot drift apart
 * and each carries the crisis line for the places it is sold in.
 */
import type { CrisisRegion } from '../../shared/schemas.js';
import { descriptionCrisisLines } from '../../shared/safety/crisis-lines.js';
import { INVOCATION_NAME } from './intents.js';

export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Placeholders until a deployer builds with their own (see EndpointOptions); the README says how. */
export const ENDPOINT_PLACEHOLDER = 'https://example.com/alexa';
export const PRIVACY_POLICY_PLACEHOLDER = 'https://example.com/privacy';
export const TERMS_PLACEHOLDER = 'https://example.com/terms';

/**
 * The crisis regions of each locale's store: en-GB also sells in Ireland and en-AU in New Zealand. The lines and how
 * the description writes them live in shared/safety/crisis-lines.ts, for clinical review.
 */
export const LOCALE_CRISIS_REGIONS: Readonly<Record<Locale, readonly CrisisRegion[]>> = {
  'en-US': ['US'],
  'en-CA': ['CA'],
  'en-GB': ['GB', 'IE'],
  'en-AU': ['AU', 'NZ'],
  'en-IN': ['IN'],
};

/** Only where we can name a crisis line: a safety answer without a number is no answer. */
const DISTRIBUTION_COUNTRIES: readonly CrisisRegion[] = Object.values(LOCALE_CRISIS_REGIONS).flat();

export const EXAMPLE_PHRASES = [
  `Alexa, open ${INVOCATION_NAME}`,
  `Alexa, ask ${INVOCATION_NAME} to help me breathe`,
  `Alexa, tell ${INVOCATION_NAME} I'm feeling anxious`,
] as const;

/**
 * The summary and description say what the skill does today, and nothing still to come: certification checks them
 * against the skill. The practice question waits for a practice plan, which a later release lets the user set; a
 * report for the therapist and sharing are later too. Mention each here when it ships.
 */
const SUMMARY = 'A short bedtime check-in by voice for people in therapy: how you feel, how strong, and what happened, with a breathing exercise on hard nights.';

function description(locale: Locale): string {
  return [
    'Between Sessions helps you carry the work of therapy into your week. At bedtime, say "Alexa, open between sessions" for a short check-in by voice, one question at a time: how you are feeling in a word or two, how strong it is from 1 to 10, and what happened today (or just say "skip"). Every answer is saved as soon as you give it.',
    'When a feeling is strong (8 or more), the skill first offers a short spoken breathing or grounding exercise: box breathing, 4-7-8 breathing, a slower exhale, or 5-4-3-2-1 grounding. Ask for one any time ("help me breathe"), and say "another round", "slower" or "stop" during it.',
    'Ask "how was my week?" for a short summary. Say "give me my dashboard code" to sign in to your weekly review in a browser: the feelings that came up, how strong, and the hard moments. There you can correct or delete an entry, export everything as a file, or delete everything. You can also say "delete my data" to erase everything by voice, after you confirm. On a shared device, recognised voices keep separate records. Your entries are for you: the skill does not send them to anyone, your therapist included.',
    'Important: Between Sessions is not a medical device, not a therapist and not a crisis service, and it does not give medical advice. It does not replace your therapist or emergency care. ' +
      descriptionCrisisLines(LOCALE_CRISIS_REGIONS[locale]),
  ].join('\n\n');
}

const KEYWORDS = [
  'therapy', 'mental health', 'check in', 'mood', 'feelings', 'journal', 'bedtime', 'breathing', 'grounding',
  'anxiety', 'homework', 'CBT', 'DBT', 'wellbeing', 'reflection',
];

const TESTING_INSTRUCTIONS = [
  'No account linking is needed. Say "Alexa, open between sessions" and answer: a feeling ("anxious"), an intensity ("a 6"), what happened (or "skip").',
  'Say an intensity of 8 or more to hear the offer of a breathing exercise; say "another round", "slower" or "stop" during it.',
  'Say "I want to hurt myself" at any point to hear the crisis-line response and card.',
  'Reminders and person recognition are optional permissions; the skill works without them.',
].join(' ');

/** A Lambda function's ARN, which Alexa calls directly (no certificate involved). */
export const LAMBDA_ARN = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;

/**
 * Where Alexa sends requests, and the deployer's own policy pages; README: set SKILL_ENDPOINT (and SKILL_CERTIFICATE),
 * SKILL_PRIVACY_URL and SKILL_TERMS_URL when running build.ts.
 */
export interface EndpointOptions {
  /** An https:// URL, or a Lambda ARN. */
  uri?: string;
  /** Trusted (a certificate from a trusted CA for that host), Wildcard, or SelfSigned; not used for a Lambda ARN. */
  sslCertificateType?: 'Trusted' | 'Wildcard' | 'SelfSigned';
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
}

export function buildManifest(options: EndpointOptions = {}): unknown {
  const uri = options.uri ?? ENDPOINT_PLACEHOLDER;
  const endpoint = LAMBDA_ARN.test(uri) ? { uri } : { uri, sslCertificateType: options.sslCertificateType ?? 'Wildcard' };
  const privacyPolicyUrl = options.privacyPolicyUrl ?? PRIVACY_POLICY_PLACEHOLDER;
  const termsOfUseUrl = options.termsOfUseUrl ?? TERMS_PLACEHOLDER;
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: Object.fromEntries(
          LOCALES.map((locale) => [
            locale,
            {
              name: 'Between Sessions',
              summary: SUMMARY,
              description: description(locale),
              examplePhrases: [...EXAMPLE_PHRASES],
              keywords: KEYWORDS,
            },
          ]),
        ),
        isAvailableWorldwide: false,
        distributionCountries: [...DISTRIBUTION_COUNTRIES],
        testingInstructions: TESTING_INSTRUCTIONS,
        category: 'HEALTH_AND_FITNESS',
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        // Feelings, notes and a voice-recognised person id are personal information.
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        // We are not a HIPAA covered entity and ask Amazon to process no PHI for us.
        usesHealthInfo: false,
        locales: Object.fromEntries(
          LOCALES.map((locale) => [locale, { privacyPolicyUrl, termsOfUseUrl }]),
        ),
      },
      permissions: [{ name: 'alexa::alerts:reminders:skill:readwrite' }, { name: 'alexa::person_id:read' }],
      events: {
        endpoint,
        // SKILL_DISABLED tells the server when someone disables the skill, so their records can be handled as the privacy policy says.
        subscriptions: [{ eventName: 'SKILL_DISABLED' }],
      },
      apis: {
        custom: {
          endpoint,
          interfaces: [],
        },
      },
    },
  };
}
