import fc from 'fast-check';

import { parsePostcode } from './postcode.js';

describe('parsePostcode', () => {
  it.each([
    ['3811', '3811', undefined],
    ['3811AB', '3811', '3811AB'],
    ['3811 ab', '3811', '3811AB'],
    [' 3811 AB ', '3811', '3811AB'],
    ['3811aB', '3811', '3811AB'],
    ['3811\tAB', '3811', '3811AB'],
    ['3811   AB', '3811', '3811AB'],
    ['1000', '1000', undefined],
    ['9999 ZZ', '9999', '9999ZZ'],
    // Only SA, SD and SS are excluded; their neighbours are ordinary letter pairs.
    ['3811 SB', '3811', '3811SB'],
    ['3811 AS', '3811', '3811AS'],
  ])('accepts %j as PC4 %s, PC6 %s', (input, pc4, pc6) => {
    const r = parsePostcode(input);
    expect(r).toEqual(pc6 === undefined ? { ok: true, pc4 } : { ok: true, pc4, pc6 });
  });

  it('omits pc6 entirely (not undefined-valued) for a bare PC4', () => {
    expect(Object.keys(parsePostcode('3811'))).toEqual(['ok', 'pc4']);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['381', /4 digits, not 3/],
    ['38111', /4 digits, not 5/],
    ['0811', /never starts with 0/],
    ['0123', /never starts with 0/],
    ['0811 AB', /never starts with 0/],
    ['3811 SA', /SA are not used/],
    ['3811sd', /SD are not used/],
    ['3811 ss', /SS are not used/],
    ['3811 A', /2 letters after the digits, not 1/],
    ['3811 ABC', /2 letters after the digits, not 3/],
    ['381 AB', /4 digits, not 3/],
    ['3811-AB', /not a Dutch postcode/],
    ['3811.AB', /not a Dutch postcode/],
    ['AB 3811', /not a Dutch postcode/],
    ['38 11', /not a Dutch postcode/],
    ['3811 ÄB', /not a Dutch postcode/],
    ['３８１１', /digits 0 to 9/], // full-width digits
    ['٣٨١١', /digits 0 to 9/], // Arabic-Indic digits
    ['३८११ AB', /digits 0 to 9/], // Devanagari digits
    ['3811 AB 12', /not a Dutch postcode/],
    ['3811'.repeat(20), /too long/],
  ])('rejects %j with a plain reason', (input, reason) => {
    const r = parsePostcode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('rejects non-string input at run time instead of throwing', () => {
    expect(parsePostcode(3811 as unknown as string)).toEqual({
      ok: false,
      reason: 'The postcode must be text',
    });
    expect(parsePostcode(undefined as unknown as string).ok).toBe(false);
  });

  it('does not echo the raw input in reasons', () => {
    const r = parsePostcode('<script>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toContain('<script>');
  });

  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
  const digits = fc.integer({ min: 1000, max: 9999 }).map(String);

  it('accepts every issued PC6 in any case and spacing, canonically', () => {
    fc.assert(
      fc.property(
        digits,
        letter,
        letter,
        fc.boolean(),
        fc.constantFrom('', ' ', '  '),
        (d, a, b, lower, sep) => {
          const letters = a + b;
          fc.pre(!['SA', 'SD', 'SS'].includes(letters));
          const typed = `${d}${sep}${lower ? letters.toLowerCase() : letters}`;
          expect(parsePostcode(typed)).toEqual({ ok: true, pc4: d, pc6: d + letters });
        },
      ),
    );
  });

  it('rejects every 4-digit string with a leading zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(parsePostcode(String(n).padStart(4, '0')).ok).toBe(false);
      }),
    );
  });

  it('never throws and only accepts strings of the documented shape', () => {
    const shape = /^\s*[1-9][0-9]{3}\s*([A-Za-z]{2})?\s*$/;
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const r = parsePostcode(s);
        if (r.ok) expect(s).toMatch(shape);
      }),
    );
  });
});
