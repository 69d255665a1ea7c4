import path from 'node:path';
import type { ConfigEnv, UserConfig } from 'vite';
import { afterEach, expect, it } from 'vitest';
import config from '../../dashboard/vite.config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const saved = process.env.DATA_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = saved;
});

const run = (command: ConfigEnv['command']) =>
  (config as (env: ConfigEnv) => UserConfig)({ command, mode: command === 'serve' ? 'development' : 'production' });

// `npm run dev` runs vite in dashboard/, where ./data was a second, empty store beside the one `npm start` uses.
it('npm run dev reads the same DATA_DIR as npm start, from the repository root', () => {
  delete process.env.DATA_DIR;
  run('serve');
  expect(process.env.DATA_DIR).toBe(path.join(ROOT, 'data'));
  process.env.DATA_DIR = './elsewhere';
  run('serve');
  expect(process.env.DATA_DIR).toBe(path.join(ROOT, 'elsewhere'));
  process.env.DATA_DIR = '/srv/bs-data';
  run('serve');
  expect(process.env.DATA_DIR).toBe('/srv/bs-data');
});
