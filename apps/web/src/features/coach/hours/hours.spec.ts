import { pendingEntries } from './hours';

describe('pendingEntries', () => {
  it('keeps pending entries that no correction replaced, oldest day first', () => {
    const entries = [
      { id: '1', status: 'PENDING', supersededAt: null, workDate: '2026-11-20' },
      { id: '2', status: 'APPROVED', supersededAt: null, workDate: '2026-11-18' },
      { id: '3', status: 'PENDING', supersededAt: '2026-11-21T09:00:00Z', workDate: '2026-11-17' },
      { id: '4', status: 'PENDING', supersededAt: null, workDate: '2026-11-19' },
      { id: '5', status: 'REJECTED', supersededAt: null, workDate: '2026-11-16' },
    ];
    expect(pendingEntries(entries).map((e) => e.id)).toEqual(['4', '1']);
  });
});
