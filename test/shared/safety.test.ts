import { describe, expect, it } from 'vitest';
import { CRISIS_REGIONS } from '../../shared/schemas.js';
import {
  CRISIS_LINES,
  crisisFollowUp,
  crisisResponse,
  emergencyWithTheLine,
  medicalEmergencyFirst,
  regionFor,
  regionForLocale,
  regionForTimeZone,
} from '../../shared/safety/crisis-lines.js';
import { detectCrisis, normaliseForSafety } from '../../shared/safety/detect.js';
import { checkAlexaSsml, ssmlToText, toSpeak, type Ssml } from '../../shared/ssml.js';
import { CRISIS, IDIOMS } from '../fixtures/safety-phrases.js';



describe('detectCrisis', () => {
  it.each(CRISIS)('triggers on %j', (said) => {
    const result = detectCrisis(said);
    expect(result.crisis).toBe(true);
    expect(result.phrase).toBeTruthy();
  });

  it.each(IDIOMS)('does not trigger on the idiom %j', (said) => {
    expect(detectCrisis(said)).toEqual({ crisis: false });
  });

  it('has enough cases on both sides to mean something', () => {
    expect(CRISIS.length).toBeGreaterThanOrEqual(25);
    expect(IDIOMS.length).toBeGreaterThanOrEqual(25);
  });

  it('reports the phrase that triggered it', () => {
    expect(detectCrisis('work was awful and honestly I wanna die').phrase).toBe('want to die');
  });

  it('names a medicine by its kind, whatever name it is given', () => {
    expect(detectCrisis('would 30 sertraline kill me').phrase).toBe('would 30 antidepressants kill me');
    expect(detectCrisis('is 40 Panadol enough to die').phrase).toBe('is 40 paracetamol enough');
    // A lithium battery is not lithium.
    expect(normaliseForSafety('how long does it take for a lithium battery to die')).toContain('lithium battery');
  });

  it('hears the words whatever number is said with them, before or after', () => {
    for (const said of ["I can't go on, 9", "9, I can't go on", "nine I hope I don't wake up", "I don't want to be here, like a 9"]) {
      expect(detectCrisis(said).crisis, said).toBe(true);
    }
    // A time is not the number: "wake up at 6" stays an alarm clock.
    expect(detectCrisis("I don't want to wake up at 6").crisis).toBe(false);
  });

  it('treats missing or empty text as no crisis', () => {
    expect(detectCrisis(null)).toEqual({ crisis: false });
    expect(detectCrisis(undefined)).toEqual({ crisis: false });
    expect(detectCrisis('   ')).toEqual({ crisis: false });
  });
});

describe('regionForLocale', () => {
  it.each([
    ['en-US', 'US'],
    ['en-CA', 'CA'],
    ['fr-CA', 'CA'],
    ['en-GB', 'GB'],
    ['en-IE', 'IE'],
    ['en-AU', 'AU'],
    ['en-NZ', 'NZ'],
    ['en-IN', 'IN'],
    ['hi-IN', 'IN'],
    ['en_gb', 'GB'],
    ['de-DE', 'US'],
    ['en', 'US'],
    ['', 'US'],
  ] as const)('%s → %s', (locale, region) => {
    expect(regionForLocale(locale)).toBe(region);
  });
});

describe('regionForTimeZone', () => {
  it.each([
    ['Pacific/Auckland', 'NZ'],
    ['Pacific/Chatham', 'NZ'],
    ['Australia/Perth', 'AU'],
    ['Europe/London', 'GB'],
    ['Europe/Jersey', 'GB'],
    ['Europe/Dublin', 'IE'],
    ['Asia/Kolkata', 'IN'],
    ['Asia/Calcutta', 'IN'],
    ['America/Toronto', 'CA'],
    ['America/St_Johns', 'CA'],
    ['America/Indiana/Knox', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['America/Los_Angeles', 'US'],
    ['Europe/Berlin', null],
    ['America/Mexico_City', null],
    ['Asia/Singapore', null],
    ['', null],
    [null, null],
  ] as const)('%s → %s', (zone, region) => {
    expect(regionForTimeZone(zone)).toBe(region);
  });

  // Every zone this Node knows in a country we have lines for maps to that country, so no Echo there is given another
  // country's number because its zone was left off the list.
  it('places every zone of the countries with lines', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const byPrefix = (prefix: string) => zones.filter((zone) => zone.startsWith(prefix));
    for (const zone of byPrefix('Australia/')) expect(regionForTimeZone(zone), zone).toBe('AU');
    for (const zone of ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Anchorage', 'America/Adak', 'America/Boise', 'America/Detroit', 'America/Juneau', 'America/Sitka', 'America/Nome', 'America/Yakutat', 'America/Metlakatla', 'America/Menominee', ...byPrefix('America/Indiana/'), ...byPrefix('America/Kentucky/'), ...byPrefix('America/North_Dakota/')]) {
      expect(regionForTimeZone(zone), zone).toBe('US');
    }
    for (const zone of ['America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Regina', 'America/Halifax', 'America/Whitehorse', 'America/Iqaluit', 'America/Moncton', 'America/Goose_Bay']) {
      expect(regionForTimeZone(zone), zone).toBe('CA');
    }
  });
});

describe('regionFor', () => {
  it('takes the user\'s choice first, then the device\'s zone, then the locale', () => {
    expect(regionFor('IE', 'Pacific/Auckland', 'en-AU')).toBe('IE');
    expect(regionFor(null, 'Pacific/Auckland', 'en-AU')).toBe('NZ');
    expect(regionFor(undefined, 'Europe/London', 'en-US')).toBe('GB');
    expect(regionFor(null, 'Europe/Berlin', 'en-GB')).toBe('GB');
    expect(regionFor(null, null, 'en-IN')).toBe('IN');
  });
});

describe('crisisResponse', () => {
  const expected = {
    US: { number: '988', spoken: 'nine eight eight', text: true, emergency: 'nine one one' },
    CA: { number: '988', spoken: 'nine eight eight', text: true, emergency: 'nine one one' },
    GB: { number: '116 123', spoken: 'one one six, one two three', text: false, emergency: 'nine nine nine' },
    IE: { number: '116 123', spoken: 'one one six, one two three', text: false, emergency: 'one one two' },
    AU: { number: '13 11 14', spoken: 'thirteen, eleven, fourteen', text: false, emergency: 'triple zero' },
    NZ: { number: '1737', spoken: 'one seven three seven', text: true, emergency: 'one one one' },
    IN: { number: '14416', spoken: 'one four four one six', text: false, emergency: 'one one two' },
  } as const;

  it.each(CRISIS_REGIONS)('%s: speaks and shows the right line and emergency number', (region) => {
    const want = expected[region];
    const r = crisisResponse(region);
    const speech = toSpeak(r.speech);
    expect(checkAlexaSsml(speech)).toEqual([]);
    expect(checkAlexaSsml(toSpeak(r.reprompt))).toEqual([]);
    expect(speech).toContain(want.spoken);
    expect(speech).toContain(`call ${want.emergency}`);
    expect(speech.includes('call or text')).toBe(want.text);
    expect(speech).toContain('glad you told me');
    expect(toSpeak(r.reprompt)).toContain(want.spoken);
    expect(r.cardTitle).toContain(want.number);
    expect(r.cardText).toContain(want.number);
    expect(r.cardText).toContain(CRISIS_LINES[region].emergency);
  });

  /** Every answer that leaves the session open after the line, with a name for the failure message. */
  const openAnswers = (region: (typeof CRISIS_REGIONS)[number]): [string, Ssml][] => {
    const first = crisisResponse(region);
    const later = [1, 2, 3].map((turn) => crisisFollowUp(region, turn));
    return [
      ['the line', first.speech],
      ['its reprompt', first.reprompt],
      ...later.flatMap((f, i): [string, Ssml][] => [[`follow-up ${i + 1}`, f.speech], [`follow-up ${i + 1} reprompt`, f.reprompt]]),
    ];
  };

  it.each(CRISIS_REGIONS)('%s: ends every answer that keeps the session open with a question the skill acts on', (region) => {
    for (const [name, said] of openAnswers(region)) {
      const text = ssmlToText(toSpeak(said));
      expect(checkAlexaSsml(toSpeak(said)), name).toEqual([]);
      // Certification: an open session ends with a clear question. Yes starts the breathing, no or stop says goodbye
      // with the number (CrisisFollowUpHandler); anything else said is kept and answered.
      const question = /[^.?!]*\?$/.exec(text)?.[0] ?? '';
      expect(question, `${name}: "${text}"`).toMatch(/^ ?(?:Would you like|Shall we) [^?]*breathe together for a minute/);
      // The number on every answer, and breathing offered beside the line, never as a step before calling it.
      expect(text, name).toContain(expected[region].spoken);
      expect(text, name).not.toMatch(/\bfirst\b|before you call|keep talking, or say stop/i);
    }
  });

  it.each(CRISIS_REGIONS)('%s: before breathing for a body in distress, says in one sentence to call the emergency number', (region) => {
    const said = toSpeak(medicalEmergencyFirst(region));
    expect(checkAlexaSsml(said)).toEqual([]);
    expect(ssmlToText(said)).toBe(`If this could be a medical emergency, call ${expected[region].emergency} now.`);
  });

  it.each(CRISIS_REGIONS)('%s: with an emergency said beside crisis words, names the line after the number and offers no breathing', (region) => {
    const want = expected[region];
    const r = emergencyWithTheLine(region);
    const speech = toSpeak(r.speech);
    expect(checkAlexaSsml(speech)).toEqual([]);
    expect(speech).toContain(want.spoken);
    expect(speech.includes('call or text')).toBe(want.text);
    expect(ssmlToText(speech)).not.toMatch(/breathe|\?/);
    expect(r.cardTitle).toBe(`Call ${CRISIS_LINES[region].emergency} now`);
    expect(r.cardText.indexOf(CRISIS_LINES[region].emergency)).toBeLessThan(r.cardText.indexOf(want.number));
  });

  it('is brief: one or two breaths, not a lecture', () => {
    for (const region of CRISIS_REGIONS) {
      const words = toSpeak(crisisResponse(region).speech).replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);
      expect(words.length).toBeLessThan(75);
    }
  });

  it('refuses an unknown region instead of reading a wrong number', () => {
    expect(() => crisisResponse('FR' as never)).toThrow();
  });
});
