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
  /** WIDE (default): a 560 px plot, the legend on the right. NARROW: for a phone, see NARROW_WIDTH. */
  layout?: ChartLayout;
}

/** The chart layouts: WIDE for a screen or the report, NARROW for a phone (drawn at 1:1). */
export const CHART_LAYOUTS = ['WIDE', 'NARROW'] as const;
export type ChartLayout = (typeof CHART_LAYOUTS)[number];

/**
 * The width of a NARROW chart's whole SVG, axes, legend and padding included: a 360 px phone's
 * content width less a margin, so the chart is drawn at its own size, not scaled down.
 */
export const NARROW_WIDTH = 320;

/** A Vega-Lite spec: a plain JSON object (typed loosely so this library needs no Vega types). */
export type VegaLiteSpec = Record<string, unknown>;

/** Horizontal stacked bars: one bar per group, split by series. */
export function stackedBarSpec(input: ChartSpecInput): VegaLiteSpec {
  if (input.layout === 'NARROW') return narrowStackedBarSpec(input);
  const subtitle = subtitleOf(input);
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

const subtitleOf = (input: ChartSpecInput): string =>
  input.hidden > 0
    ? `${input.hidden} kleine of beschermde aantallen zijn niet getekend (privacy).`
    : 'Alle aantallen getekend.';

/**
 * A NARROW chart's sizes. Vega, with no canvas on the server, reckons a character 0.8 × the font
 * size wide and cuts a label at its limit with "…": a line of n characters at 12 px needs
 * n × 9.6 px. Group labels stand above their bars and the legend below the plot, both as wide as
 * the plot (about 290 px), so NARROW_LINE characters a line.
 */
const NARROW_FONT = 12;
const NARROW_LINE = 28;
const NARROW_LABEL_LIMIT = NARROW_LINE * 0.8 * NARROW_FONT + 1;
/** The height of a line of text, of a bar, and the room between a bar and the next label. */
const NARROW_LINE_HEIGHT = 14;
const NARROW_BAR = 18;
const NARROW_GAP = 8;

/**
 * Horizontal stacked bars for a phone: the whole SVG NARROW_WIDTH wide (Vega fits the plot into
 * it), each group's label above its bar (so labels and bars both get the full width), the legend
 * below the plot in one column, long labels, the title and the note over lines. Nothing is cut
 * short with "…"; text is 12 px, to be read at 1:1.
 */
function narrowStackedBarSpec(input: ChartSpecInput): VegaLiteSpec {
  // The groups drawn (one with no published figure has no bar), each band as high as the longest
  // label's lines and a bar.
  const groups = [...new Set(input.points.map((p) => p.group))];
  const linesOf = (g: string) => wrapLabel(g, NARROW_LINE).length;
  const lines = Math.max(1, ...groups.map(linesOf));
  const step = NARROW_BAR + NARROW_GAP + lines * NARROW_LINE_HEIGHT;
  const padding = 1 - NARROW_BAR / step;
  // A label's first line (its top 0.79 × the font above the baseline) so far above the band's middle
  // that its last line ends 3 px above the bar.
  const offsetFor = (n: number) =>
    -(NARROW_BAR / 2 + 3 + Math.round(0.79 * NARROW_FONT) + 3 + (n - 1) * NARROW_LINE_HEIGHT);
  const longer = [...new Set(groups.map(linesOf))].filter((n) => n > 1);
  const titleLine = Math.floor(NARROW_WIDTH / (0.8 * 13)) - 1;
  const subtitleLine = Math.floor(NARROW_WIDTH / (0.8 * NARROW_FONT)) - 1;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(input.title === undefined
      ? {}
      : {
          title: {
            text: wrapLabel(input.title, titleLine),
            subtitle: wrapLabel(subtitleOf(input), subtitleLine),
            anchor: 'start',
          },
        }),
    // The plot takes the width the axis title and padding leave; the height is a band per group
    // (a fixed number: Vega-Lite fits no width to a step height).
    width: NARROW_WIDTH,
    autosize: { type: 'fit-x', contains: 'padding' },
    height: Math.max(1, groups.length) * step,
    data: { values: input.points },
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: 'group',
        type: 'nominal',
        title: input.groupTitle,
        sort: input.groupOrder,
        // Each band a label's lines, then the bar: the room above a bar is the padding, all of
        // the outer padding at the top (align 1), so the first label has room too.
        scale: { paddingInner: padding, paddingOuter: padding / 2, align: 1 },
        axis: {
          ticks: false,
          labelPadding: 0,
          labelAlign: 'left',
          labelBaseline: 'top',
          // Each label just above its own bar, however many lines it has.
          labelOffset: {
            condition: longer.map((n) => ({
              test: `indexof(${JSON.stringify(groups.filter((g) => linesOf(g) === n))}, datum.value) >= 0`,
              value: offsetFor(n),
            })),
            value: offsetFor(1),
          },
          labelLimit: NARROW_LABEL_LIMIT,
          // The axis title across, above the plot (not turned beside it: no width taken).
          titleAngle: 0,
          titleAlign: 'left',
          titleBaseline: 'bottom',
          titleX: 0,
          titleY: -6,
          ...wrappedLabels(groups, NARROW_LINE),
        },
      },
      x: {
        field: 'value',
        type: 'quantitative',
        title: input.valueTitle,
        stack: 'zero',
      },
      color: {
        field: 'series',
        type: 'nominal',
        title: input.seriesTitle,
        legend: {
          orient: 'bottom',
          direction: 'vertical',
          columns: 1,
          labelLimit: NARROW_LABEL_LIMIT,
          ...wrappedLabels(
            input.points.map((p) => p.series),
            NARROW_LINE,
          ),
        },
      },
      tooltip: [
        { field: 'group', title: input.groupTitle },
        { field: 'series', title: input.seriesTitle },
        { field: 'value', title: input.valueTitle },
      ],
    },
    config: {
      font: 'sans-serif',
      view: { stroke: null },
      axis: {
        labelFontSize: NARROW_FONT,
        titleFontSize: NARROW_FONT,
        labelLineHeight: NARROW_LINE_HEIGHT,
      },
      legend: {
        labelFontSize: NARROW_FONT,
        titleFontSize: NARROW_FONT,
        labelLineHeight: NARROW_LINE_HEIGHT,
        symbolSize: 120,
      },
      title: { fontSize: 13, subtitleFontSize: NARROW_FONT },
    },
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
  const { labelExpr } = wrappedLabels(
    points.map((p) => p.series),
    LEGEND_LINE,
  );
  return labelExpr === undefined ? {} : { legend: { labelExpr } };
}

/** A labelExpr that draws each label longer than `width` characters over lines (none if all fit). */
function wrappedLabels(labels: readonly string[], width: number): { labelExpr?: string } {
  const long = [...new Set(labels)].filter((label) => label.length > width);
  if (long.length === 0) return {};
  const lines = `{${long.map((l) => `${JSON.stringify(l)}: ${JSON.stringify(wrapLabel(l, width))}`).join(', ')}}`;
  return { labelExpr: `${lines}[datum.label] || datum.label` };
}
