import { createHmac } from 'node:crypto';
import {
  computeSignature,
  parseSignatureHeader,
  signatureHeader,
  verifySignature,
} from './webhook-signature.js';

const SECRET = 'whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEF';
const BODY =
  '{"id":"42","type":"introduction.accepted","occurredAt":"2026-01-05T10:00:00.000Z","data":{"status":"ACCEPTED"}}';
const T = 1_767_607_200; // 2026-01-05T10:00:00Z
const NOW = T * 1000;

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of "<t>.<body>" under the secret', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(computeSignature(SECRET, T, BODY)).toBe(expected);
    expect(signatureHeader(SECRET, BODY, T)).toBe(`t=${T},v1=${expected}`);
  });

  it('matches a vector computed with openssl', () => {
    // printf '1700000000.{}' | openssl dgst -sha256 -hmac secret
    expect(signatureHeader('secret', '{}', 1_700_000_000)).toBe(
      't=1700000000,v1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163',
    );
  });

  it('hashes the body as UTF-8', () => {
    const body = '{"note":"één café – 🚲"}';
    expect(computeSignature(SECRET, T, body)).toBe(
      createHmac('sha256', SECRET)
        .update(Buffer.from(`${T}.${body}`, 'utf8'))
        .digest('hex'),
    );
  });

  it('verifies its own signature within the tolerance', () => {
    const header = signatureHeader(SECRET, BODY, T);
    expect(verifySignature(SECRET, BODY, header, { now: NOW })).toBe(true);
    expect(verifySignature(SECRET, BODY, header, { now: NOW + 299_000 })).toBe(true);
    expect(verifySignature(SECRET, BODY, header, { now: NOW - 299_000 })).toBe(true);
  });

  it('refuses another secret, a changed body, a changed timestamp and an old or future timestamp', () => {
    const header = signatureHeader(SECRET, BODY, T);
    expect(verifySignature(`${SECRET}x`, BODY, header, { now: NOW })).toBe(false);
    expect(verifySignature(SECRET, BODY.replace('ACCEPTED', 'DECLINED'), header, { now: NOW })).toBe(false);
    expect(verifySignature(SECRET, BODY, header.replace(`t=${T}`, `t=${T + 1}`), { now: NOW })).toBe(false);
    expect(verifySignature(SECRET, BODY, header, { now: NOW + 301_000 })).toBe(false);
    expect(verifySignature(SECRET, BODY, header, { now: NOW - 301_000 })).toBe(false);
    expect(verifySignature(SECRET, BODY, header, { now: NOW + 20_000, toleranceSeconds: 10 })).toBe(false);
  });

  it('accepts any one matching v1 (secret rotation) and ignores unknown schemes', () => {
    const good = computeSignature(SECRET, T, BODY);
    const other = computeSignature('another-secret-another-secret-12', T, BODY);
    expect(verifySignature(SECRET, BODY, `t=${T},v1=${other},v1=${good}`, { now: NOW })).toBe(true);
    expect(verifySignature(SECRET, BODY, `t=${T},v0=abc,v1=${good}`, { now: NOW })).toBe(true);
  });

  it.each([
    '',
    'garbage',
    `v1=${'a'.repeat(64)}`,
    `t=${T}`,
    `t=abc,v1=${'a'.repeat(64)}`,
    `t=${T},v1=short`,
    `t=${T},t=${T},v1=${'a'.repeat(64)}`,
    `t=${T},v1=${'A'.repeat(64)}`,
  ])('refuses the malformed header %j', (header) => {
    expect(parseSignatureHeader(header)).toBeUndefined();
    expect(verifySignature(SECRET, BODY, header, { now: NOW })).toBe(false);
  });

  it('refuses to sign with a timestamp that is not whole seconds', () => {
    expect(() => signatureHeader(SECRET, BODY, NOW / 1000 + 0.5)).toThrow(RangeError);
    expect(() => signatureHeader(SECRET, BODY, -1)).toThrow(RangeError);
  });
});
