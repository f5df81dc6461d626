// Imports appeals from a CSV or JSON file with a column mapping:
// `pnpm import-appeals -- --file data/import/nyc311_service_requests_sample.csv --mapping data/import/nyc311.mapping.json`
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../config/config.js';
import { embeddedDatabaseUrl } from '../database/embedded-postgres.js';
import { applyMigrations } from '../database/migrate.js';
import { createOrmConfig } from '../database/orm-config.js';
import { createLogger } from '../logging/logger.js';
import { CalendarStore } from '../modules/deadlines/calendar-store.js';
import { DeadlineService } from '../modules/deadlines/deadline.service.js';
import { ImportFailure } from '../modules/import/import-failure.js';
import { MappingError, parseMapping } from '../modules/import/import-mapping.js';
import { loadReferenceData } from '../modules/reference/reference-loader.js';
import { defaultReportPath, findImportActor } from '../modules/import/import-actor.js';
import { publishStartedDeadlines, rejectEmptyFile, runAppealImport, type ImportProgress } from '../modules/import/import-runner.js';
import { createEventBus } from '../realtime/event-bus.js';
import { IMPORT_METHODS, type ImportMethod } from '../modules/import/import-writer.js';

const HELP = `Usage: pnpm import-appeals -- --file PATH --mapping PATH [options]

Imports appeals from a CSV, JSON array or JSON lines file. A rerun of the same file with the same
mapping continues after the last committed batch; rows already registered for their channel and
external id are skipped.

  --file PATH         input file; its extension selects the reader: .csv, .json (an array of
                      objects), .jsonl or .ndjson (an object per line). The mapping's format
                      applies to other names. An empty file is rejected.
  --mapping PATH      JSON mapping of product fields to source columns, such as data/import/nyc311.mapping.json
  --report PATH       CSV of rejected rows (semicolons, UTF-8 with a byte order mark) with the columns
                      Строка, Поле, Причина, Сообщение and Подробности (default: next to the
                      input, <file>.rejected.csv)
  --batch-size N      rows per transaction (default 5000)
  --method copy|insert  COPY FROM STDIN (default) or multi-row INSERT
  --user EMAIL        register the appeals as this active user, who must be a center administrator
                      (CENTER_ADMIN) as in the API (default: the system actor import@cur.system)
  --help              print this text

DATABASE_URL selects the database; without it the import connects to the embedded PostgreSQL of a
running \`pnpm start\` on 127.0.0.1:EMBEDDED_PG_PORT (54329).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const cliArguments = process.argv.slice(2);
// `pnpm import-appeals -- --file …` passes the `--` separator on to the script.
if (cliArguments[0] === '--') {
  cliArguments.shift();
}
const { values: options } = parseArgs({
  args: cliArguments,
  options: {
    file: { type: 'string' },
    mapping: { type: 'string' },
    report: { type: 'string' },
    'batch-size': { type: 'string', default: '5000' },
    method: { type: 'string', default: 'copy' },
    user: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

if (options.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
if (!options.file || !options.mapping) {
  fail(`--file and --mapping are required.\n\n${HELP}`);
}
const batchSize = Number(options['batch-size']);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
  fail(`--batch-size must be a whole number from 1 to 100000, got ${options['batch-size']}.`);
}
if (!IMPORT_METHODS.includes(options.method as ImportMethod)) {
  fail(`--method must be copy or insert, got ${options.method}.`);
}

try {
  rejectEmptyFile(options.file);
} catch (error) {
  fail(error instanceof ImportFailure ? `Import failed (${error.reason}): ${error.message}` : `Failed to read ${options.file}: ${(error as Error).message}`);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
let mapping;
try {
  mapping = parseMapping(readFileSync(options.mapping, 'utf8'), path.basename(options.mapping));
} catch (error) {
  fail(error instanceof MappingError ? `${options.mapping}: ${error.message}` : `Failed to read ${options.mapping}: ${(error as Error).message}`);
}

const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, false);
const databaseUrl = config.DATABASE_URL ?? embeddedDatabaseUrl(config.EMBEDDED_PG_PORT);
let orm: MikroORM;
try {
  orm = await MikroORM.init(createOrmConfig(databaseUrl, logger));
} catch (error) {
  const target = new URL(databaseUrl);
  const hint = config.DATABASE_URL
    ? 'Check DATABASE_URL.'
    : 'Start the product with `pnpm start` first, with the same EMBEDDED_PG_PORT, or set DATABASE_URL to its database.';
  fail(`Cannot connect to PostgreSQL at ${target.hostname}:${target.port || 5432}${target.pathname}: ${(error as Error).message}. ${hint}`);
}
// NOTE: without REDIS_URL this bus stays inside the CLI, so a running server shows the imported
// running deadlines on its dashboards only after its next start.
const bus = createEventBus(config.REDIS_URL, logger);
const interactive = process.stdout.isTTY === true;
const bar = interactive
  ? new cliProgress.SingleBar(
      { format: '{bar} {percentage}% | {rows} rows, {rate} rows/s | imported {imported}, skipped {skipped}, rejected {rejected}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
  : null;
let lastLineAt = 0;

function showProgress(progress: ImportProgress): void {
  const payload = {
    rows: progress.rowsRead,
    rate: progress.rowsPerSecond,
    imported: progress.rowsImported,
    skipped: progress.rowsSkipped,
    rejected: progress.rowsRejected,
  };
  if (bar) {
    bar.update(progress.bytesRead, payload);
    return;
  }
  // Without a terminal, one plain line at most every two seconds keeps logs short.
  if (Date.now() - lastLineAt >= 2000) {
    lastLineAt = Date.now();
    process.stdout.write(
      `read ${payload.rows} rows (${payload.rate} rows/s): imported ${payload.imported}, skipped ${payload.skipped}, rejected ${payload.rejected}\n`,
    );
  }
}

try {
  // As at a server start, so that the import also works on a database the server never opened.
  await applyMigrations(orm, logger);
  await loadReferenceData(orm.em.fork());
  const calendars = new CalendarStore();
  await calendars.reload(orm.em.fork());
  const actor = await findImportActor(orm.em.fork(), options.user);
  // Stored absolute on the run, so that the server's report download finds it from any folder.
  const reportPath = path.resolve(options.report ?? defaultReportPath(options.file));
  const { opened, progress } = await runAppealImport({
    databaseUrl,
    em: orm.em.fork(),
    deadlines: new DeadlineService(calendars),
    filePath: options.file,
    mapping,
    method: options.method as ImportMethod,
    actor,
    reportPath,
    batchSize,
    onOpened: (run) => {
      const message = run.resumed
        ? `Continuing import run ${run.run.id} after line ${run.run.last_committed_line} (${run.run.rows_read} rows read before).`
        : `Started import run ${run.run.id}.`;
      process.stdout.write(`${message}\n`);
      bar?.start(1, 0, { rows: 0, rate: 0, imported: 0, skipped: 0, rejected: 0 });
    },
    onDeadlinesStarted: (deadlineIds) => publishStartedDeadlines(orm.em, bus, deadlineIds),
    onProgress: (current) => {
      bar?.setTotal(current.totalBytes);
      showProgress(current);
    },
  });
  bar?.update(progress.totalBytes);
  bar?.stop();
  process.stdout.write(
    `Import run ${opened.run.id} finished: ${progress.rowsRead} rows read, ${progress.rowsImported} imported, ` +
      `${progress.rowsSkipped} skipped as already registered, ${progress.rowsRejected} rejected` +
      `${progress.rowsRejected > 0 ? ` (see ${reportPath})` : ''}.\n`,
  );
} catch (error) {
  bar?.stop();
  if (error instanceof MappingError) {
    // A constant, default or value map target that the reference data or the appeal rules reject.
    process.stderr.write(`${options.mapping}: ${error.message}\n`);
  } else {
    const reason = error instanceof ImportFailure ? ` (${error.reason})` : '';
    process.stderr.write(`Import failed${reason}: ${(error as Error).message}\n`);
  }
  process.exitCode = 1;
} finally {
  await bus.close();
  await orm.close();
}
