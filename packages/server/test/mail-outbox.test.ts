import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logging/logger.js';
import { createMailTransport, type MailTransport } from '../src/modules/mail/mail-transport.js';
import { MailWorker, retryDelayMs } from '../src/modules/mail/mail-worker.js';
import { OutboxMessage, OutboxStatus } from '../src/modules/mail/outbox.entity.js';
import { enqueueEmail, type EmailToEnqueue } from '../src/modules/mail/outbox.service.js';
import { findFreePort, startSmtpServer, type TestSmtpServer } from './helpers/smtp-server.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const MAIL_FROM = 'ЦУР Республики Марий Эл <noreply@cur.mari-el.local>';
const HOUR_MS = '3600000';

let smtp: TestSmtpServer;
let testApp: TestApp;
const transports: MailTransport[] = [];
const servers: TestSmtpServer[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  // The app's own worker polls once an hour, so only the test's runOnce() calls send.
  testApp = await startTestApp({ SMTP_URL: smtp.url, MAIL_POLL_INTERVAL_MS: HOUR_MS, WARNING_INTERVAL_MS: HOUR_MS });
});

afterAll(async () => {
  await testApp?.stop();
  await smtp?.close();
});

beforeEach(async () => {
  await testApp.em().getConnection().execute('delete from outbox_message');
  smtp.received.length = 0;
});

afterEach(async () => {
  for (const transport of transports.splice(0)) {
    transport.close();
  }
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function email(overrides: Partial<EmailToEnqueue> = {}): EmailToEnqueue {
  return {
    recipient: 'petrov@mari-el.gov.ru',
    subject: 'Использовано 80 % срока ответа на обращение ЦУР-2026-000123',
    text: 'Срок ответа на обращение ЦУР-2026-000123 истекает 05.12.2026 18:00 (МСК). Ёлочка, щука, «кавычки».',
    ...overrides,
  };
}

/** Enqueues the e-mails in one committed transaction and returns their ids in order. */
async function enqueueCommitted(...emails: EmailToEnqueue[]): Promise<string[]> {
  const ids: string[] = [];
  await testApp.em().transactional(async (tx) => {
    for (const [index, item] of emails.entries()) {
      // Distinct creation times keep the claim order (created_at) the same as the argument order.
      const message = enqueueEmail(tx, item);
      message.createdAt = new Date(Date.now() - (emails.length - index) * 1000);
      ids.push(message.id);
    }
  });
  return ids;
}

function loadMessage(id: string): Promise<OutboxMessage> {
  return testApp.em().findOneOrFail(OutboxMessage, { id });
}

/** Sets a message due now, as if its retry delay had passed. */
async function makeDue(id: string): Promise<void> {
  await testApp.em().getConnection().execute(`update outbox_message set next_attempt_at = now() - interval '1 second' where id = ?`, [id]);
}

function workerFor(smtpUrl: string | undefined, options: { maxAttempts?: number; batchSize?: number; logger?: pino.Logger } = {}) {
  const logger = options.logger ?? createLogger('silent', false);
  const transport = createMailTransport({ SMTP_URL: smtpUrl, MAIL_FROM }, logger);
  transports.push(transport);
  return new MailWorker(testApp.app.services.orm, transport, logger, {
    pollIntervalMs: 3_600_000,
    maxAttempts: options.maxAttempts ?? 10,
    batchSize: options.batchSize,
  });
}

describe('mail outbox', () => {
  it('delivers only committed messages', async () => {
    const [id] = await enqueueCommitted(email({ html: '<p>Срок ответа истекает <b>05.12.2026</b>.</p>' }));
    await expect(
      testApp.em().transactional(async (tx) => {
        enqueueEmail(tx, email({ recipient: 'rolled-back@mari-el.gov.ru', subject: 'Отменённое письмо' }));
        throw new Error('the change that caused the e-mail failed');
      }),
    ).rejects.toThrow('the change that caused the e-mail failed');
    expect(await testApp.em().count(OutboxMessage, {})).toBe(1);

    const result = await testApp.app.workers.mail.runOnce();
    expect(result.sent).toBe(1);
    expect(result.failedAttempts).toBe(0);

    expect(smtp.received).toHaveLength(1);
    const [{ envelopeTo, mail }] = smtp.received as [(typeof smtp.received)[number]];
    expect(envelopeTo).toEqual(['petrov@mari-el.gov.ru']);
    expect(mail.subject).toBe(email().subject);
    expect(mail.text?.trim()).toBe(email().text);
    expect(mail.html).toContain('<b>05.12.2026</b>');
    expect(mail.from?.value[0]?.address).toBe('noreply@cur.mari-el.local');
    expect(mail.from?.value[0]?.name).toBe('ЦУР Республики Марий Эл');

    const message = await loadMessage(id!);
    expect(message.status).toBe(OutboxStatus.SENT);
    expect(message.attempts).toBe(1);
    expect(message.messageId).toBe(mail.messageId);
    expect(message.messageId).toContain(id);
    expect(message.sentAt).toBeInstanceOf(Date);
    expect(message.lastError).toBeNull();

    const again = await testApp.app.workers.mail.runOnce();
    expect(again.sent).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('retries with backoff while the server is down', async () => {
    const port = await findFreePort();
    const worker = workerFor(`smtp://127.0.0.1:${port}`);
    const [first, second] = await enqueueCommitted(email({ subject: 'Первое письмо' }), email({ subject: 'Второе письмо' }));

    const beforeRun = Date.now();
    const down = await worker.runOnce();
    expect(down.sent).toBe(0);
    expect(down.failedAttempts).toBe(1);

    const failed = await loadMessage(first!);
    expect(failed.status).toBe(OutboxStatus.PENDING);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(beforeRun + retryDelayMs(1) - 1000);
    // The connection failure ends the batch, so the second message keeps its attempts for a live server.
    const untouched = await loadMessage(second!);
    expect(untouched.attempts).toBe(0);
    expect(untouched.lastError).toBeNull();

    servers.push(await startSmtpServer({ port }));
    const up = await worker.runOnce();
    // The first message waits out its retry delay; the second one is due and goes now.
    expect(up.sent).toBe(1);
    expect((await loadMessage(second!)).status).toBe(OutboxStatus.SENT);
    expect((await loadMessage(first!)).status).toBe(OutboxStatus.PENDING);

    await makeDue(first!);
    const retried = await worker.runOnce();
    expect(retried.sent).toBe(1);
    const delivered = await loadMessage(first!);
    expect(delivered.status).toBe(OutboxStatus.SENT);
    expect(delivered.attempts).toBe(2);
    expect(delivered.messageId).toContain(first);
    expect(servers[0]!.received.map((received) => received.mail.subject)).toEqual(['Второе письмо', 'Первое письмо']);
  });

  it('sends each message once with two workers', async () => {
    const slow = await startSmtpServer({ acceptDelayMs: 100 });
    servers.push(slow);
    const subjects = Array.from({ length: 5 }, (_, index) => `Письмо № ${index + 1}`);
    const ids = await enqueueCommitted(...subjects.map((subject) => email({ subject })));

    const left = workerFor(slow.url, { batchSize: 2 });
    const right = workerFor(slow.url, { batchSize: 2 });
    const [leftResult, rightResult] = await Promise.all([left.runOnce(), right.runOnce()]);

    expect(leftResult.sent + rightResult.sent).toBe(5);
    // Both claimed batches: the second worker skipped the rows the first one had locked.
    expect(leftResult.sent).toBeGreaterThan(0);
    expect(rightResult.sent).toBeGreaterThan(0);
    expect(slow.received.map((received) => received.mail.subject).sort()).toEqual([...subjects].sort());
    for (const id of ids) {
      const message = await loadMessage(id);
      expect(message.status).toBe(OutboxStatus.SENT);
      expect(message.attempts).toBe(1);
    }
  });

  it('marks a message FAILED after MAIL_MAX_ATTEMPTS', async () => {
    const rejecting = await startSmtpServer({ rejectRecipients: { responseCode: 451, message: 'Mailbox temporarily unavailable' } });
    servers.push(rejecting);
    const worker = workerFor(rejecting.url, { maxAttempts: 2 });
    const [first, second] = await enqueueCommitted(email({ subject: 'Первое' }), email({ subject: 'Второе' }));

    const firstRun = await worker.runOnce();
    // A rejected recipient concerns one message only, so the batch goes on to the next one.
    expect(firstRun.failedAttempts).toBe(2);
    const retrying = await loadMessage(first!);
    expect(retrying.status).toBe(OutboxStatus.PENDING);
    expect(retrying.attempts).toBe(1);
    expect(retrying.lastError).toMatch(/^EENVELOPE \(451\): .*Mailbox temporarily unavailable/);

    await makeDue(first!);
    await makeDue(second!);
    const secondRun = await worker.runOnce();
    expect(secondRun.failedAttempts).toBe(2);
    for (const id of [first!, second!]) {
      const message = await loadMessage(id);
      expect(message.status).toBe(OutboxStatus.FAILED);
      expect(message.attempts).toBe(2);
      expect(message.lastError).toContain('451');
    }

    await makeDue(first!);
    const afterFailure = await worker.runOnce();
    expect(afterFailure.failedAttempts).toBe(0);
    expect((await loadMessage(first!)).attempts).toBe(2);
    expect(rejecting.received).toHaveLength(0);
  });

  it('logs messages once and keeps them pending without SMTP_URL', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        callback();
      },
    });
    const worker = workerFor(undefined, { logger: pino({ level: 'info' }, sink) });
    const longText = `Срок истекает. ${'Подробности срока. '.repeat(40)}`;
    const [id] = await enqueueCommitted(email({ text: longText }));

    const firstRun = await worker.runOnce();
    expect(firstRun.logged).toBe(1);
    expect(firstRun.sent).toBe(0);
    const message = await loadMessage(id!);
    expect(message.status).toBe(OutboxStatus.PENDING);
    expect(message.attempts).toBe(0);
    expect(message.lastError).toBeNull();
    expect(message.messageId).toBeNull();

    const logged = lines.filter((line) => line.outboxMessageId === id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ recipient: 'petrov@mari-el.gov.ru', subject: email().subject, text: longText.slice(0, 200) });

    const secondRun = await worker.runOnce();
    expect(secondRun.logged).toBe(0);
    expect(lines.filter((line) => line.outboxMessageId === id)).toHaveLength(1);

    const [later] = await enqueueCommitted(email({ subject: 'Следующее письмо' }));
    const thirdRun = await worker.runOnce();
    expect(thirdRun.logged).toBe(1);
    expect(lines.filter((line) => line.outboxMessageId === later)).toHaveLength(1);
    expect(smtp.received).toHaveLength(0);
  });

  it('rejects an enqueued message without a recipient', async () => {
    const em = testApp.em();
    expect(() => enqueueEmail(em, email({ recipient: ' ' }))).toThrow(RangeError);
    expect(() => enqueueEmail(em, email({ subject: '' }))).toThrow(RangeError);
  });
});

describe('retryDelayMs', () => {
  it.each([
    [1, 15_000],
    [2, 30_000],
    [3, 60_000],
    [7, 960_000],
    [8, 1_800_000],
    [10, 1_800_000],
  ])('waits after attempt %i for %i ms', (attempts, expected) => {
    expect(retryDelayMs(attempts)).toBe(expected);
  });
});

describe('mail configuration', () => {
  const dataDir = () => mkdtempSync(path.join(tmpdir(), 'cur-mail-config-'));

  it('applies the mail defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe(MAIL_FROM);
    expect(config.PRESS_SERVICE_EMAIL).toBe('prpress@gov.mari.ru');
    expect(config.CENTER_EMAIL).toBeUndefined();
    expect(config.MAIL_POLL_INTERVAL_MS).toBe(5000);
    expect(config.MAIL_MAX_ATTEMPTS).toBe(10);
  });

  it('lists every invalid mail variable', () => {
    let error: unknown;
    try {
      loadConfig({
        DATA_DIR: dataDir(),
        SMTP_URL: 'http://mail.example.ru',
        MAIL_FROM: 'nobody',
        PRESS_SERVICE_EMAIL: 'press',
        CENTER_EMAIL: 'center@',
        MAIL_POLL_INTERVAL_MS: '10',
        MAIL_MAX_ATTEMPTS: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['SMTP_URL', 'MAIL_FROM', 'PRESS_SERVICE_EMAIL', 'CENTER_EMAIL', 'MAIL_POLL_INTERVAL_MS', 'MAIL_MAX_ATTEMPTS']) {
      expect(problems).toContain(`${variable}:`);
    }
  });

  it('hides the SMTP password in configuration errors', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), SMTP_URL: 'smpt://robot:s3cret@127.0.0.1:2525' })).toThrow(
      /SMTP_URL: .*got "smpt:\/\/robot:\*\*\*@127\.0\.0\.1:2525"/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), SMTP_URL: 'smpt://robot:s3cret@127.0.0.1:2525' })).not.toThrow(/s3cret/);
  });

  it('accepts smtps URLs with credentials', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), SMTP_URL: 'smtps://robot:s3cret@127.0.0.1:465', MAIL_FROM: 'robot@cur.mari-el.local' });
    expect(config.SMTP_URL).toBe('smtps://robot:s3cret@127.0.0.1:465');
    expect(config.MAIL_FROM).toBe('robot@cur.mari-el.local');
  });
});
