/**
 * JSON text for a GraphQL answer that V8 can keep one byte per character.
 *
 * Why: a match list's texts contain a few characters beyond Latin-1 ('≤', '≥', '–'). One such
 * character makes V8 build the whole JSON.stringify result as a two-byte string, and flattening
 * and encoding that for the socket then costs about 0.7 ms for a 62–76 KiB answer, three times
 * the stringify itself (measured on the bench's answer, issue 13). Here every character from
 * U+00FF up is written as a JSON escape (`\u2265`), which any JSON reader turns back into the
 * same character: the answer is the same, only its spelling differs, and the text stays one-byte
 * (about 0.55 ms for stringify plus encoding, against 1.25 ms).
 *
 * How: while stringifying, a string holding such characters is swapped for a one-byte copy in
 * which each becomes `ÿ` + four hex digits (U+00FF itself too, so the marker is never ambiguous);
 * afterwards every `ÿ` becomes `\u`. Copies of short strings are kept (the engine's texts repeat
 * from answer to answer); the store is emptied when it is full.
 */
const WIDE = /[\u00ff-\uffff]/;
const MARKER = '\u00ff';
const HEX = '0123456789abcdef';
const MAX_KEPT = 10_000;
const MAX_KEPT_LENGTH = 160;

const kept = new Map<string, string>();

function marked(text: string): string {
  const known = kept.get(text);
  if (known !== undefined) return known;
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xff) codes.push(c);
    else
      codes.push(
        0xff,
        HEX.charCodeAt(c >> 12),
        HEX.charCodeAt((c >> 8) & 15),
        HEX.charCodeAt((c >> 4) & 15),
        HEX.charCodeAt(c & 15),
      );
  }
  // Every code is below 256, so V8 makes a one-byte string. Chunks keep the argument list short.
  let out = '';
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  if (text.length <= MAX_KEPT_LENGTH) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(text, out);
  }
  return out;
}

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' && WIDE.test(value) ? marked(value) : value;
}

/** The same JSON as `JSON.stringify(value)`, with characters from U+00FF up written as escapes. */
export function latin1Json(value: unknown): string {
  const json = JSON.stringify(value, replacer);
  return json.indexOf(MARKER) === -1 ? json : json.replaceAll(MARKER, '\\u');
}

/** Apollo's `stringifyResult`: its default is JSON.stringify plus a newline; so is this. */
export function stringifyGraphqlResult(value: unknown): string {
  return `${latin1Json(value)}\n`;
}
