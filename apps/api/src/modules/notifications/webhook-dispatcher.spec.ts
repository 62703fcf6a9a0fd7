import { loadConfig, type AppConfig } from '@plekwijzer/config';
import {
  DEFAULT_WEBHOOK_DISPATCHER_OPTIONS,
  describeCallError,
  dispatcherOptionsFromConfig,
} from './webhook-dispatcher.service.js';

const config = (env: Record<string, string>): AppConfig => loadConfig(env);

describe('dispatcherOptionsFromConfig', () => {
  it('runs on a timer except in tests, with the defaults', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      OIDC_ISSUER: 'https://id.example',
      OIDC_JWKS_URL: 'https://id.example/jwks',
      OIDC_AUDIENCE: 'pw',
      WEBHOOK_SECRET_KEY: 'w'.repeat(32),
    };
    expect(dispatcherOptionsFromConfig(config(production))).toEqual({
      ...DEFAULT_WEBHOOK_DISPATCHER_OPTIONS,
      enabled: true,
      publicTargetsOnly: true,
    });
    expect(dispatcherOptionsFromConfig(config({ NODE_ENV: 'development' })).enabled).toBe(true);
    expect(dispatcherOptionsFromConfig(config({ NODE_ENV: 'test' })).enabled).toBe(false);
  });

  it('follows the settings from the environment', () => {
    const options = dispatcherOptionsFromConfig(
      config({
        NODE_ENV: 'test',
        WEBHOOKS_ENABLED: 'true',
        WEBHOOK_INTERVAL_MS: '500',
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_BASE_DELAY_MS: '100',
        WEBHOOK_MAX_DELAY_MS: '1000',
      }),
    );
    expect(options).toMatchObject({
      enabled: true,
      intervalMs: 500,
      maxAttempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      timeoutMs: 5000,
    });
    expect(
      dispatcherOptionsFromConfig(config({ NODE_ENV: 'development', WEBHOOKS_ENABLED: 'false' })).enabled,
    ).toBe(false);
  });
});

describe('describeCallError', () => {
  it('says briefly what went wrong, without details that could carry a URL or secret', () => {
    expect(describeCallError(new DOMException('The operation timed out.', 'TimeoutError'), 5000)).toBe(
      'No answer within 5 s',
    );
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.1:443' },
    });
    expect(describeCallError(refused, 5000)).toBe('Connection failed (ECONNREFUSED)');
    const odd = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'https://user:secret@host/' },
    });
    expect(describeCallError(odd, 5000)).toBe('Connection failed');
    expect(describeCallError(null, 5000)).toBe('Connection failed');
  });
});
