/**
 * Turns a failed GraphQL answer into what a screen needs: the code and reason of the error (which
 * graphql/errorText.ts says as a sentence of the catalogues), and a message per input field (the API
 * puts them in `extensions.fields`, each with a dotted path inside the operation's arguments, such
 * as `input.message` or `input.supportNeeded.2`). The API's own top-level message is left out on
 * purpose: it is English, written for developers, and no screen shows it.
 */
export interface ApiErrorLike {
  graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
  networkError?: Error;
}

export interface ErrorSummary {
  /** The API's error code (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, …) or NETWORK. */
  code: string;
  /** The ErrorReason, when the API named one. */
  reason?: string;
  /** Field name inside the input (`message`, `supportNeeded`) → its first message. */
  fields: Record<string, string>;
  /**
   * Field name → the stable code of that first message (REQUIRED, TOO_LONG, INVALID_POSTCODE, …)
   * and its params, when the API gave one: a screen says it in its own language.
   */
  fieldCodes?: Record<string, { code: string; params?: Record<string, string | number> }>;
}

interface FieldError {
  path: string;
  message: string;
  code?: unknown;
  params?: unknown;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).path === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

/**
 * The field a path belongs to, relative to the argument the form fills: `input.supportNeeded.2`
 * → `supportNeeded`; a path of another argument is kept whole.
 */
export function fieldOf(path: string, argument = 'input'): string {
  const parts = path.split('.');
  const inside = parts[0] === argument ? parts.slice(1) : parts;
  const named = inside.filter((p) => !/^\d+$/.test(p));
  return named[0] ?? path;
}

export function summariseError(error: ApiErrorLike, argument = 'input'): ErrorSummary {
  const first = error.graphQLErrors?.[0];
  if (!first) {
    return { code: 'NETWORK', fields: {}, fieldCodes: {} };
  }
  const fields: Record<string, string> = {};
  const fieldCodes: NonNullable<ErrorSummary['fieldCodes']> = {};
  for (const e of error.graphQLErrors ?? []) {
    const list = e.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const f of list) {
      if (!isFieldError(f)) continue;
      const name = fieldOf(f.path, argument);
      if (name in fields) continue;
      fields[name] = f.message;
      if (typeof f.code === 'string') {
        const params = typeof f.params === 'object' && f.params !== null ? f.params : undefined;
        fieldCodes[name] = { code: f.code, ...(params ? { params: params as Record<string, number> } : {}) };
      }
    }
  }
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : undefined;
  return { code, reason, fields, fieldCodes };
}

/** Whether the API refused the token (expired, revoked user): the session is over. */
export function isUnauthenticated(error: ApiErrorLike): boolean {
  return (error.graphQLErrors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
