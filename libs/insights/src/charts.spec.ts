import { stackedBarSpec, type ChartSpecInput, type VegaLiteSpec } from './charts.js';

const input: ChartSpecInput = {
  groupTitle: 'Verandering',
  seriesTitle: 'Leerroute',
  valueTitle: 'Deelnemers',
  points: [
    { group: 'Eén taalniveau hoger', series: 'Z-route', value: 7 },
    { group: 'Eén vervoermiddel erbij (fiets, e-bike of ov)', series: 'Z-route', value: 5 },
    {
      group: 'Eén vervoermiddel erbij (fiets, e-bike of ov)',
      series: 'Genoeg passende plekken (3 of meer)',
      value: 9,
    },
  ],
  hidden: 2,
  groupOrder: ['Eén taalniveau hoger', 'Eén vervoermiddel erbij (fiets, e-bike of ov)', 'Niet getekend'],
};

type Encoding = Record<
  string,
  Record<string, unknown> & { axis?: Record<string, unknown>; legend?: Record<string, unknown> }
>;
const encodingOf = (spec: VegaLiteSpec) => spec.encoding as Encoding;

describe('stackedBarSpec', () => {
  it('draws the wide chart when no layout is asked for, or WIDE: a 560 px plot, the legend on the right', () => {
    const spec = stackedBarSpec(input);
    expect(stackedBarSpec({ ...input, layout: 'WIDE' })).toEqual(spec);
    expect(spec.width).toBe(560);
    expect(spec.height).toEqual({ step: 22 });
    expect(spec.autosize).toBeUndefined();
    expect(encodingOf(spec).color.legend).toEqual({
      labelExpr:
        '{"Genoeg passende plekken (3 of meer)": ["Genoeg passende","plekken (3 of meer)"]}[datum.label] || datum.label',
    });
    expect(encodingOf(spec).y.axis).toBeUndefined();
  });

  it('fits a NARROW chart, axes and padding included, into 320 px, with the legend below in one column', () => {
    const spec = stackedBarSpec({ ...input, layout: 'NARROW' });
    expect(spec.width).toBe(320);
    expect(spec.autosize).toEqual({ type: 'fit-x', contains: 'padding' });
    const legend = encodingOf(spec).color.legend!;
    expect(legend).toMatchObject({ orient: 'bottom', direction: 'vertical', columns: 1 });
    // A legend label fits a line as wide as the chart: only a longer one goes over lines.
    expect(legend.labelExpr).toBe(
      '{"Genoeg passende plekken (3 of meer)": ["Genoeg passende plekken (3","of meer)"]}[datum.label] || datum.label',
    );
  });

  it('puts each group’s label, over lines where long, above its own bar in a NARROW chart', () => {
    const spec = stackedBarSpec({ ...input, layout: 'NARROW' });
    const axis = encodingOf(spec).y.axis!;
    expect(axis).toMatchObject({ ticks: false, labelPadding: 0, labelAlign: 'left', titleAngle: 0 });
    expect(axis.labelExpr).toBe(
      '{"Eén vervoermiddel erbij (fiets, e-bike of ov)": ["Eén vervoermiddel erbij","(fiets, e-bike of ov)"]}[datum.label] || datum.label',
    );
    // Two groups drawn (the third has no figure), each band two lines of label and a bar high.
    expect(spec.height).toBe(2 * (18 + 8 + 2 * 14));
    // A one-line label sits lower than a two-line one: each ends just above its bar.
    expect(axis.labelOffset).toEqual({
      condition: [
        { test: 'indexof(["Eén vervoermiddel erbij (fiets, e-bike of ov)"], datum.value) >= 0', value: -38 },
      ],
      value: -24,
    });
  });

  it('draws a NARROW chart’s title and note over lines that fit it', () => {
    const spec = stackedBarSpec({
      ...input,
      layout: 'NARROW',
      title: 'Wat één verandering oplevert voor deelnemers zonder plek',
    });
    expect(spec.title).toEqual({
      text: ['Wat één verandering oplevert', 'voor deelnemers zonder plek'],
      subtitle: ['2 kleine of beschermde aantallen', 'zijn niet getekend (privacy).'],
      anchor: 'start',
    });
  });
});
