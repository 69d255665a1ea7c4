import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    // The dashboard imports domain code from ../shared.
    fs: { allow: ['..'] },
  },
});
