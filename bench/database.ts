/*
 * The bench's own PostgreSQL database: created fresh on the admin connection, migrated with the
 * app's own migrations, bulk-loaded with multi-row INSERTs, and dropped at the end.
 */
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDatabase, type DatabaseHandle } from '@plekwijzer/database';
import { ENTITIES } from '@plekwijzer/api/database/entities.js';
import { MIGRATIONS } from '@plekwijzer/api/database/migrations/index.js';
import { runMigrations } from '@plekwijzer/api/database/database.module.js';
import type { Dataset } from './dataset.js';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `plekwijzer_bench_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A TypeORM data source on the bench database, built by the app's own factory (pool of `poolSize`). */
export async function openDataSource(url: string, poolSize = 4): Promise<DatabaseHandle> {
  const handle = await createDatabase(
    {
      DATABASE_URL: url,
      PGLITE_DATA_DIR: 'memory://',
      DB_POOL_SIZE: poolSize,
      DB_CONNECT_TIMEOUT_MS: 5000,
      DB_LOCK_TIMEOUT_MS: 5000,
      DB_STATEMENT_TIMEOUT_MS: 120_000,
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60_000,
      NODE_ENV: 'test',
    },
    { entities: ENTITIES, migrations: MIGRATIONS },
  );
  await handle.dataSource.initialize();
  return handle;
}

export async function migrate(handle: DatabaseHandle): Promise<number> {
  return runMigrations(handle);
}

type Value = string | number | boolean | null | string[] | number[];

/**
 * INSERTs rows in batches of many rows per statement (at most ~60,000 parameters each). JSON
 * columns are passed as text (`::jsonb`), arrays as PostgreSQL arrays.
 */
async function insertRows<T>(
  ds: DataSource,
  table: string,
  columns: ReadonlyArray<{ name: string; cast?: string; value: (row: T) => Value }>,
  rows: readonly T[],
  onProgress: (done: number) => void,
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(60_000 / columns.length));
  const columnList = columns.map((c) => `"${c.name}"`).join(', ');
  for (let from = 0; from < rows.length; from += perStatement) {
    const batch = rows.slice(from, from + perStatement);
    const params: Value[] = [];
    const tuples: string[] = [];
    for (const row of batch) {
      const slots: string[] = [];
      for (const c of columns) {
        params.push(c.value(row));
        slots.push(c.cast ? `$${params.length}::${c.cast}` : `$${params.length}`);
      }
      tuples.push(`(${slots.join(', ')})`);
    }
    await ds.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, params);
    onProgress(Math.min(rows.length, from + batch.length));
  }
}

const json = (v: unknown): string => JSON.stringify(v);

export async function loadDataset(
  ds: DataSource,
  data: Dataset,
  progress: (message: string) => void,
): Promise<void> {
  const every = (what: string, total: number) => {
    let last = 0;
    return (done: number): void => {
      if (done === total || done - last >= 5000) {
        last = done;
        progress(`loading ${what} ${done}/${total}`);
      }
    };
  };
  await insertRows(
    ds,
    'organisations',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'kind', value: (r) => r.kind },
      { name: 'name', value: (r) => r.name },
      { name: 'kvk_number', value: (r) => r.kvk_number },
      { name: 'street', value: (r) => r.street },
      { name: 'postcode', value: (r) => r.postcode },
      { name: 'pc4', value: (r) => r.pc4 },
      { name: 'city', value: (r) => r.city },
      { name: 'contact_name', value: (r) => r.contact_name },
      { name: 'contact_email', value: (r) => r.contact_email },
    ],
    data.organisations,
    every('organisations', data.organisations.length),
  );
  await insertRows(
    ds,
    'users',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'organisation_id', value: (r) => r.organisation_id },
      { name: 'role', value: (r) => r.role },
      { name: 'display_name', value: (r) => r.display_name },
      { name: 'email', value: (r) => r.email },
      { name: 'external_subject', value: (r) => r.external_subject },
      { name: 'active', value: (r) => r.active },
    ],
    data.coaches,
    every('coaches', data.coaches.length),
  );
  await insertRows(
    ds,
    'placements',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'organisation_id', value: (r) => r.organisation_id },
      { name: 'type', value: (r) => r.type },
      { name: 'status', value: (r) => r.status },
      { name: 'title', value: (r) => r.title },
      { name: 'description', value: (r) => r.description },
      { name: 'sector', value: (r) => r.sector },
      { name: 'street', value: (r) => r.street },
      { name: 'postcode', value: (r) => r.postcode },
      { name: 'pc4', value: (r) => r.pc4 },
      { name: 'city', value: (r) => r.city },
      { name: 'lat', value: (r) => r.lat },
      { name: 'lon', value: (r) => r.lon },
      { name: 'language_requirements', cast: 'jsonb', value: (r) => json(r.language_requirements) },
      { name: 'max_required_level', value: (r) => r.max_required_level },
      { name: 'support_buddy', value: (r) => r.support_buddy },
      { name: 'support_supervisor', value: (r) => r.support_supervisor },
      { name: 'staff_languages', cast: 'text[]', value: (r) => r.staff_languages },
      { name: 'dutch_speaking_environment', value: (r) => r.dutch_speaking_environment },
      { name: 'schedule', cast: 'jsonb', value: (r) => json(r.schedule) },
      { name: 'start_date', cast: 'date', value: (r) => r.start_date },
      { name: 'end_date', cast: 'date', value: (r) => r.end_date },
      { name: 'childcare_kind', value: (r) => r.childcare_kind },
      { name: 'childcare_min_age', value: (r) => r.childcare_min_age },
      { name: 'childcare_max_age', value: (r) => r.childcare_max_age },
      { name: 'physical_load', value: (r) => r.physical_load },
      { name: 'wheelchair_accessible', value: (r) => r.wheelchair_accessible },
      { name: 'capacity', value: (r) => r.capacity },
      { name: 'open_to_routes', cast: 'text[]', value: (r) => r.open_to_routes },
      { name: 'open_to_target_groups', cast: 'text[]', value: (r) => r.open_to_target_groups },
      { name: 'map_practice', value: (r) => r.map_practice },
      { name: 'compensation', value: (r) => r.compensation },
      { name: 'published_at', cast: 'timestamptz', value: (r) => r.published_at },
      { name: 'version', value: (r) => r.version },
    ],
    data.placements,
    every('places', data.placements.length),
  );
  await insertRows(
    ds,
    'participants',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'coach_id', value: (r) => r.coach_id },
      { name: 'client_reference', value: (r) => r.client_reference },
      { name: 'nickname', value: (r) => r.nickname },
      { name: 'route', value: (r) => r.route },
      { name: 'target_group', value: (r) => r.target_group },
      { name: 'pip_date', cast: 'date', value: (r) => r.pip_date },
      { name: 'level_speaking', value: (r) => r.level_speaking },
      { name: 'level_listening', value: (r) => r.level_listening },
      { name: 'level_reading', value: (r) => r.level_reading },
      { name: 'level_writing', value: (r) => r.level_writing },
      { name: 'other_languages', cast: 'text[]', value: (r) => r.other_languages },
      { name: 'home_pc4', value: (r) => r.home_pc4 },
      { name: 'travel_modes', cast: 'text[]', value: (r) => r.travel_modes },
      { name: 'max_travel_minutes', value: (r) => r.max_travel_minutes },
      { name: 'availability', cast: 'jsonb', value: (r) => json(r.availability) },
      { name: 'commitments', cast: 'jsonb', value: (r) => json(r.commitments) },
      { name: 'available_from', cast: 'date', value: (r) => r.available_from },
      { name: 'childcare_needed', value: (r) => r.childcare_needed },
      { name: 'children_ages', cast: 'smallint[]', value: (r) => r.children_ages },
      { name: 'childcare_covered', cast: 'jsonb', value: (r) => json(r.childcare_covered) },
      { name: 'max_hours_per_week', value: (r) => r.max_hours_per_week },
      { name: 'physical_capacity', value: (r) => r.physical_capacity },
      { name: 'interests', cast: 'text[]', value: (r) => r.interests },
      { name: 'consent_to_be_proposed', value: (r) => r.consent_to_be_proposed },
      { name: 'version', value: (r) => r.version },
    ],
    data.participants,
    every('participants', data.participants.length),
  );
  await insertRows(
    ds,
    'introductions',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'participant_id', value: (r) => r.participant_id },
      { name: 'placement_id', value: (r) => r.placement_id },
      { name: 'coach_id', value: (r) => r.coach_id },
      { name: 'organisation_id', value: (r) => r.organisation_id },
      { name: 'status', value: (r) => r.status },
      { name: 'consent_recorded_by', value: (r) => r.consent_recorded_by },
      { name: 'consent_recorded_at', cast: 'timestamptz', value: (r) => r.consent_recorded_at },
      { name: 'start_date', cast: 'date', value: (r) => r.start_date },
      { name: 'version', value: (r) => r.version },
    ],
    data.introductions,
    every('introductions', data.introductions.length),
  );
  progress('analysing tables');
  await ds.query('VACUUM ANALYZE');
}
