import { AppConfig, CONFIG_KEYS, ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('starts a fresh machine on the embedded database with a development secret', () => {
    const config = loadConfig({});
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    expect(config.shouldSeedDemo).toBe(true);
    expect(config.PORT).toBe(3000);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', MIGRATIONS_RUN: 'false', DB_POOL_SIZE: '4' });
    expect(config.PORT).toBe(8080);
    expect(config.MIGRATIONS_RUN).toBe(false);
    expect(config.DB_POOL_SIZE).toBe(4);
  });

  it('reads optional settings such as MEILI_URL and the data paths from the environment', () => {
    const config = loadConfig({
      MEILI_URL: 'http://meilisearch:7700',
      MEILI_API_KEY: 'key',
      PC4_CSV_PATH: '/data/pc4.csv',
      TRAVEL_MATRIX_CSV: '/data/matrix.csv',
      GRAPHIQL_DIR: '/srv/graphiql',
      WEB_DIR: '/srv/web',
      WEBHOOK_MAX_ATTEMPTS: '3',
      SEARCH_INDEXER_ENABLED: 'false',
    });
    expect(config.MEILI_URL).toBe('http://meilisearch:7700');
    expect(config.MEILI_API_KEY).toBe('key');
    expect(config.PC4_CSV_PATH).toBe('/data/pc4.csv');
    expect(config.TRAVEL_MATRIX_CSV).toBe('/data/matrix.csv');
    expect(config.GRAPHIQL_DIR).toBe('/srv/graphiql');
    expect(config.WEB_DIR).toBe('/srv/web');
    expect(config.WEBHOOK_MAX_ATTEMPTS).toBe(3);
    expect(config.SEARCH_INDEXER_ENABLED).toBe('false');
  });

  it('plans the MAP in the second year and exempts 16 hours of paid work a week unless the municipality says otherwise', () => {
    expect(loadConfig({})).toMatchObject({ MAP_START_MONTH: 13, MAP_EXEMPT_PAID_WORK_HOURS: 16 });
    expect(loadConfig({ MAP_START_MONTH: '7', MAP_EXEMPT_PAID_WORK_HOURS: '12.5' })).toMatchObject({
      MAP_START_MONTH: 7,
      MAP_EXEMPT_PAID_WORK_HOURS: 12.5,
    });
    // A month outside the three-year term, or a fraction of one, stops the service.
    for (const bad of ['0', '37', '13.5', 'second year'])
      expect(() => loadConfig({ MAP_START_MONTH: bad })).toThrow(/MAP_START_MONTH/);
    for (const bad of ['0', '61', 'many'])
      expect(() => loadConfig({ MAP_EXEMPT_PAID_WORK_HOURS: bad })).toThrow(/MAP_EXEMPT_PAID_WORK_HOURS/);
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', JWT_SECRET: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', JWT_SECRET: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/LOG_LEVEL/);
      expect(message).toMatch(/JWT_SECRET/);
    }
  });

  it('refuses production without a database server and an identity provider', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL[\s\S]*OIDC|OIDC[\s\S]*DATABASE_URL/,
    );
  });

  it('refuses local tokens in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/plekwijzer',
        OIDC_ISSUER: 'https://id.example.nl',
        OIDC_JWKS_URL: 'https://id.example.nl/jwks',
        OIDC_AUDIENCE: 'plekwijzer',
        JWT_SECRET: 'a-secret-that-is-long-enough-to-pass-32',
      }),
    ).toThrow(/JWT_SECRET/);
  });

  it('wants a key for webhook secrets in production, and has a development one otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/plekwijzer',
      OIDC_ISSUER: 'https://id.example.nl',
      OIDC_JWKS_URL: 'https://id.example.nl/jwks',
      OIDC_AUDIENCE: 'plekwijzer',
    };
    expect(() => loadConfig(production)).toThrow(/WEBHOOK_SECRET_KEY/);
    expect(loadConfig({ ...production, WEBHOOK_SECRET_KEY: 'z'.repeat(32) }).WEBHOOK_SECRET_KEY).toBe(
      'z'.repeat(32),
    );
    expect(() => loadConfig({ WEBHOOK_SECRET_KEY: 'too-short' })).toThrow(/WEBHOOK_SECRET_KEY/);
    expect(loadConfig({}).WEBHOOK_SECRET_KEY?.length).toBeGreaterThanOrEqual(32);
  });

  it('wants the three OIDC settings together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example.nl' })).toThrow(/set together/);
  });

  describe('the web app’s OIDC client', () => {
    const oidc = {
      OIDC_ISSUER: 'https://id.example.nl',
      OIDC_JWKS_URL: 'https://id.example.nl/jwks',
      OIDC_AUDIENCE: 'plekwijzer',
    };

    it('tells the web app the issuer, client and scopes only when a client id is set', () => {
      expect(loadConfig(oidc).webOidc).toBeUndefined();
      expect(loadConfig({ ...oidc, OIDC_CLIENT_ID: 'plekwijzer-web' }).webOidc).toEqual({
        issuer: 'https://id.example.nl',
        clientId: 'plekwijzer-web',
        scope: 'openid profile',
      });
      expect(
        loadConfig({ ...oidc, OIDC_CLIENT_ID: 'plekwijzer-web', OIDC_SCOPE: 'openid api offline_access' })
          .webOidc?.scope,
      ).toBe('openid api offline_access');
    });

    it('refuses a client id without the issuer settings, a spaced id, or scopes without openid', () => {
      expect(() => loadConfig({ OIDC_CLIENT_ID: 'plekwijzer-web' })).toThrow(
        /OIDC_CLIENT_ID .*needs OIDC_ISSUER/,
      );
      expect(() => loadConfig({ ...oidc, OIDC_CLIENT_ID: 'plek wijzer' })).toThrow(/OIDC_CLIENT_ID/);
      expect(() => loadConfig({ ...oidc, OIDC_SCOPE: 'profile api' })).toThrow(/OIDC_SCOPE/);
      expect(() => loadConfig({ ...oidc, OIDC_SCOPE: 'openidx profile' })).toThrow(/OIDC_SCOPE/);
      expect(() => loadConfig({ ...oidc, OIDC_SCOPE: 'openid  profile' })).toThrow(/OIDC_SCOPE/);
    });

    it('keeps the development sign-in off while tokens come from an issuer', () => {
      expect(loadConfig({}).devSignInEnabled).toBe(true);
      expect(loadConfig({ ...oidc, JWT_SECRET: 's'.repeat(32) }).devSignInEnabled).toBe(false);
    });
  });
  it('closes CORS by default and reads an allow-list of origins', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: ' https://werkplein.example.nl, http://localhost:5173 ' }).CORS_ORIGINS,
    ).toEqual(['https://werkplein.example.nl', 'http://localhost:5173']);
  });

  it.each(['*', 'werkplein.example.nl', 'https://werkplein.example.nl/', 'https://x.nl/path', 'ftp://x.nl'])(
    'refuses %s as a CORS origin',
    (origin) => {
      expect(() => loadConfig({ CORS_ORIGINS: `https://ok.example.nl,${origin}` })).toThrow(/CORS_ORIGINS/);
    },
  );

  it('serves metrics in development, and in production only behind a token', () => {
    expect(loadConfig({}).metricsEnabled).toBe(true);
    expect(loadConfig({ METRICS_ENABLED: 'false' }).metricsEnabled).toBe(false);
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/plekwijzer',
      OIDC_ISSUER: 'https://id.example.nl',
      OIDC_JWKS_URL: 'https://id.example.nl/jwks',
      OIDC_AUDIENCE: 'plekwijzer',
      WEBHOOK_SECRET_KEY: 'k'.repeat(32),
    };
    expect(loadConfig(production).metricsEnabled).toBe(false);
    expect(loadConfig({ ...production, METRICS_TOKEN: 'm'.repeat(32) }).metricsEnabled).toBe(true);
    expect(() => loadConfig({ ...production, METRICS_ENABLED: 'true' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('takes the insights suppression threshold k from 3 up, 5 by default, and a nightly time', () => {
    expect(loadConfig({}).INSIGHTS_SUPPRESSION_K).toBe(5);
    expect(loadConfig({ INSIGHTS_SUPPRESSION_K: '10' }).INSIGHTS_SUPPRESSION_K).toBe(10);
    expect(loadConfig({ INSIGHTS_SUPPRESSION_K: '3' }).INSIGHTS_SUPPRESSION_K).toBe(3);
    expect(() => loadConfig({ INSIGHTS_SUPPRESSION_K: '2' })).toThrow(/INSIGHTS_SUPPRESSION_K/);
    expect(() => loadConfig({ INSIGHTS_SUPPRESSION_K: 'five' })).toThrow(/INSIGHTS_SUPPRESSION_K/);
    expect(loadConfig({ INSIGHTS_REFRESH_AT: '02:30' }).INSIGHTS_REFRESH_AT).toBe('02:30');
    expect(() => loadConfig({ INSIGHTS_REFRESH_AT: '25:00' })).toThrow(/INSIGHTS_REFRESH_AT/);
    expect(loadConfig({ NODE_ENV: 'test' }).insightsRefreshEnabled).toBe(false);
    expect(loadConfig({}).insightsRefreshEnabled).toBe(true);
  });

  it('reads every setting it validates, those with a default and the optional ones alike', () => {
    for (const key of Object.keys(new AppConfig())) expect(CONFIG_KEYS).toContain(key);
    for (const key of [
      'DATABASE_URL',
      'MIGRATION_DATABASE_URL',
      'OIDC_ISSUER',
      'JWT_SECRET',
      'MEILI_URL',
      'METRICS_TOKEN',
      'GRAPHIQL_DIR',
      'WEB_DIR',
      'DEV_SIGN_IN',
    ])
      expect(CONFIG_KEYS).toContain(key);
  });
});
