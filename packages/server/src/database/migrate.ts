import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';

/** Applies every pending migration in one transaction; the schema is never synchronised from entities. */
export async function applyMigrations(orm: MikroORM, logger: Logger): Promise<void> {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  if (pending.length === 0) {
    logger.info('database schema is up to date');
    return;
  }
  logger.info({ migrations: pending.map((migration) => migration.name) }, 'applying migrations');
  await migrator.up();
}
