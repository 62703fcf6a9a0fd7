import { filterInput, isFiltering, readCaseloadFilter, writeCaseloadFilter } from './caseload';

const COACH = 'c0ac4000-0000-4000-8000-000000000001';
const read = (search: string, state: unknown = null, userId = COACH) =>
  readCaseloadFilter(new URLSearchParams(search), state, userId);
/** A history entry's state as the coach wrote it. */
const by = (caseloadSearch: unknown, caseloadSearchBy = COACH) => ({ caseloadSearch, caseloadSearchBy });

describe('the caseload filter of a history entry', () => {
  it('reads the route and the risk from the address, the search from the entry’s state', () => {
    expect(read('?route=Z_ROUTE&risico=OFF_TRACK', by('Zoë'))).toEqual({
      search: 'Zoë',
      route: 'Z_ROUTE',
      risk: 'OFF_TRACK',
    });
    expect(read('')).toEqual({ search: '', route: '', risk: '' });
  });

  it('never reads a search from the address', () => {
    expect(read('?zoek=hawa&q=hawa&search=hawa').search).toBe('');
  });

  it('leaves out a route or a risk it does not know, and a state that is not its own', () => {
    expect(read('?route=Q_ROUTE&risico=z_route', by('amf'))).toEqual({
      search: 'amf',
      route: '',
      risk: '',
    });
    expect(read('?route=on_track&risico=ON_TRACK')).toEqual({ search: '', route: '', risk: 'ON_TRACK' });
    for (const state of [undefined, 'hawa', 42, by(7), { other: 'hawa' }, { caseloadSearch: 'hawa' }])
      expect(read('', state).search).toBe('');
  });

  it('never shows a search another user typed (the entry outlives signing out)', () => {
    expect(read('', by('hawa'), COACH).search).toBe('hawa');
    expect(read('', by('hawa'), 'c0ac4000-0000-4000-8000-000000000002').search).toBe('');
  });

  it('keeps a search the API takes: trimmed, at most 100 characters, no control characters', () => {
    expect(read('', by('a'.repeat(150))).search).toBe('a'.repeat(100));
    expect(read('', by('  hawa ')).search).toBe('hawa');
    expect(read('', by('ha\u0000wa\n')).search).toBe('ha wa');
    expect(read('', by('100%_x')).search).toBe('100%_x');
  });

  it('writes the route and the risk into the address and the search into the state only, and reads back what it wrote', () => {
    const none = writeCaseloadFilter({ search: '', route: '', risk: '' }, COACH);
    expect(none.params.toString()).toBe('');
    expect(none.state).toBeNull();
    const written = writeCaseloadFilter({ search: ' Zoë % ', route: 'B1_ROUTE', risk: 'AT_RISK' }, COACH);
    expect(written.params.toString()).toBe('route=B1_ROUTE&risico=AT_RISK');
    expect(written.state).toEqual(by('Zoë %'));
    expect(readCaseloadFilter(written.params, written.state, COACH)).toEqual({
      search: 'Zoë %',
      route: 'B1_ROUTE',
      risk: 'AT_RISK',
    });
  });

  it("asks the API for the whole caseload without a filter, and for the filter's conditions with one", () => {
    const none = { search: '', route: '', risk: '' } as const;
    expect(isFiltering(none)).toBe(false);
    expect(filterInput(none)).toBeNull();
    expect(filterInput({ ...none, risk: 'OFF_TRACK' })).toEqual({
      search: null,
      route: null,
      risk: 'OFF_TRACK',
    });
    expect(filterInput({ ...none, search: 'amf' })).toEqual({ search: 'amf', route: null, risk: null });
  });
});
