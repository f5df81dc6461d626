import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import { PeriodicRuns } from '../../workers/periodic-runs.js';
import type { AnalyticsService, RefreshResult } from './analytics.service.js';

/**
 * Refreshes the analytics view at start and then every `intervalMs`. Instances share the work
 * through an advisory lock: while one refreshes, the others skip their turn.
 */
export class AnalyticsRefreshWorker {
  private readonly runs: PeriodicRuns<RefreshResult | null>;

  constructor(
    private readonly orm: MikroORM,
    private readonly analytics: AnalyticsService,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {
    this.runs = new PeriodicRuns(() => this.refresh(), intervalMs);
  }

  start(): void {
    this.runs.start(true);
    this.logger.info({ intervalMs: this.intervalMs }, 'analytics refresh worker started');
  }

  stop(): Promise<void> {
    return this.runs.stop();
  }

  /** Refreshes once, after the refresh in progress if there is one; errors are logged, not raised. */
  runOnce(): Promise<RefreshResult | null> {
    return this.runs.runOnce();
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
