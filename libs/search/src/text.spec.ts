import { compile } from './postgres-search.adapter.js';
import { meilisearchSettings, settingsMatch, toMeiliDocument } from './meilisearch-search.adapter.js';
import {
  cleanText,
  escapeHtml,
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  leadingSnippet,
  meilisearchSynonyms,
  queryWords,
  renderHighlight,
  sectorSearchText,
  synonymsOf,
} from './text.js';
import { assertValidQuery, SearchQueryError } from './types.js';

describe('query words', () => {
  it('keeps letters and digits, lower-cased, and drops operators and punctuation', () => {
    expect(queryWords('Vrijwilligerswerk met kinderen!')).toEqual(['vrijwilligerswerk', 'met', 'kinderen']);
    expect(queryWords("magazijn & (koken) | 'tuin':* !x <-> y")).toEqual([
      'magazijn',
      'koken',
      'tuin',
      'x',
      'y',
    ]);
    expect(queryWords('Café 3811 B1-niveau')).toEqual(['café', '3811', 'b1', 'niveau']);
    expect(queryWords('')).toEqual([]);
    expect(queryWords(null)).toEqual([]);
    expect(queryWords('  ,;  ')).toEqual([]);
  });

  it('keeps at most eight words of at most forty characters', () => {
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
    expect(queryWords('x'.repeat(100))[0]).toHaveLength(40);
  });
});

describe('tsquery compilation (PostgreSQL adapter)', () => {
  it('matches the last word as a prefix and joins words with the operator', () => {
    expect(compile(['fietsenmaker', 'amersfoort'], new Map(), '&')).toEqual({
      full: '(fietsenmaker) & (amersfoort:*)',
      exact: 'fietsenmaker & amersfoort:*',
      whole: 'fietsenmaker & amersfoort',
    });
    expect(compile(['magazijn', 'koken'], new Map(), '|').exact).toBe('magazijn | koken:*');
  });

  it('adds synonyms and typo corrections as alternatives, but not to the exact query', () => {
    const compiled = compile(
      ['vrijwilliger', 'fietsemaker'],
      new Map([['fietsemaker', ['fietsenmaker']]]),
      '&',
    );
    expect(compiled.full).toBe(
      '(vrijwilliger | vrijwilligerswerk | vrijwilligers | vrijwillig | vrijwilligster) & (fietsemaker:* | fietsenmaker)',
    );
    expect(compiled.exact).toBe('vrijwilliger & fietsemaker:*');
  });
});

describe('synonyms', () => {
  it('are mutual within a group', () => {
    expect(synonymsOf('vrijwillig')).toEqual(expect.arrayContaining(['vrijwilligerswerk', 'vrijwilliger']));
    expect(synonymsOf('vrijwilligerswerk')).toContain('vrijwillig');
    expect(synonymsOf('onbekend')).toEqual([]);
    const meili = meilisearchSynonyms();
    for (const [word, others] of Object.entries(meili)) {
      for (const other of others) expect(meili[other]).toContain(word);
      expect(others).not.toContain(word);
    }
  });
});

describe('highlighting', () => {
  it('escapes what an employer typed and turns the engine marks into <mark>', () => {
    expect(renderHighlight(`${S}Schilder${E} & behanger <script>alert("x")</script>`)).toBe(
      '<mark>Schilder</mark> &amp; behanger &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });

  it('balances marks the engine left open or never opened', () => {
    expect(renderHighlight(`a ${S}b`)).toBe('a <mark>b</mark>');
    expect(renderHighlight(`a${E} b`)).toBe('a b');
    expect(renderHighlight(`${S}${S}a${E}${E}`)).toBe('<mark>a</mark>');
  });

  it('strips control characters from indexed text, so stored text can never carry a mark', () => {
    expect(cleanText(`a${S}b${E}c\u0000d\te\nf`)).toBe('abcd\te\nf');
    expect(cleanText(null)).toBeNull();
    expect(escapeHtml(`<b>'x'</b>`)).toBe('&lt;b&gt;&#39;x&#39;&lt;/b&gt;');
  });

  it('cuts a description for a snippet at a word boundary', () => {
    expect(leadingSnippet(null)).toBeNull();
    expect(leadingSnippet('kort')).toBe('kort');
    const long = 'woord '.repeat(60);
    const snippet = leadingSnippet(long, 50)!;
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(52);
    expect(snippet).not.toMatch(/woor …$/);
  });
});

describe('sectors as words', () => {
  it('finds a sector by its Dutch name', () => {
    expect(sectorSearchText('KINDEROPVANG_ONDERWIJS')).toBe('kinderopvang onderwijs');
    expect(sectorSearchText('GROEN')).toBe('groen');
    expect(sectorSearchText('NIEUW_SOORT')).toBe('nieuw soort');
    expect(sectorSearchText(null)).toBe('');
  });
});

describe('Meilisearch documents and settings', () => {
  it('stores the location as _geo with lng, the level as a number and the date as epoch ms', () => {
    const doc = toMeiliDocument({
      id: 'p1',
      organisationId: 'o1',
      organisationName: 'Voedselbank',
      type: 'STAGE',
      title: 'Titel',
      description: null,
      sector: 'GROEN',
      languageLevel: 'B1',
      childcare: 'NONE',
      compensation: 'PAID',
      district: '3811',
      city: 'Amersfoort',
      location: { lat: 52.1, lon: 5.3 },
      publishedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(doc).toMatchObject({
      _geo: { lat: 52.1, lng: 5.3 },
      maxRequiredLevel: 3,
      sectorText: 'groen',
      publishedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    });
    expect(
      toMeiliDocument({ ...doc, languageLevel: 'NONE', location: null, publishedAt: null } as never),
    ).not.toHaveProperty('_geo');
  });

  it('applies settings only when the server has different ones (order of searchable attributes matters)', () => {
    const wanted = meilisearchSettings();
    expect(wanted.searchableAttributes).toEqual(['title', 'sectorText', 'organisationName', 'description']);
    expect(wanted.filterableAttributes).toContain('_geo');
    expect(wanted.stopWords).toEqual(expect.arrayContaining(['de', 'het', 'een', 'met']));
    expect(wanted.synonyms?.vrijwilligerswerk).toEqual(
      expect.arrayContaining(['vrijwilliger', 'vrijwillig']),
    );
    const sameButShuffled = {
      ...wanted,
      filterableAttributes: [...(wanted.filterableAttributes as string[])].reverse(),
      stopWords: [...wanted.stopWords!].reverse(),
    };
    expect(settingsMatch(sameButShuffled, wanted)).toBe(true);
    expect(
      settingsMatch(
        { ...wanted, searchableAttributes: ['description', 'title', 'sectorText', 'organisationName'] },
        wanted,
      ),
    ).toBe(false);
    expect(settingsMatch({ ...wanted, synonyms: {} }, wanted)).toBe(false);
    expect(settingsMatch({}, wanted)).toBe(false);
  });
});

describe('query validation', () => {
  it.each([
    [{ first: 0, offset: 0 }],
    [{ first: 101, offset: 0 }],
    [{ first: 1.5, offset: 0 }],
    [{ first: 10, offset: -1 }],
    [{ first: 10, offset: 0, filters: { near: { lat: 91, lon: 5, km: 1 } } }],
    [{ first: 10, offset: 0, filters: { near: { lat: 52, lon: 5, km: 0 } } }],
    [{ first: 10, offset: 0, facets: ['colour'] }],
  ])('refuses %j', (query) => {
    expect(() => assertValidQuery(query as never)).toThrow(SearchQueryError);
  });

  it('accepts a page of 100', () => {
    expect(() => assertValidQuery({ first: 100, offset: 0, facets: ['district'] })).not.toThrow();
  });
});
