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
        if (config.MIGRATIONS_RUN) await runMigrations(handle, new Logger('Migrations'));
        return handle.dataSource;
      },
    }),
  ],
  exports: [DatabaseHandleModule],
})
export class DatabaseModule {}
