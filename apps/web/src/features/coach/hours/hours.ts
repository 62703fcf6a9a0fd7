/** One waiting entry of the inbox as the API lists it (oldest day first). */
export interface InboxItem {
  introductionId: string;
  entry: { id: string; workDate: string };
}

/**
 * The inbox's entries grouped per introduction (one table per client and place), the groups in the
 * order their oldest entry came in and the entries in the order given — so the oldest work stays
 * on top, whichever client it belongs to.
 */
export function byIntroduction<T extends InboxItem>(items: readonly T[]): Array<{ first: T; items: T[] }> {
  const groups = new Map<string, { first: T; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.introductionId);
    if (group) group.items.push(item);
    else groups.set(item.introductionId, { first: item, items: [item] });
  }
  return [...groups.values()];
}
