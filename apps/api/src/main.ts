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
  // SIGTERM/SIGINT: stop accepting requests, finish the ones in flight, close the database.
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}/graphql`;
  app.get(Logger).log(`Plekwijzer is listening on ${url}`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): print the reason plainly and stop.
  process.stderr.write(
    `Plekwijzer could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
