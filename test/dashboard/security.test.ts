import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, issueLinkCode, LINK_CODE_TTL_MS, MAX_CODE_ATTEMPTS, CLIENT_ATTEMPTS_PER_WINDOW } from '../../shared/auth.js';
import type { CheckIn, Owner } from '../../shared/schemas.js';
import { makeOwner, startApp, type RunningApp } from './app.js';
import { checkIn } from './factories.js';
import { get, postForm, sessionCookie, signInHttp } from './http.js';

const SECRET_WORDS = 'my very private note about the weekend';

/**
 * Signs in over HTTP. Every sign-in spends one of this client's CLIENT_ATTEMPTS_PER_WINDOW tries on its server, so the
 * "security" block stays under that budget and the refusal tests get a server of their own.
 */
async function signedIn(app: RunningApp, owner: Owner): Promise<string> {
  const { code } = await issueLinkCode(app.store, owner);
  const { res, cookie } = await signInHttp(app, code);
  expect(res.status).toBe(303);
  return cookie!;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('security', { timeout: 60_000 }, () => {
  let app: RunningApp;
  let alice: Owner;
  let bob: Owner;
  let aliceEntry: CheckIn;

  beforeAll(async () => {
    app = await startApp();
    alice = makeOwner();
    bob = makeOwner();
    aliceEntry = await app.store.addCheckIn(alice, checkIn({ said: 'ashamed', whatHappened: SECRET_WORDS }));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('without a session, pages redirect to sign-in and downloads answer 401, with none of the data in the body', async () => {
    for (const p of ['/', '/history', `/history/${aliceEntry.id}`, `/history/${aliceEntry.id}/delete`, '/settings', '/settings/delete', '/__data.json', '/history/__data.json']) {
      const res = await get(app, p);
      const body = await res.text();
      expect(body, p).not.toContain(SECRET_WORDS);
      expect(body, p).not.toContain('ashamed');
      if (p.endsWith('__data.json')) {
        // SvelteKit's data requests answer 200 with a redirect instruction, never the data.
        expect(JSON.parse(body), p).toMatchObject({ type: 'redirect', location: expect.stringContaining('/signin') });
      } else {
        expect(res.status, p).toBe(303);
        expect(res.headers.get('location'), p).toMatch(/^\/signin/);
      }
    }
    for (const p of ['/export/json', '/export/csv']) {
      const res = await get(app, p);
      expect(res.status, p).toBe(401);
      expect(res.headers.get('content-disposition'), p).toBeNull();
      expect(await res.text(), p).not.toContain(SECRET_WORDS);
    }
    // Actions are guarded too: an unauthenticated edit changes nothing.
    const res = await postForm(app, `/history/${aliceEntry.id}`, { feeling: 'hacked', intensity: '1', intensityAfter: '', whatHappened: '' });
    expect(res.status).toBe(303);
    expect((await app.store.getCheckIn(alice, aliceEntry.id))?.feeling?.said).toBe('ashamed');
  });

  it('the sign-in page tells how long a code lasts as the skill does (ten minutes)', async () => {
    expect(LINK_CODE_TTL_MS).toBe(10 * 60_000);
    const res = await get(app, '/signin');
    expect(await res.text()).toContain('works once, for ten minutes');
  });

  it("another user's entry id is 404 for viewing, editing and deleting, and stays untouched", async () => {
    const cookie = await signedIn(app, bob);
    for (const p of [`/history/${aliceEntry.id}`, `/history/${aliceEntry.id}/delete`]) {
      const res = await get(app, p, cookie);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain(SECRET_WORDS);
    }
    const edit = await postForm(app, `/history/${aliceEntry.id}`, { feeling: 'hacked', intensity: '1', intensityAfter: '', whatHappened: '' }, { cookie });
    expect(edit.status).toBe(404);
    const del = await postForm(app, `/history/${aliceEntry.id}/delete`, {}, { cookie });
    expect(del.status).toBe(404);
    const still = await app.store.getCheckIn(alice, aliceEntry.id);
    expect(still?.feeling?.said).toBe('ashamed');
    expect(still?.whatHappened).toBe(SECRET_WORDS);
    // And Bob's own pages and exports never show Alice's words.
    for (const p of ['/', '/history', '/export/json', '/export/csv']) {
      expect(await (await get(app, p, cookie)).text(), p).not.toContain(SECRET_WORDS);
    }
  });

  it('"Keep it" on a delete confirmation leads only to a path on this site, whatever `from` says', async () => {
    const cookie = await sessionCookie(app, alice);
    const keepIt = async (from: string) => /<a href="([^"]*)">Keep it<\/a>/.exec(await (await get(app, `/history/${aliceEntry.id}/delete?from=${from}`, cookie)).text())?.[1];
    for (const from of ['/%09/evil.example/phish', '/%5C/evil.example', encodeURIComponent('//evil.example'), encodeURIComponent('https://evil.example/'), 'javascript:alert(1)', '']) {
      expect(await keepIt(from), from).toBe(`/history/${aliceEntry.id}`);
    }
    expect(await keepIt(encodeURIComponent(`/history?q=mum&page=2#entry-${aliceEntry.id}`))).toBe(`/history?q=mum&amp;page=2#entry-${aliceEntry.id}`);
  });

  it('after sign-in, only a path on this site is followed: no tab, line break or backslash leads elsewhere', async () => {
    const cookie = await signedIn(app, alice);
    const site = new URL(app.url).origin;
    for (const next of ['/%09/evil.example/phish', '/%0A/evil.example', '/%0D%0A/x', '/%5C/evil.example', '/\\evil.example', '//evil.example', 'https://evil.example/', '/%20/evil.example']) {
      const res = await get(app, `/signin?next=${next.startsWith('/%') ? next : encodeURIComponent(next)}`, cookie);
      expect(res.status, next).toBe(303);
      const location = res.headers.get('location')!;
      // Read as a browser reads a Location header.
      expect(new URL(location, app.url).origin, `${next} -> ${location}`).toBe(site);
      expect(location, next).not.toMatch(/[\u0000-\u001f\\]|^\/\//);
    }
    const res = await get(app, `/signin?next=${encodeURIComponent('/history?q=mum#top')}`, cookie);
    expect(res.headers.get('location')).toBe('/history?q=mum#top');
    // A next too long to be a page of this site still lets a real code sign in, to the home page.
    const { code } = await issueLinkCode(app.store, alice);
    const long = await postForm(app, '/signin', { code, next: `/${'x'.repeat(3000)}` });
    expect(long.status).toBe(303);
    expect(long.headers.get('location')).toBe('/');
  });

  it('a cross-site form post is refused with 403 and does nothing', async () => {
    const cookie = await signedIn(app, alice);
    const evil = 'http://evil.example';
    const res = await postForm(app, '/settings?/signOutEverywhere', {}, { cookie, origin: evil });
    expect(res.status).toBe(403);
    const del = await postForm(app, `/history/${aliceEntry.id}/delete`, {}, { cookie, origin: evil });
    expect(del.status).toBe(403);
    const wipe = await postForm(app, '/settings/delete', { confirm: 'delete' }, { cookie, origin: evil });
    expect(wipe.status).toBe(403);
    expect(await app.store.getCheckIn(alice, aliceEntry.id)).not.toBeNull();
    // The session survived: the refused post did not sign anyone out.
    expect((await get(app, '/', cookie)).status).toBe(200);
  });

  it('the session cookie is HttpOnly, SameSite=Lax, Path=/, not Secure over plain HTTP, and only its hash is stored', async () => {
    const { code } = await issueLinkCode(app.store, alice);
    const { setCookie, cookie } = await signInHttp(app, code);
    expect(setCookie).toMatch(/^bs_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/; Secure/);
    const token = cookie!.split('=')[1]!;
    expect(await app.store.getSession(hashToken(token))).toMatchObject({ owner: alice });
    for (const file of await filesUnder(app.dataDir)) {
      expect(await readFile(file, 'utf8'), file).not.toContain(token);
    }
  });

  it('a forged or ended session is not a session', async () => {
    const forged = `bs_session=${'A'.repeat(43)}`;
    expect((await get(app, '/', forged)).status).toBe(303);
    const cookie = await signedIn(app, alice);
    expect((await get(app, '/', cookie)).status).toBe(200);
    const out = await postForm(app, '/signout', {}, { cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^bs_session=;.*Max-Age=0/);
    // The old cookie no longer works even if someone kept a copy.
    expect((await get(app, '/', cookie)).status).toBe(303);
  });

  it('sign out everywhere ends every session of that user, and only theirs', async () => {
    const first = await signedIn(app, alice);
    const second = await signedIn(app, alice);
    const bobs = await signedIn(app, bob);
    const res = await postForm(app, '/settings?/signOutEverywhere', {}, { cookie: first });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?message=everywhere');
    expect((await get(app, '/', first)).status).toBe(303);
    expect((await get(app, '/', second)).status).toBe(303);
    expect((await get(app, '/', bobs)).status).toBe(200);
  });

  it('the demo sign-in does not exist outside demo mode', async () => {
    expect((await get(app, '/demo')).status).toBe(404);
    expect((await postForm(app, '/demo', {})).status).toBe(404);
    expect(await (await get(app, '/signin')).text()).not.toContain('Try the demo');
  });

  it('pages carry a content security policy and are never cached', async () => {
    const cookie = await signedIn(app, alice);
    const res = await get(app, '/', cookie);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('sign-in codes that are refused', () => {
  // A server of its own, so the per-client attempt budget counted here starts from zero.
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function messageFor(code: string): Promise<{ status: number; text: string }> {
    const res = await postForm(app, '/signin', { code });
    const html = await res.text();
    // An alert, so a screen reader says why the code was refused as soon as the page comes back.
    const match = /<p class="field-error" id="code-error" role="alert">([^<]*)<\/p>/.exec(html);
    return { status: res.status, text: match?.[1] ?? '' };
  }

  it('used, expired, locked, malformed, and then too many tries: each with its own message', async () => {
    let attempts = 0;
    const owner = makeOwner();

    // Used: works once, then never again.
    const used = await issueLinkCode(app.store, owner);
    expect((await signInHttp(app, used.code)).res.status).toBe(303);
    expect(await messageFor(used.code)).toEqual({ status: 400, text: expect.stringContaining('already been used') });
    attempts += 2;

    // Expired: issued eleven minutes ago.
    const expired = await issueLinkCode(app.store, owner, new Date(Date.now() - 11 * 60_000));
    expect(await messageFor(expired.code)).toEqual({ status: 400, text: expect.stringContaining('expired') });
    attempts += 1;

    // Locked: wrong secrets aimed at one code lock it, and then even the right secret is refused.
    const target = await issueLinkCode(app.store, owner);
    const wrong = target.code.slice(0, 3) + String((Number(target.code.slice(3)) + 1) % 100_000).padStart(5, '0');
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) {
      expect((await messageFor(wrong)).text).toMatch(/didn't match|locked/);
    }
    expect(await messageFor(target.code)).toEqual({ status: 400, text: expect.stringContaining('locked') });
    attempts += MAX_CODE_ATTEMPTS + 1;

    // Malformed input is explained and does not spend an attempt.
    expect(await messageFor('12 34')).toEqual({ status: 400, text: expect.stringContaining('8 digits') });

    // Spend the rest of this client's budget, then even a fresh right code is refused: wait.
    while (attempts < CLIENT_ATTEMPTS_PER_WINDOW) {
      await messageFor('99999999');
      attempts += 1;
    }
    const fresh = await issueLinkCode(app.store, owner);
    expect(await messageFor(fresh.code)).toEqual({ status: 400, text: expect.stringContaining('wait') });
  });
});

describe('behind an HTTPS proxy', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ origin: false, env: { PROTOCOL_HEADER: 'x-forwarded-proto' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('the session cookie is Secure when the request came over HTTPS', async () => {
    const { code } = await issueLinkCode(app.store, makeOwner());
    const httpsOrigin = app.url.replace('http:', 'https:');
    const { res, setCookie } = await signInHttp(app, code, { 'x-forwarded-proto': 'https' }, httpsOrigin);
    expect(res.status).toBe(303);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
  });
});
