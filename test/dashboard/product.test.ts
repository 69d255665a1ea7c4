/**
 * The whole product as `npm start` runs it: one process serving POST /alexa and the dashboard over one store.
 * A check-in is made by voice (the JSON Alexa sends), the dashboard code is asked for by voice, and a real Chromium
 * signs in with the code from the card, sees the check-in, corrects it, exports it and deletes everything.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../shared/store/index.js';
import { Conversation, spoken } from '../helpers/alexa.js';
import { assertAlexaValid } from '../helpers/skill.js';
import { launchBrowser, startProductServer, type ProductServer } from './app.js';

const USER = 'amzn1.ask.account.PRODUCT';
let product: ProductServer;
let url: string;
let dataDir: string;
let browser: Browser;

beforeAll(async () => {
  product = await startProductServer({ ALEXA_SKIP_VERIFICATION: '1' }, 'bs-product-');
  url = `http://localhost:${product.port}`;
  dataDir = product.dataDir;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function send(envelope: unknown): Promise<ResponseEnvelope> {
  const res = await fetch(`${url}/alexa`, { method: 'POST', body: JSON.stringify(envelope), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as ResponseEnvelope;
  assertAlexaValid(body);
  return body;
}

it('voice check-in → code by voice → sign in → This week → correct → export → delete everything', { timeout: 90_000 }, async () => {
  const voice = new Conversation(send, { userId: USER, apiEndpoint: '' });
  await voice.launch();
  await voice.say('CheckInIntent', { feeling: 'hungry' }); // "angry", misheard
  await voice.say('IntensityIntent', { intensity: '6' });
  const closed = await voice.say('WhatHappenedIntent', { event: 'Walked to the river with Sam & Jo <3' });
  expect(spoken(closed)).toMatch(/saved/i);

  const codeTurn = await new Conversation(send, { userId: USER, apiEndpoint: '' }).say('DashboardCodeIntent');
  const card = codeTurn.response.card as { content: string };
  const code = /(\d{3}) (\d{3}) (\d{2})/.exec(card.content)!.slice(1).join(' ');

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/signin`);
  await page.getByLabel('Your code').fill(code);
  await Promise.all([page.waitForURL(`${url}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
  const week = await page.locator('main').innerText();
  expect(week).toMatch(/1 of (7 nights|the \d nights so far|1 night so far)/);
  expect(week).toContain('hungry');
  expect(week).toContain('Walked to the river with Sam & Jo <3');

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.getByRole('link', { name: /^Edit/ }).click();
  await page.getByLabel('Feeling, in your words').fill('angry');
  await Promise.all([page.waitForURL(/\/history\?saved=/), page.getByRole('button', { name: 'Save' }).click()]);

  const exported = (await (await page.request.get(`${url}/export/json`)).json()) as {
    checkIns: Array<{ feeling: { said: string; family: string }; intensity: number; whatHappened: string }>;
  };
  expect(exported.checkIns).toHaveLength(1);
  expect(exported.checkIns[0]).toMatchObject({
    feeling: { said: 'angry', family: 'Angry' },
    intensity: 6,
    whatHappened: 'Walked to the river with Sam & Jo <3',
  });

  await page.goto(`${url}/settings/delete`);
  await page.getByLabel(/Type “delete” to confirm/).fill('delete');
  await Promise.all([page.waitForURL(/\/signin\?message=deleted/), page.getByRole('button', { name: 'Delete everything' }).click()]);
  await context.close();

  const store = await openStore(dataDir);
  expect(await store.exportOwner({ userId: USER })).toEqual({ profile: null, checkIns: [], exercises: [], rescued: [] });
  // The code is gone with the rest, and the week by voice starts from nothing.
  const after = await new Conversation(send, { userId: USER, apiEndpoint: '' }).say('WeekSummaryIntent');
  expect(spoken(after)).not.toMatch(/1 of 7/);
});
