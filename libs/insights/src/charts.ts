/**
 * Declarative chart specs (Vega-Lite) for the insights figures. Pure data in, a spec out: the council
 * report renders them to SVG on the server, and the web workspace can hand the same specs to
 * vega-embed. Only published figures are plotted; a suppressed one has no value to draw, so the
 * chart says how many bars it leaves out.
 */

/** One published figure of a table, as a chart draws it. */
export interface ChartPoint {
  /** The row (a route, a quarter, a sector, …). */
  group: string;
  /** The column (a criterion, a status, a measure, …). */
  series: string;
  value: number;
}

export interface ChartSpecInput {
  /**
   * The Dutch title, drawn above the chart with a note on how many figures are left out. Left out:
   * neither is drawn (a page that captions the chart itself, in its reader's language).
   */
  title?: string;
  groupTitle: string;
  seriesTitle: string;
  valueTitle: string;
  points: ChartPoint[];
  /** Figures left out because they are suppressed. */
  hidden: number;
  /** The groups in the order to draw them. */
  groupOrder: string[];
}

/** A Vega-Lite spec: a plain JSON object (typed loosely so this library needs no Vega types). */
export type VegaLiteSpec = Record<string, unknown>;

/** Horizontal stacked bars: one bar per group, split by series. */
export function stackedBarSpec(input: ChartSpecInput): VegaLiteSpec {
  const subtitle =
    input.hidden > 0
      ? `${input.hidden} kleine of beschermde aantallen zijn niet getekend (privacy).`
      : 'Alle aantallen getekend.';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(input.title === undefined ? {} : { title: { text: input.title, subtitle, anchor: 'start' } }),
    width: 560,
    height: { step: 22 },
    data: { values: input.points },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'group', type: 'nominal', title: input.groupTitle, sort: input.groupOrder },
      x: { field: 'value', type: 'quantitative', title: input.valueTitle, stack: 'zero' },
      color: { field: 'series', type: 'nominal', title: input.seriesTitle, ...wrappedLegend(input.points) },
      tooltip: [
        { field: 'group', title: input.groupTitle },
        { field: 'series', title: input.seriesTitle },
        { field: 'value', title: input.valueTitle },
      ],
    },
    config: { font: 'sans-serif', view: { stroke: null } },
  };
}

/**
 * The characters a legend line holds: Vega, with no canvas on the server, reckons a character
 * 0.8 × the font size wide (8 px at the legend's 10 px) and shortens a label not narrower than
 * its labelLimit (160 px) with "…", so 19 characters. A browser draws the line narrower: it fits.
 */
const LEGEND_LINE = 19;

/** A label in lines of at most `width` characters, broken between words (a longer word on its own, in pieces). */
export function wrapLabel(label: string, width = LEGEND_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${width}}`, 'gu'))!;
    for (const piece of pieces) {
      if (line && line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The legend draws a label too long for one line over several (Vega spaces the rows to fit), so
 * "Genoeg passende plekken (3 of meer)" is read in full instead of cut short; a label that fits
 * stays as it is. The lines are looked up by label in the legend's labelExpr.
 */
function wrappedLegend(points: readonly ChartPoint[]): { legend?: { labelExpr: string } } {
  const long = [...new Set(points.map((p) => p.series))].filter((label) => label.length > LEGEND_LINE);
  if (long.length === 0) return {};
  const lines = `{${long.map((l) => `${JSON.stringify(l)}: ${JSON.stringify(wrapLabel(l))}`).join(', ')}}`;
  return { legend: { labelExpr: `${lines}[datum.label] || datum.label` } };
}
