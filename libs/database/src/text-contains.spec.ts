import { containsPattern, containsSql } from './text-contains.js';

describe('containsPattern', () => {
  it("escapes LIKE's wildcards and its escape character, so they match themselves", () => {
    expect(containsPattern('groen')).toBe('%groen%');
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('a\\b')).toBe('%a\\\\b%');
  });
});

describe('containsSql', () => {
  it('folds both sides the same way and names the escape character', () => {
    const sql = containsSql('o.name', 'search');
    expect(sql).toMatch(/^lower\(translate\(o\.name, '[^']+', '[^']+'\)\) LIKE lower\(translate\(:search, /);
    expect(sql.endsWith("ESCAPE '\\'")).toBe(true);
  });
});
