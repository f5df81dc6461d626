// Diffs the entities against DATABASE_URL (after applying the committed migrations) and writes
// the difference as a new migration: `DATABASE_URL=... pnpm migration:create`.
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../logging/logger.js';
import { createOrmConfig } from './orm-config.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  throw new Error('Set DATABASE_URL to an empty scratch PostgreSQL database.');
}
const logger = createLogger('info', true);
const orm = await MikroORM.init(createOrmConfig(databaseUrl, logger));
try {
  const migrator = orm.getMigrator();
  await migrator.up();
  const result = await migrator.createMigration(undefined, false, process.argv.includes('--initial'));
  logger.info({ fileName: result.fileName, statements: result.diff.up.length }, 'migration written');
} finally {
  await orm.close();
}
