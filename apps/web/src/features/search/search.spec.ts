import {
  cumulativeLevelCounts,
  facetOptions,
  hasFilters,
  markedParts,
  readSearch,
  searchVariables,
  toggle,
  writeSearch,
} from './search';

describe('the place search in the address', () => {
  it('reads words, facets, level and radius; drops what is malformed or repeated', () => {
    const state = readSearch(
      new URLSearchParams(
        'q=magazijn&type=STAGE&type=STAGE&sector=LOGISTIEK&district=3811&district=38&level=B7&postcode=3811 AB&km=-2',
      ),
    );
    expect(state).toEqual({
      text: 'magazijn',
      types: ['STAGE'],
      sectors: ['LOGISTIEK'],
      childcare: [],
      compensation: [],
      districts: ['3811'],
      maxLanguageLevel: undefined,
      postcode: '3811 AB',
      km: undefined,
    });
  });

  it('writes what it reads back, and nothing for an empty search', () => {
    const params = new URLSearchParams(
      'q=koken&sector=HORECA&sector=ZORG&childcare=ON_SITE&level=A2&postcode=3811&km=5',
    );
    expect(writeSearch(readSearch(params)).toString()).toBe(params.toString());
    expect(writeSearch(readSearch(new URLSearchParams('q=%20%20'))).toString()).toBe('');
  });

  it('keeps a radius only with a postcode', () => {
    const state = readSearch(new URLSearchParams('km=10'));
    expect(writeSearch(state).has('km')).toBe(false);
  });

  it('ticks and unticks a facet value', () => {
    const empty = readSearch(new URLSearchParams());
    const one = toggle(empty, 'SECTOR', 'HORECA');
    expect(one.sectors).toEqual(['HORECA']);
    expect(toggle(toggle(one, 'SECTOR', 'ZORG'), 'SECTOR', 'HORECA').sectors).toEqual(['ZORG']);
    expect(hasFilters(empty)).toBe(false);
    expect(hasFilters(one)).toBe(true);
  });
});

describe('searchVariables', () => {
  it('asks the API for the words, the ticked values and the radius', () => {
    const state = readSearch(
      new URLSearchParams('q= koken &type=ACTIVITEIT&compensation=NONE&level=A2&postcode=3811 AB&km=5'),
    );
    expect(searchVariables(state)).toEqual({
      text: 'koken',
      filter: { types: ['ACTIVITEIT'], compensation: ['NONE'], maxLanguageLevel: 'A2' },
      near: { postcode: '3811 AB', km: 5 },
    });
  });

  it('leaves out an empty text, an empty filter and a postcode that is not one', () => {
    expect(searchVariables(readSearch(new URLSearchParams('postcode=Amersfoort&km=5')))).toEqual({
      text: undefined,
      filter: undefined,
      near: undefined,
    });
  });
});

describe('facets', () => {
  it('offers the counted values, then ticked ones no longer counted (so they can be unticked)', () => {
    expect(
      facetOptions(
        [
          { value: 'HORECA', count: 3 },
          { value: 'ZORG', count: 1 },
        ],
        ['ZORG', 'BOUW'],
      ),
    ).toEqual([
      { value: 'HORECA', count: 3 },
      { value: 'ZORG', count: 1 },
      { value: 'BOUW', count: 0 },
    ]);
  });

  it('adds up the places asking at most each level, those asking none under every level', () => {
    const counts = cumulativeLevelCounts([
      { value: 'A2', count: 4 },
      { value: 'NONE', count: 2 },
      { value: 'B1', count: 1 },
    ]);
    expect(counts).toEqual({ A1: 2, A2: 6, B1: 7, B2: 7, C1: 7, C2: 7 });
  });
});

describe('markedParts', () => {
  it('splits the API’s marked text into plain parts, unescaping what it escaped', () => {
    expect(markedParts('Hulp in de <mark>keuken</mark> &amp; <mark>kok</mark>en &lt;b&gt;')).toEqual([
      { text: 'Hulp in de ', marked: false },
      { text: 'keuken', marked: true },
      { text: ' & ', marked: false },
      { text: 'kok', marked: true },
      { text: 'en <b>', marked: false },
    ]);
  });

  it('keeps markup in a title as text, never as an element', () => {
    expect(markedParts('&lt;script&gt;x&lt;/script&gt;')).toEqual([
      { text: '<script>x</script>', marked: false },
    ]);
    expect(markedParts('')).toEqual([]);
  });
});
