import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import { PeriodicRuns } from '../../workers/periodic-runs.js';
import type { FileStore } from './file-store.js';

/** Files removed in one transaction, so that a large backlog is deleted in several short ones. */
const FILES_PER_TRANSACTION = 500;

export interface UnlinkedFileWorkerOptions {
  intervalMs: number;
  /** Age in hours after which a file that nothing links is removed. */
  maxAgeHours: number;
}

/**
 * Removes uploaded files that no row links once they are older than UNLINKED_FILE_HOURS, such as
 * the attachments of a registration form that was never sent.
 */
export class UnlinkedFileWorker {
  private readonly runs: PeriodicRuns<number>;

  constructor(
    private readonly orm: MikroORM,
    private readonly files: FileStore,
    private readonly logger: Logger,
    private readonly options: UnlinkedFileWorkerOptions,
  ) {
    this.runs = new PeriodicRuns(() => this.sweep(new Date()), options.intervalMs);
  }

  start(): void {
    this.runs.start(true);
    this.logger.info(this.options, 'unlinked file worker started');
  }

  stop(): Promise<void> {
    return this.runs.stop();
  }

  /** Removes what is due at `now` and returns the number of files removed; a failure is logged, not thrown. */
  runOnce(now: Date = new Date()): Promise<number> {
    return this.runs.runOnce(() => this.sweep(now));
  }

  private async sweep(now: Date): Promise<number> {
    const uploadedBefore = new Date(now.getTime() - this.options.maxAgeHours * 3_600_000);
    let removed = 0;
    try {
      while (!this.runs.stopped) {
        const files = await this.files.removeUnlinked(this.orm.em.fork(), uploadedBefore, FILES_PER_TRANSACTION);
        if (files.length === 0) {
          break;
        }
        removed += files.length;
        this.logger.info({ count: files.length, fileIds: files.map((file) => file.id) }, 'unlinked files removed');
      }
    } catch (error) {
      this.logger.error({ err: error, removed }, 'removing unlinked files failed; the next run retries');
    }
    return removed;
  }
}
