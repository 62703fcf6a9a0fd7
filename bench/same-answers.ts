/**
 * npm run bench:same-answers — do two builds of the app give the same match answers, byte for byte?
 *
 * A performance change must not change what a coach sees (issue 13). This starts both builds on a
 * database kept by `BENCH_KEEP_DATABASE=true npm run bench:match`, asks each the bench's query
 * (MATCHES_QUERY) for the same participants with their own coach's token, and compares the
 * bodies. It prints progress to stderr and one JSON line, and exits 1 when any answer differs.
 *
 * Environment:
 *   BENCH_REUSE_DATABASE_URL  the kept bench database (required)
 *   BENCH_API_ENTRY_A         the first build's main.js (required), e.g. an older commit built with
 *                             `npx tsc -p tsconfig.build.json --outDir <dir>` and tsc-alias
 *   BENCH_API_ENTRY_B         the second build's main.js (default: this build)
 *   BENCH_SAME_ANSWERS_SAMPLE participants compared (default 300)
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { MATCHES_QUERY, startApi, startIssuer, type ApiProcess } from './http-load.js';
import { progress } from './stats.js';

const databaseUrl = process.env.BENCH_REUSE_DATABASE_URL?.trim();
const entryA = process.env.BENCH_API_ENTRY_A?.trim();
const entryB =
  process.env.BENCH_API_ENTRY_B?.trim() || fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url));
const sample = Number(process.env.BENCH_SAME_ANSWERS_SAMPLE ?? 300);

async function main(): Promise<number> {
  if (!databaseUrl || !entryA) {
    process.stderr.write('Set BENCH_REUSE_DATABASE_URL (a kept bench database) and BENCH_API_ENTRY_A.\n');
    return 2;
  }
  if (!Number.isInteger(sample) || sample < 1) {
    process.stderr.write('BENCH_SAME_ANSWERS_SAMPLE must be a whole number above 0.\n');
    return 2;
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  // A fixed spread of participants, the same for every run on the same database.
  const { rows } = await db.query<{ id: string; subject: string }>(
    `SELECT p.id, u.external_subject AS subject FROM participants p JOIN users u ON u.id = p.coach_id
      ORDER BY md5(p.id::text) LIMIT $1`,
    [sample],
  );
  await db.end();
  const issuer = await startIssuer();
  const apps: ApiProcess[] = [];
  try {
    for (const entry of [entryA, entryB]) {
      progress(`starting ${entry}`);
      apps.push(await startApi({ databaseUrl, issuer, logLevel: 'warn', entry, onExit: () => {} }));
    }
    const tokens = new Map<string, string>();
    let same = 0;
    const differing: string[] = [];
    for (const [k, row] of rows.entries()) {
      if (!tokens.has(row.subject)) tokens.set(row.subject, await issuer.sign(row.subject, 'COACH'));
      const bodies = await Promise.all(
        apps.map(async (app) => {
          const res = await fetch(`${app.baseUrl}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens.get(row.subject)}`,
            },
            body: JSON.stringify({ query: MATCHES_QUERY, variables: { id: row.id } }),
          });
          return res.text();
        }),
      );
      // A match list on both sides (two equal error answers would prove nothing).
      if (bodies[0] === bodies[1] && bodies[0].startsWith('{"data":{"matchesForParticipant":{')) same++;
      else differing.push(row.id);
      if ((k + 1) % 100 === 0) progress(`${k + 1} of ${rows.length} compared, ${differing.length} differ`);
    }
    console.log(
      JSON.stringify({
        compared: rows.length,
        same,
        differ: differing.length,
        firstDiffering: differing.slice(0, 5),
      }),
    );
    return differing.length === 0 ? 0 : 1;
  } finally {
    for (const app of apps) await app.stop();
    await issuer.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
