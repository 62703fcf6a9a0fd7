/**
 * The council report (`npm run report -- --out <dir> [--period 2026-Q4]`): one CSV per table with
 * Dutch headers and a "Bron" line, SVG charts rendered on the server from the declarative Vega-Lite
 * specs in @plekwijzer/insights, and an index.html that puts them together with a short Dutch
 * explanation of each figure. Every figure comes from InsightsService, so it is suppressed exactly as
 * the API serves it; the run is audited as one command-line read per table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stackedBarSpec, type ChartLayout, type ChartPoint, type VegaLiteSpec } from '@plekwijzer/insights';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { englishLabelOf } from './insights.labels.js';
import type {
  BottleneckBreakdown,
  InsightsReader,
  InsightsService,
  InsightsTableView,
  SupplyBreakdown,
} from './insights.service.js';

export interface ReportOptions {
  /** Only this quarter's row of the pipeline ("2026-Q4"); all quarters when left out. */
  period?: string;
  progress?: (message: string) => void;
}

export interface ReportFile {
  name: string;
  kind: 'csv' | 'svg' | 'html';
}

interface Section {
  slug: string;
  table: InsightsTableView;
  rowTitle: string;
  explanation: string;
  chart?: {
    seriesTitle: string;
    valueTitle: string;
    columns?: string[];
    /** One bar per column (split by row) instead of one bar per row. */
    transpose?: { groupTitle: string };
  };
}

export const PERIOD_PATTERN = /^\d{4}-Q[1-4]$/;

export async function writeCouncilReport(
  insights: InsightsService,
  outDir: string,
  options: ReportOptions = {},
): Promise<ReportFile[]> {
  if (options.period !== undefined && !PERIOD_PATTERN.test(options.period))
    throw new RangeError(`--period must look like 2026-Q4, got ${options.period}`);
  const say = options.progress ?? (() => undefined);
  await mkdir(outDir, { recursive: true });
  const reader = 'COMMAND_LINE' as const;

  say('reading the tables from the last insights snapshot');
  const pipeline = await insights.pipeline(reader);
  const sections: Section[] = [
    {
      slug: 'knelpunten-per-leerroute',
      table: await insights.bottlenecks(reader, 'ROUTE'),
      rowTitle: 'Leerroute',
      explanation:
        'Per actieve deelnemer: heeft die 3 of meer passende plekken, of anders welk criterium de meeste bijna-passende plekken tegenhoudt (taal, beschikbaarheid, kinderopvang, reistijd, …).',
      chart: { seriesTitle: 'Knelpunt', valueTitle: 'Deelnemers' },
    },
    {
      slug: 'knelpunten-per-taalniveau',
      table: await insights.bottlenecks(reader, 'LANGUAGE_BAND'),
      rowTitle: 'Taalniveau (spreken)',
      explanation: 'Dezelfde knelpunten, per spreekvaardigheid van de deelnemer.',
      chart: { seriesTitle: 'Knelpunt', valueTitle: 'Deelnemers' },
    },
    {
      slug: 'knelpunten-per-gemeente',
      table: await insights.bottlenecks(reader, 'AREA'),
      rowTitle: 'Gemeente (woonadres)',
      explanation:
        'Dezelfde knelpunten, per gemeente van het postcodegebied van het woonadres; gemeenten met weinig deelnemers staan samen onder Overig.',
    },
    {
      slug: 'knelpunten-per-organisatie',
      table: await insights.bottlenecks(reader, 'COACHING_ORGANISATION'),
      rowTitle: 'Begeleidende organisatie',
      explanation: 'Dezelfde knelpunten, per organisatie van de begeleider.',
    },
    {
      slug: 'wat-een-verandering-oplevert',
      table: await insights.unlocks(reader),
      rowTitle: 'Leerroute',
      explanation:
        'Voor elke actieve deelnemer zonder één passende plek is de matching opnieuw gedraaid met één stap verandering in de eigen gegevens: één taalniveau hoger, 10 minuten langer reizen, één vervoermiddel erbij (fiets, e-bike of ov), kinderopvang op één dagdeel meer, of één lesblok verplaatst. Het getal is hoeveel van hen daarmee minstens één passende plek krijgen. Eén deelnemer kan bij meer veranderingen meetellen, dus een rij telt niet op.',
      chart: { seriesTitle: 'Leerroute', valueTitle: 'Deelnemers', transpose: { groupTitle: 'Verandering' } },
    },
    {
      slug: 'aanbod-per-sector',
      table: await insights.supplyDemand(reader, 'SECTOR'),
      rowTitle: 'Sector',
      explanation:
        'Gepubliceerde plekken, hun capaciteit en vrije plekken, plekken waar geen enkele actieve deelnemer op past (blinde vlekken), en hoeveel deelnemers op minstens één plek in de sector passen.',
      chart: { seriesTitle: 'Maat', valueTitle: 'Aantal', columns: ['FREE_SPOTS', 'FITTING_PARTICIPANTS'] },
    },
    {
      slug: 'aanbod-per-taaleis',
      table: await insights.supplyDemand(reader, 'LANGUAGE_THRESHOLD'),
      rowTitle: 'Gevraagd taalniveau',
      explanation: 'Aanbod en passende deelnemers naar het hoogste taalniveau dat de plek vraagt.',
    },
    {
      slug: 'aanbod-per-dagdeel',
      table: await insights.supplyDemand(reader, 'WEEK_PART'),
      rowTitle: 'Dagdeel',
      explanation:
        'Aanbod en passende deelnemers naar dagdeel: ochtend, middag en avond op werkdagen, en het weekend. Een plek met diensten in de ochtend en de middag telt bij allebei, dus de rijen tellen niet op.',
    },
    {
      slug: 'vraag-zonder-aanbod',
      table: await insights.demandWithoutSupply(reader),
      rowTitle: 'Leerroute en kinderopvang',
      explanation:
        'Deelnemers die op een dagdeel minstens een uur vrij zijn (na hun lessen), maar op dat dagdeel geen enkele passende plek hebben: vraag zonder aanbod. Bijvoorbeeld Z-route-deelnemers die kinderopvang nodig hebben en op werkdagochtenden vrij zijn. Eén deelnemer kan op meer dagdelen vrij zijn, dus een rij telt niet op.',
      chart: {
        seriesTitle: 'Leerroute en kinderopvang',
        valueTitle: 'Deelnemers',
        transpose: { groupTitle: 'Dagdeel' },
      },
    },
    {
      slug: 'voordrachten-per-kwartaal',
      table: options.period ? onlyRow(pipeline, options.period) : pipeline,
      rowTitle: 'Kwartaal van voordracht',
      explanation:
        'Voordrachten per kwartaal en waar ze nu staan: wachten op antwoord, geaccepteerd, gestart, afgerond, voortijdig gestopt of afgewezen (met reden), of ingetrokken.',
      chart: { seriesTitle: 'Stand', valueTitle: 'Voordrachten' },
    },
    {
      slug: 'dagen-tot-start',
      table: await insights.pipelineTimes(reader),
      rowTitle: 'Kwartaal van voordracht',
      explanation:
        'Hoeveel dagen er zitten tussen de voordracht en de start op de plek, voor de voordrachten die gestart zijn: de mediaan (de helft start sneller) en het 75e percentiel (driekwart start sneller). Bij minder dan 5 starts in een kwartaal staat er "–".',
    },
    {
      slug: 'uren-per-bron',
      table: await insights.hoursBySource(reader),
      rowTitle: 'Kwartaal',
      explanation:
        'Goedgekeurde uren per kwartaal, naar wie ze schreef: de werkgever of partner op de plek, of de begeleider (op de plek, of voor Stap-in/PVT, een taalcafé of een andere activiteit). Uren van minder dan 5 deelnemers staan er als "–".',
    },
    {
      slug: 'risico-800-uur',
      table: await insights.risks(reader, 'PARTICIPATION_800'),
      rowTitle: 'Stand',
      explanation:
        'Actieve deelnemers per leerroute: halen ze de 800 participatie-uren (alleen Z-route) op tijd, met het tempo van de laatste weken? Dezelfde inschatting die de begeleider ziet.',
      chart: { seriesTitle: 'Stand', valueTitle: 'Deelnemers', transpose: { groupTitle: 'Leerroute' } },
    },
    {
      slug: 'risico-map-uren',
      table: await insights.risks(reader, 'MAP'),
      rowTitle: 'Stand',
      explanation:
        'Hetzelfde voor de oefenuren van de module arbeidsmarkt en participatie (MAP); voor de start van de MAP telt een deelnemer als op schema.',
    },
  ];

  const files: ReportFile[] = [];
  for (const section of sections) {
    say(`writing ${section.slug}.csv`);
    await writeFile(join(outDir, `${section.slug}.csv`), toCsv(section), 'utf8');
    files.push({ name: `${section.slug}.csv`, kind: 'csv' });
    if (section.chart) {
      say(`rendering ${section.slug}.svg`);
      const svg = await renderSvg(chartSpec(section));
      await writeFile(join(outDir, `${section.slug}.svg`), svg, 'utf8');
      files.push({ name: `${section.slug}.svg`, kind: 'svg' });
    }
  }
  say('writing index.html');
  await writeFile(join(outDir, 'index.html'), toHtml(sections, options.period), 'utf8');
  files.push({ name: 'index.html', kind: 'html' });
  return files;
}

/** The figures the web workspace shows as a chart, drawn from the same specs as the report. */
export const CHART_FIGURES = ['BOTTLENECKS', 'SUPPLY_DEMAND', 'PIPELINE', 'UNLOCKS'] as const;
export type ChartFigure = (typeof CHART_FIGURES)[number];

/** The languages a chart's axis titles and labels are drawn in: the report's Dutch, and English. */
export const CHART_LANGUAGES = ['NL', 'EN'] as const;
export type ChartLanguage = (typeof CHART_LANGUAGES)[number];

/** A chart's axis and legend titles, in one language. */
interface ChartWords {
  bottleneckBy: Record<BottleneckBreakdown, string>;
  supplyBy: Record<SupplyBreakdown, string>;
  bottleneck: string;
  measure: string;
  status: string;
  route: string;
  change: string;
  quarterProposed: string;
  participants: string;
  number: string;
  proposals: string;
}

const CHART_WORDS: Record<ChartLanguage, ChartWords> = {
  NL: {
    bottleneckBy: {
      ROUTE: 'Leerroute',
      COACHING_ORGANISATION: 'Begeleidende organisatie',
      AREA: 'Gemeente (woonadres)',
      LANGUAGE_BAND: 'Taalniveau (spreken)',
    },
    supplyBy: {
      SECTOR: 'Sector',
      TYPE: 'Soort plek',
      LANGUAGE_THRESHOLD: 'Gevraagd taalniveau',
      AREA: 'Gemeente',
      WEEK_PART: 'Dagdeel',
    },
    bottleneck: 'Knelpunt',
    measure: 'Maat',
    status: 'Stand',
    route: 'Leerroute',
    change: 'Verandering',
    quarterProposed: 'Kwartaal van voordracht',
    participants: 'Deelnemers',
    number: 'Aantal',
    proposals: 'Voordrachten',
  },
  EN: {
    bottleneckBy: {
      ROUTE: 'Learning route',
      COACHING_ORGANISATION: 'Coaching organisation',
      AREA: 'Municipality (home address)',
      LANGUAGE_BAND: 'Language level (speaking)',
    },
    supplyBy: {
      SECTOR: 'Sector',
      TYPE: 'Kind of place',
      LANGUAGE_THRESHOLD: 'Language level asked',
      AREA: 'Municipality',
      WEEK_PART: 'Part of the week',
    },
    bottleneck: 'Bottleneck',
    measure: 'Measure',
    status: 'Status',
    route: 'Learning route',
    change: 'Change',
    quarterProposed: 'Quarter of proposal',
    participants: 'Participants',
    number: 'Number',
    proposals: 'Proposals',
  },
};

/** The tables' labels are Dutch; in English, a key's English label where it has one (not for names). */
const LABEL_IN: Record<ChartLanguage, (key: string, label: string) => string> = {
  NL: (_key, label) => label,
  EN: (key, label) => englishLabelOf(key) ?? label,
};

/**
 * One figure as an SVG chart, rendered on the server from the same Vega-Lite spec as the council
 * report (so the browser needs no charting library); read through InsightsService, so suppressed
 * and audited like the table itself. `titled: false` leaves out the Dutch title and the note on
 * suppressed figures, for a page that captions the chart in its reader's language; `language` is
 * the language of its axis titles and labels and its legend (Dutch by default, as in the report);
 * `layout` WIDE (the report's, by default) or NARROW (for a phone: at most NARROW_WIDTH wide, the
 * legend below the plot).
 */
export async function chartSvg(
  insights: InsightsService,
  reader: InsightsReader,
  figure: ChartFigure,
  by: { bottlenecks?: BottleneckBreakdown; supply?: SupplyBreakdown } = {},
  {
    titled = true,
    language = 'NL',
    layout = 'WIDE',
  }: { titled?: boolean; language?: ChartLanguage; layout?: ChartLayout } = {},
): Promise<string> {
  const words = CHART_WORDS[language];
  const people = { seriesTitle: words.bottleneck, valueTitle: words.participants };
  let section: Section;
  switch (figure) {
    case 'BOTTLENECKS': {
      const b = by.bottlenecks ?? 'ROUTE';
      section = {
        slug: '',
        explanation: '',
        table: await insights.bottlenecks(reader, b),
        rowTitle: words.bottleneckBy[b],
        chart: people,
      };
      break;
    }
    case 'SUPPLY_DEMAND': {
      const b = by.supply ?? 'SECTOR';
      section = {
        slug: '',
        explanation: '',
        table: await insights.supplyDemand(reader, b),
        rowTitle: words.supplyBy[b],
        chart: {
          seriesTitle: words.measure,
          valueTitle: words.number,
          columns: ['FREE_SPOTS', 'FITTING_PARTICIPANTS'],
        },
      };
      break;
    }
    case 'PIPELINE':
      section = {
        slug: '',
        explanation: '',
        table: await insights.pipeline(reader),
        rowTitle: words.quarterProposed,
        chart: { seriesTitle: words.status, valueTitle: words.proposals },
      };
      break;
    case 'UNLOCKS':
      section = {
        slug: '',
        explanation: '',
        table: await insights.unlocks(reader),
        rowTitle: words.route,
        chart: {
          seriesTitle: words.route,
          valueTitle: words.participants,
          transpose: { groupTitle: words.change },
        },
      };
      break;
  }
  return renderSvg(chartSpec(section, titled, LABEL_IN[language], layout));
}

/** The pipeline's row for one quarter (suppressed on the whole table first, so it reveals nothing more). */
function onlyRow(table: InsightsTableView, period: string): InsightsTableView {
  return { ...table, rows: table.rows.filter((r) => r.key === period), columnTotals: null, grandTotal: null };
}

function source(table: InsightsTableView): string {
  const s = table.snapshot;
  return `Bron: Plekwijzer, inzichten-momentopname van ${s.computedAt.toISOString()} (peildatum ${s.referenceDate}); aantallen van 1 tot en met ${s.suppressionK - 1} als "< ${s.suppressionK}", "x" = afgeschermd zodat een klein aantal niet terug te rekenen is; postcodegebieden en gemeenten: CBS.`;
}

const csvField = (value: string): string =>
  /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

function toCsv(section: Section): string {
  const { table } = section;
  const hasRowTotals = table.rows.some((r) => r.total !== null);
  const header = [
    section.rowTitle,
    ...table.columns.map((c) => c.label),
    ...(hasRowTotals ? ['Totaal'] : []),
  ];
  const lines = [header];
  for (const row of table.rows)
    lines.push([
      row.label,
      ...row.cells.map((c) => c.display),
      ...(hasRowTotals ? [row.total?.display ?? ''] : []),
    ]);
  if (table.columnTotals)
    lines.push([
      'Totaal',
      ...table.columnTotals.map((c) => c.display),
      ...(hasRowTotals ? [table.grandTotal?.display ?? ''] : []),
    ]);
  return `${lines.map((l) => l.map(csvField).join(',')).join('\n')}\n\n${csvField(source(table))}\n`;
}

function chartSpec(
  section: Section,
  titled = true,
  labelIn: (key: string, label: string) => string = LABEL_IN.NL,
  layout: ChartLayout = 'WIDE',
): VegaLiteSpec {
  const { table } = section;
  const chart = section.chart!;
  const columns = table.columns
    .map((c, i) => ({ ...c, label: labelIn(c.key, c.label), i }))
    .filter((c) => !chart.columns || chart.columns.includes(c.key));
  const rows = table.rows.map((r) => ({ ...r, label: labelIn(r.key, r.label) }));
  const points: ChartPoint[] = [];
  let hidden = 0;
  const across = chart.transpose !== undefined;
  for (const row of rows)
    for (const c of columns) {
      const figure = row.cells[c.i];
      if (figure.value === null) hidden++;
      else if (figure.value > 0)
        points.push(
          across
            ? { group: c.label, series: row.label, value: figure.value }
            : { group: row.label, series: c.label, value: figure.value },
        );
    }
  return stackedBarSpec({
    title: titled ? table.title : undefined,
    groupTitle: chart.transpose?.groupTitle ?? section.rowTitle,
    seriesTitle: chart.seriesTitle,
    valueTitle: chart.valueTitle,
    points,
    hidden,
    groupOrder: across ? columns.map((c) => c.label) : rows.map((r) => r.label),
    layout,
  });
}

/** Vega-Lite → Vega → SVG, headless (no canvas: the SVG renderer needs none). */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  // The pure library builds specs as plain JSON without Vega's types; Vega-Lite validates at compile.
  const compiled = compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

function toHtml(sections: Section[], period: string | undefined): string {
  const first = sections[0].table.snapshot;
  const parts = sections.map((section) => {
    const { table } = section;
    const hasRowTotals = table.rows.some((r) => r.total !== null);
    const head = [
      section.rowTitle,
      ...table.columns.map((c) => c.label),
      ...(hasRowTotals ? ['Totaal'] : []),
    ];
    const body = table.rows.map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map((c) => `<td>${escapeHtml(c.display)}</td>`).join('')}${hasRowTotals ? `<td>${escapeHtml(row.total?.display ?? '')}</td>` : ''}</tr>`,
    );
    const foot = table.columnTotals
      ? `<tfoot><tr><th scope="row">Totaal</th>${table.columnTotals.map((c) => `<td>${escapeHtml(c.display)}</td>`).join('')}${hasRowTotals ? `<td>${escapeHtml(table.grandTotal?.display ?? '')}</td>` : ''}</tr></tfoot>`
      : '';
    return `<section id="${section.slug}">
<h2>${escapeHtml(table.title)}</h2>
<p>${escapeHtml(section.explanation)}</p>
${section.chart ? `<img src="${section.slug}.svg" alt="Grafiek: ${escapeHtml(table.title)}">` : ''}
<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody>${foot}</table>
<p class="bron">${escapeHtml(source(table))} <a href="${section.slug}.csv">CSV</a></p>
</section>`;
  });
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Plekwijzer — inzichten voor de gemeenteraad</title>
<style>body{font-family:sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th[scope=row]{text-align:left}.bron{color:#555;font-size:.9rem}img{max-width:100%}</style>
</head>
<body>
<h1>Waar participatie vastloopt, en waarom</h1>
<p>Deze rapportage komt uit Plekwijzer: voor elke actieve deelnemer is met de matching berekend welke plekken passen en, als dat er weinig zijn, welk criterium de meeste bijna-passende plekken tegenhoudt. Momentopname van ${escapeHtml(first.computedAt.toISOString())}${period ? `; voordrachten in ${escapeHtml(period)}` : ''}.</p>
<p>Privacy: geen cijfer wijst een persoon aan. Aantallen van 1 tot en met ${first.suppressionK - 1} staan er als "&lt; ${first.suppressionK}"; "x" is een afgeschermd aantal, zodat een klein aantal niet uit de totalen terug te rekenen is; "–" betekent dat de groep te klein is om iets te tonen.</p>
${parts.join('\n')}
</body>
</html>
`;
}
