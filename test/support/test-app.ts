import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@plekwijzer/config';
import { createValidationPipe } from '@plekwijzer/graphql';
import { AppModule } from '@plekwijzer/api/app.module.js';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import { signLocalToken } from '@plekwijzer/api/modules/auth/token-verifier.service.js';
import { createTestDatabase, participantInput, type TestDatabase } from '@plekwijzer/testing';

const CREATE_PARTICIPANT = `mutation ($input: CreateParticipantInput!) {
  createParticipant(input: $input) { participant { id } }
}`;

export const TEST_JWT_SECRET = 'plekwijzer-test-secret-0123456789abcdef';

export interface TestApp {
  app: INestApplication;
  http: App;
  dataSource: DataSource;
  config: AppConfig;
  /** Signs a token the way `npm run token` does. */
  tokenFor(
    user: { id: string; role: string },
    options?: { expiresIn?: string; secret?: string; audience?: string },
  ): Promise<string>;
  /** Posts a GraphQL operation; returns the parsed body and the HTTP status. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; data?: T; errors?: GqlError[] }>;
  /** Posts a GraphQL operation that must succeed: its data, or the test fails with the errors. */
  ok: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<T>;
  /**
   * Creates a participant through the API as the coach whose token is given: the fixture's
   * defaults (`participantInput`) with `overrides`. Returns the new participant's id.
   */
  createParticipant: (token: string, overrides?: Record<string, unknown>) => Promise<string>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; fields?: { path: string; message: string }[]; [key: string]: unknown };
}

/** Boots the real AppModule on a fresh database (migrated, empty unless `seedDemo`). */
export async function createTestApp(
  options: { seedDemo?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  let app: INestApplication | undefined;
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      GRAPHQL_IDE: 'false',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: options.seedDemo ? 'true' : 'false',
      PGLITE_DATA_DIR: 'memory://',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      ...options.env,
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    return testAppAround(app, config, database);
  } catch (error) {
    // A test that expects the app not to start (a bad setting) must not leave its database or
    // pool behind: the run ends with no leftover plekwijzer_test_* databases and no open handles.
    await app?.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
}

function testAppAround(app: INestApplication, config: AppConfig, database: TestDatabase): TestApp {
  const http = app.getHttpServer() as App;
  const handle = app.get<DatabaseHandle>(DATABASE_HANDLE);
  const gql: TestApp['gql'] = async (query, variables = {}, token) => {
    const req = request(http).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data ?? undefined, errors: res.body?.errors };
  };
  const ok: TestApp['ok'] = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await gql<T>(query, variables, token);
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    if (res.data === undefined) throw new Error(`No data (HTTP ${res.status})`);
    return res.data;
  };

  return {
    app,
    http,
    dataSource: handle.dataSource,
    config,
    tokenFor: (user, o = {}) =>
      signLocalToken(
        {
          secret: o.secret ?? TEST_JWT_SECRET,
          issuer: config.JWT_ISSUER,
          audience: o.audience ?? config.JWT_AUDIENCE,
        },
        user,
        o.expiresIn ?? '1h',
      ),
    gql,
    ok,
    createParticipant: async (token, overrides = {}) => {
      const data = await ok<{ createParticipant: { participant: { id: string } } }>(
        CREATE_PARTICIPANT,
        { input: participantInput(overrides) },
        token,
      );
      return data.createParticipant.participant.id;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
