/**
 * npm run seed:demo — loads the Amersfoort demo set into an empty database (migrating it first).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '@plekwijzer/api/app.module.js';
import { DemoSeeder } from '@plekwijzer/api/modules/demo/demo-seeder.service.js';

async function main(): Promise<void> {
  // SEED_DEMO=false keeps the start-up hook from seeding; this script does it with progress output.
  process.env.SEED_DEMO = 'false';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const seeder = app.get(DemoSeeder);
    const report = await seeder.seedIfEmpty((done, total) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stdout.write(
        `\rLoading demo data [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      );
    });
    process.stdout.write(
      report.seeded
        ? `\nDone: ${report.organisations} organisations, ${report.users} users, ${report.placements} places, ${report.participants} participants.\n`
        : 'The database already holds data; the demo set is only loaded into an empty database.\n',
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
