import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { CAPTION, captionText, hiddenFigures } from './captions';

const messages = (language: string) =>
  JSON.parse(
    readFileSync(join(process.cwd(), 'apps/web/src/i18n/messages', `${language}.json`), 'utf8'),
  ) as Record<string, string>;
const nl = messages('nl');
const en = messages('en');

describe('analyst captions', () => {
  const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

  it('have a Dutch and an English caption for every table the pages show, by every breakdown', () => {
    const ids = [
      ...values('InsightsBottleneckBreakdown').map(CAPTION.bottlenecks),
      ...values('InsightsSupplyBreakdown').map(CAPTION.supply),
      ...values('InsightsRiskTarget').map(CAPTION.risks),
      CAPTION.demandWithoutSupply,
      CAPTION.pipeline,
      CAPTION.pipelineTimes,
      CAPTION.hoursBySource,
      CAPTION.unlocks,
    ];
    expect(ids).toHaveLength(16);
    expect(ids.filter((id) => !nl[id] || !en[id])).toEqual([]);
    // English captions are English: none repeats a Dutch one (the names of routes aside, none do).
    expect(ids.filter((id) => en[id] === nl[id])).toEqual([]);
  });

  it("take the catalogue's caption, and the API's title only for a table it does not know", () => {
    const table = { title: 'Knelpunten per iets nieuws' };
    const format = (id: string) => `${en[id]}!`;
    expect(captionText(en, format, CAPTION.bottlenecks('ROUTE'), table)).toBe(
      'Bottlenecks by learning route!',
    );
    expect(captionText(en, format, CAPTION.bottlenecks('SOMETHING_NEW'), table)).toBe(
      'Knelpunten per iets nieuws',
    );
  });

  it('count the suppressed figures the chart leaves out, in the charted columns only', () => {
    const cell = (value: number | null) => ({ value, status: 'SHOWN' as const, display: String(value) });
    const table = {
      columns: [
        { key: 'PLACES', label: 'Plekken', labelEn: 'Places' },
        { key: 'FREE_SPOTS', label: 'Vrije plekken', labelEn: 'Free spots' },
      ],
      rows: [
        { key: 'a', label: 'A', labelEn: null, cells: [cell(null), cell(7)], total: null },
        { key: 'b', label: 'B', labelEn: null, cells: [cell(null), cell(null)], total: null },
      ],
    };
    expect(hiddenFigures(table)).toBe(3);
    expect(hiddenFigures(table, ['FREE_SPOTS'])).toBe(1);
    expect(hiddenFigures({ columns: table.columns, rows: [] })).toBe(0);
  });
});
