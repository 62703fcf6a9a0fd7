/*
 * The API side of the bench: an OpenID Connect-style key set served locally (so that the real
 * app can run with NODE_ENV=production and verify RS256 tokens through OIDC_JWKS_URL, exactly as
 * in production), the real app started as a child process (`node dist/apps/api/src/main.js`), and
 * a closed-loop load generator over keep-alive HTTP.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { GcPause, ServerTime } from './app-probe.js';

/**
 * The coach's match list with every reason, as test/matching.e2e-spec.ts asks for it: the API's
 * default options (25 matches and 25 near misses), each match with its checks and score items,
 * each near miss with its fix hint and checks.
 */
export const MATCHES_QUERY = `query($id: ID!, $options: MatchOptionsInput) {
  matchesForParticipant(participantId: $id, options: $options) {
    totalCandidates
    matches { placement { id title } score travel { minutes mode } weeklyOverlapHours countsTowardsZRouteHours stretched checks { criterion passed detailNl detailEn } scoreBreakdown { criterion points } }
    nearMisses { placement { id title } failedCriterion fixHintNl fixHintEn checks { criterion passed } }
  } }`;

export interface Issuer {
  issuer: string;
  jwksUrl: string;
  audience: string;
  sign(subject: string, role: string): Promise<string>;
  close(): Promise<void>;
}

/** Serves a one-key JWKS on 127.0.0.1 and signs RS256 tokens with the matching private key. */
export async function startIssuer(): Promise<Issuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-1', alg: 'RS256', use: 'sig' };
  const body = JSON.stringify({ keys: [jwk] });
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(req.url === '/jwks.json' ? body : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}/`;
  const audience = 'plekwijzer-bench';
  const key: CryptoKey = privateKey;
  return {
    issuer,
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    audience,
    sign: (subject, role) =>
      new SignJWT({ role })
        .setProtectedHeader({ alg: 'RS256', kid: 'bench-1', typ: 'JWT' })
        .setSubject(subject)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('2h')
        .sign(key),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Environment variables the app reads (libs/config); the child gets only the ones set here. */
const APP_KEYS =
  /^(NODE_ENV|PORT|HOST|DATABASE_URL|PGLITE_DATA_DIR|DB_|MIGRATIONS_RUN|SEED_DEMO|OIDC_|JWT_|GRAPHQL_|AUTH_|API_PROCESSES|RATE_LIMIT_|LOG_LEVEL|PC4_CSV_PATH|TRAVEL_MATRIX_CSV|MEILI_|SEARCH_|WEBHOOK)/;

/**
 * Starts the real service (`dist/apps/api/src/main.js`) in production mode against the bench
 * database and waits until /health/ready answers.
 */
export async function startApi(options: {
  databaseUrl: string;
  issuer: Issuer;
  logLevel: string;
  /** Path of the app's main.js; default: this build's dist/apps/api/src/main.js. */
  entry?: string;
  /** API_PROCESSES: workers on the one port (node:cluster); default 1. */
  processes?: number;
  /** More settings for the app (BENCH_API_ENV), e.g. GRAPHQL_COMPILED_EXECUTION=false for an A/B run. */
  extraEnv?: Record<string, string>;
  /** A directory for what app-probe.ts, loaded into the app, records (GC pauses, request times). */
  probeDir?: string;
  onExit: (code: number | null) => void;
}): Promise<ApiProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!APP_KEYS.test(k)) env[k] = v;
  Object.assign(env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    OIDC_ISSUER: options.issuer.issuer,
    OIDC_JWKS_URL: options.issuer.jwksUrl,
    OIDC_AUDIENCE: options.issuer.audience,
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
    LOG_LEVEL: options.logLevel,
    SEED_DEMO: 'false',
    API_PROCESSES: String(options.processes ?? 1),
    // The whole load comes from one address and a thousand coaches, far over the per-IP and
    // per-user limits meant for real clients: the limits are off, as for a fleet of clients.
    RATE_LIMIT_ENABLED: 'false',
    ...(options.probeDir ? { BENCH_PROBE_DIR: options.probeDir } : {}),
    ...options.extraEnv,
  });
  const main = options.entry ?? fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url));
  // The same node flags as `npm run start:prod` and the container image.
  // BENCH_API_NODE_ARGS: more node flags for the app, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof.
  const extra = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  // Cluster workers inherit the flags, so every process records its pauses.
  if (options.probeDir) extra.unshift('--import', new URL('./app-probe.js', import.meta.url).href);
  const child = spawn(process.execPath, ['--max-semi-space-size=64', ...extra, main], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let exited = false;
  child.on('exit', (code) => {
    exited = true;
    options.onExit(code);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`The API exited during start-up: ${stderr.trim()}`);
    try {
      const res = await fetch(`${baseUrl}/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The API did not become ready within 60 s: ${stderr.trim()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    child,
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

export interface LoadRequest {
  body: string;
  token: string;
}

export interface LoadResult {
  /** Latency of every request completed in the measured window, in ms. */
  latencies: Float64Array;
  completed: number;
  failed: number;
  seconds: number;
  bytes: number;
  firstError?: string;
}

// Checked on the answer's bytes: decoding every 62 KiB answer into a string cost the load generator
// more CPU than the rest of its work (a CPU profile: the UTF-8 decode and the garbage it left were
// three quarters of it), and the generator shares the machine's two cores with the app.
const EXPECTED_PREFIX = Buffer.from('{"data":{"matchesForParticipant":{');
const ERRORS_KEY = Buffer.from('"errors":');

/**
 * Closed loop: `concurrency` workers each send the next request as soon as the previous answer is
 * read completely. Requests started during `warmupSeconds` are not counted; then every request
 * that starts within `seconds` is measured (latency = first byte sent → last byte received).
 * An answer counts as a success when it is HTTP 200, a matchesForParticipant result and has no
 * `errors`; every 25th answer is also parsed in full.
 */
export async function runLoad(options: {
  url: string;
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  next: () => LoadRequest;
  onProgress: (message: string) => void;
  /** Called once, when the first measured request starts. */
  onMeasureStart?: () => void;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const target = new URL(options.url);
  const latencies: number[] = [];
  let failed = 0;
  let bytes = 0;
  let firstError: string | undefined;
  let count = 0;

  const send = (req: LoadRequest): Promise<{ status: number; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(req.body);
      const r = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': payload.length,
            authorization: `Bearer ${req.token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      r.on('error', reject);
      r.end(payload);
    });

  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const measureUntil = measureFrom + options.seconds * 1000;
  let lastReport = start;
  let measuring = false;

  const worker = async (): Promise<void> => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= measureUntil) return;
      if (t0 >= measureFrom && !measuring) {
        measuring = true;
        options.onMeasureStart?.();
      }
      const req = options.next();
      let ok = false;
      let size = 0;
      try {
        const res = await send(req);
        size = res.body.length;
        ok =
          res.status === 200 &&
          res.body.subarray(0, EXPECTED_PREFIX.length).equals(EXPECTED_PREFIX) &&
          !res.body.includes(ERRORS_KEY);
        if (ok && ++count % 25 === 0) {
          const parsed = JSON.parse(res.body.toString('utf8')) as {
            data?: { matchesForParticipant?: { matches?: unknown[] } };
          };
          ok = Array.isArray(parsed.data?.matchesForParticipant?.matches);
        }
        if (!ok) firstError ??= `HTTP ${res.status}: ${res.body.toString('utf8').slice(0, 400)}`;
      } catch (error) {
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      const t1 = performance.now();
      if (t0 >= measureFrom) {
        if (ok) {
          latencies.push(t1 - t0);
          bytes += size;
        } else failed++;
      }
      if (t1 - lastReport >= 5000) {
        lastReport = t1;
        const phase =
          t1 < measureFrom
            ? 'warming up'
            : `measuring ${((t1 - measureFrom) / 1000).toFixed(0)}/${options.seconds} s`;
        options.onProgress(`API load (${phase}): ${latencies.length} requests measured, ${failed} failed`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  const end = performance.now();
  agent.destroy();
  return {
    latencies: Float64Array.from(latencies),
    completed: latencies.length,
    failed,
    // Until the last measured request finished (it may end a little after the window).
    seconds: (end - measureFrom) / 1000,
    bytes,
    firstError,
  };
}

/** What app-probe.ts appended to `<dir>/<name>-<pid>.jsonl` for every app process, ended between `from` and `to` (ms since the epoch). */
function probedBetween<T extends [...unknown[]]>(
  dir: string,
  name: 'gc' | 'requests',
  endedAt: (entry: T) => number,
  from: number,
  to: number,
): T[] {
  const found: T[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.startsWith(`${name}-`) || !/-\d+\.jsonl$/.test(file)) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      let entry: T;
      try {
        entry = JSON.parse(line) as T;
      } catch {
        continue; // the last line while the app is still appending it, or the empty one after it
      }
      const at = endedAt(entry);
      if (at >= from && at <= to) found.push(entry);
    }
  }
  return found;
}

/** The garbage-collection pauses of the app's processes that ended between `from` and `to`. */
export function gcPausesBetween(dir: string, from: number, to: number): GcPause[] {
  return probedBetween<GcPause>(dir, 'gc', (pause) => pause[1], from, to);
}

/** How long each GraphQL request that ended between `from` and `to` was inside the app, in ms. */
export function serverTimesBetween(dir: string, from: number, to: number): Float64Array {
  return Float64Array.from(
    probedBetween<ServerTime>(dir, 'requests', (time) => time[0], from, to),
    (t) => t[1],
  );
}

/** CPU time (user + system) of a process in ms, from /proc (Linux); undefined elsewhere. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of a process and its direct children (cluster workers), in ms. */
export function processTreeCpuMs(pid: number): number | undefined {
  const own = processCpuMs(pid);
  if (own === undefined) return undefined;
  let total = own;
  for (const entry of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === pid) total += processCpuMs(Number(entry)) ?? 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** CPU time in ms per process named `postgres` (the server and its backends); undefined off Linux. */
export function postgresCpuMs(): Map<number, number> | undefined {
  try {
    const out = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^[0-9]+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
      } catch {
        // the process ended meanwhile
      }
    }
    return out;
  } catch {
    return undefined;
  }
}

/** USER_HZ: 100 on every mainstream Linux build. */
const CLOCK_TICKS = 100;
