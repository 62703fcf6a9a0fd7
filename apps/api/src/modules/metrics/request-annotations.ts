/**
 * What the request log line tells about a GraphQL request besides method, URL and status: the
 * operation name (as labelled for metrics, so bounded) and the pseudonymous user id (the user's
 * UUID, never a name or e-mail address). The GraphQL plugin writes it, the logger reads it when
 * the response is finished.
 */
export interface RequestAnnotations {
  operation?: string;
}

const annotations = new WeakMap<object, RequestAnnotations>();

export function annotateRequest(req: unknown, values: RequestAnnotations): void {
  if (typeof req !== 'object' || req === null) return;
  annotations.set(req, { ...annotations.get(req), ...values });
}

/** The fields for the request log line: `operation` and `userId` when known. */
export function requestLogFields(req: unknown): { operation?: string; userId?: string } {
  if (typeof req !== 'object' || req === null) return {};
  const fields: { operation?: string; userId?: string } = {};
  const operation = annotations.get(req)?.operation;
  if (operation) fields.operation = operation;
  // AuthGuard caches the authenticated actor on the request.
  const userId = (req as { actor?: { userId?: unknown } }).actor?.userId;
  if (typeof userId === 'string') fields.userId = userId;
  return fields;
}
