import type { AnalystTableFragment } from '../../gql/graphql';

/**
 * The catalogue caption of each insights table, by the query it comes from (an InsightsTable has no
 * id of its own): the same Dutch words as the API's title, and English ones. The chart of a table
 * has the table's caption as its title.
 */
export const CAPTION = {
  bottlenecks: (by: string) => `analyst.caption.bottlenecks.${by}`,
  supply: (by: string) => `analyst.caption.supply.${by}`,
  demandWithoutSupply: 'analyst.caption.demandWithoutSupply',
  pipeline: 'analyst.caption.pipeline',
  pipelineTimes: 'analyst.caption.pipelineTimes',
  hoursBySource: 'analyst.caption.hoursBySource',
  risks: (target: string) => `analyst.caption.risks.${target}`,
  unlocks: 'analyst.caption.unlocks',
} as const;

/**
 * A table's caption in the reader's language; the API's (Dutch) title only for a table the
 * catalogue does not know (a breakdown added to the API before the web).
 */
export function captionText(
  messages: Readonly<Record<string, unknown>>,
  format: (id: string) => string,
  id: string,
  table: Pick<AnalystTableFragment, 'title'>,
): string {
  return messages[id] ? format(id) : table.title;
}

/**
 * How many figures the server's chart leaves out because they are suppressed: the cells without a
 * value in the charted columns (all, or only `columns`), as the council report's chart counts them.
 */
export function hiddenFigures(
  table: Pick<AnalystTableFragment, 'columns' | 'rows'>,
  columns?: readonly string[],
): number {
  const charted = table.columns.map((c) => !columns || columns.includes(c.key));
  let hidden = 0;
  for (const row of table.rows)
    row.cells.forEach((cell, i) => {
      if (charted[i] && (cell.value === null || cell.value === undefined)) hidden++;
    });
  return hidden;
}
