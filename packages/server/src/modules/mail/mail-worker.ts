import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logging/logger.js';
import type { MailTransport } from './mail-transport.js';
import { OutboxMessage, OutboxStatus } from './outbox.entity.js';
import { PeriodicRuns } from '../../workers/periodic-runs.js';

export interface MailWorkerOptions {
  pollIntervalMs: number;
  /** Delivery attempts after which a message is marked FAILED. */
  maxAttempts: number;
  /** Messages claimed and sent in one transaction. */
  batchSize?: number;
}

export interface MailRunResult {
  sent: number;
  failedAttempts: number;
  /** Messages written to the log by the log transport, which leaves them PENDING. */
  logged: number;
}

/** Outcome of one delivery: sent, rejected by the server, or failed because the server could not be used. */
type Delivery = 'sent' | 'rejected' | 'server-unavailable';

const DEFAULT_BATCH_SIZE = 20;
const FIRST_RETRY_DELAY_MS = 15_000;
const MAX_RETRY_DELAY_MS = 30 * 60_000;
const MAX_STORED_ERROR_LENGTH = 1000;

/**
 * How far before the newest logged message the log transport looks again, for messages whose
 * transaction committed after a newer one was already logged.
 */
const LOG_LOOKBACK_MS = 5 * 60_000;

/** Returns the wait before the next attempt: 15 s after the first failure, doubling up to 30 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_DELAY_MS);
}

/**
 * Delivers the outbox. Each batch is claimed with `for update skip locked` inside a transaction
 * that stays open while the messages are sent, so two instances never send a message at the same
 * time. Delivery is at least once: when the commit fails or the process dies after the SMTP server
 * accepted a message, the row is still PENDING and the message is sent again with the same
 * Message-ID.
 */
export class MailWorker {
  private readonly runs: PeriodicRuns<MailRunResult>;
  private readonly batchSize: number;
  /** Ids and creation times of the messages the log transport wrote, so that each is logged once. */
  private readonly loggedMessages = new Map<string, number>();
  private newestLoggedAt = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    private readonly options: MailWorkerOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.runs = new PeriodicRuns(() => this.drain(), options.pollIntervalMs);
  }

  start(): void {
    this.runs.start(true);
    this.logger.info({ pollIntervalMs: this.options.pollIntervalMs, delivers: this.transport.delivers }, 'mail worker started');
  }

  /** Stops polling and waits for the batch being sent; the transport is the caller's to close. */
  stop(): Promise<void> {
    return this.runs.stop();
  }

  /**
   * Sends every due message, one batch after another. A call during a run waits for it and then
   * runs again, so the caller sees the messages committed before the call.
   */
  runOnce(): Promise<MailRunResult> {
    return this.runs.runOnce();
  }

  private async drain(): Promise<MailRunResult> {
    const result: MailRunResult = { sent: 0, failedAttempts: 0, logged: 0 };
    if (this.runs.stopped) {
      return result;
    }
    try {
      if (!this.transport.delivers) {
        result.logged = await this.logPending();
        return result;
      }
      while (!this.runs.stopped) {
        const batch = await this.deliverBatch();
        result.sent += batch.sent;
        result.failedAttempts += batch.failedAttempts;
        if (batch.claimed < this.batchSize || batch.serverUnavailable) {
          break;
        }
      }
    } catch (error) {
      this.logger.error({ err: error, ...result }, 'mail worker run failed; the next poll retries');
    }
    return result;
  }

  private async deliverBatch(): Promise<{ claimed: number; sent: number; failedAttempts: number; serverUnavailable: boolean }> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `select id from outbox_message
         where status = 'PENDING' and next_attempt_at <= now()
         order by created_at
         limit ?
         for update skip locked`,
        [this.batchSize],
        'all',
      );
      const outcome = { claimed: rows.length, sent: 0, failedAttempts: 0, serverUnavailable: false };
      if (rows.length === 0) {
        return outcome;
      }
      const messages = await tx.find(
        OutboxMessage,
        { id: { $in: rows.map((row) => row.id) } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      for (const message of messages) {
        if (this.runs.stopped) {
          // Unsent messages of the batch stay PENDING, without a counted attempt, for the next start.
          break;
        }
        const delivery = await this.deliver(message);
        if (delivery === 'sent') {
          outcome.sent += 1;
          continue;
        }
        outcome.failedAttempts += 1;
        if (delivery === 'server-unavailable') {
          // The rest of the batch stays PENDING without a counted attempt, for the next poll.
          outcome.serverUnavailable = true;
          break;
        }
      }
      return outcome;
    });
  }

  /** Sends one claimed message and records the outcome on it. */
  private async deliver(message: OutboxMessage): Promise<Delivery> {
    message.attempts += 1;
    try {
      const messageId = await this.transport.send(message);
      message.status = OutboxStatus.SENT;
      message.messageId = messageId;
      message.sentAt = new Date();
      message.lastError = null;
      this.logger.info({ outboxMessageId: message.id, attempt: message.attempts, messageId }, 'e-mail sent');
      return 'sent';
    } catch (error) {
      message.lastError = describeError(error);
      const details = { outboxMessageId: message.id, attempt: message.attempts, err: summarizeError(error) };
      if (message.attempts >= this.options.maxAttempts) {
        message.status = OutboxStatus.FAILED;
        this.logger.error({ ...details, maxAttempts: this.options.maxAttempts }, 'e-mail delivery failed for the last time; the message is FAILED');
      } else {
        message.nextAttemptAt = new Date(Date.now() + retryDelayMs(message.attempts));
        this.logger.warn({ ...details, nextAttemptAt: message.nextAttemptAt }, 'e-mail delivery failed; will retry');
      }
      return concernsOnlyThisMessage(error) ? 'rejected' : 'server-unavailable';
    }
  }

  /**
   * Writes each PENDING message to the log once per process and leaves it PENDING, so that a later
   * start with SMTP_URL delivers it. Nothing is locked, because nothing is changed.
   */
  private async logPending(): Promise<number> {
    let logged = 0;
    for (;;) {
      const windowStart = this.newestLoggedAt - LOG_LOOKBACK_MS;
      const alreadyLogged = [...this.loggedMessages.keys()];
      const messages = await this.orm.em.fork().find(
        OutboxMessage,
        {
          status: OutboxStatus.PENDING,
          createdAt: { $gte: new Date(windowStart) },
          ...(alreadyLogged.length > 0 ? { id: { $nin: alreadyLogged } } : {}),
        },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: this.batchSize },
      );
      for (const message of messages) {
        await this.transport.send(message);
        this.loggedMessages.set(message.id, message.createdAt.getTime());
        this.newestLoggedAt = Math.max(this.newestLoggedAt, message.createdAt.getTime());
        logged += 1;
      }
      this.forgetLoggedBefore(this.newestLoggedAt - LOG_LOOKBACK_MS);
      if (messages.length < this.batchSize || this.runs.stopped) {
        return logged;
      }
    }
  }

  private forgetLoggedBefore(instant: number): void {
    for (const [id, createdAt] of this.loggedMessages) {
      if (createdAt < instant) {
        this.loggedMessages.delete(id);
      }
    }
  }
}

/**
 * Tells whether the SMTP server rejected this message's envelope or content. Any other error
 * (connection, DNS, TLS, authentication, a 421 reply closing the session) would fail the next message too.
 */
function concernsOnlyThisMessage(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as SmtpError;
  return (code === 'EENVELOPE' || code === 'EMESSAGE') && responseCode !== 421;
}

interface SmtpError {
  name?: string;
  message?: string;
  code?: string;
  responseCode?: number;
  command?: string;
}

/** Returns the error's code, reply code and message, the form kept in `lastError`: "EENVELOPE (550): …". */
function describeError(error: unknown): string {
  const { name, message, code, responseCode } = (error ?? {}) as SmtpError;
  const prefix = `${code ?? name ?? 'Error'}${responseCode ? ` (${responseCode})` : ''}`;
  return `${prefix}: ${message ?? String(error)}`.slice(0, MAX_STORED_ERROR_LENGTH);
}

/** Returns the fields of a nodemailer error that are safe to log; the message body is never among them. */
function summarizeError(error: unknown): SmtpError {
  const { name, message, code, responseCode, command } = (error ?? {}) as SmtpError;
  return { name, message, code, responseCode, command };
}
