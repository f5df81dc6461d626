import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { EventBus } from '../../realtime/event-bus.js';
import { DEADLINE_CHANGED_CHANNEL } from '../deadlines/countdown.service.js';
import { Deadline } from '../deadlines/deadline.entity.js';
import { toSnapshot, type DeadlineService } from '../deadlines/deadline.service.js';
import { ImportFailure, printable, quoted, storedRunError } from './import-failure.js';
import { compileMapping, describeOrigin, MappingError, mappedColumns, type ImportMapping } from './import-mapping.js';
import { checkMappingValues } from './import-mapping-values.js';
import { appendReport } from './import-report.js';
import { AppealRowPreparer, type ImportReference, type PreparedAppeal, type RejectedRow } from './import-rows.js';
import { describeFormat, readSource, sourceFormat, unreadableJsonMessage } from './import-source.js';
import { connectImport, openImportRun, type ImportActor, type OpenedImport, type OpenImportInput } from './import-run-store.js';
import { writeBatch, type ImportMethod } from './import-writer.js';

export interface ImportProgress {
  runId: string;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  rowsRejected: number;
  /** Rows read per second by this process, rejected ones included. */
  rowsPerSecond: number;
  bytesRead: number;
  totalBytes: number;
  /** Seconds the batch transactions took; reading and validating the next batch overlaps them. */
  writeSeconds: number;
  /** Seconds of `writeSeconds` spent loading the staging table. */
  stageSeconds: number;
}

/** Loads the classifier, the agencies and the deadline rules that every row is checked against. */
export async function loadImportReference(em: EntityManager, deadlines: DeadlineService): Promise<ImportReference> {
  const connection = em.getConnection();
  const topics = await connection.execute<{ code: string; level: number }[]>('select code, level from topic');
  const questionTypes = await connection.execute<{ code: string }[]>('select code from question_type');
  const municipalities = await connection.execute<{ oktmo: string }[]>('select oktmo from municipality');
  const agencies = await connection.execute<{ id: string; short_name: string }[]>('select id, short_name from agency');
  const agencyMap = new Map<string, { id: string; shortName: string }>();
  for (const agency of agencies) {
    agencyMap.set(agency.id, { id: agency.id, shortName: agency.short_name });
    agencyMap.set(agency.short_name, { id: agency.id, shortName: agency.short_name });
  }
  const resolveRule = await deadlines.loadRuleResolver(em);
  return {
    topicLevels: new Map(topics.map((topic) => [topic.code, Number(topic.level)])),
    questionTypes: new Set(questionTypes.map((row) => row.code)),
    municipalities: new Set(municipalities.map((row) => row.oktmo)),
    agencies: agencyMap,
    calendar: deadlines.calendar,
    resolveRule,
  };
}

export interface ExecuteImportInput {
  client: pg.Client;
  opened: OpenedImport;
  filePath: string;
  mapping: ImportMapping;
  method: ImportMethod;
  actor: ImportActor;
  reference: ImportReference;
  batchSize: number;
  reportPath: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each commit with the running deadlines the batch started. */
  onDeadlinesStarted?: (deadlineIds: string[]) => Promise<void>;
}

/**
 * Reads the file from the first row after the run's last committed line and writes it in batches,
 * each in one transaction with the run's counters and the batch's rejected rows. Marks the run
 * FINISHED at the end, or FAILED with the error before rethrowing it.
 */
export async function executeImport(input: ExecuteImportInput): Promise<ImportProgress> {
  const { client, opened, mapping } = input;
  const run = opened.run;
  const map = compileMapping(mapping);
  const preparer = new AppealRowPreparer(input.reference, (field) => describeOrigin(mapping, field));
  const totalBytes = statSync(input.filePath).size;
  const note = `импорт из файла ${run.file_name}`;
  const started = performance.now();
  let readThisProcess = 0;
  const progress: ImportProgress = {
    runId: run.id,
    rowsRead: run.rows_read,
    rowsImported: run.rows_imported,
    rowsSkipped: run.rows_skipped,
    rowsRejected: run.rows_rejected,
    rowsPerSecond: 0,
    bytesRead: 0,
    totalBytes,
    writeSeconds: 0,
    stageSeconds: 0,
  };

  let batch: PreparedAppeal[] = [];
  let rejected: RejectedRow[] = [];
  let rejectedRows = 0;
  let batchRead = 0;
  let lastLine = run.last_committed_line;
  // The batch being written while the next one is read and validated, so that Node and PostgreSQL
  // work at the same time. Batches still commit one after another, in file order.
  let inFlight: Promise<void> = Promise.resolve();

  const writeCommitted = async (pending: PendingBatch) => {
    const writeStarted = performance.now();
    let startedDeadlines: string[] = [];
    await client.query('begin');
    try {
      const { imported, deadlineIds, stageSeconds } = await writeBatch(client, input.method, pending.rows, input.actor.id, note);
      startedDeadlines = deadlineIds;
      progress.stageSeconds += stageSeconds;
      const skipped = pending.rows.length - imported;
      await client.query(
        `update import_run set rows_read = rows_read + $2, rows_imported = rows_imported + $3, rows_skipped = rows_skipped + $4,
           rows_rejected = rows_rejected + $5, last_committed_line = $6 where id = $1`,
        [run.id, pending.read, imported, skipped, pending.rejectedRows, pending.lastLine],
      );
      if (pending.rejected.length > 0) {
        // Written before the commit; a rerun after a crash here drops the lines past the committed one.
        appendReport(input.reportPath, pending.rejected);
      }
      await client.query('commit');
      progress.rowsRead += pending.read;
      progress.rowsImported += imported;
      progress.rowsSkipped += skipped;
      progress.rowsRejected += pending.rejectedRows;
    } catch (error) {
      await client.query('rollback');
      throw error;
    }

    progress.writeSeconds += (performance.now() - writeStarted) / 1000;
    readThisProcess += pending.read;
    progress.rowsPerSecond = Math.round(readThisProcess / ((performance.now() - started) / 1000));
    input.onProgress?.({ ...progress });
    if (startedDeadlines.length > 0) {
      await input.onDeadlinesStarted?.(startedDeadlines);
    }
  };

  /** Waits for the batch in flight, then starts writing the one just read. */
  const commitBatch = async () => {
    await inFlight;
    if (batchRead === 0) {
      return;
    }
    const pending: PendingBatch = { rows: batch, rejected, rejectedRows, read: batchRead, lastLine };
    batch = [];
    rejected = [];
    rejectedRows = 0;
    batchRead = 0;
    inFlight = writeCommitted(pending);
    // Handled by the next await; this keeps Node from reporting it as unhandled in between.
    inFlight.catch(() => undefined);
  };

  try {
    const format = sourceFormat(input.filePath, mapping.format);
    let headerChecked = format !== 'csv';
    let rowsInFile = 0;
    for await (const row of readSource(input.filePath, format, mapping.delimiter)) {
      progress.bytesRead = row.bytes;
      rowsInFile += 1;
      if (!headerChecked && row.record) {
        checkColumns(mapping, Object.keys(row.record));
        headerChecked = true;
      }
      if (rowsInFile === 1 && format === 'jsonl' && !row.record) {
        // A JSON lines file whose first record is not JSON is most likely another format under a wrong name.
        throw new ImportFailure(
          'MALFORMED_FILE',
          `Строка ${row.line}: ${unreadableJsonMessage(row.error ?? '')} ${describeFormat(run.file_name, format)}: в каждой строке должен быть один JSON-объект. ` +
            'Если это CSV, дайте файлу расширение .csv; иначе исправьте файл.',
          row.error,
        );
      }
      if (row.line <= run.last_committed_line) {
        continue;
      }
      batchRead += 1;
      lastLine = row.line;
      if (!row.record) {
        const details = `the record ${printable(row.error ?? 'cannot be read', 200)}`;
        const message = row.message ?? 'запись не читается. Исправьте запись в файле.';
        rejected.push({ line: row.line, field: '', reason: 'MALFORMED_RECORD', message: `${message[0]!.toUpperCase()}${message.slice(1)}`, details });
        rejectedRows += 1;
      } else {
        const prepared = preparer.prepare(row.line, map(row.record));
        if (Array.isArray(prepared)) {
          // One report line per invalid field, but the row counts once.
          rejected.push(...prepared);
          rejectedRows += 1;
        } else {
          batch.push(prepared);
        }
      }
      if (batchRead >= input.batchSize) {
        await commitBatch();
      }
    }
    await commitBatch();
    await inFlight;
    if (rowsInFile === 0) {
      throw new ImportFailure(
        'NO_ROWS',
        `В файле ${run.file_name} нет ни одной записи${format === 'csv' ? ' после строки заголовка' : ''}. ${describeFormat(run.file_name, format)}. Выберите файл выгрузки с данными.`,
      );
    }
    await client.query(`update import_run set state = 'FINISHED', finished_at = now() where id = $1`, [run.id]);
    progress.bytesRead = totalBytes;
    return progress;
  } catch (error) {
    // A batch still in flight finishes or rolls back before the run is marked.
    await inFlight.catch(() => undefined);
    // The caller needs the batch's own error. When the connection broke, this update fails too and
    // the run stays RUNNING, which a rerun continues just the same.
    await client.query(`update import_run set state = 'FAILED', error = $2 where id = $1`, [run.id, storedRunError(error)]).catch(() => undefined);
    throw error;
  }
}

/** The rows of one batch, handed from the reading loop to the writer. */
interface PendingBatch {
  rows: PreparedAppeal[];
  rejected: RejectedRow[];
  rejectedRows: number;
  read: number;
  lastLine: number;
}

/** Columns listed by name in a message; the rest are counted. */
const LISTED_COLUMNS = 6;

function listColumns(columns: string[]): string {
  const listed = columns.slice(0, LISTED_COLUMNS).map((column) => quoted(column, 40)).join(', ');
  return columns.length > LISTED_COLUMNS ? `${listed} и ещё ${columns.length - LISTED_COLUMNS}` : listed;
}

/** Fails before the first row when the CSV header lacks a column the mapping reads. */
function checkColumns(mapping: ImportMapping, header: string[]): void {
  const present = new Set(header);
  const missing = mappedColumns(mapping).filter((column) => !present.has(column));
  if (missing.length === 0) {
    return;
  }
  const delimiter = mapping.delimiter ?? ',';
  // One column holding a semicolon or a tab means the file uses another delimiter than the mapping.
  const otherDelimiter = header.length === 1 && /[;\t|]/.test(header[0] ?? '');
  const hint = otherDelimiter ? ` Похоже, столбцы разделены не символом ${quoted(delimiter)}: укажите разделитель файла в поле delimiter сопоставления.` : '';
  const mappingName = mapping.name ? ` ${mapping.name}` : '';
  throw new ImportFailure(
    'MISSING_COLUMN',
    `Строка 1: в заголовке файла нет ${missing.length === 1 ? 'столбца' : 'столбцов'} ${listColumns(missing)}, которые читает сопоставление${mappingName}. ` +
      `В файле есть столбцы: ${listColumns(header)}.${hint} Исправьте заголовок файла или выберите другое сопоставление.`,
    `The file has no column ${missing.map((column) => `"${column}"`).join(', ')}, which the mapping reads.`,
  );
}

export interface RunImportInput extends OpenImportInput {
  databaseUrl: string;
  em: EntityManager;
  deadlines: DeadlineService;
  batchSize: number;
  onOpened?: (opened: OpenedImport) => void;
  onProgress?: (progress: ImportProgress) => void;
  onDeadlinesStarted?: (deadlineIds: string[]) => Promise<void>;
}

/**
 * Runs one import from start to end on its own connection: the CLI and the server's jobs both call
 * it. Throws MappingError before any run is stored when a constant, default or value map target of
 * the mapping would reject every row that takes it.
 */
export async function runAppealImport(input: RunImportInput): Promise<{ opened: OpenedImport; progress: ImportProgress }> {
  rejectEmptyFile(input.filePath, input.fileName);
  const reference = await loadImportReference(input.em, input.deadlines);
  const mappingProblems = checkMappingValues(input.mapping, reference);
  if (mappingProblems.length > 0) {
    throw new MappingError(mappingProblems);
  }
  const client = await connectImport(input.databaseUrl);
  try {
    const opened = await openImportRun(client, input);
    input.onOpened?.(opened);
    const progress = await executeImport({ ...input, client, opened, reference });
    return { opened, progress };
  } finally {
    await client.end();
  }
}

/** Throws ImportFailure FILE_EMPTY for a file of 0 bytes, before any run is stored for it. */
export function rejectEmptyFile(filePath: string, fileName = basename(filePath)): void {
  if (statSync(filePath).size === 0) {
    throw new ImportFailure('FILE_EMPTY', `Файл ${fileName} пуст (0 байт); выберите файл выгрузки с данными.`);
  }
}

/**
 * Sends the running deadlines an import batch started to every server's countdown, as the
 * mutations do after their commit, so that dashboards count them down at once.
 */
export async function publishStartedDeadlines(em: EntityManager, bus: EventBus, deadlineIds: string[]): Promise<void> {
  const deadlines = await em.fork().find(Deadline, { id: { $in: deadlineIds } }, { populate: ['agency'] });
  await bus.publish(DEADLINE_CHANGED_CHANNEL, deadlines.map(toSnapshot));
}
