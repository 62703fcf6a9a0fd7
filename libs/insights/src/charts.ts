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
      color: { field: 'series', type: 'nominal', title: input.seriesTitle },
      tooltip: [
        { field: 'group', title: input.groupTitle },
        { field: 'series', title: input.seriesTitle },
        { field: 'value', title: input.valueTitle },
      ],
    },
    config: { font: 'sans-serif', view: { stroke: null } },
  };
}
