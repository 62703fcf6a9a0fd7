import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@plekwijzer/config';
import { createDatabase, DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

// An arbitrary, fixed key: replicas starting together run migrations one at a time.
const MIGRATION_LOCK_KEY = 727_310_001;

type Carrier = DataSourceOptions & { handle: DatabaseHandle; config: AppConfig };

/** Runs pending migrations; on a server, under an advisory lock so two replicas never race. */
export async function runMigrations(handle: DatabaseHandle, logger?: Logger): Promise<number> {
  const { dataSource } = handle;
  if (handle.kind === 'pglite') {
    // One process per data directory (lock file) and one connection: no lock needed, and
    // holding one would block the only connection the migrations need.
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0)
      logger?.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    return applied.length;
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * With MIGRATION_DATABASE_URL (the owner role), migrations run over their own short-lived
 * connection as the owner, who then grants the runtime role of DATABASE_URL what it needs: all
 * rows of every table, but only INSERT and SELECT on audit_log. The runtime role owns nothing, so
 * it can neither disable the audit triggers nor change or delete audit rows. Without it,
 * migrations run over the runtime connection, as before (PGlite, simple setups).
 */
export async function migrate(config: AppConfig, runtime: DatabaseHandle, logger?: Logger): Promise<number> {
  if (!config.MIGRATION_DATABASE_URL || runtime.kind === 'pglite') return runMigrations(runtime, logger);
  const owner = await createDatabase(
    { ...config, DATABASE_URL: config.MIGRATION_DATABASE_URL, DB_POOL_SIZE: 2 },
    { entities: ENTITIES, migrations: MIGRATIONS },
  );
  try {
    await owner.dataSource.initialize();
    const applied = await runMigrations(owner, logger);
    const runtimeRole = decodeURIComponent(new URL(config.DATABASE_URL ?? '').username);
    if (runtimeRole) await grantRuntimeRole(owner.dataSource, runtimeRole);
    return applied;
  } finally {
    await owner.close();
  }
}

/** The runtime role's rights, set again at every start (so new tables are covered). */
export async function grantRuntimeRole(dataSource: DataSource, role: string): Promise<void> {
  const [{ owner }]: Array<{ owner: string }> = await dataSource.query('SELECT current_user AS owner');
  if (owner === role) return;
  const r = `"${role.replaceAll('"', '""')}"`;
  await dataSource.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
  await dataSource.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
  await dataSource.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  await dataSource.query(`REVOKE ALL ON "audit_log" FROM ${r}`);
  await dataSource.query(`GRANT SELECT, INSERT ON "audit_log" TO ${r}`);
  await dataSource.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM PUBLIC`);
}

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_HANDLE,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        createDatabase(config, { entities: ENTITIES, migrations: MIGRATIONS }),
    },
  ],
  exports: [DATABASE_HANDLE],
})
class DatabaseHandleModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle) {}

  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}

/** TypeORM on PostgreSQL or embedded PGlite, with migrations applied at start unless disabled. */
@Module({
  imports: [
    DatabaseHandleModule,
    TypeOrmModule.forRootAsync({
      inject: [DATABASE_HANDLE, AppConfig],
      // The handle and config ride along in the options so that dataSourceFactory can hand back the
      // handle's DataSource (already configured for PostgreSQL or PGlite) instead of building another.
      useFactory: (handle: DatabaseHandle, config: AppConfig): Carrier =>
        ({
          ...handle.dataSource.options,
          retryAttempts: 2,
          retryDelay: 1000,
          handle,
          config,
        }) as unknown as Carrier,
      dataSourceFactory: async (options?: DataSourceOptions): Promise<DataSource> => {
        const { handle, config } = options as Carrier;
        if (!handle.dataSource.isInitialized) await handle.dataSource.initialize();
        if (config.MIGRATIONS_RUN) await migrate(config, handle, new Logger('Migrations'));
        return handle.dataSource;
      },
    }),
  ],
  exports: [DatabaseHandleModule],
})
export class DatabaseModule {}
