import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, type FieldError } from '@plekwijzer/graphql';

/**
 * Canonical JSON (sorted keys) so that the same payload always hashes the same. An object field
 * that is undefined or null is left out: in a create input, `null` and leaving the field out both
 * mean "not given", so a client retrying with one where it first sent the other is not refused.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined && record[k] !== null)
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** One short hash per top-level field, so a refused retry can name the fields that changed. */
function fieldHashes(payload: unknown): Record<string, string> | null {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const record = payload as Record<string, unknown>;
  const hashes: Record<string, string> = {};
  for (const key of Object.keys(record)) {
    if (record[key] === undefined || record[key] === null) continue;
    hashes[key] = sha256(canonical(record[key])).slice(0, 16);
  }
  return hashes;
}

export type Claim = { replay: false } | { replay: true; resultId: string };

/** An input that may carry the client's idempotency key. */
export interface WithIdempotencyKey {
  idempotencyKey?: string | null;
}

/** A creating mutation, as `IdempotencyService.once` runs it. */
export interface IdempotentCreate<T> {
  /** Whose key it is: keys are per user, so another user's same key neither collides nor replays. */
  userId: string;
  /** The mutation's name: a key used for one mutation is refused for another. */
  operation: string;
  /** The mutation's input. Its `idempotencyKey` is the key; the rest is what must match on a retry. */
  input: WithIdempotencyKey & object;
  /** Makes the object in the given transaction and returns it. */
  create: (manager: EntityManager) => Promise<T>;
  /** The id a retry finds it by. */
  idOf: (created: T) => string;
  /** Loads, in the given transaction, what the first request created; null when it no longer exists. */
  replay: (manager: EntityManager, id: string) => Promise<T | null>;
  /** What the object is called in the NOT_FOUND a retry gets when it has since been removed, e.g. "Place". */
  what: string;
}

/**
 * Idempotency keys for creating mutations, scoped to the user. `once` is what a mutation uses:
 * it claims the key, creates and records the result in one transaction, so a key is never stored
 * without its object nor an object without its key. A concurrent request with the same key waits
 * on the key row until the first commits, then replays its result (or, if the first rolled back,
 * creates in its place). `claim` and `complete` are the two halves, for a flow that cannot be
 * written as one create.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs a create in the caller's transaction, once per user and key: without a key it simply
   * creates; with a key the first request creates and a retry with the same input gets the same
   * object back. The same key with another input is a CONFLICT IDEMPOTENCY_KEY_REUSED naming the
   * key and the fields that differ.
   */
  async once<T>(manager: EntityManager, request: IdempotentCreate<T>): Promise<T> {
    const { idempotencyKey: key, ...payload } = request.input;
    if (!key) return request.create(manager);
    const claim = await this.claim(manager, request.userId, key, request.operation, payload);
    if (claim.replay) {
      const earlier = await request.replay(manager, claim.resultId);
      // The first request's object was removed since (a participant erased, say): it was made, so
      // making it again would not be a retry; the client hears that it is gone.
      if (!earlier) throw DomainError.notFound(request.what);
      return earlier;
    }
    const created = await request.create(manager);
    await this.complete(manager, request.userId, key, request.idOf(created));
    return created;
  }

  /** `once` in a transaction of its own, for a create that has none. */
  transaction<T>(request: IdempotentCreate<T>): Promise<T> {
    return this.dataSource.transaction((manager) => this.once(manager, request));
  }

  /**
   * Claims the key in the caller's transaction: `{ replay: false }` when this request is the
   * first (then call `complete` with what it created), the earlier result's id for a retry with
   * the same operation and payload, and a CONFLICT for anything else under the same key.
   */
  async claim(
    manager: EntityManager,
    userId: string,
    key: string,
    operation: string,
    payload: unknown,
  ): Promise<Claim> {
    const hash = sha256(`${operation}\n${canonical(payload)}`);
    const fields = fieldHashes(payload);
    // A second request with this key blocks here on the unique key until the first one's
    // transaction ends; it then inserts (the first rolled back) or reads the committed row.
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (user_id, key, operation, request_hash, request_fields, result_id)
       VALUES ($1, $2, $3, $4, $5, '')
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, key, operation, hash, fields === null ? null : JSON.stringify(fields)],
    );
    if (inserted.length === 1) return { replay: false };
    const rows: Array<{
      operation: string;
      request_hash: string;
      request_fields: Record<string, string> | null;
      result_id: string;
    }> = await manager.query(
      `SELECT operation, request_hash, request_fields, result_id FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    const existing = rows[0];
    if (existing && existing.operation === operation && existing.request_hash === hash) {
      return { replay: true, resultId: existing.result_id };
    }
    throw this.reused(existing, operation, fields);
  }

  async complete(manager: EntityManager, userId: string, key: string, resultId: string): Promise<void> {
    await manager.query(`UPDATE idempotency_keys SET result_id = $3 WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
      resultId,
    ]);
  }

  /** The refusal of a key used before for something else, with the key and each changed field as a field error. */
  private reused(
    existing: { operation: string; request_fields: Record<string, string> | null } | undefined,
    operation: string,
    fields: Record<string, string> | null,
  ): DomainError {
    const errors: FieldError[] = [];
    if (existing && existing.operation !== operation) {
      errors.push({
        path: 'input.idempotencyKey',
        message: `this key was already used for ${existing.operation}; use a new key for a new request`,
      });
    } else {
      errors.push({
        path: 'input.idempotencyKey',
        message:
          'this key was already used with a different input; retry with the first input or use a new key',
      });
      // Rows stored before the field hashes were kept have none: then only the key is named.
      if (existing?.request_fields && fields) {
        const before = existing.request_fields;
        const names = [...new Set([...Object.keys(before), ...Object.keys(fields)])].sort();
        for (const name of names) {
          if (before[name] !== fields[name]) {
            errors.push({ path: `input.${name}`, message: 'differs from the first request with this key' });
          }
        }
      }
    }
    return new DomainError('CONFLICT', 'This idempotency key was already used for a different request', {
      reason: 'IDEMPOTENCY_KEY_REUSED',
      fields: errors,
    });
  }
}
