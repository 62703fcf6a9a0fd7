import fc from 'fast-check';
import { latin1Json, stringifyGraphqlResult } from './latin1-json.js';

const oneByte = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0xff);

describe('latin1Json', () => {
  it('reads back as exactly what JSON.stringify writes, in characters below U+00FF only', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary' }), (value, text) => {
        const input = { value, text, list: [text, `${text}≥`, 'ÿ', '\ud800'] };
        const json = latin1Json(input);
        expect(oneByte(json)).toBe(true);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the engine texts with escapes and leaves Latin-1 as it is', () => {
    expect(latin1Json({ detailNl: 'fiets 12 min ≤ 30 min', title: 'Café – ÿ' })).toBe(
      '{"detailNl":"fiets 12 min \\u2264 30 min","title":"Café \\u2013 \\u00ff"}',
    );
    expect(latin1Json({ detailNl: 'geen taaleis', n: 3, ok: true, none: null })).toBe(
      JSON.stringify({ detailNl: 'geen taaleis', n: 3, ok: true, none: null }),
    );
  });

  it('keeps a backslash-u that was in the text a text, and emoji as their surrogate pair', () => {
    const input = { a: 'C:\\u2265', b: 'ok 👍', c: 'ÿ00ff' };
    const json = latin1Json(input);
    expect(JSON.parse(json)).toEqual(input);
    expect(json).toContain('\\ud83d\\udc4d');
  });

  it('ends an answer with a newline, as Apollo does', () => {
    expect(stringifyGraphqlResult({ data: { a: '≥' } })).toBe('{"data":{"a":"\\u2265"}}\n');
  });
});
