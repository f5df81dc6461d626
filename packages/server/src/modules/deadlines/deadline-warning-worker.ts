import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import { ContactOfficial } from '../contacts/contact.entities.js';
import { enqueueEmail } from '../mail/outbox.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notifyAgency, notifyCenter, type NotificationMessage } from '../notifications/notification.service.js';
import type { CountdownService } from './countdown.service.js';
import { Deadline, DeadlineKind } from './deadline.entity.js';
import { formatMoscowTimeLabel } from './engine/index.js';
import { PeriodicRuns } from '../../workers/periodic-runs.js';

export interface DeadlineWarningWorkerOptions {
  /** Shares of the term used at which to warn, above 0 and at most 1, such as [0.5, 0.8, 1]. */
  shares: number[];
  intervalMs: number;
  /** The center's address for warning e-mails; without it only the agency's contact officials get them. */
  centerEmail?: string | null;
  /** Deadlines handled in one transaction. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 100;

/** Deadline kinds whose work the center owes, such as its 3-hour proposal of an official comment. */
const CENTER_OWNED_KINDS = new Set<DeadlineKind>([DeadlineKind.COMMENT_PROPOSAL]);

/** The threshold of the due instant, in per mille of the term like every `deadline_warning.threshold`. */
const OVERDUE_THRESHOLD = 1000;

/** Each kind in the genitive, to follow «срок» or «срока». */
const kindPhrases: Record<DeadlineKind, string> = {
  [DeadlineKind.APPEAL_FORWARDING]: 'направления обращения в компетентный орган',
  [DeadlineKind.APPEAL_REGISTRATION]: 'регистрации обращения',
  [DeadlineKind.APPEAL_ANSWER]: 'ответа на обращение',
  [DeadlineKind.COMMENT_PROPOSAL]: 'предложения официального комментария',
  [DeadlineKind.COMMENT_DRAFT]: 'проекта официального комментария',
  [DeadlineKind.APPEAL_REWORK]: 'доработки ответа на обращение',
  [DeadlineKind.QUARTERLY_REPORT]: 'представления квартального отчёта',
  [DeadlineKind.INFORMATION_REQUEST]: 'ответа на информационный запрос',
};

/**
 * Inserts a `deadline_warning` row for each threshold that an open deadline has reached and that
 * has no row yet, for at most `limit` deadlines, with `on conflict do nothing`. Only the rows this
 * statement inserted lead to a warning, so each threshold is warned once across all instances and
 * restarts. The rows are inserted in (deadline, threshold) order, so that two instances wait on
 * each other's rows in the same order. A deadlock that PostgreSQL detects anyway fails one run,
 * and the next run repeats it.
 */
const INSERT_REACHED_WARNINGS = `
  with reached as (
    select d.id as deadline_id, t.threshold
    from deadline d
    cross join unnest(string_to_array(?, ',')::smallint[]) as t(threshold)
    where d.status = 'OPEN'
      and extract(epoch from now() - d.started_at) * 1000 >= t.threshold * extract(epoch from d.due_at - d.started_at)
      and not exists (
        select 1 from deadline_warning w where w.deadline_id = d.id and w.threshold = t.threshold)
  ),
  batch as (
    select distinct deadline_id from reached order by deadline_id limit ?
  )
  insert into deadline_warning (deadline_id, threshold, sent_at)
  select deadline_id, threshold, now() from reached
  where deadline_id in (select deadline_id from batch)
  order by deadline_id, threshold
  on conflict (deadline_id, threshold) do nothing
  returning deadline_id, threshold`;

/**
 * Warns the center and the deadline's agency when an open deadline has used a configured share
 * of its term, and when it is overdue. Each warning becomes in-app notifications and outbox
 * e-mails in the transaction that records it.
 */
export class DeadlineWarningWorker {
  private readonly runs: PeriodicRuns<number>;
  private readonly thresholds: string;
  private readonly batchSize: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly countdown: CountdownService,
    private readonly logger: Logger,
    private readonly options: DeadlineWarningWorkerOptions,
  ) {
    this.thresholds = options.shares.map((share) => Math.round(share * 1000)).join(',');
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.runs = new PeriodicRuns(() => this.drain(), options.intervalMs);
  }

  start(): void {
    this.runs.start(true);
    this.logger.info({ intervalMs: this.options.intervalMs, thresholds: this.thresholds }, 'deadline warning worker started');
  }

  stop(): Promise<void> {
    return this.runs.stop();
  }

  /**
   * Sends every warning that is due, one batch after another, and returns how many it sent. A call
   * during a run waits for it and then runs again, so the caller sees the data committed before the call.
   */
  runOnce(): Promise<number> {
    return this.runs.runOnce();
  }

  private async drain(): Promise<number> {
    let sent = 0;
    if (this.runs.stopped || this.thresholds === '') {
      return sent;
    }
    try {
      for (;;) {
        const batch = await this.warnBatch();
        sent += batch.sent;
        // Stops only on an empty batch: a batch that lost its rows to another instance may have
        // fewer rows than the batch size while more deadlines are waiting.
        if (batch.deadlines === 0 || this.runs.stopped) {
          return sent;
        }
      }
    } catch (error) {
      this.logger.error({ err: error, sent }, 'deadline warning run failed; the next run retries');
      return sent;
    }
  }

  private async warnBatch(): Promise<{ deadlines: number; sent: number }> {
    const em = this.orm.em.fork();
    const outcome = await em.transactional(async (tx) => {
      const inserted = await tx.execute<{ deadline_id: string; threshold: number }[]>(
        INSERT_REACHED_WARNINGS,
        [this.thresholds, this.batchSize],
        'all',
      );
      // A deadline that reached several thresholds at once gets only the warning of the highest,
      // such as one first seen after its due instant. The lower thresholds are recorded all the same.
      const highest = new Map<string, number>();
      for (const row of inserted) {
        highest.set(row.deadline_id, Math.max(highest.get(row.deadline_id) ?? 0, row.threshold));
      }
      if (highest.size === 0) {
        return { deadlines: [], overdue: [], highest };
      }

      const overdueIds = [...highest].filter(([, threshold]) => threshold >= OVERDUE_THRESHOLD).map(([id]) => id);
      if (overdueIds.length > 0) {
        await tx.nativeUpdate(Deadline, { id: { $in: overdueIds }, overdueReportedAt: null }, { overdueReportedAt: new Date() });
      }
      const deadlines = await tx.find(Deadline, { id: { $in: [...highest.keys()] } }, { populate: ['agency'] });
      const contacts = await activeContactsByAgency(tx, deadlines);
      for (const deadline of deadlines) {
        await this.warn(tx, deadline, highest.get(deadline.id)!, contacts.get(deadline.agency?.id ?? '') ?? []);
      }
      return { deadlines, overdue: deadlines.filter((deadline) => overdueIds.includes(deadline.id)), highest };
    });

    if (outcome.deadlines.length > 0) {
      this.logger.info({ warnings: outcome.deadlines.length, overdue: outcome.overdue.length }, 'deadline warnings sent');
    }
    await this.publishOverdue(outcome.overdue);
    return { deadlines: outcome.highest.size, sent: outcome.deadlines.length };
  }

  private async warn(tx: EntityManager, deadline: Deadline, threshold: number, contacts: ContactOfficial[]): Promise<void> {
    const message = composeWarning(deadline, threshold, new Date());
    await notifyCenter(tx, message);
    // The center's own clocks warn the center only; the agency is not the one who is late.
    const agencyOwesTheWork = Boolean(deadline.agency) && !CENTER_OWNED_KINDS.has(deadline.kind);
    if (agencyOwesTheWork) {
      await notifyAgency(tx, deadline.agency!.id, message);
    }

    const recipients = new Map<string, string>();
    const agencyAddresses = agencyOwesTheWork ? contacts.map((contact) => contact.email) : [];
    for (const address of [...agencyAddresses, this.options.centerEmail]) {
      if (address) {
        recipients.set(address.toLowerCase(), address);
      }
    }
    const text = composeEmailText(deadline, message);
    for (const recipient of recipients.values()) {
      enqueueEmail(tx, {
        recipient,
        subject: message.title,
        text,
        subjectType: deadline.subjectType,
        subjectId: deadline.subjectId,
      });
    }
  }

  /** Sends the overdue deadlines to the countdown after the commit, so that dashboards show them at once. */
  private async publishOverdue(deadlines: Deadline[]): Promise<void> {
    try {
      await this.countdown.publish(deadlines);
    } catch (error) {
      this.logger.error(
        { err: error, deadlineIds: deadlines.map((deadline) => deadline.id) },
        'publishing overdue deadlines to the countdown failed; dashboards show them at the next change',
      );
    }
  }
}

async function activeContactsByAgency(em: EntityManager, deadlines: Deadline[]): Promise<Map<string, ContactOfficial[]>> {
  const agencyIds = [...new Set(deadlines.flatMap((deadline) => (deadline.agency ? [deadline.agency.id] : [])))];
  const byAgency = new Map<string, ContactOfficial[]>();
  if (agencyIds.length === 0) {
    return byAgency;
  }
  const contacts = await em.find(
    ContactOfficial,
    { agency: { $in: agencyIds }, active: true },
    { orderBy: { surname: 'asc', id: 'asc' } },
  );
  for (const contact of contacts) {
    byAgency.set(contact.agency.id, [...(byAgency.get(contact.agency.id) ?? []), contact]);
  }
  return byAgency;
}

/** Builds the Russian title and body of a warning, such as «Использовано 80 % срока ответа на обращение ЦУР-2026-000123». */
export function composeWarning(deadline: Deadline, threshold: number, now: Date): NotificationMessage {
  const what = `${kindPhrases[deadline.kind] ?? deadline.kind} ${deadline.subjectLabel}`;
  const agencyLine = deadline.agency ? ` Ответственный орган: ${deadline.agency.shortName}.` : '';
  const overdue = threshold >= OVERDUE_THRESHOLD;
  const title = overdue ? `Просрочен срок ${what}` : `Использовано ${formatPercent(threshold)} срока ${what}`;
  const body = overdue
    ? `Срок ${what} истёк ${formatMoscowTimeLabel(deadline.dueAt)}.${agencyLine}`
    : `Срок ${what} истекает ${formatMoscowTimeLabel(deadline.dueAt)}, осталось ${formatDuration(deadline.dueAt.getTime() - now.getTime())}.${agencyLine}`;
  return {
    kind: overdue ? NotificationKind.DEADLINE_OVERDUE : NotificationKind.DEADLINE_WARNING,
    title,
    body,
    subjectType: deadline.subjectType,
    subjectId: deadline.subjectId,
  };
}

function composeEmailText(deadline: Deadline, message: NotificationMessage): string {
  return [
    message.body,
    '',
    `Срок начал течь ${formatMoscowTimeLabel(deadline.startedAt)}. ${deadline.explanation.summary}`,
    '',
    'Это письмо отправлено автоматически платформой ЦУР Республики Марий Эл, отвечать на него не нужно.',
  ].join('\n');
}

/** Formats a per mille threshold in Russian style: 800 → «80 %», 125 → «12,5 %», with a no-break space. */
function formatPercent(threshold: number): string {
  return `${String(threshold / 10).replace('.', ',')}\u00a0%`;
}

/** Formats a positive duration as «2 дн. 3 ч 15 мин», leaving out leading zero parts. */
function formatDuration(milliseconds: number): string {
  const totalMinutes = Math.max(Math.floor(milliseconds / 60_000), 0);
  if (totalMinutes === 0) {
    return 'меньше минуты';
  }
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) {
    parts.push(`${days} дн.`);
  }
  if (days > 0 || hours > 0) {
    parts.push(`${hours} ч`);
  }
  parts.push(`${minutes} мин`);
  return parts.join(' ');
}
