/**
 * The support needed, typed as one line ("taalmaatje, uitleg in het Arabisch"): one item per comma
 * or semicolon, trimmed, empty ones and repeats dropped; undefined when nothing was typed.
 */
export function parseSupport(text: string): string[] | undefined {
  const items = [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return items.length > 0 ? items : undefined;
}
