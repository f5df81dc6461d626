import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import { badField, notFound } from '../../graphql/errors.js';
import type { Logger } from '../../logging/logger.js';
import { requireRole, type CurrentUser } from '../auth/current-user.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { ImportRun, ImportRunState } from './import-run.entity.js';
import { MappingError, parseMapping, type ImportMapping } from './import-mapping.js';
import type { OpenedImport } from './import-run-store.js';
import { ImportFailure } from './import-failure.js';
import { IMPORT_ROLES } from './import-actor.js';
import { publishStartedDeadlines, rejectEmptyFile, runAppealImport, type ImportProgress } from './import-runner.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { ImportMethod } from './import-writer.js';

/** Committed mapping files, `<name>.mapping.json`, which the import page offers by name. */
export const MAPPINGS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/import');

const DEFAULT_BATCH_SIZE = 5000;
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface StoredUpload {
  uploadId: string;
  fileName: string;
  path: string;
  size: number;
}

export interface StartImportInput {
  uploadId: string;
  mappingName?: string | null;
  mappingUploadId?: string | null;
  batchSize?: number | null;
}

/** Returns the input field that names the mapping, for errors about it. */
function mappingField(input: StartImportInput): string {
  return input.mappingName ? 'input.mappingName' : 'input.mappingUploadId';
}

/** Reports a rejected mapping on the field that names it, with MALFORMED_MAPPING or INVALID_MAPPING as the reason. */
function mappingFieldError(input: StartImportInput, error: MappingError): Error {
  return badField(mappingField(input), error.reason, error.summary);
}

/** A committed mapping as the import page lists it. */
export interface MappingInfo {
  name: string;
  description: string | null;
}

/**
 * Keeps uploaded files in DATA_DIR/imports and runs imports as background jobs with the same code
 * as the CLI. Each job's latest progress stays in memory for rows/s; the counters are in `import_run`.
 */
export class ImportService {
  private readonly live = new Map<string, ImportProgress>();
  private readonly jobs = new Set<Promise<unknown>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly databaseUrl: string,
    private readonly deadlines: DeadlineService,
    private readonly dataDir: string,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  private get uploadsDir(): string {
    return path.join(this.dataDir, 'imports');
  }

  /** Streams an uploaded file to disk and returns its id for `startAppealImport`. */
  async saveUpload(fileName: string, content: NodeJS.ReadableStream): Promise<StoredUpload> {
    const uploadId = randomUUID();
    const folder = path.join(this.uploadsDir, uploadId);
    mkdirSync(folder, { recursive: true });
    // Only the base name is kept, so that a name such as ../../x cannot leave the folder.
    const safeName = path.basename(fileName).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'upload';
    const target = path.join(folder, safeName);
    const out = createWriteStream(target);
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      content.on('data', (chunk: Buffer) => (size += chunk.length));
      content.on('error', reject);
      out.on('error', reject);
      out.on('finish', () => resolve());
      content.pipe(out);
    });
    return { uploadId, fileName: safeName, path: target, size };
  }

  /** Deletes a stored upload, such as an empty file that the upload endpoint rejects. */
  removeUpload(uploadId: string): void {
    if (UPLOAD_ID.test(uploadId)) {
      rmSync(path.join(this.uploadsDir, uploadId), { recursive: true, force: true });
    }
  }

  private findUpload(uploadId: string, field: string): StoredUpload {
    const folder = path.join(this.uploadsDir, uploadId);
    if (!UPLOAD_ID.test(uploadId) || !existsSync(folder)) {
      throw badField(field, 'NOT_FOUND', `upload ${uploadId} does not exist; upload the file to POST /api/imports first.`);
    }
    const [fileName] = readdirSync(folder).filter((name) => !name.endsWith('.rejected.csv'));
    if (!fileName) {
      throw badField(field, 'NOT_FOUND', `upload ${uploadId} has no file; upload it again.`);
    }
    const filePath = path.join(folder, fileName);
    return { uploadId, fileName, path: filePath, size: statSync(filePath).size };
  }

  listMappings(): MappingInfo[] {
    if (!existsSync(MAPPINGS_DIR)) {
      return [];
    }
    return readdirSync(MAPPINGS_DIR)
      .filter((name) => name.endsWith('.mapping.json'))
      .sort()
      .map((name) => {
        const mapping = parseMapping(readFileSync(path.join(MAPPINGS_DIR, name), 'utf8'));
        return { name: name.replace(/\.mapping\.json$/, ''), description: mapping.description ?? null };
      });
  }

  private loadMapping(input: StartImportInput): ImportMapping {
    if (!input.mappingName && !input.mappingUploadId) {
      throw badField('input.mappingName', 'REQUIRED', 'one of mappingName (a committed mapping) or mappingUploadId (an uploaded mapping file) is required.');
    }
    if (input.mappingName && input.mappingUploadId) {
      throw badField('input.mappingName', 'INVALID', 'give either mappingName (a committed mapping) or mappingUploadId (an uploaded mapping file), not both.');
    }
    const field = mappingField(input);
    let text: string;
    let fileName: string;
    if (input.mappingName) {
      const known = this.listMappings().map((mapping) => mapping.name);
      if (!known.includes(input.mappingName)) {
        throw badField(field, 'NOT_FOUND', `mapping ${input.mappingName} does not exist; pick one of ${known.join(', ')}.`);
      }
      fileName = `${input.mappingName}.mapping.json`;
      text = readFileSync(path.join(MAPPINGS_DIR, fileName), 'utf8');
    } else {
      const upload = this.findUpload(input.mappingUploadId!, field);
      fileName = upload.fileName;
      text = readFileSync(upload.path, 'utf8');
    }
    try {
      return parseMapping(text, fileName);
    } catch (error) {
      throw error instanceof MappingError ? mappingFieldError(input, error) : error;
    }
  }

  /** Starts an import job and returns its run as soon as the run is stored; the rows follow in the background. */
  async start(actor: CurrentUser | null, input: StartImportInput): Promise<ImportRun> {
    const caller = requireRole(actor, IMPORT_ROLES);
    const upload = this.findUpload(input.uploadId, 'input.uploadId');
    try {
      rejectEmptyFile(upload.path, upload.fileName);
    } catch (error) {
      throw error instanceof ImportFailure ? badField('input.uploadId', error.reason, error.message) : error;
    }
    const mapping = this.loadMapping(input);

    const batchSize = input.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
      throw badField('input.batchSize', 'INVALID', 'must be a whole number from 1 to 100000.');
    }

    const method: ImportMethod = 'copy';
    let resolveOpened!: (opened: OpenedImport) => void;
    const opened = new Promise<OpenedImport>((resolve) => (resolveOpened = resolve));
    const job = runAppealImport({
      databaseUrl: this.databaseUrl,
      em: this.orm.em.fork(),
      deadlines: this.deadlines,
      filePath: upload.path,
      fileName: upload.fileName,
      mapping,
      method,
      actor: { id: caller.id, email: caller.email },
      reportPath: path.join(path.dirname(upload.path), `${path.parse(upload.fileName).name}.rejected.csv`),
      batchSize,
      onOpened: resolveOpened,
      onProgress: (progress) => this.live.set(progress.runId, progress),
      onDeadlinesStarted: (deadlineIds) => publishStartedDeadlines(this.orm.em, this.bus, deadlineIds),
    });
    this.jobs.add(job);

    job
      .then(({ progress }) => {
        this.live.set(progress.runId, progress);
        this.logger.info({ runId: progress.runId, rowsImported: progress.rowsImported, rowsRejected: progress.rowsRejected }, 'appeal import finished');
      })
      .catch((error: unknown) => this.logger.error({ err: error, uploadId: upload.uploadId }, 'appeal import failed'))
      .finally(() => this.jobs.delete(job));
    // A failure before the run is stored (such as a run of the same file locked by another process)
    // rejects here and reaches the caller. Failures after that, such as a missing column, fail the run.
    let run: OpenedImport['run'];
    try {
      ({ run } = await Promise.race([opened, job.then(({ opened: done }) => done)]));
    } catch (error) {
      if (error instanceof MappingError) {
        throw mappingFieldError(input, error);
      }
      throw error instanceof ImportFailure ? badField('input.uploadId', error.reason, error.message) : error;
    }
    return this.orm.em.fork().findOneOrFail(ImportRun, { id: run.id }, { populate: ['startedBy'] });
  }

  async find(actor: CurrentUser | null, id: string): Promise<ImportRun> {
    requireRole(actor, IMPORT_ROLES);
    const run = await this.orm.em.fork().findOne(ImportRun, { id }, { populate: ['startedBy'] });
    if (!run) {
      throw notFound('AppealImport', id);
    }
    return run;
  }

  /** Rows per second of a run: this server's live figure while it runs, else the run's average. */
  rowsPerSecond(run: ImportRun): number {
    const live = this.live.get(run.id);
    if (live) {
      return live.rowsPerSecond;
    }
    const seconds = ((run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime()) / 1000;
    return seconds > 0 ? Math.round(run.rowsRead / seconds) : 0;
  }

  /** Share of the file read, from 0 to 1, known only for runs of this server. */
  fileShareRead(run: ImportRun): number | null {
    if (run.state === ImportRunState.FINISHED) {
      return 1;
    }
    const live = this.live.get(run.id);
    return live && live.totalBytes > 0 ? Math.min(1, live.bytesRead / live.totalBytes) : null;
  }

  /** Waits for the running jobs, for a clean stop and for tests. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.jobs]);
  }
}
