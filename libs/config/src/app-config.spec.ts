import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from './app-config.js';

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
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL[\s\S]*OIDC|OIDC[\s\S]*DATABASE_URL/);
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

  it('wants the three OIDC settings together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example.nl' })).toThrow(/set together/);
  });
});
