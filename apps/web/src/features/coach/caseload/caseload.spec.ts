import { filterInput, isFiltering, readCaseloadFilter, writeCaseloadFilter } from './caseload';

const read = (search: string) => readCaseloadFilter(new URLSearchParams(search));

describe('the caseload filter in the address', () => {
  it('reads the search, the route and the risk', () => {
    expect(read('?zoek=Zo%C3%AB&route=Z_ROUTE&risico=OFF_TRACK')).toEqual({
      search: 'Zoë',
      route: 'Z_ROUTE',
      risk: 'OFF_TRACK',
    });
    expect(read('')).toEqual({ search: '', route: '', risk: '' });
  });

  it('leaves out a route or a risk it does not know, and keeps the rest', () => {
    expect(read('?zoek=amf&route=Q_ROUTE&risico=z_route')).toEqual({ search: 'amf', route: '', risk: '' });
    expect(read('?route=on_track&risico=ON_TRACK')).toEqual({ search: '', route: '', risk: 'ON_TRACK' });
  });

  it('keeps a search the API takes: trimmed, at most 100 characters, no control characters', () => {
    expect(read(`?zoek=${'a'.repeat(150)}`).search).toBe('a'.repeat(100));
    expect(read('?zoek=%20%20hawa%20').search).toBe('hawa');
    expect(read('?zoek=ha%00wa%0A').search).toBe('ha wa');
    expect(read('?zoek=100%25_x').search).toBe('100%_x');
  });

  it('writes only what narrows the list, and reads back what it wrote', () => {
    expect(writeCaseloadFilter({ search: '', route: '', risk: '' }).toString()).toBe('');
    const params = writeCaseloadFilter({ search: ' Zoë % ', route: 'B1_ROUTE', risk: 'AT_RISK' });
    expect(params.toString()).toBe('zoek=Zo%C3%AB+%25&route=B1_ROUTE&risico=AT_RISK');
    expect(readCaseloadFilter(params)).toEqual({ search: 'Zoë %', route: 'B1_ROUTE', risk: 'AT_RISK' });
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
