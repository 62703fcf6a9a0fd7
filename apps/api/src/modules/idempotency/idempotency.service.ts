import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@plekwijzer/graphql';

/** Canonical JSON (sorted keys) so that the same payload always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export type Claim = { replay: false } | { replay: true; resultId: string };

/**
 * Idempotency keys for creating mutations, scoped to the user. Call `claim` first in the
 * mutation's transaction: a concurrent request with the same key waits on the key row until the
 * first commits, then replays its result. `complete` stores the id of what was created.
 */
@Injectable()
export class IdempotencyService {
  async claim(
    manager: EntityManager,
    userId: string,
    key: string,
    operation: string,
    payload: unknown,
  ): Promise<Claim> {
    const hash = createHash('sha256')
      .update(`${operation}\n${canonical(payload)}`)
      .digest('hex');
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (user_id, key, operation, request_hash, result_id) VALUES ($1, $2, $3, $4, '')
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, key, operation, hash],
    );
    if (inserted.length === 1) return { replay: false };
    const rows: Array<{ operation: string; request_hash: string; result_id: string }> = await manager.query(
      `SELECT operation, request_hash, result_id FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    const existing = rows[0];
    if (!existing || existing.operation !== operation || existing.request_hash !== hash) {
      throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request', {
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
    }
    return { replay: true, resultId: existing.result_id };
  }

  async complete(manager: EntityManager, userId: string, key: string, resultId: string): Promise<void> {
    await manager.query(`UPDATE idempotency_keys SET result_id = $3 WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
      resultId,
    ]);
  }
}
