/**
 * `npm start`: one Node process serving the skill endpoint (POST /alexa) and the dashboard on one port, over the
 * embedded store in DATA_DIR.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import type { RequestHandler } from 'express';
import { holdRelease } from '../dashboard/releases.js';
import { defaultOrigin, EnvError, loadEnv, type Env } from '../shared/env.js';
import { openStore, type Store } from '../shared/store/index.js';
import { createServer } from './app.js';
import { createSkill } from './skill.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The built dashboard (adapter-node's handler), sharing this process's store: the bundled dashboard cannot share a
 * module instance with us, so the store is handed over on a well-known symbol before the handler loads.
 */
async function loadDashboard(store: Store, env: Env): Promise<RequestHandler | undefined> {
  const linked = path.join(root, 'dashboard', 'build', 'handler.js');
  if (!existsSync(linked)) {
    console.warn('The dashboard is not built (run `npm run build`); serving the skill endpoint only.');
    return undefined;
  }
  // dashboard/build is a link to the newest build; this process keeps the build it starts with, whatever is built
  // after it (dashboard/releases.ts).
  const handlerPath = realpathSync(linked);
  holdRelease(path.dirname(handlerPath));
  (globalThis as Record<symbol, unknown>)[Symbol.for('between-sessions.store')] = store;
  // SvelteKit refuses form posts whose Origin differs from the one it believes it serves; adapter-node reads it
  // from ORIGIN when its module loads. (Run alone, the dashboard sets the same default in instrumentation.server.ts.)
  const origin = defaultOrigin(env);
  if (origin) process.env.ORIGIN = origin;
  const mod = (await import(pathToFileURL(handlerPath).href)) as { handler: RequestHandler };
  if (!origin) return mod.handler;
  // With that default, this server on this port is as much http://127.0.0.1 as http://localhost: a post from a page of
  // one loopback name to the other (Origin and Host both naming this port) is the same site, so it is checked as the
  // default. Any other Origin (another site, another port) still meets SvelteKit's cross-site check unchanged.
  const loopback = new Set([`localhost:${env.PORT}`, `127.0.0.1:${env.PORT}`]);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin?.startsWith('http://') && loopback.has(origin.slice(7)) && loopback.has(req.headers.host ?? '')) req.headers.origin = process.env.ORIGIN;
    return mod.handler(req, res, next);
  };
}

/** A start-up failure the operator can fix, with a message naming what to change (printed without a stack). */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);

/**
 * DATA_DIR must exist and take a file: found out now, with its name, rather than on a user's first answer (which the
 * skill would meet as a store it cannot open).
 */
async function ensureWritable(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StartupError(`DATA_DIR (${dataDir}) cannot be created: ${code(error)}. Point DATA_DIR at a folder this process can write.`);
  }
  const probe = path.join(dataDir, `.write-check-${process.pid}`);
  try {
    await writeFile(probe, '', { mode: 0o600 });
    await rm(probe, { force: true });
  } catch (error) {
    throw new StartupError(`DATA_DIR (${dataDir}) is not writable: ${code(error)}. Point DATA_DIR at a folder this process can write.`);
  }
}

/** Listens, turning the errors an operator meets (a port in use, an address not on this machine) into plain ones. */
function listen(app: ReturnType<typeof createServer>, env: Env): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(env.PORT, env.HOST);
    const failed = (error: NodeJS.ErrnoException) => {
      const where = `${env.HOST}:${env.PORT}`;
      if (error.code === 'EADDRINUSE') reject(new StartupError(`PORT ${env.PORT} is already in use on ${env.HOST}: stop what uses it, or set PORT to another port.`));
      else if (error.code === 'EACCES') reject(new StartupError(`PORT ${env.PORT} needs privileges this process lacks: set PORT to 1024 or above.`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
        reject(new StartupError(`HOST ${env.HOST} is not an address of this machine (${error.code}): set HOST to 0.0.0.0, 127.0.0.1 or one of its addresses.`));
      else reject(new StartupError(`Cannot listen on ${where}: ${error.code ?? error.message}`));
    };
    server.once('error', failed);
    // Listening: later errors are the server's own, not a start-up failure to turn into a message and swallow.
    server.once('listening', () => {
      server.off('error', failed);
      resolve(server);
    });
  });
}

export async function start(env: Env) {
  const dataDir = path.resolve(env.DATA_DIR);
  await ensureWritable(dataDir);
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
  let server: Server;
  try {
    server = await listen(app, env);
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(`Between Sessions is listening on http://localhost:${port} (skill endpoint: POST /alexa; data: ${dataDir})`);
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
    if (error instanceof EnvError || error instanceof StartupError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
