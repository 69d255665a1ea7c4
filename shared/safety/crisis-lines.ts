/**
 * CRISIS LINES AND CRISIS WORDING — FOR CLINICAL REVIEW.
 *
 * This is the one file a clinician reviews before every release: every word the skill says, and every number it
 * gives, when someone speaks about self-harm or suicide lives here and nowhere else; so does the emergency caveat said
 * before breathing when someone speaks of their body (their heart racing, their chest tight, not catching their breath),
 * and the crisis lines written in the skill's store description (descriptionCrisisLines).
 *
 * Numbers checked on 2026-11-25 against the product brief (PRODUCT.md, "Safety") and the services' published
 * numbers as known to the engineer who wrote this file. That check was not made against the live websites; the
 * reviewer must confirm each number on the service's own site and update NUMBERS_CHECKED_ON.
 *
 * Principles (from the brief): warm, brief, direct. The skill is not a therapist and not a crisis service: it gives
 * no advice beyond reaching the line or emergency services, and it stays with the person rather than ending the
 * conversation. Every answer that keeps the session open ends with one clear question the skill acts on (Alexa
 * certification asks for it): "Would you like to breathe together for a minute?" Yes starts slow breathing; no or
 * stop says goodbye with the number once more; anything else said is kept and answered. Breathing is offered beside
 * the line ("as well"), never as a step to take before calling it.
 */
import { type CrisisRegion, CrisisRegionSchema } from '../schemas.js';
import { type Ssml, p, phone, ssml } from '../ssml.js';

/** The date the numbers below were last checked. Shown to the clinician reviewer; bump it when re-checked. */
export const NUMBERS_CHECKED_ON = '2026-11-25';

export interface CrisisLine {
  region: CrisisRegion;
  country: string;
  /** The service's name as people know it. */
  service: string;
  /** The number as printed on the card. */
  number: string;
  /** Whether the same number also takes text messages. */
  canText: boolean;
  /** Local emergency number for immediate danger. */
  emergency: string;
  /** How the number is spoken; phone() reads digit groups, "13 11 14" is said as pairs in Australia. */
  spokenNumber: Ssml;
  spokenEmergency: Ssml;
}

export const CRISIS_LINES: Readonly<Record<CrisisRegion, CrisisLine>> = {
  US: {
    region: 'US',
    country: 'the United States',
    service: '988 Suicide & Crisis Lifeline',
    number: '988',
    canText: true,
    emergency: '911',
    spokenNumber: phone('988'),
    spokenEmergency: phone('911'),
  },
  CA: {
    region: 'CA',
    country: 'Canada',
    service: '9-8-8 Suicide Crisis Helpline',
    number: '988',
    canText: true,
    emergency: '911',
    spokenNumber: phone('988'),
    spokenEmergency: phone('911'),
  },
  GB: {
    region: 'GB',
    country: 'the United Kingdom',
    service: 'Samaritans',
    number: '116 123',
    canText: false,
    emergency: '999',
    spokenNumber: phone('116 123'),
    spokenEmergency: phone('999'),
  },
  IE: {
    region: 'IE',
    country: 'Ireland',
    service: 'Samaritans',
    number: '116 123',
    canText: false,
    emergency: '112',
    spokenNumber: phone('116 123'),
    spokenEmergency: phone('112'),
  },
  AU: {
    region: 'AU',
    country: 'Australia',
    service: 'Lifeline',
    number: '13 11 14',
    canText: false,
    emergency: '000',
    spokenNumber: phone('13 11 14', { groupsAsNumbers: true }),
    // How Australians say 000, and how the service names itself.
    spokenEmergency: ssml`triple zero`,
  },
  NZ: {
    region: 'NZ',
    country: 'New Zealand',
    service: 'Need to talk? 1737',
    number: '1737',
    canText: true,
    emergency: '111',
    spokenNumber: phone('1737'),
    spokenEmergency: phone('111'),
  },
  IN: {
    region: 'IN',
    country: 'India',
    service: 'Tele-MANAS',
    number: '14416',
    canText: false,
    emergency: '112',
    spokenNumber: phone('14416'),
    spokenEmergency: phone('112'),
  },
};

const LOCALE_REGION: Record<string, CrisisRegion> = {
  US: 'US',
  CA: 'CA',
  GB: 'GB',
  UK: 'GB',
  IE: 'IE',
  AU: 'AU',
  NZ: 'NZ',
  IN: 'IN',
};

/**
 * The crisis region for an Alexa locale ("en-GB" → GB, "fr-CA" → CA, "hi-IN" → IN). Anything else falls back to
 * the US, the largest audience; the dashboard lets a user set their region explicitly (profile.crisisRegion).
 */
export function regionForLocale(locale: string | null | undefined): CrisisRegion {
  const country = (locale ?? '').trim().split(/[-_]/)[1]?.toUpperCase() ?? '';
  return LOCALE_REGION[country] ?? 'US';
}

/**
 * Where the device is, by its time zone, when that says more than the locale: New Zealand has no Alexa locale of its
 * own (its Echos speak en-AU, and Australia's numbers do not work there), an Echo set to en-US may sit in London, and
 * Ireland's Echos speak en-GB. Null for a zone outside the regions we have lines for: the locale decides then.
 */
export function regionForTimeZone(timeZone: string | null | undefined): CrisisRegion | null {
  if (!timeZone) return null;
  const exact = ZONE_REGION[timeZone];
  if (exact) return exact;
  for (const [prefix, region] of ZONE_PREFIX_REGION) if (timeZone.startsWith(prefix)) return region;
  return null;
}

/** The crisis region of a turn: the user's own choice (dashboard Settings), else the device's zone, else the locale. */
export function regionFor(chosen: CrisisRegion | null | undefined, timeZone: string | null | undefined, locale: string | null | undefined): CrisisRegion {
  return chosen ?? regionForTimeZone(timeZone) ?? regionForLocale(locale);
}

const zones = (region: CrisisRegion, names: string) => names.split(/\s+/).filter(Boolean).map((name) => [name, region] as const);

/** IANA zones (and their old aliases) of the regions we have lines for; tzdb 2024. */
const ZONE_REGION: Record<string, CrisisRegion> = Object.fromEntries([
  ...zones('NZ', 'Pacific/Auckland Pacific/Chatham NZ NZ-CHAT Antarctica/McMurdo Antarctica/South_Pole'),
  ...zones('AU', 'Antarctica/Macquarie'),
  ...zones('GB', 'Europe/London Europe/Belfast Europe/Guernsey Europe/Jersey Europe/Isle_of_Man GB GB-Eire'),
  ...zones('IE', 'Europe/Dublin Eire'),
  ...zones('IN', 'Asia/Kolkata Asia/Calcutta'),
  ...zones(
    'US',
    `America/New_York America/Detroit America/Chicago America/Menominee America/Denver America/Boise America/Phoenix
     America/Los_Angeles America/Anchorage America/Juneau America/Sitka America/Metlakatla America/Yakutat America/Nome
     America/Adak America/Indianapolis America/Louisville America/Fort_Wayne America/Knox_IN America/Shiprock Navajo
     Pacific/Honolulu Pacific/Johnston America/Puerto_Rico EST5EDT CST6CDT MST7MDT PST8PDT`,
  ),
  ...zones(
    'CA',
    `America/St_Johns America/Halifax America/Glace_Bay America/Moncton America/Goose_Bay America/Toronto
     America/Montreal America/Nipigon America/Thunder_Bay America/Iqaluit America/Pangnirtung America/Winnipeg
     America/Rainy_River America/Resolute America/Rankin_Inlet America/Regina America/Swift_Current America/Edmonton
     America/Cambridge_Bay America/Yellowknife America/Inuvik America/Creston America/Dawson_Creek America/Fort_Nelson
     America/Whitehorse America/Dawson America/Vancouver America/Atikokan America/Blanc-Sablon America/Coral_Harbour`,
  ),
]);

const ZONE_PREFIX_REGION: ReadonlyArray<readonly [string, CrisisRegion]> = [
  ['Australia/', 'AU'],
  ['Canada/', 'CA'],
  ['US/', 'US'],
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
];

/**
 * The crisis paragraph's last sentences in the skill's store description (skill-package/skill.json, built by
 * skill/model/manifest.ts for each locale from the regions its store sells in). Read in the Alexa app and store, never
 * spoken. One sentence per line; regions that share a line are named together: "In the United Kingdom and Ireland,
 * call Samaritans on 116 123."
 */
export function descriptionCrisisLines(regions: readonly CrisisRegion[]): string {
  const groups: CrisisLine[][] = [];
  for (const region of regions) {
    const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
    const same = groups.find(([first]) => first!.service === line.service && first!.number === line.number);
    if (same) same.push(line);
    else groups.push([line]);
  }
  const sentences = groups.map((lines) => {
    const line = lines[0]!;
    const where = lines.map((l) => l.country).join(' and ');
    return line.canText ? `In ${where}, call or text ${line.number}.` : `In ${where}, call ${line.service} on ${line.number}.`;
  });
  return [
    'If you are thinking about harming yourself or are in danger, contact your local emergency number or a crisis line now.',
    ...sentences,
  ].join(' ');
}

export interface CrisisResponse {
  speech: Ssml;
  reprompt: Ssml;
  cardTitle: string;
  cardText: string;
}

/**
 * The question that ends every crisis answer leaving the session open: yes is slow breathing together, no or stop is
 * goodbye with the number (CrisisFollowUpHandler).
 */
const BREATHE_TOGETHER = ssml`Would you like to breathe together for a minute?`;

function reachLine(line: CrisisLine): Ssml {
  return line.canText
    ? ssml`You can call or text ${line.spokenNumber} right now, any time, day or night, and talk with someone who can help.`
    : ssml`You can call ${line.service} on ${line.spokenNumber} right now, any time, day or night, and talk with someone who can help.`;
}

/** What the skill says and shows, at once, when someone speaks about self-harm or suicide. */
export function crisisResponse(region: CrisisRegion): CrisisResponse {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  const speech = ssml`${p(ssml`I'm really glad you told me. You don't have to carry this on your own.`)} ${p(
    reachLine(line),
  )} ${p(ssml`If you're in immediate danger, call ${line.spokenEmergency}.`)} ${p(
    ssml`I'm here with you as well. ${BREATHE_TOGETHER}`,
  )}`;
  const reprompt = line.canText
    ? ssml`You can call or text ${line.spokenNumber} any time. ${BREATHE_TOGETHER}`
    : ssml`You can call ${line.service} on ${line.spokenNumber} any time. ${BREATHE_TOGETHER}`;
  const how = line.canText ? 'Call or text' : 'Call';
  return {
    speech,
    reprompt,
    cardTitle: `Someone to talk to, right now: ${line.number}`,
    cardText:
      `${how} ${line.number} (${line.service}), 24 hours a day.\n` +
      `If you are in immediate danger, call ${line.emergency}.\n` +
      `Between Sessions is not a crisis service, but the people on this line are there for exactly this.`,
  };
}

function reachShort(line: CrisisLine): Ssml {
  return line.canText ? ssml`call or text ${line.spokenNumber}` : ssml`call ${line.service} on ${line.spokenNumber}`;
}

/**
 * After the line was given and the person keeps talking: the skill stays, says plainly that it cannot help the way
 * a person can, points to the line again and offers to breathe together beside it. It gives no advice of its own.
 */
export function crisisFollowUp(region: CrisisRegion, turn = 1): { speech: Ssml; reprompt: Ssml } {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  // Whatever comes after the line gets an answer that moves with it, not one paragraph word for word.
  const speeches = [
    ssml`I'm listening. I'm not able to help the way a person can, so please ${reachShort(line)}; they are there for exactly this. I can stay with you too. ${BREATHE_TOGETHER}`,
    ssml`Thank you for telling me. The people on that line can really listen, tonight; please ${reachShort(line)}. I'm here as well. Shall we breathe together for a minute?`,
    ssml`I'm still here. I can't take the place of a person, and they can: ${reachShort(line)}. Would you like to breathe together for a minute as well?`,
  ];
  return {
    speech: speeches[(Math.max(1, turn) - 1) % speeches.length]!,
    reprompt: ssml`You can ${reachShort(line)} any time. ${BREATHE_TOGETHER}`,
  };
}

/** Leaving after the line was given: the number once more, and where to find it. */
export function crisisGoodbye(region: CrisisRegion): Ssml {
  return ssml`Okay. ${crisisReminder(region)} Take care of yourself.`;
}

/** The number once more, said before any goodbye in a session where the line was given. */
export function crisisReminder(region: CrisisRegion): Ssml {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  return ssml`Please ${reachShort(line)} if things get heavier tonight. The number is on the card in your Alexa app.`;
}

/**
 * Said first, before a breathing exercise, when someone speaks of their body: "my heart is racing", "I can't breathe",
 * "my chest is tight". Panic feels like this, and so do a heart attack, a severe asthma attack or anaphylaxis; the skill
 * cannot tell them apart and a breathing exercise must never stand in for emergency care. One sentence with the local
 * emergency number, then the breathing goes on hands-free (nobody struggling for breath should have to answer first).
 */
export function medicalEmergencyFirst(region: CrisisRegion): Ssml {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  return p(ssml`If this could be a medical emergency, call ${line.spokenEmergency} now.`);
}

/**
 * Said after medicalEmergencyFirst when the words came inside another answer ("my dad has collapsed" said to "how
 * strong?"): the check-in's next question would be absurd after them, so the skill steps aside. What was said is kept.
 */
export const LETTING_YOU_GO: Ssml = ssml`I'll let you go so you can call. What you said is kept, and the check-in can wait.`;

const LETTING_YOU_GO_QUESTION: Ssml = ssml`I'll let you go for now. Your question is kept, and the check-in can wait.`;

/**
 * Emergency words said with the crisis line, or after it: an overdose taken ("I took a whole bottle of pills", "my
 * friend overdosed"), bleeding that will not stop. Said after medicalEmergencyFirst. The line is named beside the
 * emergency number, and the skill steps aside so they can call: the line's offer to breathe together would keep
 * someone who needs a hospital talking to a speaker. The card leads with the emergency number and names the line too.
 */
export function emergencyWithTheLine(region: CrisisRegion): { speech: Ssml; cardTitle: string; cardText: string } {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  const how = line.canText ? 'call or text' : 'call';
  return {
    speech: ssml`${p(ssml`I'm really glad you told me. You don't have to carry this on your own: after that, or any time tonight, you can ${reachShort(line)}.`)} ${p(LETTING_YOU_GO)}`,
    cardTitle: `Call ${line.emergency} now`,
    cardText:
      `If this could be a medical emergency, call ${line.emergency} now from a phone, or ask someone near you to call.\n` +
      `Then, or any time, ${how} ${line.number} (${line.service}), 24 hours a day.\n` +
      `Between Sessions cannot call for you and is not an emergency service.`,
  };
}

/**
 * "Should I go to the hospital?", "do I need an ambulance?": the skill cannot judge that, and must not seem to. It names
 * the emergency number for the person to decide with, and steps aside as after an emergency, keeping what was said.
 */
export function urgentCareQuestion(region: CrisisRegion): CrisisResponse {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  return {
    speech: ssml`${p(ssml`I can't judge that for you. If you think you might need urgent help, call ${line.spokenEmergency} now, or ask someone near you to.`)} ${p(ssml`If it can wait, your doctor or a pharmacist can advise.`)} ${p(LETTING_YOU_GO_QUESTION)}`,
    reprompt: ssml`If you might need urgent help, call ${line.spokenEmergency} now.`,
    cardTitle: `Urgent help: ${line.emergency}`,
    cardText: `If you think you might need urgent medical help, call ${line.emergency} now, or ask someone near you to call. If it can wait, your doctor or a pharmacist can advise. Between Sessions cannot judge this and is not an emergency service.`,
  };
}

/**
 * "I think I'm having a heart attack", "call an ambulance": the skill cannot call, and cannot help, so it says only
 * where help is and ends the session, leaving the person free to call. No exercise is offered: breathing must never
 * stand in for emergency care.
 */
export function medicalEmergency(region: CrisisRegion): CrisisResponse {
  const line = CRISIS_LINES[CrisisRegionSchema.parse(region)];
  return {
    speech: ssml`${p(ssml`That sounds like a medical emergency. Please call ${line.spokenEmergency} now, from a phone, or ask someone near you to call.`)} ${p(ssml`I'm not able to call for you.`)}`,
    reprompt: ssml`Please call ${line.spokenEmergency} now.`,
    cardTitle: `Call ${line.emergency} now`,
    cardText: `If this is a medical emergency, call ${line.emergency} now from a phone, or ask someone near you to call. Between Sessions cannot call for you and is not an emergency service.`,
  };
}
