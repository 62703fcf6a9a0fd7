/** Control characters other than tab and newline: a log line must stay one readable record. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Fields a database error carries that may hold personal data: never logged. */
const DATABASE_MARKERS = ['query', 'parameters', 'driverError'];

function isDatabaseError(e: Record<string, unknown>): boolean {
  return (
    DATABASE_MARKERS.some((k) => k in e) ||
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && ('severity' in e || 'routine' in e))
  );
}

/**
 * The log form of an error (pino's `err` serializer, so every logged error goes through it). A
 * database error is logged by its kind only — SQLSTATE, table, constraint, column — because its
 * query parameters, its `detail` ("Key (email)=(…)") and even its message ("invalid input syntax
 * for type uuid: …") can quote personal data. Other errors keep type, message and stack. A GraphQL
 * error is followed to its original error.
 */
export function safeError(error: unknown): Record<string, unknown> {
  const seen = new Set<unknown>();
  // pino-http hands a custom `err` serializer pino's own serialization, with the error as `raw`.
  let current = (error as { raw?: unknown } | null)?.raw ?? error;
  let path: unknown;
  while (
    current &&
    typeof current === 'object' &&
    !seen.has(current) &&
    (current as { originalError?: unknown }).originalError
  ) {
    seen.add(current);
    path ??= (current as { path?: unknown }).path;
    current = (current as { originalError?: unknown }).originalError;
  }
  if (!current || typeof current !== 'object') return { message: String(current).replace(CONTROL, '?') };
  const e = current as Record<string, unknown>;
  const type = (e.constructor as { name?: string } | undefined)?.name ?? 'Error';
  if (isDatabaseError(e)) {
    const driver = (e.driverError ?? e) as Record<string, unknown>;
    const pick = (k: string) => (typeof driver[k] === 'string' ? { [k]: driver[k] } : {});
    return {
      type,
      database: true,
      ...pick('code'),
      ...pick('routine'),
      ...pick('table'),
      ...pick('constraint'),
      ...pick('column'),
      ...(path ? { path } : {}),
    };
  }
  return {
    type,
    message: typeof e.message === 'string' ? e.message.replace(CONTROL, '?') : undefined,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    stack: typeof e.stack === 'string' ? e.stack.replace(CONTROL, '?') : undefined,
  };
}
