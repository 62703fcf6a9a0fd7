import type { GraphQLFormattedError } from 'graphql';

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PLACE_FULL',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Nest's HttpExceptions arrive with their own codes; name them the way our clients expect. */
const NEST_CODES: Record<string, string> = {
  UNAUTHORIZED: 'UNAUTHENTICATED',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
};

/** Apollo answers some malformed requests with an HTTP 400 but no code: they are the client's. */
const CODELESS_CLIENT_ERRORS: Record<string, string> = {
  'Unsupported persisted query version': 'BAD_REQUEST',
};

/** graphql-js and Apollo suggest names close to a wrong one; in production that maps the schema. */
const SUGGESTION = / ?Did you mean .+?\?/g;

export interface FormatOptions {
  /** Production: drop "Did you mean …?" from every message that passes through. */
  hideSuggestions?: boolean;
  /**
   * Whether an unexpected error is an outage (database down, connection or lock timeout): it then
   * answers SERVICE_UNAVAILABLE with `retryable: true` and goes to `onOutage` instead of `onUnexpected`.
   */
  isOutage?: (original: unknown) => boolean;
  onOutage?: (error: GraphQLFormattedError, original: unknown) => void;
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is briefly unavailable. Try again in a few seconds; nothing was changed.';

/**
 * Shapes every error that leaves the API: known codes keep their plain-language message and
 * field list; anything else becomes a generic message (and is logged by the caller) so that no
 * stack trace, SQL or table name reaches a client.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  onUnexpected: (error: GraphQLFormattedError, original: unknown) => void,
  original?: unknown,
  options: FormatOptions = {},
): GraphQLFormattedError {
  const givenCode =
    typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  // Apollo fills in INTERNAL_SERVER_ERROR for its own code-less request errors.
  const rawCode =
    givenCode === 'INTERNAL_SERVER_ERROR'
      ? (CODELESS_CLIENT_ERRORS[formatted.message] ?? givenCode)
      : givenCode;
  const code = NEST_CODES[rawCode] ?? rawCode;
  const base = { locations: formatted.locations, path: formatted.path };
  const message = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
  if (code === 'BAD_REQUEST' && rawCode === 'BAD_REQUEST' && formatted.path) {
    // A Nest BadRequestException thrown by a resolver: keep it, but without internals.
    return { ...base, message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (PASS_THROUGH.has(code)) {
    const extensions: Record<string, unknown> = { code };
    if (formatted.extensions?.fields) extensions.fields = formatted.extensions.fields;
    else if (code === 'BAD_USER_INPUT') {
      const field = variableFieldError(formatted.message);
      if (field) extensions.fields = [field];
    }
    if (formatted.extensions?.reason) extensions.reason = formatted.extensions.reason;
    if (formatted.extensions?.retryAfterSeconds)
      extensions.retryAfterSeconds = formatted.extensions.retryAfterSeconds;
    if (code === 'SERVICE_UNAVAILABLE') extensions.retryable = true;
    return { ...base, message, extensions };
  }
  if (options.isOutage?.(original)) {
    options.onOutage?.(formatted, original);
    return {
      ...base,
      message: SERVICE_UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    };
  }
  onUnexpected(formatted, original);
  return {
    ...base,
    message: 'Something went wrong on our side. Try again later; if it keeps happening, contact support.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.+)$/s;

/**
 * A variable that does not fit its type (a `Date` that is not a calendar day) is reported by
 * GraphQL as text; give it the field path a client expects, e.g. `input.pipDate` (the variable's
 * name and the path inside it).
 */
function variableFieldError(message: string): { path: string; message: string; code: string } | undefined {
  const m = INVALID_VARIABLE.exec(message);
  if (!m) return undefined;
  return { path: m[2] ?? m[1], message: m[3], code: variableErrorCode(m[3]) };
}

/** The stable code (as the validation pipe gives, see FieldErrorCode) of a variable GraphQL refused. */
function variableErrorCode(reason: string): string {
  if (/is not a date/.test(reason)) return 'INVALID_DATE';
  if (/not to be null|was not provided/.test(reason)) return 'REQUIRED';
  if (/does not exist in ".+" enum/.test(reason)) return 'INVALID_CHOICE';
  if (/^Int cannot represent non-integer/.test(reason)) return 'NOT_A_WHOLE_NUMBER';
  if (/^(Int|Float) cannot represent/.test(reason)) return 'NOT_A_NUMBER';
  return 'INVALID';
}
