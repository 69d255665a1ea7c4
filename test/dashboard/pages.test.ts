import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFeeling } from '../../shared/feelings.js';
import { DEFAULT_TIME_ZONE, FEELING_MAX_CHARS, TEXT_MAX_CHARS } from '../../shared/limits.js';
import type { Owner } from '../../shared/schemas.js';
import { addDays, localMoment, weekdayOf } from '../../shared/time.js';
import { WEEKDAY_NAMES } from '../../shared/week.js';
import { makeOwner, startApp, type RunningApp } from './app.js';
import { checkIn, tonight } from './factories.js';
import { get, postForm, sessionCookie, textOf } from './http.js';

/** Server-rendered pages read over plain HTTP, as a browser without JavaScript gets them. */
let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const session = (owner: Owner) => sessionCookie(app, owner);

describe('This week', () => {
  it('counts nights, never a streak, and links to the previous week but not past the current one', async () => {
    const owner = makeOwner();
    const t = tonight();
    await app.store.addCheckIn(owner, checkIn({ night: t, said: 'anxious', intensity: 9 }));
    // Two check-ins on one night are still one night.
    await app.store.addCheckIn(owner, checkIn({ night: t, said: 'calm', intensity: 3, localTime: '23:50' }));
    const cookie = await session(owner);
    const html = await (await get(app, '/', cookie)).text();
    const text = textOf(html);
    expect(text).toMatch(/1 of (7 nights|the \d nights so far|1 night so far)/);
    expect(text.toLowerCase()).not.toContain('streak');
    expect(html).toMatch(/href="\/\?week=\d{4}-\d{2}-\d{2}" rel="prev"/);
    expect(html).not.toContain('rel="next"');
    // Feelings grouped by the wheel's families, with the words as said.
    expect(text).toMatch(/Fearful \(1 time\) anxious/);

    const prev = /href="\/\?week=(\d{4}-\d{2}-\d{2})" rel="prev"/.exec(html)![1]!;
    const last = textOf(await (await get(app, `/?week=${prev}`, cookie)).text());
    expect(last).toContain('There are no check-ins for this week.');
    expect(last).toContain('Alexa, open between sessions');
  });

  it('counts tonight only once it has a check-in: before, it is "not yet" and the nights so far are those before it', async () => {
    const owner = makeOwner();
    const cookie = await session(owner);
    const t = tonight();
    // The week starts three nights before tonight, so tonight is its fourth night whatever day this runs on: Thursday
    // morning after check-ins Monday to Wednesday.
    const start = addDays(t, -3);
    await postForm(app, '/settings?/preferences', { timeZone: DEFAULT_TIME_ZONE, weekStartsOn: String(weekdayOf(start)), crisisRegion: '' }, { cookie });
    for (const n of [0, 1, 2]) await app.store.addCheckIn(owner, checkIn({ night: addDays(start, n) }));
    const chart = (html: string) => /<desc id="intensity-chart-desc">([^<]*)<\/desc>/.exec(html)?.[1]?.split('; ') ?? [];
    const tonightIs = (html: string) => chart(html).find((night) => night.startsWith(`${WEEKDAY_NAMES[weekdayOf(t)]}:`));

    const before = await (await get(app, '/', cookie)).text();
    expect(textOf(before)).toContain('3 of the 3 nights so far checked in');
    expect(textOf(before)).toContain('You checked in on all 3 nights so far this week.');
    expect(tonightIs(before)).toBe(`${WEEKDAY_NAMES[weekdayOf(t)]}: not yet`);
    expect(chart(before).filter((night) => night.endsWith('no check-in'))).toEqual([]);

    await app.store.addCheckIn(owner, checkIn({ night: t, intensity: 4 }));
    const after = await (await get(app, '/', cookie)).text();
    expect(textOf(after)).toContain('4 of the 4 nights so far checked in');
    expect(textOf(after)).toContain('You checked in on all 4 nights so far this week.');
    expect(tonightIs(after)).toBe(`${WEEKDAY_NAMES[weekdayOf(t)]}: highest 4`);
  });

  it('counts nothing out of no nights: an exercise before the first check-in of the week', async () => {
    const owner = makeOwner();
    const cookie = await session(owner);
    const t = tonight();
    await postForm(app, '/settings?/preferences', { timeZone: DEFAULT_TIME_ZONE, weekStartsOn: String(weekdayOf(t)), crisisRegion: '' }, { cookie });
    await app.store.addExercise(owner, { night: t, localTime: '21:00', kind: 'slow_exhale', rounds: 3, completed: true, intensityBefore: 7, intensityAfter: 5, checkInId: null });
    const text = textOf(await (await get(app, '/', cookie)).text());
    expect(text).toContain('You did one breathing or grounding exercise');
    expect(text).not.toMatch(/\d+ of (the \d+ nights|\d+ nights?)/);
  });

  it('names the years of a week that spans New Year, and the year of a past week', async () => {
    const owner = makeOwner();
    const cookie = await session(owner);
    // Settings start the week on Monday: the week of Wednesday 1 January 2025 began on Monday 30 December 2024.
    await postForm(app, '/settings?/preferences', { timeZone: 'America/New_York', weekStartsOn: '1', crisisRegion: '' }, { cookie });
    const text = textOf(await (await get(app, '/?week=2025-01-01', cookie)).text());
    expect(text).toContain('30 December 2024 – 5 January 2025');
    expect(text).toContain('Week of Mon 30 Dec 2024');
  });

  it("starts the week on the user's chosen day", async () => {
    const owner = makeOwner();
    const cookie = await session(owner);
    for (const day of [0, 3]) {
      const res = await postForm(app, '/settings?/preferences', { timeZone: 'America/New_York', weekStartsOn: String(day), crisisRegion: '' }, { cookie });
      expect(res.status).toBe(303);
      const html = await (await get(app, '/', cookie)).text();
      const prev = /href="\/\?week=(\d{4}-\d{2}-\d{2})" rel="prev"/.exec(html)![1]!;
      // The previous week's link points at that week's first night, which falls on the chosen weekday.
      expect(weekdayOf(prev)).toBe(day);
      expect(weekdayOf(addDays(prev, 7))).toBe(day);
    }
  });
});

describe('History search and filters (GET form)', () => {
  const owner = makeOwner();
  let cookie: string;
  beforeAll(async () => {
    const t = tonight();
    await app.store.addCheckIn(owner, checkIn({ night: addDays(t, -3), said: 'furious', intensity: 9, whatHappened: 'The landlord again.' }));
    await app.store.addCheckIn(owner, checkIn({ night: addDays(t, -2), said: 'meh', intensity: 4, whatHappened: null }));
    await app.store.addCheckIn(
      owner,
      checkIn({ night: addDays(t, -1), said: 'lonely', intensity: 6, whatHappened: null, practice: { planId: null, status: 'not_today', barrier: 'avoidance', barrierSaid: 'the landlord call scared me' } }),
    );
    cookie = await session(owner);
  });

  async function found(query: string): Promise<string[]> {
    const html = await (await get(app, `/history${query}`, cookie)).text();
    return [...html.matchAll(/<q>([^<]+)<\/q>/g)].map((m) => m[1]!).filter((w) => ['furious', 'meh', 'lonely'].includes(w));
  }

  it('lists every entry newest first', async () => {
    expect(await found('')).toEqual(['lonely', 'meh', 'furious']);
  });

  it.each([
    ['?q=landlord', ['lonely', 'furious']],
    ['?q=LANDLORD', ['lonely', 'furious']],
    ['?family=Angry', ['furious']],
    ['?family=none', ['meh']],
    ['?min=5', ['lonely', 'furious']],
    ['?min=5&max=7', ['lonely']],
    ['?min=7&max=5', ['lonely']],
    ['?q=landlord&max=8', ['lonely']],
    ['?min=nonsense&family=NotAFamily', ['lonely', 'meh', 'furious']],
  ])('%s finds %j', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });
});

describe('History times', () => {
  it('tells a check-in made after midnight under the evening it belongs to', async () => {
    const owner = makeOwner();
    await app.store.addCheckIn(owner, checkIn({ said: 'restless', localTime: '00:40' }));
    await app.store.addCheckIn(owner, checkIn({ said: 'calm', localTime: '21:05' }));
    const text = textOf(await (await get(app, '/history', await session(owner))).text());
    expect(text).toContain('· 00:40, after midnight');
    expect(text).toContain('· 21:05 ');
    expect(text).not.toContain('21:05, after midnight');
  });
});

describe('Sign in', () => {
  it('says why when a page sent the person here, and still goes on to that page', async () => {
    const sent = await get(app, '/history?q=mum');
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location')!;
    const html = await (await get(app, location)).text();
    expect(textOf(html)).toContain('Sign in to see that page.');
    expect(html).toContain('name="next" value="/history?q=mum"');
    for (const plain of ['/signin', `/signin?next=${encodeURIComponent('//evil.example')}`, '/signin?message=signedout']) {
      expect(textOf(await (await get(app, plain)).text()), plain).not.toContain('Sign in to see that page.');
    }
  });
});

describe('page titles', () => {
  const titleOf = (html: string) => textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '').trim();

  it('name the entry being edited or deleted by its date', async () => {
    const owner = makeOwner();
    const cookie = await session(owner);
    const entry = await app.store.addCheckIn(owner, checkIn({ night: '2025-03-03' }));
    // "Monday, 3 March" or "Monday 3 March": ICU versions differ on the comma.
    expect(titleOf(await (await get(app, `/history/${entry.id}`, cookie)).text())).toMatch(/^Edit the entry of Monday,? 3 March 2025 · Between Sessions$/);
    expect(titleOf(await (await get(app, `/history/${entry.id}/delete`, cookie)).text())).toMatch(/^Delete the entry of Monday,? 3 March 2025\? · Between Sessions$/);
  });

  it.each([
    ['', 'History'],
    ['?q=landlord', 'History: results for “landlord”'],
    ['?family=Angry&min=5', 'History: results for Angry, intensity 5 or more'],
    ['?family=none&min=7&max=3', 'History: results for words off the wheel, intensity 3 to 7'],
    ['?max=4&page=2', 'History: results for intensity up to 4'],
    ['?page=2', 'History, page 2'],
    ['?q=tired&page=2', 'History: results for “tired”, page 2'],
  ])('History%s says what it shows: %s', async (query, title) => {
    const owner = makeOwner();
    // Two pages' worth (PAGE_SIZE is 50), all "tired", so a search for it has a page 2 as well.
    for (let i = 0; i < 51; i++) await app.store.addCheckIn(owner, checkIn({ said: 'tired', intensity: 6 }));
    expect(titleOf(await (await get(app, `/history${query}`, await session(owner))).text())).toBe(`${title} · Between Sessions`);
  });
});

describe('edit form', () => {
  // No maxlength: a browser would cut pasted words off silently at the limit. Longer text is refused, said why, and kept
  // in the field to shorten, as for what happened.
  it("states the feeling's limit in its hint, as it does for what happened, and never cuts what is typed", async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn());
    const html = await (await get(app, `/history/${entry.id}`, await session(owner))).text();
    const hint = /<p class="hint" id="feeling-hint">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(textOf(hint)).toContain(`up to ${FEELING_MAX_CHARS} characters`);
    expect(html).not.toMatch(/<input[^>]*id="feeling"[^>]*maxlength/);
    expect(textOf(html)).toContain(`Up to ${TEXT_MAX_CHARS} characters`);
  });
});

describe('edit validation', () => {
  it('refuses bad values with 400 and messages tied to their fields, and saves nothing', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'tired', intensity: 5 }));
    const cookie = await session(owner);
    const res = await postForm(
      app,
      `/history/${entry.id}`,
      { feeling: 'x'.repeat(500), intensity: '11', intensityAfter: '', whatHappened: 'y'.repeat(2001) },
      { cookie },
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    for (const field of ['feeling', 'intensity', 'whatHappened']) {
      expect(html).toContain(`id="${field}-error"`);
      expect(html).toMatch(new RegExp(`id="${field}"[^>]*aria-describedby="${field}-error`));
    }
    // What was typed comes back, so nothing the person wrote is lost to a refusal.
    expect(html).toContain('y'.repeat(2001));
    const still = await app.store.getCheckIn(owner, entry.id);
    expect(still?.feeling?.said).toBe('tired');
    expect(still?.intensity).toBe(5);
  });
});

describe('edits and what was said meanwhile', () => {
  it('writes only the fields changed, so words said by voice after the page opened are not wiped', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'tired', intensity: 5 }));
    const cookie = await session(owner);
    const shown = { 'shown.feeling': 'tired', 'shown.intensity': '5', 'shown.intensityAfter': '', 'shown.whatHappened': '' };
    // The page is open; meanwhile the user answers "what happened?" by voice.
    await app.store.updateCheckIn(owner, entry.id, { whatHappened: 'my sister called and we finally talked it through' });
    const res = await postForm(app, `/history/${entry.id}`, { ...shown, feeling: 'exhausted', intensity: '5', intensityAfter: '', whatHappened: '' }, { cookie });
    expect(res.status).toBe(303);
    const after = await app.store.getCheckIn(owner, entry.id);
    expect(after).toMatchObject({ feeling: { said: 'exhausted' }, intensity: 5, whatHappened: 'my sister called and we finally talked it through' });
  });

  it('does not overwrite a field changed on both sides: it says what it says now and keeps what was typed', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'tired', intensity: 5 }));
    const cookie = await session(owner);
    const shown = { 'shown.feeling': 'tired', 'shown.intensity': '5', 'shown.intensityAfter': '', 'shown.whatHappened': '' };
    await app.store.updateCheckIn(owner, entry.id, { whatHappened: 'said by voice' });
    const res = await postForm(app, `/history/${entry.id}`, { ...shown, feeling: 'tired', intensity: '5', intensityAfter: '', whatHappened: 'typed\r\nin the page' }, { cookie });
    expect(res.status).toBe(409);
    const raw = await res.text();
    const html = textOf(raw);
    expect(html).toContain('it now says “said by voice”');
    // The alert names the field, so a screen reader user knows where to look without reading the whole form, and links
    // to it.
    expect(html.replace(/\s+/g, ' ')).toContain('Nothing was saved yet. Please check what happened , marked below.');
    expect(raw).toMatch(/<a href="#whatHappened"[^>]*>what happened<\/a>/);
    expect(html).toContain('typed');
    expect((await app.store.getCheckIn(owner, entry.id))?.whatHappened).toBe('said by voice');
    // Saved again, knowingly: the page now carries what it says now, so the typed words replace it.
    const again = await postForm(
      app,
      `/history/${entry.id}`,
      { ...shown, 'shown.whatHappened': 'said by voice', feeling: 'tired', intensity: '5', intensityAfter: '', whatHappened: 'typed\r\nin the page' },
      { cookie },
    );
    expect(again.status).toBe(303);
    expect((await app.store.getCheckIn(owner, entry.id))?.whatHappened).toBe('typed\nin the page');
  });
});

describe('deleting and what was said meanwhile', () => {
  /** The hidden field a delete confirmation sends back, as a browser would. */
  const shownOf = (html: string) => /name="shown"[^>]*value="([^"]*)"/.exec(html)?.[1] ?? /value="([^"]*)"[^>]*name="shown"/.exec(html)?.[1];

  it('deletes nothing said after the page was shown: it shows the entry as it is now, to confirm again', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'lonely', intensity: 3, whatHappened: null }));
    const cookie = await session(owner);
    const page = await (await get(app, `/history/${entry.id}/delete`, cookie)).text();
    expect(textOf(page)).toMatch(/Feeling: lonely ?, 3 out of 10/);
    // The page is open; meanwhile, by voice, the person adds to that entry.
    await app.store.updateCheckIn(owner, entry.id, { whatHappened: 'I had a long talk with my brother' });

    const refused = await postForm(app, `/history/${entry.id}/delete`, { shown: shownOf(page) ?? '' }, { cookie });
    expect((await app.store.getCheckIn(owner, entry.id))?.whatHappened).toBe('I had a long talk with my brother');
    expect(refused.status).toBe(409);
    expect(shownOf(page)).toBe(entry.updatedAt);
    const again = await refused.text();
    expect(again).toMatch(/<p[^>]*role="alert"[^>]*>\s*This entry changed while the page was open, so nothing has been deleted\./);
    expect(textOf(again)).toContain('I had a long talk with my brother');

    // Confirmed again, from the page that now shows the new words: it goes.
    const deleted = await postForm(app, `/history/${entry.id}/delete`, { shown: shownOf(again)! }, { cookie });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/history?deleted=1');
    expect(await app.store.getCheckIn(owner, entry.id)).toBeNull();
  });

  it('shows all that would go: a practice answer said meanwhile, in their own words, and the number after an exercise', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'panicky', intensity: 9, intensityAfter: 4, whatHappened: null }));
    const cookie = await session(owner);
    const page = await (await get(app, `/history/${entry.id}/delete`, cookie)).text();
    expect(textOf(page)).toContain('After an exercise: 4 out of 10');
    // By voice, meanwhile, the answer to the practice question.
    await app.store.updateCheckIn(owner, entry.id, { practice: { planId: null, status: 'not_today', barrier: 'avoidance', barrierSaid: 'the landlord call scared me' } });
    const refused = await postForm(app, `/history/${entry.id}/delete`, { shown: shownOf(page) ?? '' }, { cookie });
    expect(refused.status).toBe(409);
    // The page that asks to confirm again shows what changed: without it, it would look the same as before.
    expect(textOf(await refused.text())).toMatch(/Practice: Not today ?; Avoiding the feeling ?: ?the landlord call scared me/);
  });

  it('a post that does not say which version it showed deletes nothing', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn());
    const cookie = await session(owner);
    for (const fields of [{}, { shown: '' }, { shown: 'not a time' }] as Record<string, string>[]) {
      const res = await postForm(app, `/history/${entry.id}/delete`, fields, { cookie });
      expect(res.status, JSON.stringify(fields)).toBe(409);
    }
    expect(await app.store.getCheckIn(owner, entry.id)).not.toBeNull();
  });
});

describe('saving again after a refusal', () => {
  it('puts back none of the old words: a field the person did not touch comes back as it is now', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'tired', intensity: 5, whatHappened: 'old words' }));
    const cookie = await session(owner);
    const shown = { 'shown.feeling': 'tired', 'shown.intensity': '5', 'shown.intensityAfter': '', 'shown.whatHappened': 'old words' };
    // By voice, meanwhile: the feeling and what happened both change.
    await app.store.updateCheckIn(owner, entry.id, { feeling: classifyFeeling('exhausted'), whatHappened: 'new words said by voice' });
    const refused = await postForm(app, `/history/${entry.id}`, { ...shown, feeling: 'worn out', intensity: '5', intensityAfter: '', whatHappened: 'old words' }, { cookie });
    expect(refused.status).toBe(409);
    // What the refused page holds is what a browser sends when the person presses Save again.
    const html = await refused.text();
    const field = (name: string) => {
      const hidden = new RegExp(`name="${name.replace('.', '\\.')}"[^>]*value="([^"]*)"`).exec(html)?.[1];
      return hidden ?? '';
    };
    const textarea = /<textarea[^>]*name="whatHappened"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? '';
    expect(textarea).toBe('new words said by voice');
    const again = await postForm(
      app,
      `/history/${entry.id}`,
      {
        'shown.feeling': field('shown.feeling'), 'shown.intensity': field('shown.intensity'), 'shown.intensityAfter': field('shown.intensityAfter'),
        'shown.whatHappened': field('shown.whatHappened'), feeling: 'worn out', intensity: '5', intensityAfter: '', whatHappened: textarea,
      },
      { cookie },
    );
    expect(again.status).toBe(303);
    expect(await app.store.getCheckIn(owner, entry.id)).toMatchObject({ feeling: { said: 'worn out' }, whatHappened: 'new words said by voice' });
  });
});

describe('an entry with an exercise', () => {
  it('a corrected number before or after is corrected on the exercise too, so the week tells one story', async () => {
    const owner = makeOwner();
    const entry = await app.store.addCheckIn(owner, checkIn({ said: 'panicky', intensity: 10 }));
    const exercise = await app.store.addExercise(owner, {
      night: entry.night, localTime: '22:20', kind: 'slow_exhale', rounds: 3, completed: true, intensityBefore: 10, intensityAfter: 6, checkInId: entry.id,
    });
    await app.store.updateCheckIn(owner, entry.id, { intensityAfter: 6, exerciseIds: [exercise.id] });
    const cookie = await session(owner);
    const res = await postForm(
      app,
      `/history/${entry.id}`,
      { 'shown.feeling': 'panicky', 'shown.intensity': '10', 'shown.intensityAfter': '6', 'shown.whatHappened': entry.whatHappened ?? '', feeling: 'panicky', intensity: '9', intensityAfter: '1', whatHappened: entry.whatHappened ?? '' },
      { cookie },
    );
    expect(res.status).toBe(303);
    const [after] = await app.store.listExercises(owner);
    expect(after).toMatchObject({ intensityBefore: 9, intensityAfter: 1 });
    expect(textOf(await (await get(app, '/', cookie)).text())).toContain('9 → 1');
  });
});

describe('Settings', () => {
  // The skill files nights in the locale's usual zone when neither the user nor the Echo has given one; the dashboard
  // showed New York instead, and saving the form (for the first day of the week, say) then moved the skill there too.
  it('shows the zone the skill filed the newest check-in in, when no zone is set', async () => {
    const owner = makeOwner();
    const sydney = localMoment(new Date(), 'Australia/Sydney');
    await app.store.addCheckIn(owner, checkIn({ night: sydney.night, localTime: sydney.localTime, timeZone: 'Australia/Sydney' }));
    expect((await app.store.getProfile(owner))?.timeZone ?? null).toBeNull();
    const cookie = await session(owner);
    const page = await (await get(app, '/settings', cookie)).text();
    expect(page).toMatch(/<option value="Australia\/Sydney" selected(="")?>/);
    // Saving the form for the first day of the week leaves the zone unchosen: the guess must not override the Echo.
    const saved = await postForm(app, '/settings?/preferences', { timeZone: 'Australia/Sydney', guessedTimeZone: 'Australia/Sydney', weekStartsOn: '0', crisisRegion: '' }, { cookie });
    expect(saved.status).toBe(303);
    expect(await app.store.getProfile(owner)).toMatchObject({ timeZone: null, weekStartsOn: 0 });
    // Choosing another zone is a choice.
    await postForm(app, '/settings?/preferences', { timeZone: 'Europe/London', guessedTimeZone: 'Australia/Sydney', weekStartsOn: '0', crisisRegion: '' }, { cookie });
    expect(await app.store.getProfile(owner)).toMatchObject({ timeZone: 'Europe/London' });
  });

  it('saves time zone, first day and crisis region; refuses an unknown zone', async () => {
    const owner = makeOwner();
    const cookie = await session(owner);
    const bad = await postForm(app, '/settings?/preferences', { timeZone: 'Mars/Olympus_Mons', weekStartsOn: '1', crisisRegion: 'GB' }, { cookie });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="timeZone-error"');
    expect((await app.store.getProfile(owner))?.crisisRegion ?? null).toBeNull();

    const ok = await postForm(app, '/settings?/preferences', { timeZone: 'Europe/London', weekStartsOn: '0', crisisRegion: 'GB' }, { cookie });
    expect(ok.status).toBe(303);
    expect(await app.store.getProfile(owner)).toMatchObject({ timeZone: 'Europe/London', weekStartsOn: 0, crisisRegion: 'GB' });
    const page = await (await get(app, '/settings?saved=1', cookie)).text();
    expect(page).toMatch(/<option value="Europe\/London" selected(="")?>/);
    // The footer now names only the chosen region's line.
    const footer = textOf(/<footer[\s\S]*<\/footer>/.exec(page)![0]);
    expect(footer).toContain('United Kingdom: Samaritans, 116 123');
    expect(footer).not.toContain('Australia');
  });
});
