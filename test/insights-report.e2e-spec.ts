import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { InsightsRefresher } from '@plekwijzer/api/modules/insights/insights-refresh.service.js';
import { writeCouncilReport } from '@plekwijzer/api/modules/insights/insights-report.js';
import { InsightsService } from '@plekwijzer/api/modules/insights/insights.service.js';

/** Splits one CSV line into fields (quotes, doubled quotes, commas inside quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error(`unterminated quote in ${line}`);
  out.push(field);
  return out;
}

describe('the council report on the demo', () => {
  let t: TestApp;
  let dir: string;
  const progress: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: true });
    await t.app.get(InsightsRefresher).refresh(null);
    dir = await mkdtemp(join(tmpdir(), 'plekwijzer-report-'));
  }, 180_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await t.close();
  });

  it('writes CSVs with Dutch headers and a Bron line, SVG charts and an index.html that links them', async () => {
    const files = await writeCouncilReport(t.app.get(InsightsService), dir, {
      progress: (m) => progress.push(m),
    });
    expect(progress.length).toBeGreaterThan(5);
    const csvs = files.filter((f) => f.kind === 'csv');
    const svgs = files.filter((f) => f.kind === 'svg');
    expect(csvs.length).toBeGreaterThanOrEqual(6);
    expect(svgs.length).toBeGreaterThanOrEqual(3);

    for (const file of csvs) {
      const text = await readFile(join(dir, file.name), 'utf8');
      const [table, bron] = text.trimEnd().split('\n\n');
      const lines = table.split('\n').map(csvFields);
      // Every line has as many fields as the header; the header is Dutch.
      for (const line of lines) expect(line).toHaveLength(lines[0].length);
      expect(lines[0].join(' ')).toMatch(
        /Leerroute|Taalniveau|Gemeente|organisatie|Sector|taalniveau|Kwartaal|Stand|Dagdeel/,
      );
      expect(csvFields(bron)[0]).toMatch(/^Bron: Plekwijzer.*CBS\.$/);
      // Figures only as numbers or the suppression marks.
      for (const line of lines.slice(1)) for (const f of line.slice(1)) expect(f).toMatch(/^(\d+|< 5|x|–|)$/);
    }
    const route = await readFile(join(dir, 'knelpunten-per-leerroute.csv'), 'utf8');
    expect(route.split('\n')[0]).toContain('Genoeg passende plekken (3 of meer)');
    expect(route).toContain('Z-route');
    const unlocks = await readFile(join(dir, 'wat-een-verandering-oplevert.csv'), 'utf8');
    expect(unlocks.split('\n')[0]).toContain('Eén taalniveau hoger');
    expect(files.map((f) => f.name)).toContain('wat-een-verandering-oplevert.svg');

    for (const file of svgs) {
      const svg = await readFile(join(dir, file.name), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(svg).toMatch(/<(rect|path)[^>]*>/);
    }
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="nl">');
    for (const file of files.filter((f) => f.kind !== 'html')) expect(html).toContain(`"${file.name}"`);

    const audit: Array<{ action: string }> = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE action = 'INSIGHTS_REPORT'`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps one quarter of the pipeline with --period, and refuses a period that is not a quarter', async () => {
    const quarter = `${new Date().getFullYear()}-Q${Math.floor(new Date().getMonth() / 3) + 1}`;
    await writeCouncilReport(t.app.get(InsightsService), dir, { period: quarter });
    const pipeline = await readFile(join(dir, 'voordrachten-per-kwartaal.csv'), 'utf8');
    const rows = pipeline.split('\n\n')[0].split('\n').slice(1);
    expect(rows.every((r) => r.startsWith(quarter))).toBe(true);
    await expect(writeCouncilReport(t.app.get(InsightsService), dir, { period: '2026-13' })).rejects.toThrow(
      /2026-Q4/,
    );
  });
});
