import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding Plekwijzer's package.json, found by walking up from this file, so that
 * bundled data resolves the same from source (tests) and from dist/ (production).
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'plekwijzer') return dir;
    }
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('Could not find the Plekwijzer project root (package.json)');
    dir = parent;
  }
}
