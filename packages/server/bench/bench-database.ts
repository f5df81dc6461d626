// Scratch databases for the import benchmarks, created on the server of an admin URL and dropped after.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { applyMigrations } from '../src/database/migrate.js';
import { createOrmConfig } from '../src/database/orm-config.js';
import type { Logger } from '../src/logging/logger.js';
import { CalendarStore } from '../src/modules/deadlines/calendar-store.js';
import { DeadlineService } from '../src/modules/deadlines/deadline.service.js';
import { findImportActor } from '../src/modules/import/import-actor.js';
import { runAppealImport } from '../src/modules/import/import-runner.js';
import type { ImportMethod } from '../src/modules/import/import-writer.js';
import { SYNTHETIC_MAPPING } from '../src/modules/import/synthetic-appeals.js';
import { loadReferenceData } from '../src/modules/reference/reference-loader.js';

/** Creates the database `name` (dropping one left by an earlier run), runs `work` on its URL and drops it. */
export async function withScratchDatabase<T>(adminUrl: string, name: string, work: (url: string) => Promise<T>): Promise<T> {
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

export interface ImportFigures {
  rowsImported: number;
  /** Wall seconds of the import alone, after the migrations and the reference data. */
  seconds: number;
  writeSeconds: number;
  stageSeconds: number;
  nodeCpuSeconds: number;
}

export interface SyntheticImport {
  databaseUrl: string;
  /** A CSV written by `writeSyntheticAppeals`. */
  file: string;
  method: ImportMethod;
  batchSize: number;
  logger: Logger;
}

/** Migrates an empty database, loads the reference data and imports the file through the CLI's pipeline. */
export async function importSyntheticFile(input: SyntheticImport): Promise<ImportFigures> {
  const orm = await MikroORM.init(createOrmConfig(input.databaseUrl, input.logger));
  try {
    await applyMigrations(orm, input.logger);
    await loadReferenceData(orm.em.fork());
    const calendars = new CalendarStore();
    await calendars.reload(orm.em.fork());
    const actor = await findImportActor(orm.em.fork());
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { progress } = await runAppealImport({
      databaseUrl: input.databaseUrl,
      em: orm.em.fork(),
      deadlines: new DeadlineService(calendars),
      filePath: input.file,
      mapping: SYNTHETIC_MAPPING,
      method: input.method,
      actor,
      reportPath: `${input.file}.${input.method}.rejected.csv`,
      batchSize: input.batchSize,
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      rowsImported: progress.rowsImported,
      seconds,
      writeSeconds: progress.writeSeconds,
      stageSeconds: progress.stageSeconds,
      nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  } finally {
    await orm.close();
  }
}
