// The web workspace (apps/web): built into dist/web, which the API serves at `/` (common/web-app.ts).
// `npm run dev:web` serves it from source with the API's paths proxied to a running `npm start`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = `http://localhost:${process.env.PORT ?? '3000'}`;

export default defineConfig({
  root,
  resolve: {
    // The domain's pure rules (libs/domain: the introduction lifecycle, vocabularies), shared with
    // the API rather than copied.
    alias: {
      '@plekwijzer/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  // Vite 8 compiles TSX itself (Oxc); React's automatic runtime, so no `import React` per file.
  // (@vitejs/plugin-react would add Fast Refresh only; see README "Dependencies and why".)
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: process.env.WEB_OUT_DIR ?? fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Every style sheet a file: the Content-Security-Policy allows no inline style.
    cssCodeSplit: true,
    assetsInlineLimit: 0,
    // One bundle of ~175 kB gzip for now (the budget is 250 kB for the first route, issue 11 §4).
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The bundler's timing report would fill `npm start`'s output on every build.
      checks: { pluginTimings: false },
      // React Router and react-intl mark their modules "use client" for React Server Components;
      // in a client-only bundle that directive means nothing, so the warning is noise.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/dev/sign-in': api,
      '/auth': api,
      '/health': api,
    },
  },
});
