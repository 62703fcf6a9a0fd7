import { createTestApp, type TestApp } from '@plekwijzer/test-support';

/**
 * Insights over GraphQL on the Amersfoort demo: who may read and refresh them, that readers see
 * nothing before the first snapshot, that every table answers with suppressed figures only, and
 * that every read leaves an audit row (refusals too).
 */
type Figure = { value: number | null; status: string; display: string };
type Table = {
  title: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<{ key: string; label: string; cells: Figure[]; total: Figure | null }>;
  columnTotals: Figure[] | null;
  grandTotal: Figure | null;
  snapshot: { suppressionK: number };
};

const TABLE = `title columns { key label } rows { key label cells { value status display } total { value status display } }
  columnTotals { value status display } grandTotal { value status display } snapshot { suppressionK }`;

describe('insights (GraphQL, demo)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: true });
    const users: Array<{ id: string; role: string }> = await t.dataSource.query(
      `SELECT DISTINCT ON (role) id, role FROM users ORDER BY role, display_name`,
    );
    for (const u of users) {
      tokens[u.role] = await t.tokenFor(u);
      ids[u.role] = u.id;
    }
  }, 180_000);
  afterAll(() => t.close());

  const bottlenecks = (by: string, token: string) =>
    t.gql<{ insightsBottlenecks: Table }>(
      `query($by: InsightsBottleneckBreakdown!) { insightsBottlenecks(by: $by) { ${TABLE} } }`,
      { by },
      token,
    );

  it('has nothing to read before the first refresh', async () => {
    const snapshot = await t.gql(`{ insightsSnapshot { computedAt } }`, {}, tokens.ANALYST);
    expect(snapshot.data).toEqual({ insightsSnapshot: null });
    const res = await bottlenecks('ROUTE', tokens.ANALYST);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INSIGHTS_NOT_READY' });
  });

  it('lets only an administrator refresh', async () => {
    const refresh = `mutation { refreshInsights(input: { wait: true }) { started snapshot { places activeParticipants { display } suppressionK } } }`;
    for (const role of ['ANALYST', 'COACH', 'EMPLOYER']) {
      const res = await t.gql(refresh, {}, tokens[role]);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const res = await t.gql<{
      refreshInsights: { started: boolean; snapshot: { places: number; suppressionK: number } };
    }>(refresh, {}, tokens.ADMIN);
    expect(res.errors).toBeUndefined();
    expect(res.data?.refreshInsights.started).toBe(true);
    expect(res.data?.refreshInsights.snapshot.places).toBeGreaterThan(10);
    expect(res.data?.refreshInsights.snapshot.suppressionK).toBe(5);
  });

  it('answers every bottleneck breakdown with suppressed figures that add up where shown', async () => {
    for (const by of ['ROUTE', 'COACHING_ORGANISATION', 'AREA', 'LANGUAGE_BAND']) {
      const res = await bottlenecks(by, tokens.ANALYST);
      expect(res.errors).toBeUndefined();
      const table = res.data!.insightsBottlenecks;
      expect(table.columns.map((c) => c.key)).toEqual(
        expect.arrayContaining(['ENOUGH_MATCHES', 'LANGUAGE', 'NOTHING_CLOSE']),
      );
      const all = [
        ...table.rows.flatMap((r) => [...r.cells, r.total!]),
        ...table.columnTotals!,
        table.grandTotal!,
      ];
      for (const f of all) {
        if (f.status === 'SHOWN') expect(f.value === 0 || f.value! >= 5).toBe(true);
        else
          expect(f).toMatchObject({
            value: null,
            display: { SMALL: '< 5', PROTECTED: 'x', WITHHELD: '–' }[f.status],
          });
      }
      // Where a whole row is shown, its cells add up to its total.
      for (const row of table.rows) {
        if (row.cells.every((c) => c.value !== null) && row.total?.value != null)
          expect(row.cells.reduce((a, c) => a + c.value!, 0)).toBe(row.total.value);
      }
    }
  });

  it('answers supply and demand and the pipeline', async () => {
    for (const by of ['SECTOR', 'TYPE', 'LANGUAGE_THRESHOLD', 'AREA']) {
      const res = await t.gql<{ insightsSupplyDemand: Table }>(
        `query($by: InsightsSupplyBreakdown!) { insightsSupplyDemand(by: $by) { ${TABLE} } }`,
        { by },
        tokens.ANALYST,
      );
      expect(res.errors).toBeUndefined();
      const table = res.data!.insightsSupplyDemand;
      expect(table.columns.map((c) => c.key)).toEqual([
        'PLACES',
        'CAPACITY',
        'FREE_SPOTS',
        'BLIND_SPOTS',
        'FITTING_PARTICIPANTS',
      ]);
      const places = table.columnTotals![0].value!;
      expect(places).toBeGreaterThan(10);
      for (const row of table.rows) {
        const fitting = row.cells[4];
        expect(
          fitting.status === 'SHOWN' ? fitting.value === 0 || fitting.value! >= 5 : fitting.display === '< 5',
        ).toBe(true);
      }
    }
    const res = await t.gql<{ insightsPipeline: Table }>(
      `{ insightsPipeline { ${TABLE} } }`,
      {},
      tokens.ADMIN,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.insightsPipeline.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['PROPOSED', 'DECLINED:LANGUAGE', 'ENDED_EARLY:CHILDCARE', 'COMPLETED']),
    );
  });

  it('answers what one change unlocks, suppressed, for analysts and not for coaches', async () => {
    const query = `{ insightsUnlocks { ${TABLE} } }`;
    const res = await t.gql<{ insightsUnlocks: Table }>(query, {}, tokens.ANALYST);
    expect(res.errors).toBeUndefined();
    const table = res.data!.insightsUnlocks;
    expect(table.columns.map((c) => c.key)).toEqual([
      'LANGUAGE_LEVEL',
      'TRAVEL_MINUTES',
      'TRAVEL_MODE',
      'CHILDCARE_HALF_DAY',
      'CLASS_BLOCK',
    ]);
    for (const row of table.rows) {
      expect(row.total).toBeNull();
      for (const f of row.cells)
        expect(f.status === 'SHOWN' ? f.value === 0 || f.value! >= 5 : f.value === null).toBe(true);
    }
    const refused = await t.gql(query, {}, tokens.COACH);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the pipeline additions (days to start, hours by source, risks) for analysts only', async () => {
    for (const query of [
      `{ insightsPipelineTimes { ${TABLE} } }`,
      `{ insightsHoursBySource { ${TABLE} } }`,
      `{ insightsRisks(target: PARTICIPATION_800) { ${TABLE} } }`,
      `{ insightsRisks(target: MAP) { ${TABLE} } }`,
    ]) {
      const res = await t.gql<Record<string, Table>>(query, {}, tokens.ANALYST);
      expect(res.errors).toBeUndefined();
      const table = Object.values(res.data!)[0];
      for (const row of table.rows) for (const f of row.cells) expect(f.display).toMatch(/^(\d+|< 5|x|–)$/);
      const refused = await t.gql(query, {}, tokens.EMPLOYER);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('draws a figure as SVG on the server for analysts, from the suppressed table', async () => {
    for (const [figure, extra] of [
      ['BOTTLENECKS', ', bottleneckBy: LANGUAGE_BAND'],
      ['SUPPLY_DEMAND', ', supplyBy: WEEK_PART'],
      ['PIPELINE', ''],
      ['UNLOCKS', ''],
    ]) {
      const query = `{ insightsChartSvg(figure: ${figure}${extra}) }`;
      const res = await t.gql<{ insightsChartSvg: string }>(query, {}, tokens.ANALYST);
      expect(res.errors).toBeUndefined();
      expect(res.data!.insightsChartSvg.startsWith('<svg')).toBe(true);
      expect(res.data!.insightsChartSvg.trimEnd().endsWith('</svg>')).toBe(true);
      const refused = await t.gql(query, {}, tokens.COACH);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('draws a chart without its Dutch title and suppression note when titled is false', async () => {
    const titled = await t.gql<{ insightsChartSvg: string }>(
      '{ insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: LANGUAGE_BAND) }',
      {},
      tokens.ANALYST,
    );
    const bare = await t.gql<{ insightsChartSvg: string }>(
      '{ insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: LANGUAGE_BAND, titled: false) }',
      {},
      tokens.ANALYST,
    );
    expect(titled.errors).toBeUndefined();
    expect(bare.errors).toBeUndefined();
    expect(titled.data!.insightsChartSvg).toContain('Knelpunten per taalniveau');
    expect(titled.data!.insightsChartSvg).toMatch(/getekend/);
    expect(bare.data!.insightsChartSvg.startsWith('<svg')).toBe(true);
    expect(bare.data!.insightsChartSvg).not.toContain('Knelpunten per taalniveau');
    expect(bare.data!.insightsChartSvg).not.toMatch(/getekend/);
  });

  /** The bottlenecks by language band as an untitled chart, with more arguments (", language: EN"). */
  const drawBottlenecks = async (args: string) => {
    const res = await t.gql<{ insightsChartSvg: string }>(
      `{ insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: LANGUAGE_BAND, titled: false${args}) }`,
      {},
      tokens.ANALYST,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.insightsChartSvg;
  };

  it('draws the axis titles and labels and the legend in English when asked, and in Dutch by default', async () => {
    const [byDefault, dutch, english] = await Promise.all([
      drawBottlenecks(''),
      drawBottlenecks(', language: NL'),
      drawBottlenecks(', language: EN'),
    ]);
    expect(dutch).toBe(byDefault);
    for (const word of ['Taalniveau (spreken)', 'Knelpunt', 'Deelnemers']) {
      expect(dutch).toContain(word);
      expect(english).not.toContain(word);
    }
    for (const word of ['Language level (speaking)', 'Bottleneck', 'Participants'])
      expect(english).toContain(word);
  });

  it('draws a chart for a phone when asked for the NARROW layout, and the wide one by default', async () => {
    const [byDefault, wide, narrow] = await Promise.all([
      drawBottlenecks(''),
      drawBottlenecks(', layout: WIDE'),
      drawBottlenecks(', layout: NARROW, language: EN'),
    ]);
    expect(wide).toBe(byDefault);
    const widthOf = (svg: string) => Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
    expect(widthOf(wide)).toBeGreaterThan(600);
    // Fits a 360 px phone's content (328 px) at its own size.
    expect(widthOf(narrow)).toBeLessThanOrEqual(320);
    for (const word of ['Language level (speaking)', 'Bottleneck', 'Participants'])
      expect(narrow).toContain(word);
    expect(narrow).not.toContain('…');
  });

  it("gives an employer its own places' figures, and no one else", async () => {
    const query = `{ insightsForMyPlaces { placementId title fittingParticipants { value status display }
      moreIfLanguageLowered { display } moreIfHoursWidened { display } moreIfChildcareOffered { display } } }`;
    const res = await t.gql<{
      insightsForMyPlaces: Array<{ placementId: string; fittingParticipants: Figure }>;
    }>(query, {}, tokens.EMPLOYER);
    expect(res.errors).toBeUndefined();
    const own: Array<{ id: string }> = await t.dataSource.query(
      `SELECT p.id FROM placements p JOIN users u ON u.organisation_id = p.organisation_id
        WHERE u.id = $1 AND p.status = 'PUBLISHED'`,
      [ids.EMPLOYER],
    );
    expect(res.data!.insightsForMyPlaces.map((p) => p.placementId).sort()).toEqual(
      own.map((p) => p.id).sort(),
    );
    for (const p of res.data!.insightsForMyPlaces)
      expect(p.fittingParticipants.display).toMatch(/^(0|[5-9]|\d{2,}|< 5)$/);
    for (const role of ['ANALYST', 'COACH']) {
      const refused = await t.gql(query, {}, tokens[role]);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses coaches, employers and partners, and audits reads and refusals', async () => {
    for (const role of ['COACH', 'EMPLOYER', 'PARTNER']) {
      const res = await bottlenecks('ROUTE', tokens[role]);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    const unauthenticated = await bottlenecks('ROUTE', '');
    expect(unauthenticated.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const rows: Array<{ actor_user_id: string; action: string; object_id: string; result: string }> =
      await t.dataSource.query(
        `SELECT actor_user_id, action, object_id, result FROM audit_log
          WHERE action IN ('INSIGHTS_READ', 'ROLE_REFUSED', 'INSIGHTS_REFRESH') ORDER BY id`,
      );
    expect(rows).toContainEqual({
      actor_user_id: ids.ANALYST,
      action: 'INSIGHTS_READ',
      object_id: 'bottlenecks:AREA',
      result: 'ALLOWED',
    });
    expect(rows).toContainEqual({
      actor_user_id: ids.ANALYST,
      action: 'INSIGHTS_READ',
      object_id: 'supply-demand:SECTOR',
      result: 'ALLOWED',
    });
    expect(rows).toContainEqual({
      actor_user_id: ids.ADMIN,
      action: 'INSIGHTS_READ',
      object_id: 'pipeline',
      result: 'ALLOWED',
    });
    expect(rows).toContainEqual({
      actor_user_id: ids.ADMIN,
      action: 'INSIGHTS_REFRESH',
      object_id: 'insights',
      result: 'ALLOWED',
    });
    expect(rows).toContainEqual({
      actor_user_id: ids.COACH,
      action: 'ROLE_REFUSED',
      object_id: 'insightsBottlenecks',
      result: 'DENIED',
    });
    expect(rows).toContainEqual({
      actor_user_id: ids.ANALYST,
      action: 'ROLE_REFUSED',
      object_id: 'refreshInsights',
      result: 'DENIED',
    });
  });
});
