import { isNonPublicAddress, webhookTargetProblem } from './webhook-target.js';

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:93.184.216.34', false],
    ['93.184.216.34', false],
    ['2a00:1450:4001:80b::200e', false],
    ['not-an-address', true],
  ])('%s is non-public: %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });

  it('refuses internal targets in production, by address and by what a name resolves to', async () => {
    const production = {
      production: true,
      resolve: async (host: string) => (host === 'intern.example' ? ['10.0.0.5'] : ['93.184.216.34']),
    };
    expect(await webhookTargetProblem('https://169.254.169.254/latest/meta-data', production)).toMatch(
      /public address/,
    );
    expect(await webhookTargetProblem('https://[::1]:8443/hook', production)).toMatch(/public address/);
    expect(await webhookTargetProblem('https://intern.example/hook', production)).toMatch(/public address/);
    expect(await webhookTargetProblem('https://hooks.example.org/plekwijzer', production)).toBeUndefined();
    const failing = { production: true, resolve: async () => Promise.reject(new Error('ENOTFOUND')) };
    expect(await webhookTargetProblem('https://nergens.example/hook', failing)).toBe(
      'the host nergens.example cannot be found',
    );
  });

  it('resolves real names: localhost is refused in production', async () => {
    expect(await webhookTargetProblem('https://localhost:8443/hook', { production: true })).toMatch(
      /public address/,
    );
  });

  it('leaves every target alone outside production (a receiver on the developer’s machine)', async () => {
    expect(await webhookTargetProblem('http://127.0.0.1:9000/hook', { production: false })).toBeUndefined();
  });
});
