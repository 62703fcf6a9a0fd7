/**
 * npm run report -- --out <dir> [--period 2026-Q4] — writes the council report from the last
 * insights snapshot: one CSV per table, SVG charts and index.html (see insights-report.ts).
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '@plekwijzer/api/app.module.js';
import { PERIOD_PATTERN, writeCouncilReport } from '@plekwijzer/api/modules/insights/insights-report.js';
import { InsightsService } from '@plekwijzer/api/modules/insights/insights.service.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, period: { type: 'string' } },
    strict: true,
  });
  if (!values.out) throw new Error('--out <dir> is required');
  if (values.period !== undefined && !PERIOD_PATTERN.test(values.period))
    throw new Error(`--period must look like 2026-Q4, got ${values.period}`);
  // This process only reads: no demo seeding, no timers of its own.
  process.env.SEED_DEMO = 'false';
  process.env.INSIGHTS_REFRESH_ENABLED = 'false';
  process.env.SEARCH_INDEXER_ENABLED = 'false';
  process.env.WEBHOOKS_ENABLED = 'false';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const out = resolve(values.out);
    const files = await writeCouncilReport(app.get(InsightsService), out, {
      period: values.period,
      progress: (message) => process.stdout.write(`${message}\n`),
    });
    process.stdout.write(`Done: ${files.length} files in ${out} (open index.html).\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Report failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
