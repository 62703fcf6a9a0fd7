import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { type AppConfig, projectRoot } from '@plekwijzer/config';
import { DataDirLock } from './data-dir-lock.js';

type EntityList = MixedList<string | (new () => unknown) | EntitySchema>;
// TypeORM wants constructors; migrations are classes with up/down.
type MigrationList = MixedList<string | (new () => unknown)>;

export interface DatabaseHandle {
  dataSource: DataSource;
  /** 'postgres' for a server given by DATABASE_URL, 'pglite' for the embedded database. */
  kind: 'postgres' | 'pglite';
  /** Destroys the data source and, for PGlite, closes the engine and releases the directory lock. */
  close(): Promise<void>;
}

export interface DatabaseParts {
  entities: EntityList;
  migrations: MigrationList;
}

type DbConfig = Pick<
  AppConfig,
  | 'DATABASE_URL'
  | 'PGLITE_DATA_DIR'
  | 'DB_POOL_SIZE'
  | 'DB_CONNECT_TIMEOUT_MS'
  | 'DB_STATEMENT_TIMEOUT_MS'
  | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'
  | 'DB_LOCK_TIMEOUT_MS'
  | 'NODE_ENV'
>;

const common = (parts: DatabaseParts): Partial<PostgresOptions> => ({
  type: 'postgres',
  entities: parts.entities,
  migrations: parts.migrations,
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  // gen_random_uuid() is built into PostgreSQL 13+; never try to install uuid-ossp.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  // TypeORM's error logging prints query parameters, i.e. personal data: unexpected errors are logged
  // by the GraphQL error formatter instead, without them.
  logging: false,
});

/** A DataSource (not yet initialised) for PostgreSQL or, without DATABASE_URL, embedded PGlite. */
export async function createDatabase(config: DbConfig, parts: DatabaseParts): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    const dataSource = new DataSource({
      ...common(parts),
      url: config.DATABASE_URL,
      poolSize: config.DB_POOL_SIZE,
      connectTimeoutMS: config.DB_CONNECT_TIMEOUT_MS,
      applicationName: 'plekwijzer',
      extra: {
        // Server-side limits so that no request can hang on a stuck query or a forgotten transaction.
        statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
        // A row lock held too long (a stuck transaction) fails fast as SERVICE_UNAVAILABLE.
        lock_timeout: config.DB_LOCK_TIMEOUT_MS,
        idle_in_transaction_session_timeout: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        // Client-side limit too, for a server that stops answering altogether.
        query_timeout: config.DB_STATEMENT_TIMEOUT_MS + 2000,
        idleTimeoutMillis: 30000,
      },
    } as DataSourceOptions);
    return {
      dataSource,
      kind: 'postgres',
      close: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  }
  if (config.NODE_ENV === 'production') {
    throw new Error('The embedded database is not for production: set DATABASE_URL.');
  }
  const { pglite, lock } = await openPglite(config.PGLITE_DATA_DIR);
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pgConfig = createPgConfig(pglite);
  const dataSource = new DataSource({
    ...common(parts),
    // PGlite is a single session: a pool of exactly one client keeps transactions isolated
    // (requests queue for it) instead of interleaving statements of different transactions.
    poolSize: 1,
    connectTimeoutMS: config.DB_CONNECT_TIMEOUT_MS,
    extra: {
      connection: pgConfig.connection,
      host: pgConfig.host,
      port: pgConfig.port,
      user: pgConfig.user,
      password: pgConfig.password,
      database: pgConfig.database,
      max: 1,
      idleTimeoutMillis: 0,
    },
  } as DataSourceOptions);
  return {
    dataSource,
    kind: 'pglite',
    close: async () => {
      try {
        if (dataSource.isInitialized) await dataSource.destroy();
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}

async function openPglite(dataDir: string): Promise<{ pglite: PGlite; lock: DataDirLock }> {
  const dir = dataDir.startsWith('memory://') || isAbsolute(dataDir) ? dataDir : join(projectRoot(), dataDir);
  const inMemory = dir.startsWith('memory://');
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const lock = inMemory ? { release: () => undefined } : DataDirLock.acquire(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    // pg_trgm alone is stable on PGlite; cube/earthdistance are not loaded (distances are computed in TypeScript).
    const pglite = await PGlite.create(inMemory ? undefined : dir, { extensions: { pg_trgm } });
    return { pglite, lock: lock as DataDirLock };
  } catch (error) {
    lock.release();
    throw error;
  }
}
