import { QueryFailedError } from 'typeorm';
import { safeError } from './safe-error.js';

describe('safeError', () => {
  const failed = () => {
    const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      routine: 'report_invalid_encoding',
      table: 'participants',
      detail: 'Key (nickname)=(Kanarie) already exists.',
    });
    return new QueryFailedError('INSERT INTO participants VALUES ($1, $2)', ['Kanarie', '3811'], driverError);
  };

  it('logs a database error by its kind only: no query, parameters, detail or message', () => {
    const out = safeError(failed());
    expect(out).toEqual({
      type: 'QueryFailedError',
      database: true,
      code: '22021',
      routine: 'report_invalid_encoding',
      table: 'participants',
    });
    expect(JSON.stringify(out)).not.toMatch(/Kanarie|3811|INSERT/);
  });

  it('follows a GraphQL error to its original error, and pino’s raw reference', () => {
    expect(safeError({ path: ['createParticipant'], originalError: failed() })).toMatchObject({
      database: true,
    });
    const serialized = Object.defineProperty({ type: 'Object', message: 'x' }, 'raw', { value: failed() });
    expect(safeError(serialized)).toMatchObject({ database: true, code: '22021' });
  });

  it('keeps message and stack of other errors, without control characters', () => {
    const out = safeError(new Error('bad\u0000thing'));
    expect(out.message).toBe('bad?thing');
    expect(out.type).toBe('Error');
  });
});
