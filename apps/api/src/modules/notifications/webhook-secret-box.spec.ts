import { WebhookSecretBox } from './webhook-secret-box.js';

const KEY = 'k'.repeat(40);
const SECRET = 'whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

describe('WebhookSecretBox', () => {
  it('stores a secret encrypted and gives it back', () => {
    const box = new WebhookSecretBox(KEY);
    const stored = box.seal(SECRET);
    expect(stored.startsWith('enc:v1:')).toBe(true);
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(Buffer.from(SECRET).toString('base64url').slice(0, 12));
    expect(box.open(stored)).toBe(SECRET);
  });

  it('seals the same secret differently each time (a fresh nonce)', () => {
    const box = new WebhookSecretBox(KEY);
    expect(box.seal(SECRET)).not.toBe(box.seal(SECRET));
  });

  it('refuses a value sealed with another key, or altered', () => {
    const stored = new WebhookSecretBox(KEY).seal(SECRET);
    expect(() => new WebhookSecretBox('x'.repeat(40)).open(stored)).toThrow();
    const bytes = Buffer.from(stored.slice('enc:v1:'.length), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => new WebhookSecretBox(KEY).open(`enc:v1:${bytes.toString('base64url')}`)).toThrow();
    expect(() => new WebhookSecretBox(KEY).open('enc:v1:AAAA')).toThrow(/damaged/);
  });

  it('reads a secret stored before encryption as it is', () => {
    expect(new WebhookSecretBox(KEY).open(SECRET)).toBe(SECRET);
  });

  it('wants a key of at least 32 characters', () => {
    expect(() => new WebhookSecretBox('short')).toThrow(/32/);
  });
});
