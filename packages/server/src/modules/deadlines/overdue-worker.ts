import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import { notifyAgency, notifyCenter } from '../notifications/notification.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import type { CountdownService } from './countdown.service.js';
import { Deadline } from './deadline.entity.js';

const BATCH_SIZE = 100;

const kindNames: Record<string, string> = {
  APPEAL_REGISTRATION: 'регистрации обращения',
  APPEAL_ANSWER: 'ответа на обращение',
};

/**
 * Reports every open deadline that has passed its due instant, once across all instances.
 * Rows are claimed with `for update skip locked` and stamped in the same transaction. A second
 * instance skips them, and a crash before commit leaves them for the next run.
 */
export class OverdueWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly countdown: CountdownService,
    private readonly logger: Logger,
    private readonly intervalMs = 30_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
    void this.runOnce();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Claims and reports one batch after another until none is left; returns how many were reported. */
  runOnce(): Promise<number> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<number> {
    let reported = 0;
    try {
      for (;;) {
        const batch = await this.reportBatch();
        reported += batch;
        if (batch < BATCH_SIZE) {
          return reported;
        }
      }
    } catch (error) {
      this.logger.error({ err: error, reported }, 'overdue deadline report failed; the next run retries');
      return reported;
    }
  }

  private async reportBatch(): Promise<number> {
    const em = this.orm.em.fork();
    const claimed = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `update deadline set overdue_reported_at = now()
         where id in (
           select id from deadline
           where status = 'OPEN' and due_at < now() and overdue_reported_at is null
           order by due_at
           limit ${BATCH_SIZE}
           for update skip locked)
         returning id`,
        [],
        'all',
      );
      if (rows.length === 0) {
        return [];
      }
      const deadlines = await tx.find(Deadline, { id: { $in: rows.map((row) => row.id) } }, { populate: ['agency'] });
      for (const deadline of deadlines) {
        const message = {
          kind: NotificationKind.DEADLINE_OVERDUE,
          title: `Просрочен срок ${kindNames[deadline.kind] ?? deadline.kind}: ${deadline.subjectLabel}`,
          body: `Срок истёк ${deadline.explanation.dueAt}${deadline.agency ? `, орган: ${deadline.agency.shortName}` : ''}.`,
          subjectType: deadline.subjectType,
          subjectId: deadline.subjectId,
        };
        await notifyCenter(tx, message);
        if (deadline.agency) {
          await notifyAgency(tx, deadline.agency.id, message);
        }
      }
      return deadlines;
    });
    if (claimed.length > 0) {
      this.logger.info({ count: claimed.length }, 'reported overdue deadlines');
      await this.countdown.publish(claimed);
    }
    return claimed.length;
  }
}
