import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import type { AnalyticsService, RefreshResult } from './analytics.service.js';

/**
 * Refreshes the analytics view at start and then every `intervalMs`. Instances share the work
 * through an advisory lock: while one refreshes, the others skip their turn.
 */
export class AnalyticsRefreshWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RefreshResult | null> | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly analytics: AnalyticsService,
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
    void this.runOnce();
    this.logger.info({ intervalMs: this.intervalMs }, 'analytics refresh worker started');
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Refreshes once, after the refresh in progress if there is one; errors are logged, not raised. */
  runOnce(): Promise<RefreshResult | null> {
    const run = (this.running ?? Promise.resolve(null)).then(() => this.refresh());
    this.running = run;
    void run.finally(() => {
      if (this.running === run) {
        this.running = undefined;
      }
    });
    return run;
  }

  private async refresh(): Promise<RefreshResult | null> {
    try {
      const result = await this.analytics.refresh(this.orm.em.fork());
      if (result) {
        this.logger.debug({ durationMs: result.durationMs }, 'analytics view refreshed');
      } else {
        this.logger.debug('analytics view refresh skipped: another instance is refreshing');
      }
      return result;
    } catch (error) {
      this.logger.error({ err: error }, 'analytics view refresh failed; the next interval retries');
      return null;
    }
  }
}
