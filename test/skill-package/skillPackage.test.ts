import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEELING_VALUES, WHEEL_POSITIONS } from '../../shared/feelings.js';
import { BARRIERS, EXERCISE_KINDS, PRACTICE_STATUSES } from '../../shared/schemas.js';
import { EVENT_CARRIERS, FEELING_QUALIFIERS, carrierIntentName, qualifierIntentName } from '../../skill/model/carriers.js';
import { AMAZON_BUILT_IN_SAMPLES, INVOCATION_NAME } from '../../skill/model/intents.js';
import { generatedFiles } from '../../skill/model/generate.js';
import { CRISIS_LINES, descriptionCrisisLines } from '../../shared/safety/crisis-lines.js';
import { EXAMPLE_PHRASES, LAMBDA_ARN, LOCALE_CRISIS_REGIONS, LOCALES, type EndpointOptions } from '../../skill/model/manifest.js';
import { smapiValidators } from './smapiSchema.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (relative: string) => JSON.parse(readFileSync(path.join(repoRoot, relative), 'utf8'));

interface ModelSlot { name: string; type: string }
interface ModelIntent { name: string; slots?: ModelSlot[]; samples: string[] }
interface ModelType { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }
interface Model { interactionModel: { languageModel: { invocationName: string; intents: ModelIntent[]; types: ModelType[] } } }

const manifest = readJson('skill-package/skill.json');
const models = Object.fromEntries(
  LOCALES.map((l) => [l, readJson(`skill-package/interactionModels/custom/${l}.json`) as Model]),
) as Record<(typeof LOCALES)[number], Model>;
const model = models['en-US'].interactionModel.languageModel;

const clone = <T>(x: T): T => structuredClone(x);
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const slotsIn = (sample: string) => [...sample.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] as string);

/**
 * What build.ts was given, read back from the skill.json it wrote: the endpoint, its certificate type and the policy
 * pages. A deployer sets them (README, "Connecting a real Alexa skill", step 3); everything else is the model's.
 */
function deployerSettings(skillJson: any): EndpointOptions {
  const { uri, sslCertificateType } = skillJson.manifest.apis.custom.endpoint;
  const { privacyPolicyUrl, termsOfUseUrl } = skillJson.manifest.privacyAndCompliance.locales['en-US'];
  return { uri, ...(sslCertificateType === undefined ? {} : { sslCertificateType }), privacyPolicyUrl, termsOfUseUrl };
}

/** The generated files that are not what build.ts writes from the settings their own skill.json holds. */
function staleFiles(read: (relative: string) => string | undefined): string[] {
  const expected = generatedFiles(deployerSettings(JSON.parse(read('skill-package/skill.json') ?? 'null')));
  return [...expected].filter(([relative, content]) => read(relative) !== content).map(([relative]) => relative);
}

const DEPLOYER = {
  uri: 'https://checkin.example.org/alexa',
  sslCertificateType: 'Trusted',
  privacyPolicyUrl: 'https://checkin.example.org/privacy',
  termsOfUseUrl: 'https://checkin.example.org/terms',
} as const;

describe('generated files', () => {
  it('are exactly what skill/model/build.ts writes (nobody hand-edits the JSON)', () => {
    const files = generatedFiles();
    expect([...files.keys()].sort()).toEqual(
      ['skill-package/skill.json', ...LOCALES.map((l) => `skill-package/interactionModels/custom/${l}.json`)].sort(),
    );
    // Against the endpoint and policy pages the committed skill.json holds: the placeholders here, a deployer's own
    // once they have built with them, so following the README does not turn this red.
    expect(
      staleFiles((relative) => readFileSync(path.join(repoRoot, relative), 'utf8')),
      'stale or edited by hand: run npx tsx skill/model/build.ts (with your SKILL_* settings, README step 3)',
    ).toEqual([]);
  });

  it.each([
    ['an https endpoint with its certificate type', DEPLOYER],
    ['a Lambda ARN', { ...DEPLOYER, uri: 'arn:aws:lambda:us-east-1:123456789012:function:between-sessions', sslCertificateType: undefined }],
    ['only an endpoint', { uri: DEPLOYER.uri }],
  ])('accept a deployer\'s own build with %s, as the README says', (_label, options) => {
    const built = generatedFiles(options as EndpointOptions);
    expect(staleFiles((relative) => built.get(relative))).toEqual([]);
  });

  it.each([
    ['a hand-edited description', 'skill-package/skill.json', (text: string) => text.replace('Between Sessions helps', 'Between Sessions aids')],
    ['an endpoint changed in one place only', 'skill-package/skill.json', (text: string) => text.replace(DEPLOYER.uri, 'https://elsewhere.example.org/alexa')],
    ['a stale model', 'skill-package/interactionModels/custom/en-GB.json', (text: string) => text.replace('"how was my week"', '"how was my weak"')],
  ])('still catch %s in a deployer\'s build', (_label, file, edit) => {
    const built = generatedFiles(DEPLOYER);
    const edited = edit(built.get(file)!);
    expect(edited).not.toBe(built.get(file));
    expect(staleFiles((relative) => (relative === file ? edited : built.get(relative)))).toEqual([file]);
  });
});

describe('skill.json against the SMAPI schema', () => {
  const { validateManifest } = smapiValidators();

  it('is valid', () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it.each([
    ['an unknown permission', (m: any) => m.manifest.permissions.push({ name: 'alexa::reminders' })],
    ['an http endpoint', (m: any) => (m.manifest.apis.custom.endpoint.uri = 'http://example.com/alexa')],
    ['a wrong ssl certificate type', (m: any) => (m.manifest.apis.custom.endpoint.sslCertificateType = 'Wild')],
    ['an unknown event', (m: any) => m.manifest.events.subscriptions.push({ eventName: 'SKILL_DELETED' })],
    ['a summary over 160 characters', (m: any) => (m.manifest.publishingInformation.locales['en-US'].summary = 'x'.repeat(161))],
    ['a misspelt property', (m: any) => (m.manifest.privacyAndCompliance.usesPersonalInformation = true)],
    ['a boolean as a string', (m: any) => (m.manifest.privacyAndCompliance.containsAds = 'false')],
  ])('fails with %s (so this test can fail)', (_label, breakIt) => {
    const broken = clone(manifest);
    breakIt(broken);
    expect(validateManifest(broken).length).toBeGreaterThan(0);
  });

  it('is valid, and the deployer\'s own, when built with a Lambda ARN and their policy pages', () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:between-sessions';
    const own = JSON.parse(
      generatedFiles({ uri: arn, privacyPolicyUrl: 'https://checkin.example.org/privacy', termsOfUseUrl: 'https://checkin.example.org/terms' }).get(
        'skill-package/skill.json',
      )!,
    );
    expect(validateManifest(own)).toEqual([]);
    // Alexa calls a Lambda directly: no certificate type belongs with an ARN.
    expect(own.manifest.apis.custom.endpoint).toEqual({ uri: arn });
    for (const locale of Object.values(own.manifest.privacyAndCompliance.locales) as Array<Record<string, string>>) {
      expect(locale).toEqual({ privacyPolicyUrl: 'https://checkin.example.org/privacy', termsOfUseUrl: 'https://checkin.example.org/terms' });
    }
  });

  it('answers what the brief asks, in every locale', () => {
    const m = manifest.manifest;
    expect(Object.keys(m.publishingInformation.locales).sort()).toEqual([...LOCALES].sort());
    expect(m.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(m.privacyAndCompliance).toMatchObject({
      allowsPurchases: false, usesPersonalInfo: true, isChildDirected: false, isExportCompliant: true, containsAds: false,
    });
    expect(Object.keys(m.privacyAndCompliance.locales).sort()).toEqual([...LOCALES].sort());
    expect(m.permissions.map((p: { name: string }) => p.name).sort()).toEqual(['alexa::alerts:reminders:skill:readwrite', 'alexa::person_id:read']);
    expect(m.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    expect(m.events.endpoint).toEqual(m.apis.custom.endpoint);
    // The placeholder, or the deployer's own (README step 3): https with one of Alexa's certificate types, or a Lambda
    // ARN, which Alexa calls directly and which takes none.
    const { uri, sslCertificateType } = m.apis.custom.endpoint;
    if (LAMBDA_ARN.test(uri)) {
      expect(sslCertificateType).toBeUndefined();
    } else {
      expect(uri).toMatch(/^https:\/\/[^/]/);
      expect(['Trusted', 'Wildcard', 'SelfSigned']).toContain(sslCertificateType);
    }
    const crisisLine: Record<string, RegExp> = {
      'en-US': /988/, 'en-CA': /988/, 'en-GB': /116 123/, 'en-AU': /13 11 14[\s\S]*1737/, 'en-IN': /14416/,
    };
    for (const locale of LOCALES) {
      const info = m.publishingInformation.locales[locale];
      expect(info.name).toBe('Between Sessions');
      expect(info.description).toMatch(/not a medical device/);
      expect(info.description).toMatch(/not a crisis service/);
      expect(info.description).toMatch(/does not give medical advice/);
      expect(info.description, locale).toMatch(crisisLine[locale] as RegExp);
      // Certification checks the description against the skill, and the brief asks for privacy answered truthfully:
      // it says what exists today (the check-in by voice, the exercises, the weekly review in a browser, export and
      // delete) and promises nothing still to come (a report for the therapist, sharing).
      expect(info.description).toMatch(/check-in/);
      expect(info.description).toMatch(/breathing/);
      expect(info.description).toMatch(/grounding/);
      expect(info.description).toMatch(/week[^.]*in a browser/);
      expect(info.description).toMatch(/export/i);
      expect(info.description).toMatch(/delete my data/);
      expect(info.description).not.toMatch(/\breport|\bshare\b|\bsharing\b/i);
      // The practice question waits for a plan, which nothing in this release lets the user set.
      expect(`${info.summary} ${info.description}`).not.toMatch(/practice/i);
      expect(info.examplePhrases[0]).toBe(`Alexa, open ${INVOCATION_NAME}`);
    }
  });

  it('names each locale\'s crisis lines from shared/safety/crisis-lines.ts, the one file a clinician reviews', () => {
    const m = manifest.manifest;
    const served = new Set<string>();
    for (const locale of LOCALES) {
      const { description } = m.publishingInformation.locales[locale];
      const regions = LOCALE_CRISIS_REGIONS[locale];
      expect(regions.length, locale).toBeGreaterThan(0);
      // Word for word what that file writes, so a changed number there and a stale skill.json here cannot both pass.
      expect(description, locale).toContain(descriptionCrisisLines(regions));
      for (const region of regions) {
        served.add(region);
        const line = CRISIS_LINES[region];
        expect(description, `${locale} ${region}`).toContain(line.number);
        if (!line.canText) expect(description, `${locale} ${region}`).toContain(line.service);
      }
    }
    // Sold only where a crisis line can be named, and every line the file has is named somewhere.
    expect([...m.publishingInformation.distributionCountries].sort()).toEqual([...served].sort());
    expect([...served].sort()).toEqual(Object.keys(CRISIS_LINES).sort());
    // No second copy of a number in the manifest's source for a reviewer to miss.
    const source = readFileSync(path.join(repoRoot, 'skill/model/manifest.ts'), 'utf8');
    for (const line of Object.values(CRISIS_LINES)) {
      expect(source, `skill/model/manifest.ts holds its own copy of ${line.number}`).not.toContain(line.number);
      expect(source, `skill/model/manifest.ts holds its own copy of ${line.service}`).not.toContain(line.service);
    }
  });

  it('has example phrases that are sample utterances of the model', () => {
    for (const phrase of EXAMPLE_PHRASES.slice(1)) {
      const request = phrase.replace(/^Alexa, (?:ask|tell) between sessions (?:to )?/, '');
      expect(request).not.toBe(phrase);
      const typeValues = (type: string) =>
        model.types.find((t) => t.name === type)?.values.flatMap((v) => [v.name.value, ...v.name.synonyms].map(norm)) ?? [];
      const matched = model.intents.some((intent) =>
        intent.samples.some((sample) => {
          const names = slotsIn(sample);
          const pattern = new RegExp(`^${sample.replace(/\{[^}]*\}/g, '(.+)')}$`, 'i');
          const m = pattern.exec(request);
          return !!m && names.every((name, i) => {
            const type = intent.slots?.find((s) => s.name === name)?.type ?? '';
            return type.startsWith('AMAZON.') || typeValues(type).includes(norm(m[i + 1] ?? ''));
          });
        }),
      );
      expect(matched, phrase).toBe(true);
    }
  });
});

describe('interaction models against the SMAPI schema', () => {
  const { validateInteractionModel } = smapiValidators();

  it.each(LOCALES)('%s is valid', (locale) => {
    expect(validateInteractionModel(models[locale])).toEqual([]);
  });

  it('are identical across the English locales', () => {
    for (const locale of LOCALES) expect(models[locale]).toEqual(models['en-US']);
  });

  it.each([
    ['an intent without a name', (m: any) => delete m.interactionModel.languageModel.intents[0].name],
    ['a slot value without synonyms', (m: any) => (m.interactionModel.languageModel.types[0].values[0].name.synonyms = [])],
    ['a misspelt property', (m: any) => (m.interactionModel.languageModel.intents[0].sampels = ['hello'])],
    ['samples that are not strings', (m: any) => m.interactionModel.languageModel.intents[0].samples.push(7)],
    ['no language model', (m: any) => delete m.interactionModel.languageModel],
  ])('fails with %s (so this test can fail)', (_label, breakIt) => {
    const broken = clone(models['en-US']);
    breakIt(broken);
    expect(validateInteractionModel(broken).length).toBeGreaterThan(0);
  });
});

describe('interaction model rules the schema cannot check', () => {
  const customTypes = new Map(model.types.map((t) => [t.name, t]));

  it('uses the invocation name "between sessions"', () => {
    for (const locale of LOCALES) expect(models[locale].interactionModel.languageModel.invocationName).toBe('between sessions');
  });

  it('declares the intents and slots the handlers are written against', () => {
    const shape = Object.fromEntries(model.intents.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`)]));
    expect(shape).toEqual({
      CheckInIntent: ['feeling:FEELING', 'intensity:AMAZON.NUMBER', 'andFeeling:FEELING', 'butFeeling:FEELING', 'about:TOPIC', 'rangeFrom:AMAZON.NUMBER'],
      IntensityIntent: ['intensity:AMAZON.NUMBER', 'rangeFrom:AMAZON.NUMBER'],
      StrengthIntent: ['strength:STRENGTH'],
      NoChangeIntent: [],
      FeltChangeIntent: ['change:CHANGE', 'intensity:AMAZON.NUMBER'],
      ThanksIntent: [],
      PracticeReadBackIntent: [],
      SetPracticeIntent: ['task:AMAZON.SearchQuery'],
      CorrectFeelingIntent: ['feeling:FEELING', 'mistaken:FEELING'],
      WhatHappenedIntent: ['event:AMAZON.SearchQuery'],
      TopicIntent: ['about:TOPIC'],
      ...Object.fromEntries(EVENT_CARRIERS.map((carrier) => [carrierIntentName(carrier), ['event:AMAZON.SearchQuery']])),
      ...Object.fromEntries(FEELING_QUALIFIERS.map((qualifier) => [qualifierIntentName(qualifier), ['feeling:FEELING', 'intensity:AMAZON.NUMBER']])),
      SkipIntent: [],
      PracticeStatusIntent: ['status:PRACTICE_STATUS'],
      BarrierIntent: ['barrier:BARRIER'],
      ExerciseIntent: ['exercise:EXERCISE'],
      BodySymptomIntent: [],
      MedicalEmergencyIntent: [],
      ExerciseInfoIntent: ['exercise:EXERCISE'],
      AdviceIntent: [],
      AnotherRoundIntent: [],
      SlowerIntent: [],
      CrisisIntent: ['crisis:CRISIS', 'feeling:FEELING', 'intensity:AMAZON.NUMBER', 'numberAfter:AMAZON.NUMBER'],
      SetReminderIntent: ['time:AMAZON.TIME'],
      WeekSummaryIntent: [],
      DashboardCodeIntent: [],
      DeleteDataIntent: [],
      'AMAZON.HelpIntent': [],
      'AMAZON.StopIntent': [],
      'AMAZON.CancelIntent': [],
      'AMAZON.NavigateHomeIntent': [],
      'AMAZON.FallbackIntent': [],
      'AMAZON.YesIntent': [],
      'AMAZON.NoIntent': [],
      'AMAZON.PreviousIntent': [],
      'AMAZON.RepeatIntent': [],
      'AMAZON.StartOverIntent': [],
    });
  });

  it('has only samples Alexa accepts: words, apostrophes, periods and slots; no digits; under 200 characters', () => {
    for (const intent of model.intents) {
      for (const sample of intent.samples) {
        expect(sample, intent.name).toMatch(/^[A-Za-z' .{}]+$/);
        expect(sample.length).toBeLessThanOrEqual(200);
        expect(sample, `${intent.name}: stray spaces`).toBe(sample.trim().replace(/\s+/g, ' '));
      }
    }
  });

  it('stays within the 250 intents Alexa takes in one model, with room to spare', () => {
    // Every meaningful carrier phrase is an intent of its own (skill/model/carriers.ts), so carriers count here: a
    // model past the limit fails to build on deployment, and nothing in the tests would notice.
    expect(model.intents.length).toBeLessThanOrEqual(240);
  });

  it('has no sample utterance in two intents, nor twice in one (built-in samples and crisis sentences included)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (sample: string, intent: string) => {
      const key = norm(sample);
      const previous = owner.get(key);
      if (previous && previous !== intent) clashes.push(`"${sample}" in ${previous} and ${intent}`);
      owner.set(key, intent);
    };
    for (const [intent, samples] of Object.entries(AMAZON_BUILT_IN_SAMPLES)) samples.forEach((s) => claim(s, intent));
    // Said whole, each is a sample of CrisisIntent through "{crisis}" (skill/model/crisis-language.ts).
    const crisisType = model.types.find((t) => t.name === 'CRISIS');
    expect(crisisType).toBeDefined();
    new Set(crisisType!.values.flatMap((v) => [v.name.value, ...v.name.synonyms]).map(norm)).forEach((s) => claim(s, 'CrisisIntent'));
    for (const intent of model.intents) {
      const own = intent.samples.map(norm);
      expect(new Set(own).size, `${intent.name} repeats a sample`).toBe(own.length);
      intent.samples.forEach((s) => claim(s, intent.name));
    }
    expect(clashes).toEqual([]);
  });

  it('declares every {slot} used in a sample, uses each slot at most once per sample, and uses every declared slot', () => {
    for (const intent of model.intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      const used = new Set<string>();
      for (const sample of intent.samples) {
        const names = slotsIn(sample);
        expect(new Set(names).size, sample).toBe(names.length);
        for (const name of names) {
          expect(declared.has(name), `${intent.name}: {${name}} in "${sample}" is not declared`).toBe(true);
          used.add(name);
        }
      }
      expect([...used].sort(), intent.name).toEqual([...declared].sort());
    }
  });

  it('holds the number said straight after the feeling ("tired 8 out of 10"), which the resolver cannot try', () => {
    // virtual-alexa cannot match two slots side by side, so utterances.test.ts cannot show this one resolving.
    const checkIn = model.intents.find((i) => i.name === 'CheckInIntent');
    expect(checkIn?.samples).toEqual(expect.arrayContaining(['{feeling} {intensity} out of ten', '{feeling} an {intensity}']));
  });

  it('gives every AMAZON.SearchQuery sample a carrier phrase', () => {
    let checked = 0;
    for (const intent of model.intents) {
      const searchSlots = (intent.slots ?? []).filter((s) => s.type === 'AMAZON.SearchQuery').map((s) => s.name);
      for (const sample of intent.samples) {
        if (!slotsIn(sample).some((n) => searchSlots.includes(n))) continue;
        checked++;
        expect(sample.replace(/\{[^}]*\}/g, '').trim(), sample).not.toBe('');
        // Alexa also refuses a SearchQuery sample with a second slot.
        expect(slotsIn(sample), sample).toHaveLength(1);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('defines every custom slot type used, and uses every one defined', () => {
    const used = new Set(model.intents.flatMap((i) => (i.slots ?? []).map((s) => s.type)).filter((t) => !t.startsWith('AMAZON.')));
    expect([...used].sort()).toEqual([...customTypes.keys()].sort());
  });

  it('has unique value ids, and no spoken form under two values, within and across slot types', () => {
    const everywhere = new Map<string, string>();
    const clashes: string[] = [];
    for (const type of model.types) {
      const ids = type.values.map((v) => v.id);
      expect(new Set(ids).size, `${type.name} ids`).toBe(ids.length);
      for (const v of type.values) {
        for (const form of [v.name.value, ...v.name.synonyms]) {
          const key = norm(form);
          const where = `${type.name}:${v.id}`;
          const previous = everywhere.get(key);
          // Across types too: a bare "{barrier}" and a bare "{feeling}" sample must not compete for one phrase.
          if (previous && previous !== where) clashes.push(`"${form}" under ${previous} and ${where}`);
          everywhere.set(key, where);
          expect(form, where).toMatch(/^[A-Za-z' .]+$/);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(LOCALES)('%s: says no value or synonym twice in a custom slot type, within one value or under two', (locale) => {
    // A repeat within a value is a list edited in two places; under two values, Alexa resolves the words to either.
    const repeats: string[] = [];
    for (const type of models[locale].interactionModel.languageModel.types) {
      const owner = new Map<string, string>();
      for (const v of type.values) {
        const own = new Set<string>();
        for (const form of [v.name.value, ...v.name.synonyms]) {
          const key = norm(form);
          if (own.has(key)) repeats.push(`${type.name}: "${form}" twice under ${v.id}`);
          own.add(key);
          const previous = owner.get(key);
          if (previous !== undefined && previous !== v.id) repeats.push(`${type.name}: "${form}" under ${previous} and ${v.id}`);
          owner.set(key, v.id);
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it('gives PRACTICE_STATUS, BARRIER and EXERCISE exactly the ids the domain uses', () => {
    const ids = (name: string) => customTypes.get(name)?.values.map((v) => v.id).sort();
    expect(ids('PRACTICE_STATUS')).toEqual([...PRACTICE_STATUSES].sort());
    expect(ids('BARRIER')).toEqual([...BARRIERS].sort());
    expect(ids('EXERCISE')).toEqual([...EXERCISE_KINDS].sort());
  });

  it('builds FEELING from all 130 wheel positions plus at least 60 words off the wheel', () => {
    const feeling = customTypes.get('FEELING');
    expect(feeling).toBeDefined();
    const spoken = new Set(feeling!.values.flatMap((v) => [v.name.value, ...v.name.synonyms].map(norm)));
    expect(WHEEL_POSITIONS).toHaveLength(130);
    for (const p of WHEEL_POSITIONS) expect(spoken.has(p.word.toLowerCase()), p.word).toBe(true);
    const wheelWords = new Set(WHEEL_POSITIONS.map((p) => p.word.toLowerCase()));
    const offWheel = [...spoken].filter((s) => !wheelWords.has(s) && !s.startsWith('feeling '));
    expect(offWheel.length).toBeGreaterThanOrEqual(60);
    for (const word of ['fine', 'meh', 'okay', 'wiped out', 'stressed out', 'pretty good', 'exhausted', 'so so', 'blah', 'mixed']) {
      expect(spoken.has(word), word).toBe(true);
    }
    expect(feeling!.values.map((v) => v.id)).toEqual(FEELING_VALUES.map((v) => v.id));
  });

  it('names a wheel position (or OFF.<WORD>) in every FEELING id', () => {
    const positions = new Set(WHEEL_POSITIONS.map((p) => p.id));
    for (const v of customTypes.get('FEELING')!.values) {
      expect(v.id).toMatch(/^[A-Z_]+(\.[A-Z_]+){0,2}$/);
      if (!v.id.startsWith('OFF.')) expect(positions.has(v.id), v.id).toBe(true);
    }
    expect(customTypes.get('FEELING')!.values.find((v) => v.name.value === 'worried')?.id).toBe('FEARFUL.ANXIOUS.WORRIED');
    expect(customTypes.get('FEELING')!.values.find((v) => v.name.value === 'meh')?.id).toBe('OFF.MEH');
  });

  it('keeps crisis language out of every slot type but CrisisIntent\'s own, so it reaches CrisisIntent rather than a slot', () => {
    const crisis = /suicid|kill myself|want to die|hurt myself|self harm|end it all|end my life|overdose|cutting myself/;
    // CRISIS holds the crisis sentences so that Alexa sends their words, and no other intent has a slot of that type.
    const owners = model.intents.filter((i) => i.slots?.some((s) => s.type === 'CRISIS')).map((i) => i.name);
    expect(owners).toEqual(['CrisisIntent']);
    for (const type of model.types) {
      if (type.name === 'CRISIS') continue;
      for (const v of type.values) {
        for (const form of [v.name.value, ...v.name.synonyms]) expect(form, `${type.name}:${v.id}`).not.toMatch(crisis);
      }
    }
  });
});
