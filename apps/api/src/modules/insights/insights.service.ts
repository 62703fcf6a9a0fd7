import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import {
  CRITERIA,
  DECLINE_REASONS,
  END_REASONS,
  INTRODUCTION_STATUSES,
  LANGUAGE_LEVELS,
  LEARNING_ROUTES,
  PLACEMENT_TYPES,
  RISK_LEVELS,
  SECTORS,
} from '@plekwijzer/domain';
import { DomainError } from '@plekwijzer/graphql';
import {
  crossTab,
  ENOUGH_MATCHES,
  keysWith,
  LANGUAGE_BANDS,
  mergeSmallRows,
  NOTHING_CLOSE,
  OTHER_ROW,
  quarterOf,
  suppressCount,
  suppressFamily,
  suppressTable,
  WITHHELD_DISPLAY,
  type CountTable,
  type Figure,
  type SuppressedTable,
} from '@plekwijzer/insights';
import { RELAXATIONS, WEEK_PARTS } from '@plekwijzer/matching';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { OrganisationsService } from '@plekwijzer/api/modules/organisations/organisations.service.js';
import { englishLabelOf, labelOf, labelsOf } from './insights.labels.js';

export const BOTTLENECK_BREAKDOWNS = ['ROUTE', 'COACHING_ORGANISATION', 'AREA', 'LANGUAGE_BAND'] as const;
export type BottleneckBreakdown = (typeof BOTTLENECK_BREAKDOWNS)[number];
export const SUPPLY_BREAKDOWNS = ['SECTOR', 'TYPE', 'LANGUAGE_THRESHOLD', 'AREA', 'WEEK_PART'] as const;
export type SupplyBreakdown = (typeof SUPPLY_BREAKDOWNS)[number];

export const RISK_TARGETS = ['PARTICIPATION_800', 'MAP'] as const;
export type RiskTarget = (typeof RISK_TARGETS)[number];
/** The 800-hour row for participants outside the Z-route, to whom the target does not apply. */
export const NOT_APPLICABLE = 'NOT_APPLICABLE';
/** Hours by who logged them: the organisation at its place, or the coach at a place or for an activity. */
export const HOURS_SOURCES = [
  'ORGANISATION:PLACEMENT',
  'COACH:PLACEMENT',
  'COACH:STAP_IN_PVT',
  'COACH:TAALCAFE',
  'COACH:OTHER_ACTIVITY',
] as const;

export interface PlaceInsights {
  placementId: string;
  title: string;
  computedAt: Date;
  fittingParticipants: Figure;
  moreIfLanguageLowered: Figure;
  moreIfHoursWidened: Figure;
  moreIfChildcareOffered: Figure;
}

export interface SnapshotInfo {
  id: string;
  computedAt: Date;
  referenceDate: string;
  durationMs: number;
  places: number;
  /** Active participants, suppressed like every other count of people. */
  activeParticipants: Figure;
  suppressionK: number;
}

/** Who reads: a signed-in user, or the council report run from the command line (audited as such). */
export type InsightsReader = Actor | 'COMMAND_LINE';

export interface InsightsTableView {
  title: string;
  snapshot: SnapshotInfo;
  columns: Array<{ key: string; label: string; labelEn: string | null }>;
  rows: Array<{ key: string; label: string; labelEn: string | null; cells: Figure[]; total: Figure | null }>;
  columnTotals: Figure[] | null;
  grandTotal: Figure | null;
}

/** Criteria a near miss never fails (the engine skips unpublished and full places). */
const NEVER_NEAR_MISS = new Set(['STATUS', 'CAPACITY']);

const PLACE_MEASURES = ['PLACES', 'CAPACITY', 'FREE_SPOTS', 'BLIND_SPOTS'] as const;
const FITTING = 'FITTING_PARTICIPANTS';

interface ParticipantGroup {
  route: string;
  org: string;
  municipality: string;
  band: string;
  bottleneck: string;
  n: number;
}

interface PlaceGroup {
  type: string;
  sector: string;
  threshold: string;
  municipality: string;
  week_parts: string[];
  places: number;
  capacity: number;
  free: number;
  blind: number;
}

/**
 * Reads the last complete insights snapshot for analysts (and admins) as fixed tables — no free
 * filters, so that no two answers can be subtracted from each other — with every count of people
 * through small-cell suppression, and audits every read. Tables that split the same population over the
 * same columns are suppressed together (suppressFamily) whichever one is asked for, so the hidden
 * pattern is the same in every answer.
 */
@Injectable()
export class InsightsService {
  private readonly k: number;

  constructor(
    @Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OrganisationsService) private readonly organisations: OrganisationsService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.k = config.INSIGHTS_SUPPRESSION_K;
  }

  /** The snapshot the tables come from, or null before the first refresh. */
  async snapshot(actor: InsightsReader): Promise<SnapshotInfo | null> {
    await this.authorise(actor, 'snapshot');
    return this.latest();
  }

  async bottlenecks(actor: InsightsReader, by: BottleneckBreakdown): Promise<InsightsTableView> {
    await this.authorise(actor, `bottlenecks:${by}`);
    const snapshot = await this.requireLatest();
    const groups = await this.handle.dataSource.query<ParticipantGroup[]>(
      `SELECT route, coaching_organisation_id::text AS org, municipality, language_band AS band, bottleneck,
              count(*)::int AS n
         FROM insights_participant_facts WHERE snapshot_id = $1
        GROUP BY 1, 2, 3, 4, 5`,
      [snapshot.id],
    );
    const columns = [
      ENOUGH_MATCHES,
      ...keysWith(
        CRITERIA.filter((c) => !NEVER_NEAR_MISS.has(c)),
        groups.map((g) => g.bottleneck).filter((b) => b !== ENOUGH_MATCHES && b !== NOTHING_CLOSE),
      ),
      NOTHING_CLOSE,
    ];
    const sortedBy = (key: (g: ParticipantGroup) => string) => [...new Set(groups.map(key))].sort();
    const table = (rows: readonly string[], rowOf: (g: ParticipantGroup) => string): CountTable =>
      crossTab(groups, {
        rows,
        columns,
        rowOf,
        columnOf: (g) => g.bottleneck,
        weightOf: (g) => g.n,
        rowTotals: true,
        columnTotals: true,
      });
    const tables: Record<BottleneckBreakdown, CountTable> = {
      ROUTE: table(
        keysWith(
          LEARNING_ROUTES,
          groups.map((g) => g.route),
        ),
        (g) => g.route,
      ),
      COACHING_ORGANISATION: mergeSmallRows(
        table(
          sortedBy((g) => g.org),
          (g) => g.org,
        ),
        this.k,
      ),
      AREA: mergeSmallRows(
        table(
          sortedBy((g) => g.municipality),
          (g) => g.municipality,
        ),
        this.k,
      ),
      LANGUAGE_BAND: table(
        keysWith(
          LANGUAGE_BANDS,
          groups.map((g) => g.band),
        ),
        (g) => g.band,
      ),
    };
    const suppressed = suppressFamily(
      BOTTLENECK_BREAKDOWNS.map((b) => tables[b]),
      this.k,
    );
    const chosen = suppressed[BOTTLENECK_BREAKDOWNS.indexOf(by)];
    const names =
      by === 'COACHING_ORGANISATION'
        ? await this.organisations.namesOf(chosen.rows.filter((r) => r !== OTHER_ROW))
        : null;
    return this.view(
      `Knelpunten per ${BREAKDOWN_NL[by]}`,
      snapshot,
      chosen,
      (key) => names?.get(key) ?? labelOf(key),
    );
  }

  async supplyDemand(actor: InsightsReader, by: SupplyBreakdown): Promise<InsightsTableView> {
    await this.authorise(actor, `supply-demand:${by}`);
    const snapshot = await this.requireLatest();
    const groups = await this.handle.dataSource.query<PlaceGroup[]>(
      `SELECT type, sector, language_threshold AS threshold, municipality, week_parts, count(*)::int AS places,
              sum(capacity)::int AS capacity, sum(free_spots)::int AS free,
              (count(*) FILTER (WHERE fitting_participants = 0))::int AS blind
         FROM insights_placement_facts WHERE snapshot_id = $1
        GROUP BY 1, 2, 3, 4, 5`,
      [snapshot.id],
    );
    // A place is in every week part its shifts reach into: those rows overlap and have no total.
    const keysOf: Record<SupplyBreakdown, (g: PlaceGroup) => string[]> = {
      SECTOR: (g) => [g.sector],
      TYPE: (g) => [g.type],
      LANGUAGE_THRESHOLD: (g) => [g.threshold],
      AREA: (g) => [g.municipality],
      WEEK_PART: (g) => g.week_parts,
    };
    const listed: Record<SupplyBreakdown, readonly string[]> = {
      SECTOR: SECTORS,
      TYPE: PLACEMENT_TYPES,
      LANGUAGE_THRESHOLD: LANGUAGE_LEVELS,
      AREA: [],
      WEEK_PART: WEEK_PARTS,
    };
    // One fact per (group, measure), so crossTab can add the measures up as columns.
    const tables = SUPPLY_BREAKDOWNS.map((b) =>
      crossTab(
        groups.flatMap((g) =>
          keysOf[b](g).flatMap((row) =>
            PLACE_MEASURES.map((measure) => ({
              row,
              measure,
              value: { PLACES: g.places, CAPACITY: g.capacity, FREE_SPOTS: g.free, BLIND_SPOTS: g.blind }[
                measure
              ],
            })),
          ),
        ),
        {
          rows: keysWith(listed[b], groups.flatMap(keysOf[b])),
          columns: PLACE_MEASURES,
          rowOf: (f) => f.row,
          columnOf: (f) => f.measure,
          weightOf: (f) => f.value,
          rowTotals: false,
          columnTotals: b !== 'WEEK_PART',
        },
      ),
    );
    // Places are not people: the same counts are public through searchPlacements' facets, so the
    // place measures are published as they are (suppressing them would protect no one).
    const chosen = publishAsIs(tables[SUPPLY_BREAKDOWNS.indexOf(by)]);

    // People who fit at least one place in each group: overlapping counts (one person can fit places
    // in several sectors), so no line adds up to another figure and primary suppression is enough.
    const fitsKey = {
      SECTOR: 'sector',
      TYPE: 'type',
      LANGUAGE_THRESHOLD: 'threshold',
      AREA: 'area',
      WEEK_PART: 'weekPart',
    }[by];
    const fitting = await this.handle.dataSource.query<Array<{ key: string; n: number }>>(
      `SELECT v AS key, count(*)::int AS n
         FROM insights_participant_facts f, jsonb_array_elements_text(f.fits -> $2) AS v
        WHERE f.snapshot_id = $1 GROUP BY v`,
      [snapshot.id, fitsKey],
    );
    const [withMatch] = await this.handle.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM insights_participant_facts WHERE snapshot_id = $1 AND match_count > 0`,
      [snapshot.id],
    );
    const fittingBy = new Map(fitting.map((f) => [f.key, f.n]));
    const withFitting: SuppressedTable = {
      ...chosen,
      columns: [...chosen.columns, FITTING],
      cells: chosen.cells.map((row, r) => [
        ...row,
        suppressCount(fittingBy.get(chosen.rows[r]) ?? 0, this.k),
      ]),
      columnTotals: chosen.columnTotals && [...chosen.columnTotals, suppressCount(withMatch.n, this.k)],
    };
    return this.view(`Aanbod en vraag per ${BREAKDOWN_NL[by]}`, snapshot, withFitting, labelOf);
  }

  async pipeline(actor: InsightsReader): Promise<InsightsTableView> {
    await this.authorise(actor, 'pipeline');
    const snapshot = await this.requireLatest();
    const rows = await this.handle.dataSource.query<
      Array<{ proposed_on: string; status: string; reason: string | null; n: number }>
    >(
      `SELECT to_char(proposed_on, 'YYYY-MM-DD') AS proposed_on, status, reason, count(*)::int AS n
         FROM insights_introduction_facts WHERE snapshot_id = $1 GROUP BY 1, 2, 3`,
      [snapshot.id],
    );
    const columnOf = (r: { status: string; reason: string | null }): string =>
      r.status === 'DECLINED' || r.status === 'ENDED_EARLY'
        ? `${r.status}:${r.reason ?? 'UNKNOWN'}`
        : r.status;
    const listed = INTRODUCTION_STATUSES.flatMap((s) =>
      s === 'DECLINED'
        ? DECLINE_REASONS.map((r) => `DECLINED:${r}`)
        : s === 'ENDED_EARLY'
          ? END_REASONS.map((r) => `ENDED_EARLY:${r}`)
          : [s],
    );
    const table = crossTab(rows, {
      rows: quarters(rows.map((r) => quarterOf(r.proposed_on))),
      columns: keysWith(listed, rows.map(columnOf)),
      rowOf: (r) => quarterOf(r.proposed_on),
      columnOf,
      weightOf: (r) => r.n,
      rowTotals: true,
      columnTotals: true,
    });
    return this.view(
      'Voordrachten per kwartaal en hoe ze aflopen',
      snapshot,
      suppressTable(table, this.k),
      labelOf,
    );
  }

  /**
   * What one change unlocks most: participants without a single match by route × the one-step
   * relaxations of their own data that would give them at least one (computed in the refresh by the
   * engine on the relaxed profile). One person can be unlocked by several relaxations, so a row does
   * not add up to anything and has no total; a column does add up over the routes (each person has one
   * route), so the column totals are suppressed with the cells.
   */
  async unlocks(actor: InsightsReader): Promise<InsightsTableView> {
    await this.authorise(actor, 'unlocks');
    const snapshot = await this.requireLatest();
    const rows = await this.handle.dataSource.query<Array<{ route: string; relaxation: string; n: number }>>(
      `SELECT f.route, r AS relaxation, count(*)::int AS n
         FROM insights_participant_facts f, jsonb_array_elements_text(f.unlocked_by) AS r
        WHERE f.snapshot_id = $1 AND f.match_count = 0
        GROUP BY 1, 2`,
      [snapshot.id],
    );
    const [{ routes }] = await this.handle.dataSource.query<Array<{ routes: string[] }>>(
      `SELECT coalesce(array_agg(DISTINCT route), '{}') AS routes FROM insights_participant_facts WHERE snapshot_id = $1`,
      [snapshot.id],
    );
    const table = crossTab(rows, {
      rows: keysWith(LEARNING_ROUTES, [...routes, ...rows.map((r) => r.route)]),
      columns: keysWith(
        RELAXATIONS,
        rows.map((r) => r.relaxation),
      ),
      rowOf: (r) => r.route,
      columnOf: (r) => r.relaxation,
      weightOf: (r) => r.n,
      rowTotals: false,
      columnTotals: true,
    });
    return this.view(
      'Wat één verandering oplevert: deelnemers zonder passende plek die er een krijgen',
      snapshot,
      suppressTable(table, this.k),
      labelOf,
    );
  }

  /**
   * Days from proposal to start per quarter of proposal: the median and the 75th percentile of the
   * introductions that started. Not counts, but a figure of few people still says something about
   * them: a quarter with fewer than k starts shows "–".
   */
  async pipelineTimes(actor: InsightsReader): Promise<InsightsTableView> {
    await this.authorise(actor, 'pipeline-times');
    const snapshot = await this.requireLatest();
    const rows = await this.handle.dataSource.query<
      Array<{ quarter: string; n: number; median: number; p75: number }>
    >(
      `SELECT to_char(proposed_on, 'YYYY') || '-Q' || to_char(proposed_on, 'Q') AS quarter, count(*)::int AS n,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY days_to_start) AS median,
              percentile_disc(0.75) WITHIN GROUP (ORDER BY days_to_start) AS p75
         FROM insights_introduction_facts WHERE snapshot_id = $1 AND days_to_start IS NOT NULL
        GROUP BY 1`,
      [snapshot.id],
    );
    const byQuarter = new Map(rows.map((r) => [r.quarter, r]));
    const keys = quarters(rows.map((r) => r.quarter));
    return this.measureView(
      'Dagen van voordracht tot start, per kwartaal van voordracht',
      snapshot,
      keys,
      ['MEDIAN_DAYS', 'P75_DAYS'],
      (row, column) => {
        const r = byQuarter.get(row);
        if (!r || r.n < this.k) return null;
        return Number(column === 'MEDIAN_DAYS' ? r.median : r.p75);
      },
    );
  }

  /**
   * Approved participation hours per quarter of the day worked × who logged them (the organisation at
   * its place; the coach at a place, or for the Stap-in/PVT, a taalcafé or another activity). A cell
   * from fewer than k participants shows "–"; no totals, so no hidden cell can be worked out.
   */
  async hoursBySource(actor: InsightsReader): Promise<InsightsTableView> {
    await this.authorise(actor, 'hours-by-source');
    const snapshot = await this.requireLatest();
    const rows = await this.handle.dataSource.query<
      Array<{ quarter: string; source: string; participants: number; hours: string }>
    >(`SELECT quarter, source, participants, hours FROM insights_hours_facts WHERE snapshot_id = $1`, [
      snapshot.id,
    ]);
    const cell = new Map(rows.map((r) => [`${r.quarter}|${r.source}`, r]));
    return this.measureView(
      'Goedgekeurde uren per kwartaal, naar wie ze schreef',
      snapshot,
      quarters(rows.map((r) => r.quarter)),
      keysWith(
        HOURS_SOURCES,
        rows.map((r) => r.source),
      ),
      (row, column) => {
        const r = cell.get(`${row}|${column}`);
        if (!r) return 0;
        return r.participants < this.k ? null : Math.round(Number(r.hours));
      },
    );
  }

  /**
   * Active participants by risk on one target (on track, at risk, off track; the 800 participation
   * hours apply to the Z-route only, the others count as not applicable) × learning route. Both
   * targets split the same people over the same routes, so they are suppressed together
   * (suppressFamily): a route total hidden in one is hidden in the other.
   */
  async risks(actor: InsightsReader, target: RiskTarget): Promise<InsightsTableView> {
    await this.authorise(actor, `risks:${target}`);
    const snapshot = await this.requireLatest();
    const groups = await this.handle.dataSource.query<
      Array<{ route: string; participation: string | null; map: string | null; n: number }>
    >(
      `SELECT route, participation_risk AS participation, map_risk AS map, count(*)::int AS n
         FROM insights_participant_facts WHERE snapshot_id = $1 GROUP BY 1, 2, 3`,
      [snapshot.id],
    );
    const routes = keysWith(
      LEARNING_ROUTES,
      groups.map((g) => g.route),
    );
    const rowOf: Record<RiskTarget, (g: (typeof groups)[number]) => string> = {
      PARTICIPATION_800: (g) => g.participation ?? NOT_APPLICABLE,
      MAP: (g) => g.map ?? NOT_APPLICABLE,
    };
    const tables = RISK_TARGETS.map((t) =>
      crossTab(groups, {
        rows: keysWith(t === 'MAP' ? RISK_LEVELS : [...RISK_LEVELS, NOT_APPLICABLE], groups.map(rowOf[t])),
        columns: routes,
        rowOf: rowOf[t],
        columnOf: (g) => g.route,
        weightOf: (g) => g.n,
        rowTotals: true,
        columnTotals: true,
      }),
    );
    const suppressed = suppressFamily(tables, this.k);
    return this.view(
      target === 'MAP'
        ? 'MAP-oefenuren: op schema, risico of achter, per leerroute'
        : '800 participatie-uren (Z-route): op schema, risico of achter, per leerroute',
      snapshot,
      suppressed[RISK_TARGETS.indexOf(target)],
      labelOf,
    );
  }

  /**
   * Demand without supply: active participants who are free in a part of the week (at least an hour,
   * after their classes) and have no fitting place in that part — by route and whether they need
   * childcare (the Z-route mothers free on weekday mornings with nothing that fits them then). One
   * person can be free in several parts, so rows have no total; the rows split the people, so the
   * column totals are suppressed with the cells.
   */
  async demandWithoutSupply(actor: InsightsReader): Promise<InsightsTableView> {
    await this.authorise(actor, 'demand-without-supply');
    const snapshot = await this.requireLatest();
    const rows = await this.handle.dataSource.query<
      Array<{ route: string; childcare: boolean; part: string; n: number }>
    >(
      `SELECT f.route, f.needs_childcare AS childcare, part, count(*)::int AS n
         FROM insights_participant_facts f, jsonb_array_elements_text(f.free_parts) AS part
        WHERE f.snapshot_id = $1 AND NOT coalesce(f.fits -> 'weekPart' ? part, false)
        GROUP BY 1, 2, 3`,
      [snapshot.id],
    );
    const groups = await this.handle.dataSource.query<Array<{ route: string; childcare: boolean }>>(
      `SELECT DISTINCT route, needs_childcare AS childcare FROM insights_participant_facts WHERE snapshot_id = $1`,
      [snapshot.id],
    );
    const rowOf = (r: { route: string; childcare: boolean }) =>
      `${r.route}:${r.childcare ? 'CHILDCARE' : 'NO_CHILDCARE'}`;
    const seen = new Set([...groups, ...rows].map(rowOf));
    const routes = keysWith(
      LEARNING_ROUTES,
      [...groups, ...rows].map((r) => r.route),
    );
    const table = crossTab(rows, {
      rows: routes
        .flatMap((route) => [`${route}:CHILDCARE`, `${route}:NO_CHILDCARE`])
        .filter((key) => seen.has(key)),
      columns: WEEK_PARTS,
      rowOf,
      columnOf: (r) => r.part,
      weightOf: (r) => r.n,
      rowTotals: false,
      columnTotals: true,
    });
    return this.view(
      'Vraag zonder aanbod: vrij op een dagdeel, maar geen passende plek op dat dagdeel',
      snapshot,
      suppressTable(table, this.k),
      labelOf,
    );
  }

  /**
   * An employer's or partner's own places with how many participants fit each now and how many more
   * would if the place changed one step. Only the actor's own organisation's places (one place with
   * `placementId`: NOT_FOUND unless it is theirs); counts only, each suppressed; audited.
   */
  async forOwnPlaces(actor: Actor, placementId?: string): Promise<PlaceInsights[]> {
    const allowed = (actor.role === Role.EMPLOYER || actor.role === Role.PARTNER) && !!actor.organisationId;
    let owned = allowed;
    if (allowed && placementId !== undefined) {
      const [row] = !UUID.test(placementId)
        ? []
        : await this.handle.dataSource.query<Array<{ organisation_id: string }>>(
            `SELECT organisation_id FROM placements WHERE id = $1`,
            [placementId],
          );
      owned = row?.organisation_id === actor.organisationId;
    }
    await this.audit.record(actor, {
      action: 'INSIGHTS_READ',
      objectType: 'INSIGHTS',
      objectId: placementId ? `place:${placementId.slice(0, 64)}` : 'own-places',
      result: owned ? 'ALLOWED' : 'DENIED',
    });
    if (!allowed) throw DomainError.forbidden();
    if (!owned) throw DomainError.notFound('Place');
    const snapshot = await this.latest();
    if (!snapshot) return [];
    const rows = await this.handle.dataSource.query<
      Array<{
        placement_id: string;
        title: string;
        fitting: number;
        language: number;
        hours: number;
        childcare: number;
      }>
    >(
      `SELECT f.placement_id::text AS placement_id, p.title, f.fitting_participants AS fitting,
              f.more_if_language AS language, f.more_if_hours AS hours, f.more_if_childcare AS childcare
         FROM insights_placement_facts f JOIN placements p ON p.id = f.placement_id
        WHERE f.snapshot_id = $1 AND f.organisation_id = $2 AND ($3::uuid IS NULL OR f.placement_id = $3::uuid)
        ORDER BY p.title, f.placement_id`,
      [snapshot.id, actor.organisationId, placementId ?? null],
    );
    return rows.map((r) => ({
      placementId: r.placement_id,
      title: r.title,
      computedAt: snapshot.computedAt,
      fittingParticipants: suppressCount(r.fitting, this.k),
      moreIfLanguageLowered: suppressCount(r.language, this.k),
      moreIfHoursWidened: suppressCount(r.hours, this.k),
      moreIfChildcareOffered: suppressCount(r.childcare, this.k),
    }));
  }

  /** A table of measures that are not counts (days, hours): a figure is shown, or "–" when null. */
  private measureView(
    title: string,
    snapshot: SnapshotInfo,
    rows: readonly string[],
    columns: readonly string[],
    valueOf: (row: string, column: string) => number | null,
  ): InsightsTableView {
    return {
      title,
      snapshot,
      columns: columns.map(labelsOf),
      rows: rows.map((key) => ({
        ...labelsOf(key),
        cells: columns.map((column) => {
          const value = valueOf(key, column);
          return value === null
            ? { value: null, status: 'WITHHELD', display: WITHHELD_DISPLAY }
            : { value, status: 'SHOWN', display: String(value) };
        }),
        total: null,
      })),
      columnTotals: null,
      grandTotal: null,
    };
  }

  private view(
    title: string,
    snapshot: SnapshotInfo,
    t: SuppressedTable,
    label: (key: string) => string,
  ): InsightsTableView {
    return {
      title,
      snapshot,
      columns: t.columns.map(labelsOf),
      rows: t.rows.map((key, r) => ({
        key,
        label: label(key),
        labelEn: englishLabelOf(key) ?? null,
        cells: t.cells[r],
        total: t.rowTotals?.[r] ?? null,
      })),
      columnTotals: t.columnTotals,
      grandTotal: t.grandTotal,
    };
  }

  /** Analysts and admins only; every read is audited, refusals too. */
  private async authorise(reader: InsightsReader, what: string): Promise<void> {
    const actor = reader === 'COMMAND_LINE' ? null : reader;
    const allowed = actor === null || actor.role === Role.ANALYST || actor.role === Role.ADMIN;
    await this.audit.record(actor, {
      action: actor === null ? 'INSIGHTS_REPORT' : 'INSIGHTS_READ',
      objectType: 'INSIGHTS',
      objectId: what,
      result: allowed ? 'ALLOWED' : 'DENIED',
    });
    if (!allowed) throw DomainError.forbidden();
  }

  private async latest(): Promise<SnapshotInfo | null> {
    const [row] = await this.handle.dataSource.query<
      Array<{
        id: string;
        computed_at: Date;
        reference_date: string;
        duration_ms: number;
        places: number;
        participants: number;
      }>
    >(
      `SELECT id::text AS id, computed_at, to_char(reference_date, 'YYYY-MM-DD') AS reference_date, duration_ms,
              places, participants
         FROM insights_snapshots ORDER BY id DESC LIMIT 1`,
    );
    if (!row) return null;
    return {
      id: row.id,
      computedAt: new Date(row.computed_at),
      referenceDate: row.reference_date,
      durationMs: row.duration_ms,
      places: row.places,
      activeParticipants: suppressCount(row.participants, this.k),
      suppressionK: this.k,
    };
  }

  private async requireLatest(): Promise<SnapshotInfo> {
    const snapshot = await this.latest();
    if (!snapshot)
      throw new DomainError('NOT_FOUND', 'No insights have been computed yet', {
        reason: 'INSIGHTS_NOT_READY',
      });
    return snapshot;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BREAKDOWN_NL: Record<BottleneckBreakdown | SupplyBreakdown, string> = {
  ROUTE: 'leerroute',
  COACHING_ORGANISATION: 'begeleidende organisatie',
  AREA: 'gemeente',
  LANGUAGE_BAND: 'taalniveau (spreken)',
  SECTOR: 'sector',
  TYPE: 'soort plek',
  LANGUAGE_THRESHOLD: 'gevraagd taalniveau',
  WEEK_PART: 'dagdeel',
};

/** A table of figures that are not about people, in the suppressed shape, every figure shown. */
function publishAsIs(t: CountTable): SuppressedTable {
  const shown = (value: number): Figure => ({ value, status: 'SHOWN', display: String(value) });
  const columnSums = t.columns.map((_, c) => t.cells.reduce((a, row) => a + row[c], 0));
  return {
    rows: [...t.rows],
    columns: [...t.columns],
    cells: t.cells.map((row) => row.map(shown)),
    rowTotals: null,
    columnTotals: t.columnTotals ? columnSums.map(shown) : null,
    grandTotal: null,
  };
}

/** Every quarter from the first to the last one seen, so that an empty quarter is a row too. */
function quarters(seen: string[]): string[] {
  if (seen.length === 0) return [];
  const index = (q: string): number => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const from = Math.min(...seen.map(index));
  const to = Math.max(...seen.map(index));
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
