/**
 * npm run insights:refresh — computes a new insights snapshot now (the service also does it
 * nightly), with progress. Safe while the service runs: readers keep the previous snapshot until
 * the new one is written, and when a replica is computing one already, this run says so and stops.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '@plekwijzer/api/app.module.js';
import { InsightsRefresher } from '@plekwijzer/api/modules/insights/insights-refresh.service.js';

async function main(): Promise<void> {
  // This process only refreshes: no demo seeding, no timers of its own.
  process.env.SEED_DEMO = 'false';
  process.env.INSIGHTS_REFRESH_ENABLED = 'false';
  process.env.SEARCH_INDEXER_ENABLED = 'false';
  process.env.WEBHOOKS_ENABLED = 'false';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const started = Date.now();
    const report = await app
      .get(InsightsRefresher)
      .refresh(null, (message) =>
        process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}\n`),
      );
    process.stdout.write(
      report
        ? `Done: snapshot ${report.snapshotId} with ${report.participants} active participants and ${report.places} places in ${(report.durationMs / 1000).toFixed(1)} s.\n`
        : 'Another process is computing a snapshot right now; it will write it.\n',
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Insights refresh failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
