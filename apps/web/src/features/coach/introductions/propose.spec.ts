import { parseSupport } from './propose';

describe('parseSupport', () => {
  it('splits on commas, semicolons and lines, trimmed, without empties or repeats', () => {
    expect(parseSupport(' taalmaatje, uitleg in het Arabisch ;; taalmaatje\nvervoer ')).toEqual([
      'taalmaatje',
      'uitleg in het Arabisch',
      'vervoer',
    ]);
  });

  it('gives undefined when nothing was typed', () => {
    expect(parseSupport('')).toBeUndefined();
    expect(parseSupport(' , ; ')).toBeUndefined();
  });
});
