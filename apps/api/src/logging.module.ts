import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@plekwijzer/config';
import { ConfigModule } from '@plekwijzer/api/config/config.module.js';
import { requestLogFields } from '@plekwijzer/api/modules/metrics/request-annotations.js';
import { safeError } from '@plekwijzer/api/common/safe-error.js';

const REQUEST_ID = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * Structured JSON logs with a request id on every line. Request and response bodies are never
 * logged (they carry personal data); headers with credentials are redacted.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // Readable lines for a person at a terminal during development; JSON everywhere else.
          ...(config.NODE_ENV === 'development' && process.stdout.isTTY
            ? {
                transport: {
                  target: 'pino-pretty',
                  options: { singleLine: false, ignore: 'pid,hostname,req,res,responseTime' },
                },
              }
            : {}),
          genReqId: (req, res) => {
            const incoming = req.headers['x-request-id'];
            const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-api-key"]',
              'res.headers["set-cookie"]',
              '*.password',
              '*.secret',
              '*.token',
              '*.email',
              '*.postcode',
              '*.clientReference',
            ],
            censor: '[redacted]',
          },
          serializers: {
            // Every logged error (ours, Nest's exception handlers', pino-http's) goes through this.
            err: safeError,
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            // The status only: the response headers are the same security headers on every line
            // (the request id is already under req.id), and serialising them cost time per request.
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          // The GraphQL operation name and the pseudonymous user id (a UUID) on the request's line,
          // read when the response is finished. (As `customProps` they cost two child loggers and a
          // serialisation per request, for fields that are only known at the end: issue 13.)
          customSuccessObject: (req, _res, line: object) => ({ ...line, ...requestLogFields(req) }),
          customErrorObject: (req, _res, _error, line: object) => ({ ...line, ...requestLogFields(req) }),
          autoLogging: {
            ignore: (req) => (req.url ?? '').startsWith('/health') || (req.url ?? '').startsWith('/metrics'),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
