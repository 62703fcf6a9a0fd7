import { byIntroduction } from './hours';

describe('byIntroduction', () => {
  const item = (id: string, introductionId: string, workDate: string) => ({
    introductionId,
    entry: { id, workDate },
  });

  it('groups per introduction, the group with the oldest entry first, entries kept in order', () => {
    const items = [
      item('1', 'b', '2026-11-16'),
      item('2', 'a', '2026-11-17'),
      item('3', 'b', '2026-11-18'),
      item('4', 'c', '2026-11-19'),
      item('5', 'a', '2026-11-20'),
    ];
    const groups = byIntroduction(items);
    expect(groups.map((g) => g.first.introductionId)).toEqual(['b', 'a', 'c']);
    expect(groups.map((g) => g.items.map((i) => i.entry.id))).toEqual([['1', '3'], ['2', '5'], ['4']]);
  });

  it('has no groups for an empty inbox', () => {
    expect(byIntroduction([])).toEqual([]);
  });
});
