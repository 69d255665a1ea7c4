import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // `npm run build` builds into a folder of its own (DASHBOARD_OUT) and points dashboard/build at it (see
    // releases.ts): `node dashboard/build` runs it alone, and the skill's Express server mounts
    // dashboard/build/handler.js so one process serves both.
    adapter: adapter({ out: process.env.DASHBOARD_OUT || 'build' }),
    alias: {
      // Domain code shared with the skill; imported by path so there is one source of truth.
      $shared: '../shared',
    },
    // Cross-site form posts are refused (403). This is SvelteKit's default; stated so nobody turns it off casually.
    csrf: { trustedOrigins: [] },
    // src/instrumentation.server.ts runs before adapter-node's server when the dashboard runs alone, to check the
    // environment and default ORIGIN before the server reads it. (Experimental in SvelteKit 2; kit is pinned to 2.70.x.)
    experimental: { instrumentation: { server: true } },
    // A strict content security policy: the pages load only their own scripts and styles.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'connect-src': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
        'base-uri': ['self'],
        'object-src': ['none'],
      },
    },
  },
};

export default config;
