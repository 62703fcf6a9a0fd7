import {
  ANONYMOUS_OPERATION,
  errorCodeLabel,
  INVALID_OPERATION,
  OperationNames,
  OTHER_OPERATION,
} from './operation-names.js';

describe('operation names as metric labels', () => {
  it('labels an unnamed operation "anonymous"', () => {
    const names = new OperationNames();
    expect(names.label(undefined)).toBe(ANONYMOUS_OPERATION);
    expect(names.label(null)).toBe(ANONYMOUS_OPERATION);
    expect(names.label('')).toBe(ANONYMOUS_OPERATION);
  });

  it('keeps a GraphQL name as it is', () => {
    expect(new OperationNames().label('Caseload_2')).toBe('Caseload_2');
  });

  it('refuses what is not a GraphQL name, or is longer than 64 characters', () => {
    const names = new OperationNames();
    expect(names.label('a b')).toBe(INVALID_OPERATION);
    expect(names.label('x"} 1\n')).toBe(INVALID_OPERATION);
    expect(names.label('1abc')).toBe(INVALID_OPERATION);
    expect(names.label('a'.repeat(65))).toBe(INVALID_OPERATION);
    expect(names.label('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('keeps the first names up to the limit and calls every later new name "other"', () => {
    const names = new OperationNames(2);
    expect(names.label('One')).toBe('One');
    expect(names.label('Two')).toBe('Two');
    expect(names.label('Three')).toBe(OTHER_OPERATION);
    expect(names.label('One')).toBe('One');
  });

  it('adds a new name only from a request that may add one', () => {
    const names = new OperationNames();
    expect(names.label('Probe', false)).toBe(OTHER_OPERATION);
    expect(names.label('Caseload', true)).toBe('Caseload');
    expect(names.label('Caseload', false)).toBe('Caseload');
  });

  it('bounds error codes too', () => {
    expect(errorCodeLabel('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
    expect(errorCodeLabel(undefined)).toBe('NONE');
    expect(errorCodeLabel('bad code')).toBe('OTHER');
    expect(errorCodeLabel(42)).toBe('OTHER');
  });
});
