// Bundles the development GraphiQL page (apps/graphiql) with esbuild into one folder of static
// files: main.js (ES module), main.css, Monaco's three editor workers and the editor's font.
// Usage: node tools/build-graphiql.mjs [outdir]   (default dist/graphiql; `npm run build` runs it)
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, process.argv[2] ?? 'dist/graphiql');
const workers = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};
const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'apps/graphiql/src/main.mjs' },
    outdir,
    format: 'esm',
    splitting: false,
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    assetNames: '[name]-[hash]',
  }),
  // Classic (non-module) workers: each one file, nothing to import at run time.
  build({ ...common, entryPoints: workers, outdir, format: 'iife' }),
]);
// Written last: the API (and the tests) treat a folder without it as not built.
writeFileSync(join(outdir, 'BUILT'), `${new Date().toISOString()}\n`);
