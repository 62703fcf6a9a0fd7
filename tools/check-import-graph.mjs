// Fails when the import graph has a cycle, between files or between the folders that own them
// (a lib, a feature module under apps/api/src/modules, or another top folder of apps/api/src).
// Type-only imports count: a cycle of types is still two folders that cannot be read apart.
// Tests, test support, benchmarks and scripts are leaves and are left out of the folder graph.
//   node tools/check-import-graph.mjs            # check, exit 1 on a cycle
//   node tools/check-import-graph.mjs --edges    # also print the folder graph
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const parsed = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const files = ['apps', 'libs', 'test', 'scripts', 'bench'].flatMap((d) => walk(path.join(root, d)));
const fileEdges = new Map();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = new Set();
  for (const { fileName } of info.importedFiles) {
    const resolved = ts.resolveModuleName(fileName, file, parsed.options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) continue;
    targets.add(rel(resolved.resolvedFileName));
  }
  fileEdges.set(rel(file), targets);
}

/** The folder that owns a production file, or undefined for tests, test support, bench and scripts. */
function owner(file) {
  if (/\.(e2e-)?spec\.ts$/.test(file) || /(^|\/)testing\//.test(file) || /(^|\/)test-support\//.test(file))
    return undefined;
  let m = /^libs\/([^/]+)\//.exec(file);
  if (m) return `libs/${m[1]}`;
  m = /^apps\/api\/src\/modules\/([^/]+)\//.exec(file);
  if (m) return `modules/${m[1]}`;
  m = /^apps\/api\/src\/([^/]+)\//.exec(file);
  if (m) return `api/${m[1]}`;
  if (/^apps\/api\/src\/[^/]+\.ts$/.test(file)) return 'api (composition root)';
  return undefined;
}

const folderEdges = new Map();
const why = new Map();
for (const [from, targets] of fileEdges) {
  const a = owner(from);
  if (!a) continue;
  for (const to of targets) {
    const b = owner(to);
    if (!b || a === b) continue;
    if (!folderEdges.has(a)) folderEdges.set(a, new Set());
    folderEdges.get(a).add(b);
    const key = `${a} -> ${b}`;
    if (!why.has(key)) why.set(key, `${from} -> ${to}`);
  }
}

/** Tarjan's strongly connected components; every component of more than one node is a cycle. */
function cycles(edges) {
  let index = 0;
  const idx = new Map(),
    low = new Map(),
    onStack = new Set(),
    stack = [],
    found = [];
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]);
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!idx.has(v)) visit(v);
  return found;
}

if (process.argv.includes('--edges'))
  for (const [a, bs] of [...folderEdges].sort()) console.log(`${a} -> ${[...bs].sort().join(', ')}`);

let failed = false;
for (const scc of cycles(fileEdges)) {
  failed = true;
  console.error(`File cycle: ${scc.join(' <-> ')}`);
}
for (const scc of cycles(folderEdges)) {
  failed = true;
  console.error(`Folder cycle: ${scc.join(' <-> ')}`);
  for (const a of scc)
    for (const b of scc)
      if (why.has(`${a} -> ${b}`)) console.error(`  ${a} -> ${b}  (${why.get(`${a} -> ${b}`)})`);
}
if (failed) process.exit(1);
console.log(`Import graph: ${fileEdges.size} files, ${folderEdges.size} folders, no cycles.`);
