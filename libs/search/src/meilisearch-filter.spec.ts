import { geoRadius, quote, toMeilisearchFilter } from './meilisearch-filter.js';
import { SearchQueryError } from './types.js';

describe('our filters in Meilisearch filter syntax', () => {
  it('gives no filter when nothing filters (or only empty lists do)', () => {
    expect(toMeilisearchFilter(undefined)).toBeUndefined();
    expect(toMeilisearchFilter({})).toBeUndefined();
    expect(
      toMeilisearchFilter({ types: [], sectors: [], childcare: [], compensation: [], districts: [] }),
    ).toBeUndefined();
  });

  it('turns a list into IN with quoted values, without duplicates', () => {
    expect(toMeilisearchFilter({ types: ['STAGE', 'VRIJWILLIGERSWERK', 'STAGE'] })).toBe(
      'type IN ["STAGE", "VRIJWILLIGERSWERK"]',
    );
  });

  it('joins every kind of filter with AND, in a fixed order', () => {
    expect(
      toMeilisearchFilter({
        types: ['PARTICIPATIEPLEK'],
        sectors: ['GROEN', 'HORECA'],
        maxLanguageLevel: 'A2',
        childcare: ['ON_SITE', 'CHILDREN_WELCOME'],
        compensation: ['PAID'],
        districts: ['3811', '3813'],
        organisationId: '2b6f0cc9-1f38-4a6c-b6a7-1f0c3c1e7a10',
        near: { lat: 52.15561, lon: 5.38758, km: 5 },
      }),
    ).toBe(
      [
        'type IN ["PARTICIPATIEPLEK"]',
        'sector IN ["GROEN", "HORECA"]',
        'maxRequiredLevel <= 2',
        'childcare IN ["ON_SITE", "CHILDREN_WELCOME"]',
        'compensation IN ["PAID"]',
        'district IN ["3811", "3813"]',
        'organisationId = "2b6f0cc9-1f38-4a6c-b6a7-1f0c3c1e7a10"',
        '_geoRadius(52.15561, 5.38758, 5000)',
      ].join(' AND '),
    );
  });

  it.each([
    ['NONE', 0],
    ['A1', 1],
    ['B1', 3],
    ['C2', 6],
  ] as const)('translates the language threshold %s to maxRequiredLevel <= %i', (level, rank) => {
    expect(toMeilisearchFilter({ maxLanguageLevel: level })).toBe(`maxRequiredLevel <= ${rank}`);
  });

  it('refuses an unknown language level instead of filtering on -1', () => {
    expect(() => toMeilisearchFilter({ maxLanguageLevel: 'D9' as never })).toThrow(SearchQueryError);
  });

  it('writes the radius in whole metres and plain decimals (never exponent notation)', () => {
    expect(geoRadius({ lat: 52.15561, lon: 5.38758, km: 2.5 })).toBe('_geoRadius(52.15561, 5.38758, 2500)');
    expect(geoRadius({ lat: 52.1, lon: 5, km: 0.1234 })).toBe('_geoRadius(52.1, 5, 123)');
    expect(geoRadius({ lat: 0.0000001, lon: -0.5, km: 1 })).toBe('_geoRadius(0, -0.5, 1000)');
    expect(geoRadius({ lat: -33.8688, lon: 151.2093, km: 100 })).toBe(
      '_geoRadius(-33.8688, 151.2093, 100000)',
    );
  });

  it.each([[NaN], [Infinity], [0], [-1]])('refuses a radius of %p km', (km) => {
    expect(() => geoRadius({ lat: 52, lon: 5, km })).toThrow(SearchQueryError);
  });

  it('escapes quotes and backslashes so a value cannot add a condition of its own', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('a\\')).toBe('"a\\\\"');
    const filter = toMeilisearchFilter({ districts: ['3811" OR type = "X'] })!;
    expect(filter).toBe('district IN ["3811\\" OR type = \\"X"]');
    // Exactly one unescaped opening and one unescaped closing quote around the value.
    expect(filter.replace(/\\\\/g, '').replace(/\\"/g, '').match(/"/g)).toHaveLength(2);
  });

  it('quotes values with spaces and non-ASCII letters as they are', () => {
    expect(toMeilisearchFilter({ sectors: ['Ontmoeting & taal', 'café'] })).toBe(
      'sector IN ["Ontmoeting & taal", "café"]',
    );
  });
});
