// Stores import runs in `import_run`: starting or resuming a run, its lock and its rejected-rows report.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import pg from 'pg';
import { ImportFailure } from './import-failure.js';
import { mappingSha256, type ImportMapping } from './import-mapping.js';
import { createReport, readReportRows } from './import-report.js';
import { createStagingTable, type ImportMethod } from './import-writer.js';

/** The counters of a run as stored after its last committed batch. */
export interface ImportRunRow {
  id: string;
  file_name: string;
  state: 'RUNNING' | 'FINISHED' | 'FAILED';
  rows_read: number;
  rows_imported: number;
  rows_skipped: number;
  rows_rejected: number;
  last_committed_line: number;
  report_path: string | null;
  started_at: Date;
}

export interface ImportActor {
  id: string;
  email: string;
}

export interface OpenImportInput {
  filePath: string;
  /** The name stored on the run; the file's base name by default. */
  fileName?: string;
  mapping: ImportMapping;
  method: ImportMethod;
  actor: ImportActor;
  reportPath: string;
}

export interface OpenedImport {
  run: ImportRunRow;
  /** True when the run continues an unfinished run of the same file and mapping. */
  resumed: boolean;
  fileSha256: string;
}

/** Hex SHA-256 of a file's bytes, read as a stream. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/** Opens a dedicated connection for one import, with its staging table. */
export async function connectImport(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'cur-import' });
  await client.connect();
  await createStagingTable(client);
  return client;
}

/**
 * Continues the latest unfinished run of the same file and mapping, or starts a new run with its
 * audit entry. A session advisory lock on the run keeps a second process from writing the same run;
 * PostgreSQL releases it when the connection ends, even after a crash.
 */
export async function openImportRun(client: pg.Client, input: OpenImportInput): Promise<OpenedImport> {
  const sha = await fileSha256(input.filePath);
  const mappingHash = mappingSha256(input.mapping);
  const unfinished = await client.query<ImportRunRow>(
    `select * from import_run where file_sha256 = $1 and mapping_sha256 = $2 and state <> 'FINISHED' order by started_at desc limit 1`,
    [sha, mappingHash],
  );
  const previous = unfinished.rows[0];
  if (previous) {
    await lockRun(client, previous.id);
    await client.query(`update import_run set state = 'RUNNING', error = null, method = $2, report_path = $3 where id = $1`, [previous.id, input.method, input.reportPath]);
    keepReportUpTo(input.reportPath, previous.report_path, previous.last_committed_line);
    return { run: { ...previous, state: 'RUNNING', report_path: input.reportPath }, resumed: true, fileSha256: sha };
  }

  await client.query('begin');
  try {
    const inserted = await client.query<ImportRunRow>(
      `insert into import_run (id, file_name, file_sha256, mapping_sha256, mapping, method, state, started_by_id, started_at, report_path)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 'RUNNING', $6, now(), $7) returning *`,
      [input.fileName ?? basename(input.filePath), sha, mappingHash, JSON.stringify(input.mapping), input.method, input.actor.id, input.reportPath],
    );
    const run = inserted.rows[0]!;
    // One audit entry per run: who imported which file with which mapping, not one per row.
    await client.query(
      `insert into audit_entry (at, actor_id, actor_email, operation, entity_type, entity_id, before, after)
       values (now(), $1, $2, 'importAppeals', 'ImportRun', $3, null, $4)`,
      [input.actor.id, input.actor.email, run.id, JSON.stringify({ fileName: run.file_name, fileSha256: sha, mapping: input.mapping.name ?? mappingHash, method: input.method })],
    );
    await client.query('commit');
    await lockRun(client, run.id);
    createReport(input.reportPath);
    return { run, resumed: false, fileSha256: sha };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

async function lockRun(client: pg.Client, runId: string): Promise<void> {
  const locked = await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(hashtext('import_run'), hashtext($1)) as locked`, [runId]);
  if (!locked.rows[0]!.locked) {
    throw new ImportFailure(
      'RUN_LOCKED',
      `Импорт этого файла с этим сопоставлением (запуск ${runId}) уже идёт в другом процессе. Дождитесь его окончания или остановите его.`,
    );
  }
}

/**
 * Drops report lines of rows after the last committed batch: the crashed process wrote them before
 * its commit, and the rerun reads those rows again.
 */
function keepReportUpTo(reportPath: string, previousPath: string | null, lastCommittedLine: number): void {
  const source = previousPath && existsSync(previousPath) ? previousPath : reportPath;
  const committedRows = readReportRows(source).filter((row) => Number(row[0]) <= lastCommittedLine);
  createReport(reportPath, committedRows);
}
