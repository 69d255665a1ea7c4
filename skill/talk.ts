/**
 * `npm run talk`: a conversation with the skill in the terminal. Type what you would say to an Echo ("open between
 * sessions", "anxious", "7", "help me breathe"); the skill answers with the words it would speak. Your words go
 * through the real interaction model (virtual-alexa) and the real skill, over the same store as `npm start`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EnvError, loadEnv } from '../shared/env.js';
import { ssmlToText } from '../shared/ssml.js';
import { openStore } from '../shared/store/index.js';
import { LOCALES, type Locale } from './model/manifest.js';
import { createSkill } from './skill.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USER_ID = 'amzn1.ask.account.TERMINAL';

/** What Alexa would say, as text: markup dropped, pauses shown so an exercise's pacing is visible. */
export function asText(response: ResponseEnvelope): string {
  const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
  let pauseMs = 0;
  for (const [, n, unit] of ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)) {
    pauseMs += Number(n) * (unit === 's' ? 1000 : 1);
  }
  const text = ssmlToText(ssml, { pauseMark: ' … ' });
  const card = response.response.card as { title?: string; content?: string } | undefined;
  const lines = [text];
  if (pauseMs > 0) lines.push(`   (with ${Math.round(pauseMs / 1000)} s of paced pauses)`);
  if (card) lines.push(`   [card] ${card.title ?? ''}: ${(card.content ?? '').replace(/\n/g, ' ')}`);
  return lines.join('\n');
}

const USAGE = `npm run talk: talk to the skill in your terminal, as you would to an Echo.

Type what you would say ("open between sessions", "anxious", "7", "help me breathe"); "quit" leaves.
Words go through the real interaction model and the real skill, into the same store as npm start.

Environment:
  LOCALE     the Echo's language and country: ${LOCALES.join(', ')} (default en-US)
  DATA_DIR   the store to use (default ./data, as npm start)
  DEFAULT_TIME_ZONE, and the rest of the README's Configuration, as for npm start

Example: LOCALE=en-GB npm run talk`;

/** A mistake in how the tool was started: said plainly, without a stack. */
class UsageError extends Error {}

const localeList = `${LOCALES.slice(0, -1).join(', ')} or ${LOCALES.at(-1)}`;

/** A locale the skill has an interaction model for, or a message saying which ones it has. */
function parseLocale(value: string | undefined): Locale {
  const locale = value || 'en-US';
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  throw new UsageError(
    `LOCALE ${locale} is not one the skill speaks: set LOCALE to ${localeList}, or leave it unset for en-US ` +
      '(an Echo elsewhere uses one of these, such as en-AU in New Zealand).',
  );
}

async function main() {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(USAGE);
    return;
  }
  // Before the slow imports below, so a mistyped locale is said at once.
  const locale = parseLocale(process.env.LOCALE);
  // virtual-alexa pulls in the AWS SDK v2, which prints an end-of-support notice on load: not for this terminal.
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  const { VirtualAlexa } = await import('virtual-alexa');
  const { say } = await import('./model/resolve.js');
  const env = loadEnv({ ...process.env });
  const dataDir = path.resolve(root, env.DATA_DIR);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const store = await openStore(dataDir);
  const skill = createSkill({ store, env, dataDir });
  const alexa = VirtualAlexa.Builder()
    .handler((event: RequestEnvelope) => skill.invoke(event))
    .interactionModelFile(path.join(root, `skill-package/interactionModels/custom/${locale}.json`))
    .locale(locale)
    .create();
  // A stable user, so records build up across runs; no settings API to reach from a terminal.
  alexa.filter((request: RequestEnvelope) => {
    const system = request.context.System;
    system.user.userId = USER_ID;
    if (request.session) request.session.user.userId = USER_ID;
    system.apiEndpoint = '';
  });

  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  console.log('Between Sessions, in your terminal. Say "open between sessions" to start; "quit" to leave.');
  console.log(`(locale: ${locale}; data: ${dataDir}; npm run talk -- --help for options)\n`);
  let open = false;
  for await (const line of rl) {
    const words = line.trim();
    if (!words) continue;
    if (/^(quit|exit)$/i.test(words)) break;
    if (!process.stdin.isTTY) console.log(`> ${words}`);
    // Outside a session Alexa needs the invocation; inside one, the words alone.
    const phrase = open || /between sessions/i.test(words) ? words : `ask between sessions ${words}`;
    const response = (await say(alexa, phrase)) as ResponseEnvelope;
    console.log(`Alexa: ${asText(response)}\n`);
    open = response.response.shouldEndSession === false;
    if (!open) console.log('(the session has ended; say "open between sessions" to start again)\n');
  }
  rl.close();
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
