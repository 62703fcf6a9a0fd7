import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts webhook signing secrets at rest (AES-256-GCM, key derived from WEBHOOK_SECRET_KEY with
 * HKDF). The dispatcher needs the secret itself to sign, so it cannot be hashed like a password;
 * encrypting it means a copy of the database alone does not let anyone forge deliveries.
 * Stored form: `enc:v1:` + base64url(iv ‖ tag ‖ ciphertext).
 */
export class WebhookSecretBox {
  private readonly key: Buffer;

  constructor(keyMaterial: string) {
    if (keyMaterial.length < 32) throw new Error('WEBHOOK_SECRET_KEY must be at least 32 characters');
    this.key = Buffer.from(
      hkdfSync('sha256', keyMaterial, Buffer.alloc(0), 'plekwijzer webhook signing secrets', 32),
    );
  }

  seal(secret: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  /**
   * The secret again. A value without the prefix was stored before secrets were encrypted and is
   * returned as it is. Throws when the value was sealed with another key or was altered.
   */
  open(stored: string): string {
    if (!stored.startsWith(PREFIX)) return stored;
    const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) throw new Error('The stored webhook secret is damaged');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }
}
