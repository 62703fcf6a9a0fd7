import 'reflect-metadata';
import { loadConfig } from '@plekwijzer/config';
import { createDatabase } from '@plekwijzer/database';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * For the TypeORM CLI (`npm run migration:generate`). The app builds its data source with the
 * same factory, entities and migrations in DatabaseModule.
 */
export const dataSource = createDatabase(loadConfig(), { entities: ENTITIES, migrations: MIGRATIONS }).then(
  (handle) => handle.dataSource,
);
