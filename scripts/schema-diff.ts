/**
 * The breaking-change report for the GraphQL contract: compares schema.gql with its version in the
 * previous commit that changed it (`git log -n 2 -- schema.gql`), or with the last committed version
 * when the working copy has uncommitted changes, and prints every change by criticality. A report:
 * it exits 0 whatever it finds (and when there is no history to compare with, e.g. a shallow clone).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const FILE = 'schema.gql';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      readFileSync(join(dir, 'package.json'));
      readFileSync(join(dir, FILE));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return process.cwd();
      dir = parent;
    }
  }
}

/** The commit whose schema.gql is the base of the comparison, or why there is none. */
function baseCommit(root: string): { commit: string } | { reason: string } {
  const log = git(root, ['log', '-n', '2', '--format=%H', '--', FILE]);
  if (log === undefined) return { reason: 'not a git checkout' };
  const commits = log.split('\n').filter(Boolean);
  const uncommitted = git(root, ['diff', '--quiet', 'HEAD', '--', FILE]) === undefined;
  const base = uncommitted ? commits[0] : commits[1];
  if (base) return { commit: base };
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  return {
    reason: shallow
      ? `this is a shallow clone without an earlier ${FILE} (fetch more history to compare)`
      : `${FILE} has no earlier version`,
  };
}

function print(title: string, changes: Change[]): void {
  if (changes.length === 0) return;
  console.log(`\n${title} (${changes.length}):`);
  for (const change of changes) {
    const reason = change.criticality.reason ? ` — ${change.criticality.reason}` : '';
    console.log(`  - ${change.message}${change.path ? ` [${change.path}]` : ''}${reason}`);
  }
}

async function main(): Promise<void> {
  const root = findRoot();
  const base = baseCommit(root);
  if ('reason' in base) {
    console.log(`schema:diff: nothing to compare: ${base.reason}.`);
    return;
  }
  const oldText = git(root, ['show', `${base.commit}:${FILE}`]);
  if (oldText === undefined) {
    console.log(`schema:diff: could not read ${FILE} at ${base.commit}.`);
    return;
  }
  const subject = git(root, ['log', '-n', '1', '--format=%h %s', base.commit])?.trim() ?? base.commit;
  const changes = await diff(buildSchema(oldText), buildSchema(readFileSync(join(root, FILE), 'utf8')));
  const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  const breaking = of(CriticalityLevel.Breaking);
  const dangerous = of(CriticalityLevel.Dangerous);
  const safe = of(CriticalityLevel.NonBreaking);
  console.log(
    `schema:diff: ${FILE} against ${subject}: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe change(s).`,
  );
  print('Breaking: clients built on the old schema may fail', breaking);
  print('Dangerous: may change what clients see', dangerous);
  print('Safe', safe);
}

main().catch((error: unknown) => {
  // A report, never a gate: say what went wrong and exit 0.
  console.log(`schema:diff: could not compare: ${error instanceof Error ? error.message : String(error)}`);
});
