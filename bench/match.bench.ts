/**
 * npm run bench:match — the matching benchmark (docs/PERFORMANCE.md).
 *
 * Builds a synthetic national data set in a fresh PostgreSQL database, then measures in one run:
 *   1. engine: createMatcher + match() for one participant against all published places;
 *   2. baseline: the same answers from a plain SQL implementation, and their agreement;
 *   3. all pairs: every participant against every place (child process, peak RSS);
 *   4. API: matchesForParticipant over HTTP against the real app at concurrency 8.
 * Progress goes to stderr; the last line on stdout is one JSON object with the figures.
 *
 * Environment (all optional):
 *   BENCH_DATABASE_URL      admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SEED              data set seed (default 20260520)
 *   BENCH_PLACES            published places (default 20000; 7.5 % more unpublished ones are added)
 *   BENCH_PARTICIPANTS      participants (default 50000)
 *   BENCH_ENGINE_SAMPLE     participants timed in the engine phase (default 1000, at least 500)
 *   BENCH_BASELINE_SAMPLE   participants timed in the baseline phase (default 300)
 *   BENCH_API_SECONDS       measured seconds of API load (default 20, at least 20)
 *   BENCH_API_WARMUP_SECONDS  (default 5)
 *   BENCH_API_CONCURRENCY   (default 8)
 *   BENCH_API_LOG_LEVEL     the app's LOG_LEVEL during the API phase (default info, as in production)
 *   BENCH_API_ENTRY         the app's entry point (default dist/apps/api/src/main.js of this build)
 *   BENCH_KEEP_DATABASE     true: do not drop the database at the end (prints its URL)
 *   BENCH_API_PROCESSES     more than 1: measure the API a second time with that many processes
 *                           (API_PROCESSES, node:cluster) after the single-process run (default 1)
 *   BENCH_API_ENV           more settings for the app, e.g. "GRAPHQL_COMPILED_EXECUTION=false"
 *   BENCH_REUSE_DATABASE_URL  a database kept by an earlier run (same seed and sizes): skips
 *                           creating and loading it, and never drops it (for quick A/B runs)
 *   BENCH_PHASES            which phases to run: engine,allpairs,insights,api (default all)
 */
import { today } from '@plekwijzer/domain';
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { In, type DataSource } from 'typeorm';
import { defaultPc4CsvPath, Pc4Table } from '@plekwijzer/geo';
import { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { baselineMatches, prepareBaseline } from './baseline.js';
import { createBenchDatabase, loadDataset, migrate, openDataSource, type BenchDatabase } from './database.js';
import { generateDataset, type Dataset } from './dataset.js';
import { allMatchesOptions, apiDefaultOptions, engineContext, profileOf } from './engine.js';
import {
  postgresCpuMs,
  gcPausesBetween,
  serverTimesBetween,
  processTreeCpuMs,
  MATCHES_QUERY,
  runLoad,
  startApi,
  startIssuer,
  type ApiProcess,
  type Issuer,
} from './http-load.js';
import type { GcPause } from './app-probe.js';
import { Rng } from './rng.js';
import { machineReferenceMs } from './reference.js';
import { maxRssMb, mean, percentile, progress, round, rssMb } from './stats.js';

const env = process.env;
const int = (name: string, fallback: number, min = 1): number => {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
};

const settings = {
  adminUrl: env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres',
  seed: int('BENCH_SEED', 20260520, 0),
  places: int('BENCH_PLACES', 20_000),
  participants: int('BENCH_PARTICIPANTS', 50_000),
  engineSample: int('BENCH_ENGINE_SAMPLE', 1000, 500),
  engineWarmup: 300,
  baselineSample: int('BENCH_BASELINE_SAMPLE', 300, 10),
  baselineWarmup: 20,
  apiSeconds: int('BENCH_API_SECONDS', 20, 20),
  apiWarmupSeconds: int('BENCH_API_WARMUP_SECONDS', 5, 0),
  apiConcurrency: int('BENCH_API_CONCURRENCY', 8),
  apiLogLevel: env.BENCH_API_LOG_LEVEL?.trim() || 'info',
  apiEntry: env.BENCH_API_ENTRY?.trim() || undefined,
  keepDatabase: env.BENCH_KEEP_DATABASE === 'true',
  apiProcesses: int('BENCH_API_PROCESSES', 1),
  apiEnv: Object.fromEntries(
    (env.BENCH_API_ENV ?? '')
      .split(/\s+/)
      .filter((kv) => kv.includes('='))
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  ),
  reuseDatabaseUrl: env.BENCH_REUSE_DATABASE_URL?.trim() || undefined,
  phases: new Set(
    (env.BENCH_PHASES?.trim() || 'engine,allpairs,insights,api').split(',').map((p) => p.trim()),
  ),
};

interface AllPairsReport {
  allPairsMs: number;
  allPairsLoadMs: number;
  snapshotMs: number;
  places: number;
  participants: number;
  pairs: number;
  participantsWithMatch: number;
  medianMatchesPerParticipant: number;
  checksum: number;
  peakRssMb: number;
}

interface InsightsRefreshReport {
  insightsRefreshMs: number;
  insightsParticipants: number;
  insightsPlaces: number;
  insightsPeakRssMb: number;
}

/** Runs a bench child (a compiled file beside this one) and parses the JSON line it prints last. */
function runChild<T>(file: string, env: Record<string, string>): Promise<T> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${file} exited with ${String(code)}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

const runAllPairs = (databaseUrl: string, referenceDate: string): Promise<AllPairsReport> =>
  runChild('./all-pairs.js', { BENCH_CHILD_DATABASE_URL: databaseUrl, BENCH_REFERENCE_DATE: referenceDate });

const runInsightsRefresh = (databaseUrl: string): Promise<InsightsRefreshReport> =>
  runChild('./insights-refresh.js', { BENCH_CHILD_DATABASE_URL: databaseUrl });

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

interface Samples {
  engineIds: string[];
  apiParticipants: Array<{ id: string; coachId: string; subject: string }>;
}

/** Builds and loads the data set; keeps only the samples the later phases need. */
async function buildDataset(ds: DataSource, referenceDate: string, table: Pc4Table, load = true) {
  let t = performance.now();
  const data: Dataset = generateDataset(
    table.all(),
    {
      publishedPlaces: settings.places,
      unpublishedPlaces: Math.round(settings.places * 0.075),
      participants: settings.participants,
      caseload: 50,
    },
    settings.seed,
    referenceDate,
    progress,
  );
  const generateMs = performance.now() - t;
  t = performance.now();
  if (load) await loadDataset(ds, data, progress);
  const loadMs = performance.now() - t;
  const counts = {
    places: data.placements.length,
    publishedPlaces: data.placements.filter((p) => p.status === 'PUBLISHED').length,
    participants: data.participants.length,
    coaches: data.coaches.length,
    organisations: data.organisations.length,
    introductions: data.introductions.length,
  };
  progress(
    `data set ready: ${JSON.stringify(counts)} (generated in ${(generateMs / 1000).toFixed(1)} s, loaded in ${(loadMs / 1000).toFixed(1)} s)`,
  );
  // Samples: participants for the engine and baseline phases, others for the API.
  const rng = new Rng(settings.seed ^ 0x5eed);
  const engineCount = settings.engineWarmup + settings.engineSample;
  const shuffled = rng.sample(data.participants, Math.min(data.participants.length, engineCount + 5000));
  const subjectOf = new Map(data.coaches.map((c) => [c.id, c.external_subject]));
  const samples: Samples = {
    engineIds: shuffled.slice(0, engineCount).map((p) => p.id),
    apiParticipants: shuffled
      .slice(engineCount)
      .map((p) => ({ id: p.id, coachId: p.coach_id, subject: subjectOf.get(p.coach_id)! })),
  };
  return { counts, samples, generateMs, loadMs };
}

/** Phases 1 and 2: the engine alone, then the baseline on the same participants. */
async function measureEngineAndBaseline(
  ds: DataSource,
  referenceDate: string,
  table: Pc4Table,
  engineIds: string[],
) {
  const ctx = engineContext(ds, table);
  const t = performance.now();
  const snapshot = await ctx.cache.snapshot();
  const snapshotMs = performance.now() - t;
  progress(
    `engine: compiled ${snapshot.matcher.size} published places in ${snapshotMs.toFixed(0)} ms (read, map and compile)`,
  );
  const loaded = await ds.getRepository(ParticipantEntity).findBy({ id: In(engineIds) });
  const byId = new Map(loaded.map((p) => [p.id, p]));
  const sample = engineIds.map((id) => byId.get(id)!);
  const warm = sample.slice(0, settings.engineWarmup);
  const measured = sample.slice(settings.engineWarmup);
  const matcher = snapshot.matcher;
  const matchOptions = apiDefaultOptions(referenceDate);
  const allOptions = allMatchesOptions(referenceDate);
  for (const p of warm) {
    matcher.match(profileOf(ctx, p), matchOptions);
    matcher.rank(profileOf(ctx, p), allOptions);
  }
  gc();
  const engineTimes = new Float64Array(measured.length);
  let matchesReturned = 0;
  let nearMissesReturned = 0;
  for (let k = 0; k < measured.length; k++) {
    const t0 = performance.now();
    const result = matcher.match(profileOf(ctx, measured[k]), matchOptions);
    engineTimes[k] = performance.now() - t0;
    matchesReturned += result.matches.length;
    nearMissesReturned += result.nearMisses.length;
  }
  gc();
  const engineAllTimes = new Float64Array(measured.length);
  const engineAllSets: Array<Set<string>> = [];
  for (let k = 0; k < measured.length; k++) {
    const t0 = performance.now();
    const result = matcher.rank(profileOf(ctx, measured[k]), allOptions);
    engineAllTimes[k] = performance.now() - t0;
    engineAllSets.push(new Set(result.matches.map((m) => m.placementId)));
  }
  const engineP50Ms = percentile(engineTimes, 50);
  const engineP95Ms = percentile(engineTimes, 95);
  const avgAllMatches = mean(engineAllSets.map((s) => s.size));
  progress(
    `engine: match() p50 ${engineP50Ms.toFixed(3)} ms, p95 ${engineP95Ms.toFixed(3)} ms over ${measured.length} participants ` +
      `(avg ${(matchesReturned / measured.length).toFixed(1)} matches + ${(nearMissesReturned / measured.length).toFixed(1)} near misses returned); ` +
      `all matches via rank(): p50 ${percentile(engineAllTimes, 50).toFixed(3)} ms, avg ${avgAllMatches.toFixed(1)} matches`,
  );

  // Baseline: plain SQL + schedule check in TypeScript, same participants, same run.
  await prepareBaseline(ds);
  const baselineOptions = { referenceDate, stretchLanguage: false, excludeNonCountingForZRoute: false };
  const homeOf = (p: ParticipantEntity) => ctx.postcodes.locationOf(p.homePostcode)!;
  for (const p of warm.slice(0, settings.baselineWarmup))
    await baselineMatches(ds, p, homeOf(p), baselineOptions);
  const n = Math.min(settings.baselineSample, measured.length);
  const baselineTimes = new Float64Array(n);
  let identical = 0;
  let pairsBoth = 0;
  let pairsEither = 0;
  let baselinePairs = 0;
  let firstDisagreement: string | undefined;
  for (let k = 0; k < n; k++) {
    const p = measured[k];
    const t0 = performance.now();
    const ids = await baselineMatches(ds, p, homeOf(p), baselineOptions);
    baselineTimes[k] = performance.now() - t0;
    const engineSet = engineAllSets[k];
    const baselineSet = new Set(ids);
    baselinePairs += baselineSet.size;
    let both = 0;
    for (const id of baselineSet) if (engineSet.has(id)) both++;
    const either = engineSet.size + baselineSet.size - both;
    pairsBoth += both;
    pairsEither += either;
    if (both === either) identical++;
    else
      firstDisagreement ??= `participant ${p.id}: engine ${engineSet.size}, baseline ${baselineSet.size}, common ${both}`;
    if ((k + 1) % 100 === 0) progress(`baseline ${k + 1}/${n}`);
  }
  const baselineP50Ms = percentile(baselineTimes, 50);
  const engineAllP50SameSample = percentile(engineAllTimes.subarray(0, n), 50);
  const baselineRatio = baselineP50Ms / engineAllP50SameSample;
  const agreementPct = (100 * identical) / n;
  const pairAgreementPct = pairsEither === 0 ? 100 : (100 * pairsBoth) / pairsEither;
  progress(
    `baseline: p50 ${baselineP50Ms.toFixed(2)} ms, p95 ${percentile(baselineTimes, 95).toFixed(2)} ms over ${n} participants; ` +
      `ratio ${baselineRatio.toFixed(1)} vs engine all-matches p50 ${engineAllP50SameSample.toFixed(3)} ms; ` +
      `identical sets ${agreementPct.toFixed(1)} %, pair agreement ${pairAgreementPct.toFixed(2)} %` +
      (firstDisagreement ? `; first difference: ${firstDisagreement}` : ''),
  );
  return {
    engineP95Ms,
    engineP50Ms,
    baselineRatio,
    engine: {
      engineSample: measured.length,
      engineAvgMatches: round(matchesReturned / measured.length),
      engineAvgNearMisses: round(nearMissesReturned / measured.length),
      engineAllMatchesP50Ms: round(percentile(engineAllTimes, 50)),
      engineAllMatchesP95Ms: round(percentile(engineAllTimes, 95)),
      engineAvgAllMatches: round(avgAllMatches),
      snapshotMs: Math.round(snapshotMs),
    },
    baseline: {
      baselineSample: n,
      baselineP50Ms: round(baselineP50Ms),
      baselineP95Ms: round(percentile(baselineTimes, 95)),
      baselineRatioEngineP50Ms: round(engineAllP50SameSample),
      baselineRatioVsMatchP50: round(baselineP50Ms / percentile(engineTimes.subarray(0, n), 50)),
      baselineAgreementPct: round(agreementPct),
      baselinePairAgreementPct: round(pairAgreementPct),
      baselineAvgMatches: round(baselinePairs / n),
    },
  };
}

/** Phase 4: the real app over HTTP. */
async function measureApi(
  databaseUrl: string,
  apiParticipants: Samples['apiParticipants'],
  track: (api: ApiProcess | undefined, issuer: Issuer | undefined) => void,
  processes: number,
  countTransactions: () => Promise<number>,
) {
  // Every process compiles its own matcher and warms up on its own: a longer warm-up for more.
  const warmupSeconds = settings.apiWarmupSeconds * processes;
  const issuer = await startIssuer();
  track(undefined, issuer);
  progress(
    `API: starting the app, ${processes} process(es) (NODE_ENV=production, OIDC tokens from a local key set)`,
  );
  let running = true;
  const probeDir = mkdtempSync(join(tmpdir(), 'plekwijzer-bench-probe-'));
  const api = await startApi({
    databaseUrl,
    issuer,
    logLevel: settings.apiLogLevel,
    entry: settings.apiEntry,
    processes,
    extraEnv: settings.apiEnv,
    probeDir,
    onExit: (code) => {
      if (running) progress(`API process exited unexpectedly (code ${String(code)})`);
    },
  });
  track(api, issuer);
  const tokens = new Map<string, string>();
  for (const p of apiParticipants) {
    if (!tokens.has(p.coachId)) tokens.set(p.coachId, await issuer.sign(p.subject, 'COACH'));
  }
  const requests = apiParticipants.map((p) => ({
    body: JSON.stringify({ query: MATCHES_QUERY, variables: { id: p.id } }),
    token: tokens.get(p.coachId)!,
  }));
  let cursor = 0;
  const apiPid = api.child.pid ?? -1;
  let before:
    | {
        api?: number;
        pg?: Map<number, number>;
        bench: NodeJS.CpuUsage;
        transactions: Promise<number>;
        wallMs: number;
      }
    | undefined;
  gc();
  progress(
    `API: ${requests.length} participants of ${tokens.size} coaches; concurrency ${settings.apiConcurrency}, ` +
      `${warmupSeconds} s warm-up + ${settings.apiSeconds} s measured`,
  );
  const load = await runLoad({
    url: `${api.baseUrl}/graphql`,
    concurrency: settings.apiConcurrency,
    warmupSeconds,
    seconds: settings.apiSeconds,
    next: () => requests[cursor++ % requests.length],
    onProgress: progress,
    onMeasureStart: () => {
      before = {
        api: processTreeCpuMs(apiPid),
        pg: postgresCpuMs(),
        bench: process.cpuUsage(),
        transactions: countTransactions(),
        wallMs: Date.now(),
      };
    },
  });
  const after = {
    api: processTreeCpuMs(apiPid),
    pg: postgresCpuMs(),
    bench: process.cpuUsage(before?.bench),
    wallMs: Date.now(),
  };
  // PostgreSQL publishes a backend's counts when it goes idle, at most once a second: wait for it
  // (the app's GC pause lists, written twice a second, are complete by then too).
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const transactions = (await countTransactions()) - (await before!.transactions);
  const collections = gcFigures(gcPausesBetween(probeDir, before?.wallMs ?? 0, after.wallMs), load.completed);
  const inside = serverTimesBetween(probeDir, before?.wallMs ?? 0, after.wallMs);
  rmSync(probeDir, { recursive: true, force: true });
  running = false;
  await api.stop();
  track(undefined, issuer);
  await issuer.close();
  track(undefined, undefined);
  if (load.completed === 0)
    throw new Error(`No API request succeeded: ${load.firstError ?? 'unknown error'}`);
  if (load.failed > 0) progress(`API: ${load.failed} requests failed; first: ${load.firstError ?? '?'}`);
  const apiP50Ms = percentile(load.latencies, 50);
  const apiP95Ms = percentile(load.latencies, 95);
  const apiRps = load.completed / load.seconds;
  const perRequest = (ms: number | undefined): number | null =>
    ms === undefined ? null : round(ms / load.completed);
  const apiCpuMsPerRequest = perRequest(
    after.api !== undefined && before?.api !== undefined ? after.api - before.api : undefined,
  );
  const postgresCpuMsPerRequest = perRequest(postgresCpuDelta(before?.pg, after.pg));
  const loadGeneratorCpuMsPerRequest = round((after.bench.user + after.bench.system) / 1000 / load.completed);
  // Every statement of a match request runs on its own (no BEGIN … COMMIT), so each is one
  // transaction of the bench database; failed requests and the app's once-a-second matcher
  // check are included (a few hundredths per request).
  const dbStatementsPerRequest = round(transactions / (load.completed + load.failed));
  // The same requests as the app saw them (request event → response handed to the socket): the
  // rest of the load generator's latency is waiting before the app reads a request or after.
  const apiServerP50Ms = inside.length ? round(percentile(inside, 50)) : null;
  const apiServerP95Ms = inside.length ? round(percentile(inside, 95)) : null;
  progress(
    `API: ${load.completed} requests in ${load.seconds.toFixed(1)} s = ${apiRps.toFixed(0)} req/s; ` +
      `p50 ${apiP50Ms.toFixed(1)} ms, p95 ${apiP95Ms.toFixed(1)} ms, p99 ${percentile(load.latencies, 99).toFixed(1)} ms; ` +
      `avg response ${(load.bytes / load.completed / 1024).toFixed(0)} KiB; CPU per request: app ${String(apiCpuMsPerRequest)} ms, ` +
      `PostgreSQL ${String(postgresCpuMsPerRequest)} ms, load generator ${loadGeneratorCpuMsPerRequest} ms; ` +
      `${dbStatementsPerRequest} database statements per request; ` +
      `GC: ${collections.apiGcPauses} pauses (${collections.apiGcPausesOver10Ms} over 10 ms, longest ${collections.apiGcPauseMaxMs} ms), ` +
      `${collections.apiGcMsPerRequest} ms per request; inside the app: p50 ${apiServerP50Ms} ms, p95 ${apiServerP95Ms} ms`,
  );
  return {
    apiP95Ms,
    apiRps,
    api: {
      apiP50Ms: round(apiP50Ms),
      apiP99Ms: round(percentile(load.latencies, 99)),
      apiRequests: load.completed,
      apiFailed: load.failed,
      apiSeconds: round(load.seconds),
      apiConcurrency: settings.apiConcurrency,
      apiAvgResponseKiB: round(load.bytes / load.completed / 1024),
      apiCpuMsPerRequest,
      postgresCpuMsPerRequest,
      loadGeneratorCpuMsPerRequest,
      dbStatementsPerRequest,
      apiServerP50Ms,
      apiServerP95Ms,
      ...collections,
    },
  };
}

/** What the app's garbage collection cost in the measured window (all its processes together). */
function gcFigures(pauses: GcPause[], requests: number) {
  const total = pauses.reduce((sum, [, , ms]) => sum + ms, 0);
  return {
    apiGcPauses: pauses.length,
    apiGcMajorPauses: pauses.filter(([kind]) => kind === 'major').length,
    apiGcPausesOver10Ms: pauses.filter(([, , ms]) => ms > 10).length,
    apiGcPauseMeanMs: pauses.length ? round(total / pauses.length) : 0,
    apiGcPauseMaxMs: round(pauses.reduce((max, [, , ms]) => Math.max(max, ms), 0)),
    apiGcMsPerRequest: requests ? round(total / requests) : 0,
  };
}

/** CPU used by PostgreSQL processes between two readings (backends that ended meanwhile are lost). */
function postgresCpuDelta(
  before: Map<number, number> | undefined,
  after: Map<number, number> | undefined,
): number | undefined {
  if (!before || !after) return undefined;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

async function main(): Promise<void> {
  const referenceDate = today();
  progress(
    `settings: ${settings.places} published places, ${settings.participants} participants, seed ${settings.seed}, reference date ${referenceDate}`,
  );
  const table = Pc4Table.fromFile(defaultPc4CsvPath());

  let db: BenchDatabase | undefined;
  let api: ApiProcess | undefined;
  let issuer: Issuer | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (cleaning ??= (async () => {
      await api?.stop().catch(() => undefined);
      await issuer?.close().catch(() => undefined);
      if (db && settings.reuseDatabaseUrl) progress(`database ${db.name} left as it was (reused)`);
      else if (db && !settings.keepDatabase) {
        progress(`dropping database ${db.name}`);
        await db.drop().catch((e: unknown) => progress(`could not drop ${db?.name}: ${String(e)}`));
      } else if (db) progress(`kept database: ${db.url}`);
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    if (settings.reuseDatabaseUrl) {
      const url = settings.reuseDatabaseUrl;
      db = { name: new URL(url).pathname.slice(1), url, drop: () => Promise.resolve() };
      progress(`reusing database ${db.name} (not dropped at the end)`);
    } else {
      db = await createBenchDatabase(settings.adminUrl);
      progress(`created database ${db.name}`);
    }
    const handle = await openDataSource(db.url, 4);
    try {
      const ds = handle.dataSource;
      if (!settings.reuseDatabaseUrl) {
        const applied = await migrate(handle);
        progress(`applied ${applied} migrations`);
      }
      const [{ server_version: postgres }] =
        await ds.query<Array<{ server_version: string }>>('SHOW server_version');

      const dataset = await buildDataset(ds, referenceDate, table, !settings.reuseDatabaseUrl);
      gc();
      const engine = settings.phases.has('engine')
        ? await measureEngineAndBaseline(ds, referenceDate, table, dataset.samples.engineIds)
        : undefined;
      gc();

      let allPairs: AllPairsReport | undefined;
      if (settings.phases.has('allpairs')) {
        progress('all pairs: starting a fresh process');
        allPairs = await runAllPairs(db.url, referenceDate);
        progress(
          `all pairs: ${allPairs.pairs} matching pairs for ${allPairs.participants} participants in ${(allPairs.allPairsMs / 1000).toFixed(1)} s ` +
            `(+ ${(allPairs.allPairsLoadMs / 1000).toFixed(1)} s reading and compiling), peak RSS ${allPairs.peakRssMb.toFixed(0)} MB`,
        );
      }

      let insights: InsightsRefreshReport | undefined;
      if (settings.phases.has('insights')) {
        progress('insights refresh: starting a fresh process');
        insights = await runInsightsRefresh(db.url);
        progress(
          `insights refresh: ${insights.insightsParticipants} participants × ${insights.insightsPlaces} places in ${(insights.insightsRefreshMs / 1000).toFixed(1)} s, peak RSS ${insights.insightsPeakRssMb.toFixed(0)} MB`,
        );
      }

      // Transactions of the bench database so far (for dbStatementsPerRequest).
      const countTransactions = async (): Promise<number> => {
        const [row] = await ds.query<Array<{ n: string }>>(
          'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
        );
        return Number(row.n);
      };
      const track = (a: ApiProcess | undefined, i: Issuer | undefined) => {
        api = a;
        issuer = i;
      };
      let http: Awaited<ReturnType<typeof measureApi>> | undefined;
      let machineReference: number | undefined;
      let multi: Awaited<ReturnType<typeof measureApi>> | undefined;
      if (settings.phases.has('api')) {
        gc();
        machineReference = machineReferenceMs();
        progress(
          `machine reference: ${machineReference.toFixed(3)} ms (fixed work; see docs/PERFORMANCE.md)`,
        );
        http = await measureApi(db.url, dataset.samples.apiParticipants, track, 1, countTransactions);
        if (settings.apiProcesses > 1) {
          gc();
          multi = await measureApi(
            db.url,
            dataset.samples.apiParticipants,
            track,
            settings.apiProcesses,
            countTransactions,
          );
        }
      }
      await handle.close();

      const report = {
        engineP95Ms: engine && round(engine.engineP95Ms),
        engineP50Ms: engine && round(engine.engineP50Ms),
        apiP95Ms: http && round(http.apiP95Ms),
        apiRps: http && round(http.apiRps),
        baselineRatio: engine && round(engine.baselineRatio),
        allPairsMs: allPairs && Math.round(allPairs.allPairsMs),
        peakRssMb: allPairs && Math.round(allPairs.peakRssMb),
        insightsRefreshMs: insights && Math.round(insights.insightsRefreshMs),
        insightsPeakRssMb: insights && Math.round(insights.insightsPeakRssMb),
        ...engine?.engine,
        ...http?.api,
        machineReferenceMs: machineReference && round(machineReference),
        apiProcesses: 1,
        ...(multi && {
          multiProcess: settings.apiProcesses,
          multiProcessApiRps: round(multi.apiRps),
          multiProcessApiP95Ms: round(multi.apiP95Ms),
          multiProcessApiP50Ms: multi.api.apiP50Ms,
          multiProcessApiRequests: multi.api.apiRequests,
          multiProcessApiFailed: multi.api.apiFailed,
          multiProcessApiCpuMsPerRequest: multi.api.apiCpuMsPerRequest,
          multiProcessPostgresCpuMsPerRequest: multi.api.postgresCpuMsPerRequest,
          multiProcessLoadGeneratorCpuMsPerRequest: multi.api.loadGeneratorCpuMsPerRequest,
          multiProcessDbStatementsPerRequest: multi.api.dbStatementsPerRequest,
          multiProcessApiGcPausesOver10Ms: multi.api.apiGcPausesOver10Ms,
          multiProcessApiGcMsPerRequest: multi.api.apiGcMsPerRequest,
        }),
        ...(Object.keys(settings.apiEnv).length > 0 && { apiEnv: settings.apiEnv }),
        ...engine?.baseline,
        allPairsLoadMs: allPairs && Math.round(allPairs.allPairsLoadMs),
        allPairsPairs: allPairs?.pairs,
        allPairsParticipantsWithMatch: allPairs?.participantsWithMatch,
        allPairsMedianMatches: allPairs?.medianMatchesPerParticipant,
        ...dataset.counts,
        seed: settings.seed,
        referenceDate,
        node: process.version,
        postgres,
        benchProcessPeakRssMb: Math.round(maxRssMb()),
        datasetGenerateMs: Math.round(dataset.generateMs),
        datasetLoadMs: Math.round(dataset.loadMs),
      };
      progress(`done (bench process rss ${rssMb().toFixed(0)} MB)`);
      await cleanup();
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } finally {
      await handle.close().catch(() => undefined);
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
