/**
 * `npm start`: one Node process serving the skill endpoint (POST /alexa) and the dashboard on one port, over the
 * embedded store in DATA_DIR.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { EnvError, loadEnv, type Env } from '../shared/env.js';
import { openStore, type Store } from '../shared/store/index.js';
import { createServer } from './app.js';
import { createSkill } from './skill.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The built dashboard (adapter-node's handler), sharing this process's store: the bundled dashboard cannot share a
 * module instance with us, so the store is handed over on a well-known symbol before the handler loads.
 */
async function loadDashboard(store: Store, env: Env): Promise<RequestHandler | undefined> {
  const handlerPath = path.join(root, 'dashboard', 'build', 'handler.js');
  if (!existsSync(handlerPath)) {
    console.warn('The dashboard is not built (run `npm run build`); serving the skill endpoint only.');
    return undefined;
  }
  (globalThis as Record<symbol, unknown>)[Symbol.for('between-sessions.store')] = store;
  // SvelteKit refuses form posts whose Origin differs from the one it believes it serves; adapter-node reads it
  // from ORIGIN when its module loads.
  if (!env.ORIGIN && !process.env.PROTOCOL_HEADER) process.env.ORIGIN = `http://localhost:${env.PORT}`;
  const mod = (await import(pathToFileURL(handlerPath).href)) as { handler: RequestHandler };
  return mod.handler;
}

export async function start(env: Env) {
  const dataDir = path.resolve(env.DATA_DIR);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const store = await openStore(dataDir, { networkFileSystem: env.DATA_DIR_NETWORK });
  if (env.ALEXA_SKIP_VERIFICATION) {
    console.warn(
      [
        '',
        '!!! ALEXA_SKIP_VERIFICATION is on: requests are NOT checked for Amazon\'s signature or freshness.',
        '!!! Anyone who can reach this port can read and write check-ins. Use this for local testing only.',
        '',
      ].join('\n'),
    );
  }
  const skill = createSkill({ store, env, dataDir });
  const app = createServer({
    skill,
    verification: {
      signature: !env.ALEXA_SKIP_VERIFICATION,
      timestamp: !env.ALEXA_SKIP_VERIFICATION,
      skillId: env.ALEXA_SKILL_ID,
    },
    dashboard: await loadDashboard(store, env),
  });
  const server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    console.log(`Between Sessions is listening on http://localhost:${port} (skill endpoint: POST /alexa; data: ${dataDir})`);
  });
  // Stop taking requests, let a compaction in progress finish (every answer is already safe in a journal either way),
  // then leave.
  const stop = () => server.close(() => void store.close().finally(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await start(loadEnv());
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
