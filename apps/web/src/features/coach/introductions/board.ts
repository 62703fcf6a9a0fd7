import { OPEN_STATUSES, type IntroductionStatus } from '@plekwijzer/domain';

/** The board's three groups: waiting for an answer or a start, running, and ended (any outcome). */
export function groupIntroductions<T extends { status: IntroductionStatus; createdAt: string }>(
  introductions: readonly T[],
): { open: T[]; running: T[]; ended: T[] } {
  const newestFirst = [...introductions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    open: newestFirst.filter((i) => i.status === 'PROPOSED' || i.status === 'ACCEPTED'),
    running: newestFirst.filter((i) => i.status === 'STARTED'),
    ended: newestFirst.filter((i) => !OPEN_STATUSES.includes(i.status)),
  };
}
