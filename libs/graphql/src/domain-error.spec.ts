import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@plekwijzer/config';
import { ERROR_REASONS, type ErrorReason } from '@plekwijzer/domain';
import { DomainError, FieldErrors } from './domain-error.js';

describe('DomainError', () => {
  it('carries a code and a reason from the enum on every factory', () => {
    const cases: Array<[DomainError, string, ErrorReason]> = [
      [DomainError.badInput([{ path: 'a', message: 'x' }]), 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [DomainError.notFound('Place'), 'NOT_FOUND', 'NOT_FOUND'],
      [DomainError.forbidden(), 'FORBIDDEN', 'FORBIDDEN'],
      [DomainError.unauthenticated(), 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
      [new DomainError('PLACE_FULL', 'full'), 'PLACE_FULL', 'PLACE_FULL'],
      [new DomainError('CONFLICT', 'taken', { reason: 'ALREADY_PROPOSED' }), 'CONFLICT', 'ALREADY_PROPOSED'],
    ];
    for (const [error, code, reason] of cases) {
      expect(error.extensions).toMatchObject({ code, reason });
      expect(error.reason).toBe(reason);
      expect(ERROR_REASONS).toContain(error.extensions.reason);
    }
  });

  it('keeps the field paths of validation errors', () => {
    const errors = new FieldErrors()
      .add('input.schedule.shifts.0.end', 'must be after the start')
      .add('input.title', 'is empty');
    let thrown: unknown;
    try {
      errors.throwIfAny();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        { path: 'input.schedule.shifts.0.end', message: 'must be after the start' },
        { path: 'input.title', message: 'is empty' },
      ],
    });
  });

  it('refuses a conflict without a reason (the types refuse it too)', () => {
    const untyped = DomainError as unknown as new (code: string, message: string) => DomainError;
    expect(() => new untyped('CONFLICT', 'no reason')).toThrow(TypeError);
  });

  it('lists every reason in the committed schema as the ErrorReason enum', () => {
    const schema = readFileSync(join(projectRoot(), 'schema.gql'), 'utf8');
    const block = /enum ErrorReason \{([^}]*)\}/.exec(schema);
    expect(block).not.toBeNull();
    const values = block![1]
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z_]+$/.test(line));
    expect(values.sort()).toEqual([...ERROR_REASONS].sort());
  });
});
