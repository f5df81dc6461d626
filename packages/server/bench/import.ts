// Measures the appeals import through COPY and through multi-row INSERT in one run, each into a
// fresh database: `pnpm bench:import` (BENCH_ROWS=200000, BENCH_ADMIN_URL=postgresql://postgres@127.0.0.1:5432/postgres).
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { applyMigrations } from '../src/database/migrate.js';
import { createOrmConfig } from '../src/database/orm-config.js';
import { createLogger } from '../src/logging/logger.js';
import { CalendarStore } from '../src/modules/deadlines/calendar-store.js';
import { DeadlineService } from '../src/modules/deadlines/deadline.service.js';
import { findImportActor } from '../src/modules/import/import-actor.js';
import { runAppealImport } from '../src/modules/import/import-runner.js';
import type { ImportMethod } from '../src/modules/import/import-writer.js';
import { SYNTHETIC_MAPPING, writeSyntheticAppeals } from '../src/modules/import/synthetic-appeals.js';
import { loadReferenceData } from '../src/modules/reference/reference-loader.js';

const rows = Number(process.env.BENCH_ROWS ?? 200_000);
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 5000);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const logger = createLogger('warn', false);

async function withDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

/** Imports the file into a fresh database and returns the seconds of the import alone. */
async function measure(method: ImportMethod, file: string, expected: number): Promise<{ seconds: number; writeSeconds: number; stageSeconds: number; nodeCpuSeconds: number }> {
  return withDatabase(`cur_bench_import_${method}_${process.pid}`, async (databaseUrl) => {
    const orm = await MikroORM.init(createOrmConfig(databaseUrl, logger));
    try {
      await applyMigrations(orm, logger);
      await loadReferenceData(orm.em.fork());
      const calendars = new CalendarStore();
      await calendars.reload(orm.em.fork());
      const actor = await findImportActor(orm.em.fork());
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const { progress } = await runAppealImport({
        databaseUrl,
        em: orm.em.fork(),
        deadlines: new DeadlineService(calendars),
        filePath: file,
        mapping: SYNTHETIC_MAPPING,
        method,
        actor,
        reportPath: `${file}.${method}.rejected.csv`,
        batchSize,
      });
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      if (progress.rowsImported !== expected) {
        throw new Error(`${method} imported ${progress.rowsImported} appeals, expected ${expected}.`);
      }
      return { seconds, writeSeconds: progress.writeSeconds, stageSeconds: progress.stageSeconds, nodeCpuSeconds: (cpu.user + cpu.system) / 1e6 };
    } finally {
      await orm.close();
    }
  });
}

const folder = mkdtempSync(path.join(tmpdir(), 'cur-bench-import-'));
try {
  const file = path.join(folder, 'appeals.csv');
  const expected = await writeSyntheticAppeals(file, { rows });
  process.stdout.write(
    `${rows} synthetic rows, batches of ${batchSize}, ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]!.toFixed(1)}\n`,
  );
  const results = {} as Record<ImportMethod, Awaited<ReturnType<typeof measure>>>;
  for (const method of ['copy', 'insert'] as const) {
    const result = await measure(method, file, expected);
    results[method] = result;
    process.stdout.write(
      `${method.padEnd(6)} end to end ${result.seconds.toFixed(2)} s = ${Math.round(rows / result.seconds)} rows/s; ` +
        `batch transactions ${result.writeSeconds.toFixed(2)} s; ` +
        `loading the staging table ${result.stageSeconds.toFixed(2)} s = ${Math.round(rows / result.stageSeconds)} rows/s; ` +
        `Node CPU ${result.nodeCpuSeconds.toFixed(2)} s\n`,
    );
  }
  const ratio = (part: 'seconds' | 'stageSeconds') => (results.insert[part] / results.copy[part]).toFixed(2);
  process.stdout.write(`COPY / multi-row INSERT speed: end to end ${ratio('seconds')}x, loading the staging table ${ratio('stageSeconds')}x\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
