/** The entries waiting for the coach: pending and not replaced by a correction; oldest day first. */
export function pendingEntries<T extends { status: string; supersededAt?: string | null; workDate: string }>(
  entries: readonly T[],
): T[] {
  return entries
    .filter((e) => e.status === 'PENDING' && !e.supersededAt)
    .sort((a, b) => a.workDate.localeCompare(b.workDate));
}
