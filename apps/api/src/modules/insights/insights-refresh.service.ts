import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { DATABASE_HANDLE, ExclusiveJob, type DatabaseHandle } from '@plekwijzer/database';
import { CRITERIA, integrationTermLastDay, LANGUAGE_LEVELS, today, type Criterion } from '@plekwijzer/domain';
import { bottleneckOf, languageBandOf, topBlocker } from '@plekwijzer/insights';
import {
  freeWeekParts,
  PLACE_RELAXATIONS,
  placesUnlockedFor,
  placeWeekParts,
  relaxedPlace,
  unlockedBy,
  type PlaceRelaxation,
} from '@plekwijzer/matching';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import type { Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { HoursService } from '@plekwijzer/api/modules/hours/hours.service.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import { MatchingService } from '@plekwijzer/api/modules/matching/matching.service.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';
import {
  INSIGHTS_INSERT_CHUNK,
  INSIGHTS_REFRESH_LOCK_KEY,
  INSIGHTS_SNAPSHOTS_KEPT,
} from './insights.constants.js';

/** Delay of the first refresh after start when there is no snapshot yet. */
const FIRST_REFRESH_DELAY_MS = 30_000;

export interface RefreshReport {
  snapshotId: string;
  participants: number;
  places: number;
  durationMs: number;
}

/** One line of progress: what the refresh is doing, and how far it is. */
export type RefreshProgress = (message: string) => void;

/** What the place dimensions of a participant's matches were (distinct values), for supply and demand. */
interface Fits {
  sector: string[];
  type: string[];
  threshold: string[];
  area: string[];
  /** Week parts (MORNING, AFTERNOON, EVENING, WEEKEND) of the places that fit. */
  weekPart: string[];
}

/**
 * Computes the insights snapshot: every active participant against every published place with the
 * engine (MatchingService.rankAll, the same ranking a coach gets), reduced to aggregate facts, and
 * written in one transaction — readers keep the previous snapshot until it commits.
 *
 * Active: the participant's three-year integration term has not ended on the reference date.
 * One replica refreshes at a time (ExclusiveJob: a PostgreSQL advisory lock); nightly at
 * INSIGHTS_REFRESH_AT (Amsterdam), at start when there is no snapshot yet, and on demand
 * (refreshInsights, `npm run insights:refresh`).
 */
@Injectable()
export class InsightsRefresher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('InsightsRefresher');
  private readonly job: ExclusiveJob<RefreshReport | null>;
  private progress: RefreshProgress | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(MatchingService) private readonly matching: MatchingService,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(IntroductionsService) private readonly introductions: IntroductionsService,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(HoursService) private readonly hours: HoursService,
  ) {
    this.job = new ExclusiveJob({
      handle,
      lockKey: INSIGHTS_REFRESH_LOCK_KEY,
      run: () => this.compute(),
      skipped: null,
      logger: this.logger,
      failureMessage: 'Insights refresh failed',
    });
  }

  onApplicationBootstrap(): void {
    if (!this.config.insightsRefreshEnabled) return;
    // A fresh installation (or the demo) gets its first snapshot soon after start: not at once, so
    // that the demo set (loaded by another start-up hook) is in the database by then.
    void this.hasSnapshot().then(
      (has) => this.schedule(has ? msUntil(this.config.INSIGHTS_REFRESH_AT) : FIRST_REFRESH_DELAY_MS),
      (error: unknown) => {
        this.logger.error({ err: error }, 'Could not check for an insights snapshot');
        this.schedule(msUntil(this.config.INSIGHTS_REFRESH_AT));
      },
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.job.stop();
  }

  /**
   * One refresh. Returns null when another run (this process or another replica) holds the lock:
   * that run writes the snapshot. `actor` is who asked (audited); null for the nightly run.
   */
  async refresh(actor: Actor | null, progress?: RefreshProgress): Promise<RefreshReport | null> {
    await this.audit.record(actor, {
      action: 'INSIGHTS_REFRESH',
      objectType: 'OPERATION',
      objectId: 'insights',
      result: 'ALLOWED',
    });
    this.progress = progress;
    try {
      return await this.job.runOnce();
    } finally {
      this.progress = undefined;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.refresh(null)
        .catch((error: unknown) => this.logger.error({ err: error }, 'Insights refresh failed'))
        .finally(() => this.schedule(msUntil(this.config.INSIGHTS_REFRESH_AT)));
    }, delayMs);
    this.timer.unref();
  }

  private async hasSnapshot(): Promise<boolean> {
    const rows = await this.handle.dataSource.query<unknown[]>(`SELECT 1 FROM insights_snapshots LIMIT 1`);
    return rows.length > 0;
  }

  private say(message: string): void {
    this.progress?.(message);
  }

  private async compute(): Promise<RefreshReport> {
    const startedAt = new Date();
    const t0 = performance.now();
    const referenceDate = today();
    const everyone = await this.participants.allForInsights();
    const active = everyone.filter((p) => integrationTermLastDay(p.pipDate) >= referenceDate);
    const organisationOf = await this.users.organisationsOf([...new Set(active.map((p) => p.coachId))]);
    this.say(`${active.length} active participants (of ${everyone.length})`);
    const risks = await this.hours.risksForInsights(active);

    const participantRows: Array<Record<string, unknown>> = [];
    const fitting = new Map<string, number>();
    const fitsOf: Array<Array<string>> = [];
    // Per place and change: participants who would fit it after that change (employers' figures).
    const variants = await this.matching.variantMatchers(PLACE_RELAXATIONS, relaxedPlace);
    const moreIf = new Map<string, Record<PlaceRelaxation, number>>();
    const places = await this.matching.rankAll(
      active,
      referenceDate,
      (participant, result, context) => {
        const failed = result.nearMisses.map((n) => n.failedCriterion);
        const blocker = topBlocker<Criterion>(failed, CRITERIA);
        for (const m of result.matches) fitting.set(m.placementId, (fitting.get(m.placementId) ?? 0) + 1);
        fitsOf.push(result.matches.map((m) => m.placementId));
        for (const u of placesUnlockedFor(variants, context.profile, result, context.options)) {
          let counts = moreIf.get(u.placementId);
          if (!counts)
            moreIf.set(u.placementId, (counts = { LANGUAGE_THRESHOLD: 0, WIDER_HOURS: 0, CHILDCARE: 0 }));
          counts[u.relaxation]++;
        }
        participantRows.push({
          route: participant.route,
          target_group: participant.targetGroup,
          coaching_organisation_id: organisationOf.get(participant.coachId),
          municipality: this.postcodes.locationOf(participant.homePostcode)?.municipality ?? 'Onbekend',
          language_band: languageBandOf(participant.levelSpeaking),
          match_count: result.matches.length,
          near_miss_count: result.nearMisses.length,
          top_blocker: blocker,
          bottleneck: bottleneckOf(result.matches.length, blocker),
          free_parts: freeWeekParts(
            context.profile.availability,
            context.profile.commitments.map((c) => c.range),
          ),
          needs_childcare: context.profile.childcare.needed,
          participation_risk: risks.get(participant.id)?.participation ?? null,
          map_risk: risks.get(participant.id)?.map ?? null,
          // Only for those without a match: the engine again on a profile changed one step.
          unlocked_by: unlockedBy(
            context.matcher,
            context.profile,
            result,
            context.options,
            context.nearMissCap,
          ),
        });
      },
      (done, total) => this.say(`matched ${done}/${total} participants`),
    );

    const occupied = await this.introductions.occupiedByPlacement();
    const placeDims = new Map<
      string,
      { sector: string; type: string; threshold: string; area: string; weekParts: string[] }
    >();
    const placementRows: Array<Record<string, unknown>> = [];
    for (const place of places.values()) {
      const dims = {
        sector: place.sector ?? 'ONBEKEND',
        type: place.type,
        threshold: LANGUAGE_LEVELS[place.maxRequiredLevel] ?? 'NONE',
        area: (place.pc4 && this.postcodes.locationOf(place.pc4)?.municipality) || 'Onbekend',
        weekParts: place.schedule
          ? placeWeekParts(place.schedule.kind === 'FIXED' ? place.schedule.shifts : place.schedule.windows)
          : [],
      };
      placeDims.set(place.id, dims);
      const capacity = place.capacity ?? 0;
      placementRows.push({
        placement_id: place.id,
        organisation_id: place.organisationId,
        type: dims.type,
        sector: dims.sector,
        language_threshold: dims.threshold,
        municipality: dims.area,
        week_parts: dims.weekParts,
        capacity,
        free_spots: Math.max(0, capacity - (occupied.get(place.id) ?? 0)),
        fitting_participants: fitting.get(place.id) ?? 0,
        more_if_language: moreIf.get(place.id)?.LANGUAGE_THRESHOLD ?? 0,
        more_if_hours: moreIf.get(place.id)?.WIDER_HOURS ?? 0,
        more_if_childcare: moreIf.get(place.id)?.CHILDCARE ?? 0,
      });
    }
    participantRows.forEach((row, i) => {
      const fits: Fits = { sector: [], type: [], threshold: [], area: [], weekPart: [] };
      for (const id of fitsOf[i]) {
        const dims = placeDims.get(id);
        if (!dims) continue;
        for (const key of ['sector', 'type', 'threshold', 'area'] as const)
          if (!fits[key].includes(dims[key])) fits[key].push(dims[key]);
        for (const part of dims.weekParts) if (!fits.weekPart.includes(part)) fits.weekPart.push(part);
      }
      row.fits = fits;
    });
    const introductionRows = (await this.introductions.factsForInsights()).map((f) => ({
      proposed_on: f.proposedOn,
      status: f.status,
      reason: f.reason,
      days_to_start: f.daysToStart,
    }));
    const hoursRows = await this.hours.hoursBySourceForInsights();

    this.say('writing the snapshot');
    const durationMs = Math.round(performance.now() - t0);
    const snapshotId = await this.handle.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO insights_snapshots (started_at, reference_date, participants, places, duration_ms)
         VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
        [startedAt, referenceDate, active.length, placementRows.length, durationMs],
      );
      await insertFacts(
        manager,
        row.id,
        'insights_participant_facts',
        participantRows,
        `route text, target_group text, coaching_organisation_id uuid, municipality text, language_band text,
         match_count int, near_miss_count int, top_blocker text, bottleneck text, fits jsonb,
         unlocked_by jsonb, free_parts jsonb, needs_childcare boolean, participation_risk text, map_risk text`,
      );
      await insertFacts(
        manager,
        row.id,
        'insights_placement_facts',
        placementRows,
        `placement_id uuid, organisation_id uuid, type text, sector text, language_threshold text,
         municipality text, week_parts jsonb, capacity int, free_spots int, fitting_participants int,
         more_if_language int, more_if_hours int, more_if_childcare int`,
      );
      await insertFacts(
        manager,
        row.id,
        'insights_introduction_facts',
        introductionRows,
        `proposed_on date, status text, reason text, days_to_start int`,
      );
      await insertFacts(
        manager,
        row.id,
        'insights_hours_facts',
        hoursRows,
        `quarter text, source text, participants int, hours numeric`,
      );
      // Older snapshots go in the same transaction; the previous one stays for readers mid-switch.
      await manager.query(
        `DELETE FROM insights_snapshots WHERE id NOT IN (SELECT id FROM insights_snapshots ORDER BY id DESC LIMIT $1)`,
        [INSIGHTS_SNAPSHOTS_KEPT],
      );
      return row.id;
    });
    this.say(`snapshot ${snapshotId} written in ${Math.round(performance.now() - t0)} ms`);
    return { snapshotId, participants: active.length, places: placementRows.length, durationMs };
  }
}

/** Inserts rows through one JSON parameter per chunk (jsonb_to_recordset): the same on PGlite and PostgreSQL. */
async function insertFacts(
  manager: EntityManager,
  snapshotId: string,
  table: string,
  rows: Array<Record<string, unknown>>,
  columns: string,
): Promise<void> {
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  for (let from = 0; from < rows.length; from += INSIGHTS_INSERT_CHUNK) {
    await manager.query(
      `INSERT INTO ${table} (snapshot_id, ${names})
       SELECT $1, ${names} FROM jsonb_to_recordset($2::jsonb) AS r(${columns})`,
      [snapshotId, JSON.stringify(rows.slice(from, from + INSIGHTS_INSERT_CHUNK))],
    );
  }
}

/** Milliseconds from now until the next HH:MM in Europe/Amsterdam (at least one minute). */
export function msUntil(hhmm: string, now: Date = new Date()): number {
  const [h, m] = hhmm.split(':').map(Number);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const nowSeconds = get('hour') * 3600 + get('minute') * 60 + get('second');
  let delta = h * 3600 + m * 60 - nowSeconds;
  if (delta < 60) delta += 24 * 3600;
  return delta * 1000;
}
