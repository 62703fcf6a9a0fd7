import { isDatabaseOutage } from './pg-errors.js';

describe('isDatabaseOutage', () => {
  it('recognises lock and statement timeouts, shutdowns and connection failures', () => {
    expect(isDatabaseOutage({ code: '55P03' })).toBe(true);
    expect(isDatabaseOutage({ code: '57014' })).toBe(true);
    expect(isDatabaseOutage({ code: '57P01' })).toBe(true);
    expect(isDatabaseOutage({ code: '08006' })).toBe(true);
    expect(isDatabaseOutage({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isDatabaseOutage(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseOutage(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('follows GraphQL, TypeORM and cause wrappers', () => {
    expect(isDatabaseOutage({ originalError: { driverError: { code: '55P03' } } })).toBe(true);
    expect(isDatabaseOutage(new Error('wrapped', { cause: { code: '57P03' } }))).toBe(true);
  });

  it('leaves ordinary errors alone', () => {
    expect(isDatabaseOutage({ code: '23505' })).toBe(false);
    expect(isDatabaseOutage(new Error('boom'))).toBe(false);
    expect(isDatabaseOutage(undefined)).toBe(false);
  });
});
