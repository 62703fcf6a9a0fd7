/** The label for an operation without a name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The label for a name that is not a GraphQL name, or is too long to be one a client chose on purpose. */
export const INVALID_OPERATION = 'invalid';
/** The label for every further name once the limit of distinct names is reached. */
export const OTHER_OPERATION = 'other';

const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Turns client-chosen operation names into metric labels with bounded cardinality: every series
 * costs memory in this process and in Prometheus, and a client could otherwise send a new name
 * with every request. The first `limit` distinct names are kept; later new names become "other".
 * Only a request that may add a name (`learn`: a signed-in user's operation that resolved) adds
 * one, so that anonymous junk cannot use up the limit; a name not yet known is "other" otherwise.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = 200) {}

  label(name: string | null | undefined, learn = true): string {
    if (name === null || name === undefined || name === '') return ANONYMOUS_OPERATION;
    if (!GRAPHQL_NAME.test(name)) return INVALID_OPERATION;
    if (this.seen.has(name)) return name;
    if (!learn || this.seen.size >= this.limit) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;

/** `extensions.code` as a label: the server sets it, but anything unexpected still stays bounded. */
export function errorCodeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'NONE';
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}
