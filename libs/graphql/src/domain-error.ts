import type { ErrorReason } from '@plekwijzer/domain';
import { GraphQLError } from 'graphql';

/** Codes a client may branch on; they travel in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PLACE_FULL'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** The reason an error carries when the thrower names none: the general one for its code. */
const DEFAULT_REASON: Partial<Record<ErrorCode, ErrorReason>> = {
  BAD_USER_INPUT: 'INVALID_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  PLACE_FULL: 'PLACE_FULL',
};

/**
 * A problem with one input field; `path` is the dotted path inside the operation's arguments.
 * `message` is plain English; `code` (with `params`) names the problem in a stable way, so that a
 * client can say it in its own language (REQUIRED, TOO_LONG {max}, OUT_OF_RANGE {min, max},
 * INVALID_POSTCODE, …). A client that does not know the code shows the message.
 */
export interface FieldError {
  path: string;
  message: string;
  code?: FieldErrorCode;
  params?: Record<string, string | number>;
}

/**
 * The stable names of field problems (`extensions.fields[].code`), with their params where they
 * have some: TOO_LONG/TOO_MANY {max}, TOO_SHORT/TOO_FEW {min}, OUT_OF_RANGE {min?, max?},
 * NOT_IN_STEPS {step}, NOT_FOUND (the value names something that does not exist), MUST_BE_EMPTY
 * (leave the field out here), NOT_POSITIVE (must be more than 0), MIN_ABOVE_MAX {min, max},
 * MIN_ABOVE_WINDOWS {min, hours} (a minimum of hours a week above what the windows add up to),
 * END_BEFORE_START {start}, DATE_IN_THE_PAST {date}, CONTRADICTS {field} (does not fit the value
 * of that other field).
 */
export type FieldErrorCode =
  | 'REQUIRED'
  | 'UNKNOWN_FIELD'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_FEW'
  | 'TOO_MANY'
  | 'DUPLICATES'
  | 'OUT_OF_RANGE'
  | 'NOT_A_NUMBER'
  | 'NOT_A_WHOLE_NUMBER'
  | 'INVALID_CHOICE'
  | 'INVALID_FORMAT'
  | 'INVALID_TYPE'
  | 'CONTROL_CHARACTERS'
  | 'INVALID_DATE'
  | 'INVALID_POSTCODE'
  | 'UNKNOWN_POSTCODE'
  | 'INVALID_TIME_RANGE'
  | 'OVERLAPPING_TIME_RANGES'
  | 'NOT_IN_STEPS'
  | 'ALREADY_EXISTS'
  | 'NOT_FOUND'
  | 'MUST_BE_EMPTY'
  | 'NOT_POSITIVE'
  | 'MIN_ABOVE_MAX'
  | 'MIN_ABOVE_WINDOWS'
  | 'END_BEFORE_START'
  | 'DATE_IN_THE_PAST'
  | 'CONTRADICTS'
  | 'INVALID';

/** Codes that have a general reason, so the thrower may leave the reason out. */
type CodeWithDefaultReason = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'PLACE_FULL';

/**
 * The one exception the features throw. Its message is written for the person using the
 * client, in plain language; it never carries SQL, table names or a stack trace. Every one
 * carries `extensions.code` and `extensions.reason` (an ErrorReason, listed in the schema);
 * a CONFLICT or SERVICE_UNAVAILABLE must name its reason.
 */
export class DomainError extends GraphQLError {
  readonly code: ErrorCode;
  readonly reason: ErrorReason;

  constructor(
    code: CodeWithDefaultReason,
    message: string,
    details?: { fields?: FieldError[]; reason?: ErrorReason },
  );
  constructor(code: ErrorCode, message: string, details: { fields?: FieldError[]; reason: ErrorReason });
  constructor(
    code: ErrorCode,
    message: string,
    details: { fields?: FieldError[]; reason?: ErrorReason } = {},
  ) {
    const reason = details.reason ?? DEFAULT_REASON[code];
    if (!reason) throw new TypeError(`A DomainError with code ${code} needs a reason`);
    super(message, {
      extensions: {
        code,
        reason,
        ...(details.fields ? { fields: details.fields } : {}),
      },
    });
    this.code = code;
    this.reason = reason;
  }

  static badInput(fields: FieldError[], message?: string): DomainError {
    const text =
      message ??
      (fields.length === 1
        ? `${fields[0].path}: ${fields[0].message}`
        : `${fields.length} fields are not valid`);
    return new DomainError('BAD_USER_INPUT', text, { fields });
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} was not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Sign in first: a valid bearer token is required'): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }
}

/** Collects field errors during a multi-field check and throws them together. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(path: string, message: string, code?: FieldErrorCode, params?: FieldError['params']): this {
    this.errors.push({ path, message, ...(code ? { code } : {}), ...(params ? { params } : {}) });
    return this;
  }

  get any(): boolean {
    return this.errors.length > 0;
  }

  get list(): readonly FieldError[] {
    return this.errors;
  }

  throwIfAny(message?: string): void {
    if (this.any) throw DomainError.badInput([...this.errors], message);
  }
}
