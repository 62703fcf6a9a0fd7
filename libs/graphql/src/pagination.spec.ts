import { GraphQLError, Kind } from 'graphql';
import { DomainError } from './domain-error.js';
import { decodeCursor, encodeCursor, pageOf, sliceToConnection, toConnection } from './pagination.js';
import { GraphQLDate, isCalendarDate } from './scalars.js';

describe('cursor connections', () => {
  it('hands out cursors that lead to the next item', () => {
    const page = toConnection(['a', 'b'], 5, 2);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(pageOf({ first: 2, after: page.pageInfo.endCursor })).toEqual({ first: 2, offset: 4 });
    expect(pageOf({})).toEqual({ first: 20, offset: 0 });
  });

  it('answers an empty page without cursors', () => {
    expect(sliceToConnection([1, 2, 3], { first: 5, offset: 3 })).toMatchObject({
      edges: [],
      totalCount: 3,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it.each([
    '',
    'x',
    Buffer.from('offset:-1').toString('base64'),
    Buffer.from('offset:01').toString('base64'),
    'b2Zmc2V0OjA',
  ])('refuses the cursor %j as a field error on after', (cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
  });
});

describe('the Date scalar', () => {
  it('keeps a calendar day as the same day, without a time zone', () => {
    expect(GraphQLDate.parseValue('2026-03-29')).toBe('2026-03-29');
    expect(GraphQLDate.serialize('2026-10-25')).toBe('2026-10-25');
    expect(GraphQLDate.parseLiteral({ kind: Kind.STRING, value: '2024-02-29' })).toBe('2024-02-29');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '26-01-01', '2026-01-01T00:00:00Z', 20260101])(
    'refuses %j',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
      expect(() => GraphQLDate.parseValue(value)).toThrow(GraphQLError);
    },
  );

  it('refuses a JS Date as a value to send (it would shift with the time zone)', () => {
    expect(() => GraphQLDate.serialize(new Date('2026-01-01T00:00:00Z'))).toThrow(TypeError);
  });
});
