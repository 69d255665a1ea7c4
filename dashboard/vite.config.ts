import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig(({ command }) => {
  // `npm run dev` runs in dashboard/: a relative DATA_DIR (the default ./data too) is read from the repository root,
  // so the live-reloading dashboard shows the same data as `npm start` and `npm run talk`.
  if (command === 'serve') process.env.DATA_DIR = path.resolve(repoRoot, process.env.DATA_DIR || 'data');
  return {
    plugins: [sveltekit()],
    server: {
      // The dashboard imports domain code from ../shared.
      fs: { allow: ['..'] },
    },
  };
});
