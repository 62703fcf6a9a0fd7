import { groupIntroductions } from './board';

describe('groupIntroductions', () => {
  it('groups open, running and ended introductions, newest first', () => {
    const groups = groupIntroductions([
      { id: 'a', status: 'PROPOSED', createdAt: '2026-01-01T10:00:00Z' },
      { id: 'b', status: 'ACCEPTED', createdAt: '2026-02-01T10:00:00Z' },
      { id: 'c', status: 'STARTED', createdAt: '2026-01-05T10:00:00Z' },
      { id: 'd', status: 'DECLINED', createdAt: '2026-01-03T10:00:00Z' },
      { id: 'e', status: 'WITHDRAWN', createdAt: '2026-03-01T10:00:00Z' },
      { id: 'f', status: 'ENDED_EARLY', createdAt: '2026-01-02T10:00:00Z' },
      { id: 'g', status: 'COMPLETED', createdAt: '2026-01-04T10:00:00Z' },
    ] as const);
    expect(groups.open.map((i) => i.id)).toEqual(['b', 'a']);
    expect(groups.running.map((i) => i.id)).toEqual(['c']);
    expect(groups.ended.map((i) => i.id)).toEqual(['e', 'g', 'd', 'f']);
  });
});
