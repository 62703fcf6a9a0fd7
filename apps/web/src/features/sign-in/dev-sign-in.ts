/** The API's development sign-in (apps/api/src/modules/demo/dev-sign-in.controller.ts). */
export interface DemoUser {
  id: string;
  role: string;
  displayName: string;
}

/** The demo users, or undefined when the service does not offer development sign-in (production). */
export async function fetchDemoUsers(): Promise<DemoUser[] | undefined> {
  const res = await fetch('/dev/sign-in/users', { headers: { accept: 'application/json' } });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as DemoUser[];
}

export async function fetchDemoToken(userId: string): Promise<string> {
  const res = await fetch('/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Demo users by role, in the order the roles are listed on the page. */
export function byRole(users: DemoUser[], order: readonly string[]): Array<[string, DemoUser[]]> {
  const groups = new Map<string, DemoUser[]>();
  for (const u of users) groups.set(u.role, [...(groups.get(u.role) ?? []), u]);
  const rank = (role: string) => (order.includes(role) ? order.indexOf(role) : order.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
