import { wrapLabel } from '@plekwijzer/insights';
import { chartSvg, CHART_FIGURES } from './insights-report.js';
import { labelOf } from './insights.labels.js';
import type { InsightsService, InsightsTableView } from './insights.service.js';

/**
 * The chart's words (axis titles, legend and axis labels) in the language asked for, drawn from
 * fixed tables: no database, the same rendering as the API's insightsChartSvg.
 */
const snapshot = {
  id: 's',
  computedAt: new Date('2026-11-30T06:00:00Z'),
  referenceDate: '2026-11-30',
  durationMs: 1,
  places: 10,
  activeParticipants: { value: 40, status: 'SHOWN', display: '40' },
  suppressionK: 5,
} as InsightsTableView['snapshot'];

function table(title: string, rows: string[], columns: string[], names: Record<string, string> = {}) {
  const figure = (value: number) => ({ value, status: 'SHOWN', display: String(value) });
  return {
    title,
    snapshot,
    columns: columns.map((key) => ({ key, label: labelOf(key) })),
    rows: rows.map((key, r) => ({
      key,
      label: names[key] ?? labelOf(key),
      cells: columns.map((_, c) => figure(5 + r + c)),
      total: null,
    })),
    columnTotals: null,
    grandTotal: null,
  } as InsightsTableView;
}

const fake = {
  bottlenecks: async () =>
    table('Knelpunten per leerroute', ['Z_ROUTE', 'B1_ROUTE'], ['ENOUGH_MATCHES', 'LANGUAGE', 'TRAVEL']),
  supplyDemand: async () =>
    table('Aanbod en vraag per sector', ['ZORG', 'HORECA'], ['PLACES', 'FREE_SPOTS', 'FITTING_PARTICIPANTS']),
  pipeline: async () =>
    table(
      'Voordrachten per kwartaal en hoe ze aflopen',
      ['2026-Q3', '2026-Q4'],
      ['PROPOSED', 'STARTED', 'DECLINED:NO_CAPACITY', 'ENDED_EARLY:FOUND_WORK'],
    ),
  unlocks: async () =>
    table(
      'Wat één verandering oplevert',
      ['Z_ROUTE', 'JONGERENROUTE'],
      ['LANGUAGE_LEVEL', 'TRAVEL_MINUTES', 'TRAVEL_MODE', 'CHILDCARE_HALF_DAY'],
    ),
} as unknown as InsightsService;

/** The legend's labels as drawn: each label's lines (a long label's tspans), joined by a space. */
function legendLabels(svg: string): string[] {
  return [...svg.matchAll(/role-legend-label[^>]*>(.*?)<\/g>/g)]
    .flatMap((m) =>
      [...m[1].matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((t) =>
        t[1].includes('<tspan')
          ? [...t[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((l) => l[1])
          : [t[1]],
      ),
    )
    .map((lines) => lines.join(' '));
}

const draw = (figure: (typeof CHART_FIGURES)[number], language?: 'NL' | 'EN') =>
  chartSvg(fake, 'COMMAND_LINE', figure, {}, { titled: false, ...(language ? { language } : {}) });

describe('insightsChartSvg in the reader’s language', () => {
  it('draws the Dutch words by default, and the same chart when Dutch is asked', async () => {
    for (const figure of CHART_FIGURES) expect(await draw(figure, 'NL')).toBe(await draw(figure));
    const svg = await draw('BOTTLENECKS');
    for (const word of [
      'Leerroute',
      'Knelpunt',
      'Deelnemers',
      'Genoeg passende plekken (3 of meer)',
      'Z-route',
    ])
      expect(svg).toContain(word);
  });

  it.each([
    [
      'BOTTLENECKS',
      [
        'Learning route',
        'Bottleneck',
        'Participants',
        'Enough fitting places (3 or more)',
        'Travel time',
        'B1 route',
      ],
      ['Leerroute', 'Knelpunt', 'Deelnemers', 'Genoeg passende plekken', 'Reistijd'],
    ],
    [
      'SUPPLY_DEMAND',
      // Sectors are vocabulary, said in the reader's language like the measures.
      [
        'Sector',
        'Measure',
        'Number',
        'Free spots',
        'Participants with a fitting place',
        'Care',
        'Hospitality',
      ],
      ['Maat', 'Aantal', 'Vrije plekken', 'Deelnemers met een passende plek', 'Zorg', 'Horeca'],
    ],
    [
      'PIPELINE',
      [
        'Quarter of proposal',
        'Status',
        'Proposals',
        'Started',
        'Declined: no capacity',
        'Ended early: found work',
        '2026-Q4',
      ],
      [
        'Kwartaal van voordracht',
        'Stand',
        'Voordrachten',
        'Gestart',
        'Afgewezen',
        'geen plek vrij',
        'Voortijdig',
      ],
    ],
    [
      'UNLOCKS',
      [
        'Change',
        'Learning route',
        'Participants',
        'One language level higher',
        '10 more minutes of travel',
        'Youth route',
      ],
      ['Verandering', 'Leerroute', 'Deelnemers', 'taalniveau hoger', 'langer reizen', 'Jongerenroute'],
    ],
  ] as const)(
    'draws %s with English axis titles and labels, and none of the Dutch',
    async (figure, english, dutch) => {
      const svg = await draw(figure, 'EN');
      for (const word of english) expect(svg).toContain(word);
      for (const word of dutch) expect(svg).not.toContain(word);
    },
  );

  it.each([
    ['NL', ['Genoeg passende plekken (3 of meer)', 'Reistijd', 'Taalniveau']],
    ['EN', ['Enough fitting places (3 or more)', 'Language level', 'Travel time']],
  ] as const)(
    'draws a long legend label in full over lines, one that fits as it was (%s)',
    async (language, labels) => {
      const svg = await draw('BOTTLENECKS', language);
      expect(legendLabels(svg)).toEqual(labels);
      expect(svg).not.toContain('…');
      // The long one over two lines, each short enough for Vega to leave whole.
      expect(wrapLabel(labels[0])).toHaveLength(2);
      expect(svg).toContain(`<tspan>${wrapLabel(labels[0])[0]}</tspan>`);
    },
  );

  it('breaks a label between words into lines of at most 19 characters', () => {
    expect(wrapLabel('One more way to travel (bike, e-bike or public transport)')).toEqual([
      'One more way to',
      'travel (bike,',
      'e-bike or public',
      'transport)',
    ]);
    expect(wrapLabel('Reistijd')).toEqual(['Reistijd']);
    expect(wrapLabel('Samenwerkingsverbandonderwijs B')).toEqual(['Samenwerkingsverban', 'donderwijs B']);
  });
});

/** Where a guide (the legend, an axis) is drawn: its group's translate(x,y), from the plot's top left. */
function placeOf(svg: string, label: RegExp): { x: number; y: number } {
  const m = new RegExp(
    `aria-label="${label.source}[^"]*"><g transform="translate\\(([-\\d.]+),([-\\d.]+)\\)"`,
  ).exec(svg);
  if (!m) throw new Error(`no ${label.source} in the SVG`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

const sizeOf = (svg: string) => {
  const m = /^<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
};

describe('insightsChartSvg for a phone (layout NARROW)', () => {
  const drawIn = (
    figure: (typeof CHART_FIGURES)[number],
    language: 'NL' | 'EN',
    layout?: 'WIDE' | 'NARROW',
  ) => chartSvg(fake, 'COMMAND_LINE', figure, {}, { titled: false, language, ...(layout ? { layout } : {}) });

  it('draws the wide chart by default, as the report does', async () => {
    for (const figure of CHART_FIGURES) {
      const svg = await drawIn(figure, 'NL');
      expect(await drawIn(figure, 'NL', 'WIDE')).toBe(svg);
      // The 560 px plot with the legend beside it.
      expect(sizeOf(svg).width).toBeGreaterThan(700);
    }
  });

  it.each(CHART_FIGURES.flatMap((figure) => [[figure, 'NL'] as const, [figure, 'EN'] as const]))(
    'draws %s (%s) at most 320 px wide, the legend below the plot, no label cut short',
    async (figure, language) => {
      const svg = await drawIn(figure, language, 'NARROW');
      expect(sizeOf(svg).width).toBeLessThanOrEqual(320);
      expect(svg).not.toContain('…');
      // The legend's top below the x axis (which is below the plot), its left edge within the chart.
      const legend = placeOf(svg, /Symbol legend/);
      const xAxis = placeOf(svg, /X-axis/);
      expect(legend.y).toBeGreaterThan(xAxis.y);
      expect(legend.x).toBeLessThan(20);
      // With the Dutch title and note (the report's), over lines, as narrow.
      const titled = await chartSvg(fake, 'COMMAND_LINE', figure, {}, { language, layout: 'NARROW' });
      expect(titled).toContain('getekend');
      expect(sizeOf(titled).width).toBeLessThanOrEqual(320);
      expect(titled).not.toContain('…');
    },
  );

  it('draws every legend label in full, a long one over lines (EN and NL)', async () => {
    const [dutch, english] = await Promise.all([
      drawIn('BOTTLENECKS', 'NL', 'NARROW'),
      drawIn('BOTTLENECKS', 'EN', 'NARROW'),
    ]);
    expect(legendLabels(dutch)).toEqual(['Genoeg passende plekken (3 of meer)', 'Reistijd', 'Taalniveau']);
    expect(legendLabels(english)).toEqual([
      'Enough fitting places (3 or more)',
      'Language level',
      'Travel time',
    ]);
    expect(dutch).toContain('<tspan>Genoeg passende plekken (3</tspan>');
  });

  it('draws a long group label in full over lines above its bar', async () => {
    const svg = await drawIn('UNLOCKS', 'EN', 'NARROW');
    expect(svg).toContain('<tspan>One more way to travel</tspan>');
    expect(svg).not.toContain('…');
    expect(svg).toContain('Change');
  });
});
