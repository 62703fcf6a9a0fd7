/**
 * What the web app reads from a bearer token: only its expiry, to send the user back to sign-in in
 * time. The token is not verified here (the API does that on every request); a token that cannot be
 * read counts as expired.
 */
export function tokenExpiresAt(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page to return to after sign-in: a path of this app only. Anything else (another origin,
 * `//host`, a backslash trick, the sign-in page itself) returns to the start page.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/sign-in/')) return '/';
  return next;
}
