import 'reflect-metadata';
import { DEFAULT_MAP_EXEMPT_PAID_WORK_HOURS, DEFAULT_MAP_START_MONTH } from '@plekwijzer/domain';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  getMetadataStorage,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
/** scheme://host[:port], no path, no trailing slash: what a browser sends in `Origin`. */
const ORIGIN =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/;
const parseOrigins = (value: string): string[] =>
  value
    .split(',')
    .map((o) => o.trim().toLowerCase())
    .filter((o) => o !== '');
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every environment variable the service reads, in one place, validated at boot.
 * The README's configuration table lists the same names; keep them in step.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** PostgreSQL connection string. Without it the service uses an embedded PGlite database. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /**
   * Optional: the owner role's connection string, used only to run migrations. With it, DATABASE_URL
   * can be a runtime role without ownership (it may only INSERT and SELECT audit_log). Without it,
   * migrations run over DATABASE_URL.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MIGRATION_DATABASE_URL?: string;

  @IsString()
  PGLITE_DATA_DIR = '.data/pglite';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS = 15000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 10000;

  /** How long a statement waits for a row or table lock before it gives up (SERVICE_UNAVAILABLE). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_LOCK_TIMEOUT_MS = 5000;

  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** auto: load the Amersfoort demo set into an empty database unless NODE_ENV=production. */
  @IsIn(['auto', 'true', 'false'])
  SEED_DEMO: 'auto' | 'true' | 'false' = 'auto';

  /** Production: OpenID Connect issuer whose JWKS signs the bearer tokens. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  OIDC_ISSUER?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  OIDC_JWKS_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_AUDIENCE?: string;

  /**
   * The web app's OpenID Connect client (authorization code + PKCE, a public client without a
   * secret) at OIDC_ISSUER. With it the web app's sign-in goes to the issuer; without it the API
   * still verifies OIDC tokens (for other clients) but the web app cannot sign anyone in.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{1,255}$/, { message: 'OIDC_CLIENT_ID must be a client id without spaces' })
  OIDC_CLIENT_ID?: string;

  /** The scopes the web app asks the issuer for, space-separated; must include openid. */
  @Matches(/^(?=(?:.* )?openid(?: |$))[\x21-\x7e]+(?: [\x21-\x7e]+)*$/, {
    message: 'OIDC_SCOPE must be space-separated scopes including openid',
  })
  OIDC_SCOPE = 'openid profile';

  /** Development and tests: HS256 secret for locally signed tokens (`npm run token`). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @IsString()
  JWT_ISSUER = 'plekwijzer-local';

  @IsString()
  JWT_AUDIENCE = 'plekwijzer';

  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_IDE = true;

  /** The built GraphiQL page (`npm run build` writes it); default `dist/graphiql` in the project. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  GRAPHIQL_DIR?: string;

  /** The built web app (`npm run build` writes it), served at `/`; default `dist/web` in the project. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIR?: string;

  /**
   * The development sign-in page (`/dev/sign-in/*`: the demo users, a token for one). auto: on when
   * tokens are signed locally (JWT_SECRET) outside production; never in production.
   */
  @IsIn(['auto', 'false'])
  DEV_SIGN_IN: 'auto' | 'false' = 'auto';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * The highest estimated cost of one operation: every field counts 1, a list asked for with
   * `first` (or `page.first`) multiplies what it holds by that number, other object lists by 10.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  GRAPHQL_MAX_COST = 5000;

  /** Aliases in one operation (fragments counted where they are spread). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  GRAPHQL_MAX_ALIASES = 30;

  /** Lexical tokens in one document; the parser stops at the first one over. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(1_000_000)
  GRAPHQL_MAX_TOKENS = 3000;

  /**
   * Answer GraphQL operations through compiled queries (graphql-jit, cached per document) instead
   * of interpreting them per request; an operation that cannot be compiled runs the normal way.
   */
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_COMPILED_EXECUTION = true;

  /**
   * How long (ms) this process keeps the user behind a token subject, so that a request does not
   * read the users table each time. A change to a user row drops it at once (LISTEN/NOTIFY, on
   * PostgreSQL); 0 reads the user on every request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300_000)
  AUTH_USER_CACHE_MS = 30_000;

  /**
   * Processes serving on the same port (node:cluster). 1: this process serves. More: this process
   * only starts and watches the workers; each has its own matcher cache, the database is shared.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  /** auto: rate limits apply unless NODE_ENV=test (the throttling test switches them on). */
  @IsIn(['auto', 'true', 'false'])
  RATE_LIMIT_ENABLED: 'auto' | 'true' | 'false' = 'auto';

  /** Length of the rate-limit window. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  RATE_LIMIT_WINDOW_MS = 60_000;

  /** Requests per window for one signed-in user (all replicas count separately: see README). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_USER = 300;

  /** Requests per window from one IP address, signed in or not. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_IP = 600;

  /** Operations with a costly field (matching, search, progress) per window for one user or IP. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_COSTLY = 60;

  /** Open proposals (PROPOSED) one participant may have at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  MAX_OPEN_PROPOSALS_PER_PARTICIPANT = 3;

  /** Open proposals (PROPOSED) one place may have waiting at once, from all coaches together. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  MAX_OPEN_PROPOSALS_PER_PLACEMENT = 20;

  /**
   * The month of the three-year term in which the MAP starts (1 = the month of the PIP date). Before
   * it, MAP progress is not judged. Amersfoort plans the MAP in the second year: 13.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(36)
  MAP_START_MONTH = DEFAULT_MAP_START_MONTH;

  /** Paid work of at least this many hours a week exempts a participant from the MAP practice hours. */
  @Transform(toInt)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(60)
  MAP_EXEMPT_PAID_WORK_HOURS = DEFAULT_MAP_EXEMPT_PAID_WORK_HOURS;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  PC4_CSV_PATH?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  TRAVEL_MATRIX_CSV?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  /**
   * How old the matcher's compiled places may get before it checks the database for changes
   * made by other replicas (this process's own changes are seen at once). 0: check on every match.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  MATCHER_REFRESH_MS = 1000;

  /** auto: the search indexer drains the search outbox unless NODE_ENV=test (tests drive it themselves). */
  @IsIn(['auto', 'true', 'false'])
  SEARCH_INDEXER_ENABLED: 'auto' | 'true' | 'false' = 'auto';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  SEARCH_INDEXER_INTERVAL_MS = 1000;

  /** auto: webhooks are delivered unless NODE_ENV=test (tests drive the dispatcher themselves). */
  @IsIn(['auto', 'true', 'false'])
  WEBHOOKS_ENABLED: 'auto' | 'true' | 'false' = 'auto';

  /** Encrypts webhook signing secrets at rest (≥ 32 random characters). Required in production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  WEBHOOK_SECRET_KEY?: string;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_INTERVAL_MS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  WEBHOOK_MAX_ATTEMPTS = 8;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_BASE_DELAY_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  WEBHOOK_MAX_DELAY_MS = 21_600_000;

  /**
   * Insights (issue 12): counts below this are shown as "< k" and protected by secondary
   * suppression. Never below 3: a "< 2" cell would nearly be one person's own figure.
   */
  @Transform(toInt)
  @IsInt()
  @Min(3)
  @Max(100)
  INSIGHTS_SUPPRESSION_K = 5;

  /** auto: the insights snapshot is refreshed nightly unless NODE_ENV=test (tests refresh on demand). */
  @IsIn(['auto', 'true', 'false'])
  INSIGHTS_REFRESH_ENABLED: 'auto' | 'true' | 'false' = 'auto';

  /** When the nightly refresh runs, as HH:MM in Europe/Amsterdam. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INSIGHTS_REFRESH_AT must be a time such as 03:00' })
  INSIGHTS_REFRESH_AT = '03:00';

  /**
   * Browser origins allowed to call the API from another origin, comma-separated
   * (`https://werkplein.example.nl,https://admin.example.nl`). Empty: CORS closed (the web app is
   * served by the API on its own origin and needs none).
   */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? parseOrigins(value) : value))
  @IsArray()
  @IsString({ each: true })
  @Matches(ORIGIN, { each: true, message: 'CORS_ORIGINS must be origins such as https://app.example.nl' })
  CORS_ORIGINS: string[] = [];

  /** auto: serve /metrics outside production, and in production when METRICS_TOKEN is set. */
  @IsIn(['auto', 'true', 'false'])
  METRICS_ENABLED: 'auto' | 'true' | 'false' = 'auto';

  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`. Required in production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  @MaxLength(512)
  METRICS_TOKEN?: string;

  get metricsEnabled(): boolean {
    return this.METRICS_ENABLED === 'auto'
      ? !this.isProduction || Boolean(this.METRICS_TOKEN)
      : this.METRICS_ENABLED === 'true';
  }

  get usesEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  get rateLimitEnabled(): boolean {
    return this.RATE_LIMIT_ENABLED === 'auto' ? this.NODE_ENV !== 'test' : this.RATE_LIMIT_ENABLED === 'true';
  }

  get devSignInEnabled(): boolean {
    // Under OIDC the API verifies the issuer's tokens only: a locally signed one would be refused.
    return (
      this.DEV_SIGN_IN === 'auto' && Boolean(this.JWT_SECRET) && !this.OIDC_JWKS_URL && !this.isProduction
    );
  }

  /** What the web app needs to sign in through OIDC_ISSUER; undefined without OIDC_CLIENT_ID. */
  get webOidc(): { issuer: string; clientId: string; scope: string } | undefined {
    return this.OIDC_ISSUER && this.OIDC_CLIENT_ID
      ? { issuer: this.OIDC_ISSUER, clientId: this.OIDC_CLIENT_ID, scope: this.OIDC_SCOPE }
      : undefined;
  }

  get insightsRefreshEnabled(): boolean {
    return this.INSIGHTS_REFRESH_ENABLED === 'auto'
      ? this.NODE_ENV !== 'test'
      : this.INSIGHTS_REFRESH_ENABLED === 'true';
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get shouldSeedDemo(): boolean {
    return this.SEED_DEMO === 'auto' ? !this.isProduction : this.SEED_DEMO === 'true';
  }
}

/** A development secret so that `npm start` works on a fresh machine; refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'plekwijzer-development-secret-do-not-use-in-production';
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = 'plekwijzer-development-webhook-key-do-not-use-in-production';

export class ConfigError extends Error {}

/**
 * Every environment variable name the service reads: each validated property of AppConfig, taken
 * from class-validator's metadata. Optional settings have no initialiser, so they are not own keys
 * of a fresh AppConfig; a hand-kept list of them missed MEILI_URL and later GRAPHIQL_DIR.
 */
export const CONFIG_KEYS: readonly string[] = [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((m) => m.propertyName),
  ),
];

/** Reads and validates the environment. Throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);

  const oidcSet = [config.OIDC_ISSUER, config.OIDC_JWKS_URL, config.OIDC_AUDIENCE].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3) {
    problems.push('OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE must be set together');
  }
  if (config.OIDC_CLIENT_ID && oidcSet !== 3) {
    problems.push(
      'OIDC_CLIENT_ID (the web app’s sign-in) needs OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE',
    );
  }
  if (config.API_PROCESSES > 1 && config.usesEmbeddedDatabase)
    problems.push('API_PROCESSES above 1 needs DATABASE_URL (the embedded database serves one process)');
  if (config.isProduction) {
    if (oidcSet !== 3) problems.push('production needs OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE');
    if (config.JWT_SECRET) problems.push('JWT_SECRET (locally signed tokens) is not allowed in production');
    if (config.usesEmbeddedDatabase)
      problems.push('production needs DATABASE_URL (the embedded database is for trying out)');
    if (!config.WEBHOOK_SECRET_KEY)
      problems.push('production needs WEBHOOK_SECRET_KEY (encrypts webhook signing secrets at rest)');
    if (config.METRICS_ENABLED === 'true' && !config.METRICS_TOKEN)
      problems.push('production serves /metrics only with METRICS_TOKEN (a bearer token for the scraper)');
  } else {
    if (oidcSet === 0 && !config.JWT_SECRET) config.JWT_SECRET = DEVELOPMENT_JWT_SECRET;
    config.WEBHOOK_SECRET_KEY ??= DEVELOPMENT_WEBHOOK_SECRET_KEY;
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
