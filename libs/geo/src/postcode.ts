/**
 * Dutch postcodes: `1234` (PC4, the area) or `1234 AB` (PC6, a street or part of one).
 *
 * Rules (PostNL): the four digits run from 1000 to 9999 (no leading zero); the two letters are
 * A–Z, except that the combinations SA, SD and SS are never issued.
 */

export type PostcodeParseResult =
  | {
      ok: true;
      /** The four digits, e.g. `3811`. */
      pc4: string;
      /** Canonical PC6 without a space, upper case, e.g. `3811AB`; absent when only 4 digits were given. */
      pc6?: string;
    }
  | { ok: false; reason: string };

/** Letter pairs PostNL does not issue. */
const UNISSUED_LETTERS: ReadonlySet<string> = new Set(['SA', 'SD', 'SS']);

/** Longest input worth reading (a PC6 with generous whitespace); anything longer is rejected outright. */
const MAX_INPUT_LENGTH = 32;

const SHAPE = /^([0-9]{4})\s*([A-Za-z]{2})?$/;
const ONLY_DIGITS = /^[0-9]+$/;
const DIGITS_THEN_LETTERS = /^([0-9]+)\s*([A-Za-z]+)$/;
const NON_ASCII_DIGIT = /[^0-9]/u;
const ANY_DIGIT = /\p{Nd}/u;

const EXAMPLE = 'a Dutch postcode looks like 3811 or 3811 AB';

/**
 * Parses a postcode typed by a person. Case and surrounding or separating whitespace do not
 * matter (`3811ab`, ` 3811 AB `); anything else, such as hyphens or non-ASCII digits, is rejected
 * with a reason a person can act on.
 */
export function parsePostcode(input: string): PostcodeParseResult {
  if (typeof input !== 'string') return fail('The postcode must be text');
  const s = input.trim();
  if (s === '') return fail('The postcode is empty');
  if (s.length > MAX_INPUT_LENGTH) return fail(`The postcode is too long; ${EXAMPLE}`);

  const m = SHAPE.exec(s);
  if (m) {
    const pc4 = m[1];
    if (pc4.startsWith('0')) {
      return fail('A Dutch postcode never starts with 0; the digits run from 1000 to 9999');
    }
    const letters = m[2]?.toUpperCase();
    if (letters === undefined) return { ok: true, pc4 };
    if (UNISSUED_LETTERS.has(letters)) {
      return fail(`The letters ${letters} are not used in Dutch postcodes (SA, SD and SS are never issued)`);
    }
    return { ok: true, pc4, pc6: pc4 + letters };
  }

  if (hasNonAsciiDigit(s)) return fail('Write the postcode with the digits 0 to 9');
  if (ONLY_DIGITS.test(s)) return fail(`A Dutch postcode has 4 digits, not ${s.length}; ${EXAMPLE}`);
  const dl = DIGITS_THEN_LETTERS.exec(s);
  if (dl) {
    const [, digits, letters] = dl as unknown as [string, string, string];
    if (digits.length !== 4) return fail(`A Dutch postcode has 4 digits, not ${digits.length}; ${EXAMPLE}`);
    return fail(`A Dutch postcode has 2 letters after the digits, not ${letters.length}; ${EXAMPLE}`);
  }
  return fail(`This is not a Dutch postcode; ${EXAMPLE} (4 digits, optionally followed by 2 letters)`);
}

function hasNonAsciiDigit(s: string): boolean {
  for (const ch of s) {
    if (ANY_DIGIT.test(ch) && NON_ASCII_DIGIT.test(ch)) return true;
  }
  return false;
}

function fail(reason: string): PostcodeParseResult {
  return { ok: false, reason };
}
