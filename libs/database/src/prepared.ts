import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** Statement names by text: one name per distinct statement, the same in every connection. */
const names = new Map<string, string>();

/**
 * Runs a statement as a named prepared statement of node-postgres: PostgreSQL parses and plans it
 * once per connection instead of on every call. For a statement sent on every request this is
 * most of the server's work: the participant read of a match request took 1.1 ms of server CPU
 * unprepared and 0.4 ms prepared (pgbench on the bench database, issue 13). Parameters are
 * positional ($1, $2, …). A pool that cannot prepare falls back to TypeORM's plain query.
 *
 * Errors are node-postgres' own (with `code`), as TypeORM's QueryFailedError carries them in
 * `driverError`: pgErrorCode reads both.
 */
export async function queryPrepared<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master?: Partial<PgPool> }).master;
  if (typeof pool?.query !== 'function') return dataSource.query<T[]>(text, values);
  let name = names.get(text);
  if (name === undefined) names.set(text, (name = `plekwijzer_${names.size + 1}`));
  const result = await (pool as PgPool).query({ name, text, values });
  return result.rows as T[];
}

/**
 * An entity from a row of its table as PostgreSQL sent it (column names as in the database), with
 * the same conversions TypeORM applies when it loads one (dates, numbers, JSON, enums).
 */
export function hydrate<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    if (value !== undefined)
      column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(value, column));
  }
  return entity;
}
