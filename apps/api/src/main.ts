import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@plekwijzer/config';
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

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): print the reason plainly and stop.
  process.stderr.write(
    `Plekwijzer could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
