/*
 * Child process of match.bench: one insights refresh (issue 12) over the bench database, through the
 * app's own InsightsRefresher (engine all-pairs with every near miss, facts, one transaction), in a
 * fresh process so that its peak RSS is that of the refresh alone. Reads BENCH_CHILD_DATABASE_URL,
 * prints one JSON line.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '@plekwijzer/api/app.module.js';
import { InsightsRefresher } from '@plekwijzer/api/modules/insights/insights-refresh.service.js';
import { maxRssMb, progress, rssMb } from './stats.js';

async function main(): Promise<void> {
  const url = process.env.BENCH_CHILD_DATABASE_URL;
  if (!url) throw new Error('BENCH_CHILD_DATABASE_URL is required');
  Object.assign(process.env, {
    DATABASE_URL: url,
    SEED_DEMO: 'false',
    MIGRATIONS_RUN: 'false',
    INSIGHTS_REFRESH_ENABLED: 'false',
    SEARCH_INDEXER_ENABLED: 'false',
    WEBHOOKS_ENABLED: 'false',
    LOG_LEVEL: 'silent',
    // Writing 50 000 facts is one transaction of a few statements; give them room.
    DB_STATEMENT_TIMEOUT_MS: '600000',
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '600000',
  });
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    let peak = rssMb();
    const t0 = performance.now();
    const report = await app.get(InsightsRefresher).refresh(null, (message) => {
      peak = Math.max(peak, rssMb());
      progress(`insights: ${message} (rss ${rssMb().toFixed(0)} MB)`);
    });
    const insightsRefreshMs = performance.now() - t0;
    if (!report) throw new Error('another refresh held the lock');
    process.stdout.write(
      `${JSON.stringify({
        insightsRefreshMs,
        insightsParticipants: report.participants,
        insightsPlaces: report.places,
        insightsPeakRssMb: Math.max(maxRssMb(), peak),
      })}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `insights refresh failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
