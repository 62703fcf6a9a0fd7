import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, in the widely used `t=<unix seconds>,v1=<hex>` form: v1 is the HMAC-SHA256,
 * keyed with the subscription's secret, of `<t>.<raw request body>`. Binding the timestamp into the
 * MAC lets a receiver refuse replays of old deliveries.
 */
export const SIGNATURE_HEADER = 'X-Plekwijzer-Signature';

/** Hex HMAC-SHA256 of `<timestamp>.<body>`. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

/** The value of the signature header for a body sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, rawBody: string, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new RangeError('timestamp must be whole unix seconds');
  return `t=${timestamp},v1=${computeSignature(secret, timestamp, rawBody)}`;
}

export interface ParsedSignature {
  timestamp: number;
  signatures: string[];
}

/** Parses `t=…,v1=…[,v1=…]`; undefined when malformed. Unknown schemes (v0, v2 …) are ignored. */
export function parseSignatureHeader(header: string): ParsedSignature | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) return undefined;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/.test(value)) return undefined;
      signatures.push(value);
    }
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

/**
 * What a receiver does: true when one v1 signature matches the body under this secret and the
 * timestamp is within `toleranceSeconds` of `now` (either side). Compares in constant time.
 */
export function verifySignature(
  secret: string,
  rawBody: string,
  header: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  const parsed = parseSignatureHeader(header);
  if (!parsed) return false;
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - parsed.timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(computeSignature(secret, parsed.timestamp, rawBody), 'hex');
  return parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
}
