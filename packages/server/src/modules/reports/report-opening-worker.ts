import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import { PeriodicRuns } from '../../workers/periodic-runs.js';
import type { CountdownService } from '../deadlines/countdown.service.js';
import type { ReportService } from './report.service.js';

/**
 * Opens the quarterly reports of every agency at start-up and then periodically, so that a new
 * quarter's reports open within one interval of its start. Safe across instances, because
 * `ReportService.openReports` inserts with `on conflict do nothing`.
 */
export class ReportOpeningWorker {
  private readonly runs: PeriodicRuns<number>;

  constructor(
    private readonly orm: MikroORM,
    private readonly reports: ReportService,
    private readonly countdown: CountdownService,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {
    this.runs = new PeriodicRuns(() => this.open(new Date()), intervalMs);
  }

  start(): void {
    this.runs.start(false);
    this.logger.info({ intervalMs: this.intervalMs }, 'report opening worker started');
  }

  stop(): Promise<void> {
    return this.runs.stop();
  }

  /** Opens what is due at `now` and returns the number of reports opened; a failure is logged, not thrown. */
  runOnce(now: Date = new Date()): Promise<number> {
    return this.runs.runOnce(() => this.open(now));
  }

  private async open(now: Date): Promise<number> {
    if (this.runs.stopped) {
      return 0;
    }
    try {
      const result = await this.reports.openReports(this.orm.em.fork(), now);
      await this.countdown.publish(result.changedDeadlines);
      if (result.opened.length > 0 || result.refreshed > 0) {
        this.logger.info({ opened: result.opened.length, refreshed: result.refreshed }, 'quarterly reports opened');
      }
      return result.opened.length;
    } catch (error) {
      this.logger.error({ err: error }, 'opening quarterly reports failed; the next run retries');
      return 0;
    }
  }
}
