import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IN_CSV_COLUMNS, checkInsCsv, exportJson, ExportSchema, wordsIn } from '../../shared/export.js';
import { CheckInSchema, type CheckIn, type Owner } from '../../shared/schemas.js';
import { openStore, rescue } from '../../shared/store/index.js';
import type { Store } from '../../shared/store/Store.js';

function checkIn(o: Partial<CheckIn> = {}): CheckIn {
  return CheckInSchema.parse({
    id: randomUUID(),
    createdAt: '2026-03-02T22:15:00-05:00',
    updatedAt: '2026-03-02T22:20:00-05:00',
    night: '2026-03-02',
    localTime: '22:15',
    timeZone: 'America/New_York',
    feeling: { said: 'anxious', word: 'Anxious', family: 'Fearful', path: ['Fearful', 'Anxious'] },
    intensity: 8,
    ...o,
  });
}

/**
 * A small RFC 4180 reader, written independently of the writer, so the test checks that a spreadsheet would get
 * back exactly the cells we meant (after the formula guard).
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      // A bare quote, CR or LF outside quotes would be a writer bug.
      if (ch === '"' || ch === '\n' || ch === '\r') throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

describe('checkInsCsv', () => {
  it('writes the header and one row per check-in, every column filled from the record', () => {
    const c = checkIn({
      intensityAfter: 5,
      whatHappened: 'Had a fight with my sister',
      practice: { planId: null, status: 'not_today', barrier: 'forgot', barrierSaid: 'totally forgot' },
    });
    const rows = parseCsv(checkInsCsv([c]));
    expect(rows[0]).toEqual([...CHECK_IN_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(CHECK_IN_CSV_COLUMNS.map((col, i) => [col, rows[1]![i]]));
    expect(record).toEqual({
      night: '2026-03-02',
      local_time: '22:15',
      feeling_said: 'anxious',
      feeling_word: 'Anxious',
      feeling_family: 'Fearful',
      intensity: '8',
      intensity_after: '5',
      what_happened: 'Had a fight with my sister',
      what_happened_skipped: 'false',
      practice_status: 'not_today',
      barrier: 'forgot',
      barrier_said: 'totally forgot',
      source: 'voice',
      created_at: '2026-03-02T22:15:00-05:00',
      updated_at: '2026-03-02T22:20:00-05:00',
      id: c.id,
    });
  });

  it('leaves missing answers empty', () => {
    const rows = parseCsv(checkInsCsv([checkIn({ feeling: null, intensity: null, whatHappenedSkipped: true })]));
    const r = rows[1]!;
    expect(r[CHECK_IN_CSV_COLUMNS.indexOf('feeling_said')]).toBe('');
    expect(r[CHECK_IN_CSV_COLUMNS.indexOf('intensity')]).toBe('');
    expect(r[CHECK_IN_CSV_COLUMNS.indexOf('what_happened')]).toBe('');
    expect(r[CHECK_IN_CSV_COLUMNS.indexOf('what_happened_skipped')]).toBe('true');
    expect(r[CHECK_IN_CSV_COLUMNS.indexOf('practice_status')]).toBe('');
  });

  it.each([
    ['quotes', 'She said "fine", and left', 'She said "fine", and left'],
    ['commas', 'work, gym, dinner', 'work, gym, dinner'],
    ['newlines', 'first line\nsecond line\r\nthird', 'first line\nsecond line\r\nthird'],
    ['a formula', '=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['a plus', '+1 for going outside', `'+1 for going outside`],
    ['a minus', '-_- long day', `'-_- long day`],
    ['an at sign', '@work all day', `'@work all day`],
    // The schemas trim what was said, so a leading tab is gone before the guard; the formula still is not live.
    ['a tab', '\t=cmd|/c calc', `'=cmd|/c calc`],
    ['emoji and accents', 'épuisé 😮‍💨', 'épuisé 😮‍💨'],
    ['a formula later in the text', 'ok =1+1', 'ok =1+1'],
  ])('keeps hostile text with %s intact and inert', (_name, said, expected) => {
    const c = checkIn({ whatHappened: said, feeling: { said, word: null, family: null, path: [] } });
    const text = checkInsCsv([c, checkIn()]);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(CHECK_IN_CSV_COLUMNS.length);
    expect(rows[1]![CHECK_IN_CSV_COLUMNS.indexOf('what_happened')]).toBe(expected);
    expect(rows[1]![CHECK_IN_CSV_COLUMNS.indexOf('feeling_said')]).toBe(expected);
    // The row after the hostile one is untouched.
    expect(rows[2]![CHECK_IN_CSV_COLUMNS.indexOf('id')]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes only the header for no check-ins', () => {
    expect(checkInsCsv([])).toBe(`${CHECK_IN_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('adds the words kept aside after the check-ins, marked by source, inert like every cell', () => {
    const c = checkIn();
    const rows = parseCsv(
      checkInsCsv(
        [c],
        [
          { keptAt: '2026-03-03T03:00:00.000Z', said: ['=my brother hit me', 'again'], stored: { said: ['=my brother hit me', 'again'] } },
          { keptAt: '2026-03-02T03:00:00.000Z', said: [], stored: { journal: 'x' } },
        ],
      ),
    );
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(CHECK_IN_CSV_COLUMNS.length);
    const cell = (r: string[], column: (typeof CHECK_IN_CSV_COLUMNS)[number]) => r[CHECK_IN_CSV_COLUMNS.indexOf(column)];
    expect(cell(rows[1]!, 'id')).toBe(c.id);
    expect(cell(rows[2]!, 'source')).toBe('kept_aside');
    expect(cell(rows[2]!, 'what_happened')).toBe("'=my brother hit me\nagain");
    expect(cell(rows[2]!, 'created_at')).toBe('2026-03-03T03:00:00.000Z');
    expect(rows[2]!.filter((v) => v !== '')).toHaveLength(3);
    // No words to pick out: the record itself, so nothing is hidden.
    expect(cell(rows[3]!, 'what_happened')).toBe('{"journal":"x"}');
  });
});

describe('wordsIn: the words in what the rescue log kept', () => {
  it.each([
    ['the skill, words heard in slots', { at: 't', requestId: 'r', intent: 'AMAZON.FallbackIntent', said: ['one', 'two'] }, ['one', 'two']],
    ['words longer than a record holds', { reason: 'longer than a record holds', said: { whatHappened: 'long', barrierSaid: 'also long' } }, ['long', 'also long']],
    [
      'a compaction: a torn journal line and a change to a deleted entry',
      { journal: '/data/x', tornLines: ['{"op":"add","record":{"whatHappened":"cut sh'], changesToDeletedRecords: [{ op: 'patch', id: 'i', set: { feeling: { said: 'numb', word: 'Numb', family: 'Bad' }, intensity: 4 } }] },
      ['{"op":"add","record":{"whatHappened":"cut sh', 'numb'],
    ],
    ['a record JSON could not hold, kept as text', "{ said: 'tired', self: [Circular *1] }", ["{ said: 'tired', self: [Circular *1] }"]],
    ['nothing that is words', { error: 'The data file is unreadable', intensity: 9 }, []],
  ])('%s', (_name, stored, words) => {
    expect(wordsIn(stored)).toEqual(words);
  });
});

describe('exportJson', () => {
  let dir: string;
  let store: Store;
  const owner: Owner = { userId: 'amzn1.ask.account.EXPORT', personId: 'amzn1.ask.person.ROBIN' };
  const other: Owner = { userId: 'amzn1.ask.account.EXPORT' };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bs-export-'));
    store = await openStore(dir, { durable: false });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exports everything of this owner, every field, and nothing of anyone else', async () => {
    const planId = randomUUID();
    await store.updateProfile(owner, (p) => ({
      ...p,
      timeZone: 'Europe/London',
      crisisRegion: 'GB',
      plans: [
        {
          id: planId,
          createdAt: '2026-03-01T18:00:00Z',
          none: false,
          action: "Write one line about the day's worst moment",
          cueWhen: 'When I get into bed',
          cueThen: "I'll say one line about the worst moment",
          why: 'So I have something real to bring',
          bringBack: 'The lines',
          modality: 'CBT',
          startsOn: '2026-03-01',
          endedAt: null,
        },
      ],
    }));
    const c = await store.addCheckIn(owner, {
      night: '2026-03-02',
      localTime: '22:15',
      timeZone: 'Europe/London',
      feeling: { said: 'wiped out', word: 'Tired', family: 'Bad', path: ['Bad', 'Tired'] },
      intensity: 8,
      whatHappened: 'Meeting, "again", <ugh>',
      practice: { planId, status: 'partly', barrier: 'low_energy', barrierSaid: 'too tired' },
    });
    const e = await store.addExercise(owner, {
      night: '2026-03-02',
      localTime: '22:16',
      kind: 'box',
      rounds: 4,
      completed: true,
      intensityBefore: 8,
      intensityAfter: 5,
      checkInId: c.id,
    });
    await store.addCheckIn(other, { night: '2026-03-02', localTime: '21:00', timeZone: 'UTC', feeling: null, intensity: 2 });
    // Kept in the rescue log, as the skill keeps an answer the store could not take: one line each, same account.
    const dataDir = (store as unknown as { dataDir: string }).dataDir;
    await rescue(dataDir, owner, { at: '2026-03-02T22:30:00Z', requestId: 'r1', intent: 'CheckInIntent', said: ['my brother hit me again'] });
    await rescue(dataDir, owner, { reason: 'longer than a record holds', said: { whatHappened: 'a very long night' } });
    await rescue(dataDir, other, { said: ['the account default said this'] });

    const now = new Date('2026-03-05T12:00:00Z');
    const out = await exportJson(store, owner, now);
    expect(ExportSchema.parse(out)).toEqual(out);
    expect(out.format).toBe('between-sessions-export');
    expect(out.version).toBe(1);
    expect(out.exportedAt).toBe(now.toISOString());
    expect(out.owner).toEqual({ personId: owner.personId });
    expect(out.checkIns).toEqual([c]);
    expect(out.exercises).toEqual([e]);
    expect(out.plans.map((p) => p.id)).toEqual([planId]);
    expect(out.profile).toMatchObject({ timeZone: 'Europe/London', crisisRegion: 'GB', personId: owner.personId });
    expect(out.profile).not.toHaveProperty('plans');
    // What the rescue log kept of this owner, newest first, the words picked out and the record as stored.
    expect(out.keptAside.map((k) => k.said)).toEqual([['a very long night'], ['my brother hit me again']]);
    expect(out.keptAside[1]!.stored).toEqual({ at: '2026-03-02T22:30:00Z', requestId: 'r1', intent: 'CheckInIntent', said: ['my brother hit me again'] });
    expect(Date.parse(out.keptAside[0]!.keptAt)).not.toBeNaN();
    expect(JSON.stringify(out)).not.toContain('the account default said this');

    // Every field the profile holds is exported, except plans which sit at the top level, and the account id.
    const profile = await store.getProfile(owner);
    const { plans, userId, ...rest } = profile!;
    expect(out.profile).toEqual(rest);
    expect(out.plans).toEqual(plans);
    // Amazon's account id is not the user's and appears nowhere in the file (EXPORT-FORMAT.md says so).
    expect(userId).toBe(owner.userId);
    expect(JSON.stringify(out)).not.toContain(owner.userId);

    // Round-trips through JSON text unchanged, and the check-in's text survives exactly.
    const text = JSON.stringify(out);
    expect(JSON.parse(text)).toEqual(out);
    expect(text).toContain(JSON.stringify('Meeting, "again", <ugh>'));

    const defaultOwner = await exportJson(store, other, now);
    expect(defaultOwner.owner).toEqual({});
    expect(JSON.stringify(defaultOwner)).not.toContain(other.userId);
    expect(defaultOwner.checkIns).toHaveLength(1);
    expect(defaultOwner.checkIns[0]!.id).not.toBe(c.id);
    expect(defaultOwner.keptAside.map((k) => k.said)).toEqual([['the account default said this']]);
  });

  it('exports an owner with nothing stored as empty, not as an error', async () => {
    const out = await exportJson(store, { userId: 'amzn1.ask.account.NOBODY' });
    expect(out).toMatchObject({ profile: null, checkIns: [], exercises: [], plans: [], keptAside: [] });
  });

  it('documents every exported field in EXPORT-FORMAT.md', async () => {
    const doc = await readFile(new URL('../../shared/EXPORT-FORMAT.md', import.meta.url), 'utf8');
    const keysOf = (shape: Record<string, unknown>) => Object.keys(shape);
    const documented = (name: string) => new RegExp('`' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '`').test(doc);
    const fields = [
      ...keysOf(ExportSchema.shape),
      ...keysOf(ExportSchema.shape.profile.unwrap().shape),
      ...keysOf(ExportSchema.shape.checkIns.element.shape),
      ...keysOf(ExportSchema.shape.exercises.element.shape),
      ...keysOf(ExportSchema.shape.plans.element.shape),
      ...keysOf(ExportSchema.shape.keptAside.element.shape),
      ...keysOf(ExportSchema.shape.checkIns.element.shape.feeling.unwrap().shape),
      ...keysOf(ExportSchema.shape.checkIns.element.shape.practice.unwrap().unwrap().shape),
      ...CHECK_IN_CSV_COLUMNS,
    ];
    const missing = fields.filter((f) => !documented(f));
    expect(missing).toEqual([]);
  });
});
