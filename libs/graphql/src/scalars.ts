import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (no 2026-02-30), or null. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError(
      `${JSON.stringify(value)} is not a date: write a real calendar day as YYYY-MM-DD`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

/**
 * `Date`: a calendar day (ISO 8601 `YYYY-MM-DD`). Internally it stays that string, so a day
 * round-trips unchanged: no time zone is ever applied (Europe/Amsterdam days are stored as SQL dates).
 */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar day, ISO 8601 `YYYY-MM-DD` (e.g. `2026-12-01`), without time or time zone; days are Europe/Amsterdam calendar days.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value: unknown): string {
    if (value instanceof Date) throw new TypeError('Date fields hold YYYY-MM-DD strings, not JS Dates');
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written as YYYY-MM-DD', { nodes: ast });
    }
    return parseDate(ast.value);
  },
});
