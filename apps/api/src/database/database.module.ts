import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@plekwijzer/config';
import { createDatabase, type DatabaseHandle } from '@plekwijzer/database';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');
const HANDLE = Symbol('handle');
// An arbitrary, fixed key: replicas starting together run migrations one at a time.
const MIGRATION_LOCK_KEY = 727_310_001;

type OptionsWithHandle = DataSourceOptions & { [HANDLE]?: DatabaseHandle };

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
    if (applied.length > 0) logger?.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
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
      useFactory: (config: AppConfig) => createDatabase(config, { entities: ENTITIES, migrations: MIGRATIONS }),
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
      useFactory: (handle: DatabaseHandle, config: AppConfig) => {
        // The handle rides along in the options so dataSourceFactory can hand back its DataSource.
        const options = handle.dataSource.options as OptionsWithHandle;
        return { ...options, retryAttempts: 2, retryDelay: 1000, migrationsRun: false, [HANDLE]: handle, config } as never;
      },
      dataSourceFactory: async (options?: DataSourceOptions): Promise<DataSource> => {
        const handle = (options as OptionsWithHandle | undefined)?.[HANDLE];
        const config = (options as { config?: AppConfig } | undefined)?.config;
        if (!handle) throw new Error('Database handle missing');
        if (!handle.dataSource.isInitialized) await handle.dataSource.initialize();
        if (config?.MIGRATIONS_RUN !== false) await runMigrations(handle, new Logger('Migrations'));
        return handle.dataSource;
      },
    }),
  ],
  exports: [DatabaseHandleModule],
})
export class DatabaseModule {}
