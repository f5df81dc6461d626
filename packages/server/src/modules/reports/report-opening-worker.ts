import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import type { CountdownService } from '../deadlines/countdown.service.js';
import type { ReportService } from './report.service.js';

/**
 * Opens the quarterly reports of every agency at start-up and then periodically, so that a new
 * quarter's reports open within one interval of its start. Safe across instances, because
 * `ReportService.openReports` inserts with `on conflict do nothing`.
 */
export class ReportOpeningWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly reports: ReportService,
    private readonly countdown: CountdownService,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (!this.running) {
        void this.runOnce();
      }
    }, this.intervalMs);
    this.timer.unref();
    this.logger.info({ intervalMs: this.intervalMs }, 'report opening worker started');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Opens what is due at `now` and returns the number of reports opened; a failure is logged, not thrown. */
  runOnce(now: Date = new Date()): Promise<number> {
    const run = (this.running ?? Promise.resolve(0)).then(() => this.open(now));
    this.running = run;
    void run.finally(() => {
      if (this.running === run) {
        this.running = undefined;
      }
    });
    return run;
  }

  private async open(now: Date): Promise<number> {
    if (this.stopped) {
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
