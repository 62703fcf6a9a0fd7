/*
 * The baseline: how a typical TypeORM service would find the places that fit a participant,
 * without a compiled in-memory engine. One SQL query per participant filters the places on every
 * hard criterion PostgreSQL can express plainly (published, capacity left, route, target group,
 * physical load, hours, dates, Z-route counting, language per required skill, and travel time
 * from a haversine distance and a speed model per mode, with a bounding box on an index of published
 * places' coordinates so that only nearby rows are read at all);
 * the schedule criteria (availability around language classes, childcare cover) are then checked
 * in TypeScript on the fetched candidates with simple quarter-hour arrays.
 *
 * It answers the same question as the engine with maxResults unlimited and no near misses: the set
 * of matching place ids (no ranking, no explanations).
 */
import {
  integrationTermLastDay,
  LANGUAGE_LEVELS,
  LearningRoute,
  PHYSICAL_LOADS,
  ScheduleKind,
  WEEKDAYS,
  type TimeRange,
} from '@plekwijzer/domain';
import type { DataSource } from 'typeorm';
import { DEFAULT_TRAVEL_COEFFICIENTS, type Pc4Location, type TravelMode } from '@plekwijzer/geo';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import type { StoredSchedule } from '@plekwijzer/api/modules/placements/placement.entity.js';

const LEVELS: readonly string[] = LANGUAGE_LEVELS;
const LOADS: readonly string[] = PHYSICAL_LOADS;
const DAYS: readonly string[] = WEEKDAYS;
const SLOTS = 7 * 96;
const EARTH_RADIUS_KM = 6371.0088;

// ---- Quarter-hour week arrays (1 = in the set) --------------------------------------------------

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Marks a range; `outward` grows it to whole quarter hours (time needed), else it shrinks (time offered). */
function mark(week: Uint8Array, r: TimeRange, outward: boolean): void {
  const start = DAYS.indexOf(r.day) * 1440 + minutesOf(r.start);
  let length = minutesOf(r.end) - minutesOf(r.start);
  if (length <= 0) length += 1440; // crosses midnight
  const from = outward ? Math.floor(start / 15) : Math.ceil(start / 15);
  const to = outward ? Math.ceil((start + length) / 15) : Math.floor((start + length) / 15);
  for (let s = from; s < to; s++) week[s % SLOTS] = 1;
}

function weekOf(ranges: readonly TimeRange[], outward: boolean): Uint8Array {
  const week = new Uint8Array(SLOTS);
  for (const r of ranges) mark(week, r, outward);
  return week;
}

interface Candidate {
  id: string;
  schedule: StoredSchedule;
  childcare_kind: string;
  childcare_min_age: number | null;
  childcare_max_age: number | null;
  minutes: string;
}

/** Minutes for a mode as an SQL expression over `x` = max(distance, intra-PC4 distance). */
function minutesSql(mode: TravelMode): string {
  const c = DEFAULT_TRAVEL_COEFFICIENTS;
  const per = (detour: number, speed: number): number => (detour / speed) * 60;
  if (mode === 'PUBLIC_TRANSPORT') {
    const pt = c.PUBLIC_TRANSPORT;
    const walk = `${c.WALK.overheadMinutes} + ${per(c.WALK.detourFactor, c.WALK.speedKmh)} * d.x`;
    const ride = `${pt.accessEgressWalkMinutes + pt.waitMinutes} + ${per(pt.detourFactor, pt.inVehicleSpeedKmh)} * d.x`;
    return `ceil(least(${walk}, ${ride}) - 1e-6)`;
  }
  const k = c[mode];
  return `ceil(${k.overheadMinutes} + ${per(k.detourFactor, k.speedKmh)} * d.x - 1e-6)`;
}

/** Largest straight-line km a mode can cover within `minutes` (for the bounding box only). */
function reachKm(mode: TravelMode, minutes: number): number {
  const c = DEFAULT_TRAVEL_COEFFICIENTS;
  if (mode === 'PUBLIC_TRANSPORT') {
    const pt = c.PUBLIC_TRANSPORT;
    const ride =
      ((minutes - pt.accessEgressWalkMinutes - pt.waitMinutes) * pt.inVehicleSpeedKmh) /
      (60 * pt.detourFactor);
    const walk = ((minutes - c.WALK.overheadMinutes) * c.WALK.speedKmh) / (60 * c.WALK.detourFactor);
    return Math.max(ride, walk, c.intraPc4DistanceKm);
  }
  const k = c[mode];
  return Math.max(((minutes - k.overheadMinutes) * k.speedKmh) / (60 * k.detourFactor), c.intraPc4DistanceKm);
}

/**
 * The index such a service would add for its bounding-box filter (the app's schema has none on
 * placements, since the engine needs none): published places by latitude and longitude.
 */
export async function prepareBaseline(ds: DataSource): Promise<void> {
  await ds.query(
    `CREATE INDEX IF NOT EXISTS "bench_baseline_published_lat_lon" ON "placements" ("lat", "lon") WHERE "status" = 'PUBLISHED'`,
  );
  await ds.query('ANALYZE "placements"');
}

export interface BaselineOptions {
  referenceDate: string;
  stretchLanguage: boolean;
  excludeNonCountingForZRoute: boolean;
}

/** The ids of every place that fits `p`, computed the plain way (see the file comment). */
export async function baselineMatches(
  ds: DataSource,
  p: ParticipantEntity,
  home: Pc4Location,
  options: BaselineOptions,
): Promise<string[]> {
  const windowStart =
    p.availableFrom && p.availableFrom > options.referenceDate ? p.availableFrom : options.referenceDate;
  const windowEnd = integrationTermLastDay(p.pipDate);
  const modes = [...new Set(p.travelModes)];
  if (windowStart > windowEnd || modes.length === 0) return [];

  const reach = Math.max(...modes.map((m) => reachKm(m, p.maxTravelMinutes))) * 1.01 + 0.1;
  const dLat = reach / 110.574;
  const dLon = reach / (111.32 * Math.cos((home.lat * Math.PI) / 180));
  const level = (l: string): number => LEVELS.indexOf(l) + 1 + (options.stretchLanguage ? 1 : 0);
  const params = [
    p.route, // $1
    p.targetGroup, // $2
    LOADS.indexOf(p.physicalCapacity), // $3
    p.maxHoursPerWeek, // $4
    windowStart, // $5
    windowEnd, // $6
    options.excludeNonCountingForZRoute && p.route === LearningRoute.Z_ROUTE, // $7
    LEVELS, // $8
    level(p.levelSpeaking), // $9
    level(p.levelListening), // $10
    level(p.levelReading), // $11
    level(p.levelWriting), // $12
    home.lat, // $13
    home.lon, // $14
    home.lat - dLat, // $15
    home.lat + dLat, // $16
    home.lon - dLon, // $17
    home.lon + dLon, // $18
    p.maxTravelMinutes, // $19
  ];
  const minutes = modes.length === 1 ? minutesSql(modes[0]) : `least(${modes.map(minutesSql).join(', ')})`;
  const rows = await ds.query<Candidate[]>(
    `SELECT p.id, p.schedule, p.childcare_kind, p.childcare_min_age, p.childcare_max_age, t.minutes
       FROM placements p
       CROSS JOIN LATERAL (
         SELECT greatest(${DEFAULT_TRAVEL_COEFFICIENTS.intraPc4DistanceKm}, 2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
           power(sin(radians(p.lat - $13::float8) / 2), 2) +
           cos(radians($13::float8)) * cos(radians(p.lat)) * power(sin(radians(p.lon - $14::float8) / 2), 2))))) AS x
       ) d
       CROSS JOIN LATERAL (SELECT ${minutes} AS minutes) t
      WHERE p.status = 'PUBLISHED'
        AND $1::text = ANY (p.open_to_routes)
        AND $2::text = ANY (p.open_to_target_groups)
        AND CASE p.physical_load WHEN 'LIGHT' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END <= $3::int
        AND (p.schedule ->> 'minHoursPerWeek')::float8 <= $4::float8
        AND p.start_date <= $6::date AND (p.end_date IS NULL OR p.end_date >= $5::date)
        AND NOT ($7::boolean AND p.dutch_speaking_environment IS NOT TRUE)
        AND p.lat BETWEEN $15::float8 AND $16::float8 AND p.lon BETWEEN $17::float8 AND $18::float8
        AND NOT EXISTS (
          SELECT 1 FROM jsonb_to_recordset(p.language_requirements) AS r(skill text, level text, required boolean)
           WHERE r.required
             AND array_position($8::text[], r.level) > CASE r.skill WHEN 'SPEAKING' THEN $9::int WHEN 'LISTENING' THEN $10::int
                                                               WHEN 'READING' THEN $11::int ELSE $12::int END)
        AND t.minutes <= $19::int
        AND p.capacity > (SELECT count(*) FROM introductions i
                           WHERE i.placement_id = p.id AND i.status IN ('ACCEPTED', 'STARTED'))`,
    params,
  );

  // Schedules in TypeScript: free time = availability minus commitments; childcare cover.
  const free = weekOf(p.availability, false);
  for (const c of p.commitments) {
    const busy = weekOf([c.range], true);
    for (let s = 0; s < SLOTS; s++) if (busy[s]) free[s] = 0;
  }
  const covered = p.childcareNeeded ? weekOf(p.childcareCovered, false) : null;
  const ages = p.childrenAges;
  const out: string[] = [];
  for (const row of rows) {
    const schedule = row.schedule;
    const flexible = schedule.kind === ScheduleKind.FLEXIBLE;
    const place = flexible ? weekOf(schedule.windows, false) : weekOf(schedule.shifts, true);
    const need = Math.max(schedule.minHoursPerWeek * 60, 15);
    let fits = true;
    let usable = 0;
    for (let s = 0; s < SLOTS; s++) {
      if (!place[s]) continue;
      if (free[s]) usable++;
      else if (!flexible) {
        fits = false;
        break;
      }
    }
    if (!fits || (flexible && usable * 15 < need)) continue;
    if (covered) {
      const placeCovers =
        row.childcare_kind === 'CHILDREN_WELCOME' ||
        (row.childcare_kind === 'ON_SITE' &&
          ages.length > 0 &&
          Math.min(...ages) >= (row.childcare_min_age ?? 0) &&
          Math.max(...ages) <= (row.childcare_max_age ?? 0));
      if (!placeCovers) {
        let inCover = 0;
        for (let s = 0; s < SLOTS; s++) {
          if (!place[s]) continue;
          if (covered[s] && (!flexible || free[s])) inCover++;
          else if (!flexible) {
            fits = false;
            break;
          }
        }
        if (!fits || (flexible && inCover * 15 < need)) continue;
      }
    }
    out.push(row.id);
  }
  return out;
}
