import 'reflect-metadata';
import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadConfig } from '@plekwijzer/config';
import { createValidationPipe } from '@plekwijzer/graphql';
import { AppModule } from '@plekwijzer/api/app.module.js';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  const config = app.get(AppConfig);
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  app.get(Logger).log(`Plekwijzer is listening on ${url}/graphql`, 'Bootstrap');
  // The line to look for after `npm start`: the web workspace, served by this process.
  app.get(Logger).log(`Open the web workspace at ${url}/`, 'Bootstrap');
  // SIGTERM/SIGINT: stop accepting requests, finish the ones in flight, close the database, and
  // exit 0 — a clean stop (Nest's own hooks re-raise the signal, which reads as a crash).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.get(Logger).log(`${signal} received: shutting down`, 'Bootstrap');
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.name : 'error'}\n`);
          process.exit(1);
        },
      );
    });
  }
}

/**
 * API_PROCESSES > 1: this process serves nothing itself; it starts that many workers (node:cluster)
 * that share the port, each a complete app with its own matcher cache, like replicas on one
 * machine. A worker that dies is replaced; SIGTERM/SIGINT stop every worker cleanly, then this one.
 */
function supervise(processes: number): void {
  let stopping = false;
  const started: number[] = [];
  const fork = () => {
    started.push(Date.now());
    cluster.fork();
  };
  for (let i = 0; i < processes; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    process.stderr.write(
      `Worker ${worker.process.pid} stopped (${signal ?? `code ${code}`}); starting another\n`,
    );
    // A worker that cannot start at all (bad configuration) would be restarted forever: stop instead.
    if (started.filter((t) => Date.now() - t < 60_000).length > processes * 3) {
      process.stderr.write('Workers keep stopping; giving up\n');
      process.exit(1);
    }
    fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker?.process.kill('SIGTERM');
    });
  }
}

function start(): Promise<void> {
  if (cluster.isPrimary) {
    let processes = 1;
    try {
      processes = loadConfig().API_PROCESSES;
    } catch {
      // Bad configuration: bootstrap() reports it in full.
    }
    if (processes > 1) {
      supervise(processes);
      return Promise.resolve();
    }
  }
  return bootstrap();
}

start().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): print the reason plainly and stop.
  process.stderr.write(
    `Plekwijzer could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
