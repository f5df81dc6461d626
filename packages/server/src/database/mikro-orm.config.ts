// Configuration for the MikroORM CLI (`pnpm migration:create`), pointed at DATABASE_URL.
import { createOrmConfig } from './orm-config.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  throw new Error('Set DATABASE_URL to the PostgreSQL that the migration is diffed against.');
}

export default createOrmConfig(databaseUrl);
