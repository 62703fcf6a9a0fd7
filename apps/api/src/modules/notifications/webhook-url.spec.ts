import { normaliseWebhookUrl, webhookUrlProblem } from './webhook-url.js';

describe('webhookUrlProblem', () => {
  it.each(['https://example.org/hooks', 'https://hooks.example.org:8443/plekwijzer?source=pw'])(
    'accepts %s everywhere',
    (url) => {
      expect(webhookUrlProblem(url, { production: true })).toBeUndefined();
      expect(webhookUrlProblem(url, { production: false })).toBeUndefined();
    },
  );

  it.each(['http://localhost:4000/hook', 'http://127.0.0.1:4000/hook', 'http://[::1]:4000/hook'])(
    'accepts %s outside production only',
    (url) => {
      expect(webhookUrlProblem(url, { production: false })).toBeUndefined();
      expect(webhookUrlProblem(url, { production: true })).toBe('url must use https');
    },
  );

  it.each([
    ['http://example.org/hook', /https/],
    ['http://127.0.0.2/hook', /https/],
    ['ftp://example.org/hook', /https/],
    ['javascript:alert(1)', /https/],
    ['not a url', /absolute URL/],
    ['/relative/path', /absolute URL/],
    ['', /needed/],
    ['https://user:pass@example.org/hook', /user name or password/],
    ['https://example.org/hook#x', /fragment/],
    [`https://example.org/${'a'.repeat(2000)}`, /at most 2000/],
  ])('refuses %s', (url, message) => {
    expect(webhookUrlProblem(url, { production: false })).toMatch(message);
  });

  it('normalises what it stores', () => {
    expect(normaliseWebhookUrl('  HTTPS://Example.ORG:443/a b ')).toBe('https://example.org/a%20b');
  });
});
