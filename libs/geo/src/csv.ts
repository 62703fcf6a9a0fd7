/**
 * A small, strict CSV reader for the bundled reference files (internal to libs/geo).
 *
 * Supports RFC 4180 quoting on a single line ("Nuenen, Gerwen en Nederwetten", "" as an escaped
 * quote), a UTF-8 byte-order mark, and `\n` or `\r\n` line endings. Quoted fields spanning lines
 * are not supported: none of our formats need them, and rejecting them keeps line numbers exact.
 */

/** Bad data in a CSV file. `line` is 1-based and counts the header as line 1. */
export class CsvDataError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${source}, line ${line}: ${detail}`);
    this.name = 'CsvDataError';
  }
}

export interface CsvRecord {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  fields: string[];
}

/**
 * Splits `text` into records, checking the header and the number of fields on every line.
 * A single trailing newline is allowed; any other empty line is an error.
 */
export function readCsv(text: string, header: readonly string[], source: string): CsvRecord[] {
  if (typeof text !== 'string') throw new TypeError(`${source}: CSV input must be a string`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();

  const records: CsvRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let raw = lines[i];
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw === '') {
      throw new CsvDataError(
        source,
        lineNo,
        lineNo === 1 ? `the file is empty; expected the header "${header.join(',')}"` : 'empty line',
      );
    }
    const fields = splitCsvLine(raw);
    if (typeof fields === 'string') throw new CsvDataError(source, lineNo, fields);
    if (lineNo === 1) {
      if (fields.length !== header.length || fields.some((f, j) => f !== header[j])) {
        throw new CsvDataError(
          source,
          1,
          `expected the header "${header.join(',')}", found "${truncate(raw)}"`,
        );
      }
      continue;
    }
    if (fields.length !== header.length) {
      throw new CsvDataError(
        source,
        lineNo,
        `expected ${header.length} fields (${header.join(',')}), found ${fields.length}`,
      );
    }
    records.push({ line: lineNo, fields });
  }
  return records;
}

/** Returns the fields of one line, or an error message. */
function splitCsvLine(line: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 0x22 /* " */) {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return 'unterminated quoted field';
        value += line.slice(i, close);
        if (line.charCodeAt(close + 1) === 0x22) {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i === line.length) return fields;
      if (line[i] !== ',') return 'unexpected character after a closing quote';
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const value = comma < 0 ? line.slice(i) : line.slice(i, comma);
      if (value.includes('"')) return 'a quote may only appear inside a field that starts with a quote';
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

export function truncate(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * Parses a plain decimal number (`52.15561`, `-3`, `12.0`). Rejects what `Number()` would
 * silently accept: empty strings (→ 0), whitespace, hex, exponents, `Infinity`.
 */
export function parseDecimal(s: string): number | undefined {
  return DECIMAL.test(s) ? Number(s) : undefined;
}
