/**
 * npm run migration:run | migration:revert | migration:show
 * Uses the same database factory as the service (PostgreSQL from DATABASE_URL, else PGlite).
 */
import 'reflect-metadata';
import { loadConfig } from '@plekwijzer/config';
import { createDatabase } from '@plekwijzer/database';
import { ENTITIES } from '@plekwijzer/api/database/entities.js';
import { MIGRATIONS } from '@plekwijzer/api/database/migrations/index.js';
import { grantRuntimeRole, runMigrations } from '@plekwijzer/api/database/database.module.js';

async function main(): Promise<void> {
  const command = process.argv[2];
  const config = loadConfig();
  // The owner role (MIGRATION_DATABASE_URL) when there is one; the runtime role cannot change tables.
  const handle = await createDatabase(
    { ...config, DATABASE_URL: config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL },
    { entities: ENTITIES, migrations: MIGRATIONS },
  );
  try {
    await handle.dataSource.initialize();
    if (command === 'run') {
      const applied = await runMigrations(handle);
      const runtimeRole = config.DATABASE_URL
        ? decodeURIComponent(new URL(config.DATABASE_URL).username)
        : '';
      if (config.MIGRATION_DATABASE_URL && runtimeRole)
        await grantRuntimeRole(handle.dataSource, runtimeRole);
      process.stdout.write(
        applied === 0 ? 'The database is up to date.\n' : `Applied ${applied} migration(s).\n`,
      );
    } else if (command === 'revert') {
      await handle.dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('Reverted the last migration.\n');
    } else if (command === 'show') {
      const pending = await handle.dataSource.showMigrations();
      process.stdout.write(pending ? 'There are pending migrations.\n' : 'No pending migrations.\n');
    } else {
      process.stderr.write('Usage: migrate run|revert|show\n');
      process.exitCode = 2;
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
