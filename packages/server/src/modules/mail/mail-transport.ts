import nodemailer, { type SMTPSentMessageInfo, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/config.js';
import type { Logger } from '../../logging/logger.js';

/** The part of an outbox message that a transport needs. */
export interface OutgoingEmail {
  /** Outbox row id; the Message-ID is built from it, so a repeated delivery keeps the same Message-ID. */
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html?: string | null;
}

export interface MailTransport {
  /** False for the log transport, whose messages the worker leaves PENDING for a later SMTP server. */
  readonly delivers: boolean;
  /**
   * Sends one message and returns the Message-ID the server accepted, or null from the log
   * transport, which delivers nothing. Rejects with the nodemailer error.
   */
  send(email: OutgoingEmail): Promise<string | null>;
  close(): void;
}

/** Limits on each SMTP step, because the worker holds the outbox row locks while it sends. */
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/** Number of characters of the text that the log transport writes. */
const LOGGED_TEXT_LENGTH = 200;

/** Builds the SMTP transport of SMTP_URL, or the log transport when SMTP_URL is unset. */
export function createMailTransport(
  config: Pick<AppConfig, 'SMTP_URL' | 'MAIL_FROM'>,
  logger: Logger,
): MailTransport {
  if (!config.SMTP_URL) {
    logger.warn('SMTP_URL is not set: e-mails are written to the log and stay pending in the outbox');
    return new LogMailTransport(logger);
  }
  return new SmtpMailTransport(config.SMTP_URL, config.MAIL_FROM, logger);
}

class SmtpMailTransport implements MailTransport {
  readonly delivers = true;
  private readonly transporter: Transporter<SMTPSentMessageInfo>;
  private readonly messageIdDomain: string;

  constructor(smtpUrl: string, from: string, logger: Logger) {
    this.transporter = nodemailer.createTransport(
      {
        url: smtpUrl,
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        greetingTimeout: GREETING_TIMEOUT_MS,
        socketTimeout: SOCKET_TIMEOUT_MS,
        // Message content is plain strings, so nothing may make nodemailer read a file or a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
      },
      { from },
    );
    this.messageIdDomain = /@([^\s<>@]+)>?$/.exec(from)?.[1] ?? 'localhost';
    const server = new URL(smtpUrl);
    // The URL may carry credentials, so only its host and port are logged.
    logger.info({ smtpHost: server.hostname, smtpPort: server.port || null, secure: server.protocol === 'smtps:' }, 'mail transport: SMTP');
  }

  async send(email: OutgoingEmail): Promise<string> {
    const info = await this.transporter.sendMail({
      to: email.recipient,
      subject: email.subject,
      text: email.text,
      html: email.html ?? undefined,
      messageId: `<${email.id}@${this.messageIdDomain}>`,
    });
    return info.messageId;
  }

  close(): void {
    this.transporter.close();
  }
}

/** Writes each message to the log instead of sending it; used when no SMTP server is configured. */
class LogMailTransport implements MailTransport {
  readonly delivers = false;

  constructor(private readonly logger: Logger) {}

  send(email: OutgoingEmail): Promise<null> {
    this.logger.info(
      {
        outboxMessageId: email.id,
        recipient: email.recipient,
        subject: email.subject,
        text: email.text.slice(0, LOGGED_TEXT_LENGTH),
      },
      'e-mail not sent because SMTP_URL is not set',
    );
    return Promise.resolve(null);
  }

  close(): void {}
}
