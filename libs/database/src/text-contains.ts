/**
 * "Contains this text" in SQL for the find-by-name fields of pickers (organisations, a caseload):
 * case- and accent-insensitive, without an extension. `unaccent` is not a trusted extension (only a
 * superuser may install it), so the common Latin letters with diacritics are folded with
 * translate(), then lower(); the same folding runs on both sides, so "Cafe" finds "Café" and
 * "CAFÉ". LIKE's wildcards in the user's text are escaped: "%" and "_" are literal characters.
 */
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽž';
const PLAIN = 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZz';

/** The LIKE pattern that matches `text` anywhere, its `\`, `%` and `_` escaped (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL folding an expression to lower case without the common diacritics. */
export function foldedSql(expression: string): string {
  return `lower(translate(${expression}, '${ACCENTED}', '${PLAIN}'))`;
}

/**
 * A condition: `column` contains the text bound to `parameter` (a TypeORM `:name`, given
 * `containsPattern(text)`), ignoring case and accents.
 */
export function containsSql(column: string, parameter: string): string {
  return `${foldedSql(column)} LIKE ${foldedSql(`:${parameter}`)} ESCAPE '\\'`;
}
