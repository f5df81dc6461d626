import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox.entity.js';

export interface EmailToEnqueue {
  recipient: string;
  subject: string;
  /** Plain-text body; every message has one, so that any mail client can show it. */
  text: string;
  html?: string | null;
  /** Type of the record that caused the message, such as `APPEAL`, for the audit trail; `subjectId` is its id. */
  subjectType?: string | null;
  subjectId?: string | null;
}

/**
 * Adds an e-mail to the caller's unit of work without flushing, so that it commits or rolls back
 * together with the change that causes it. The mail worker delivers it after the commit.
 * Throws a RangeError on an empty recipient, subject or text.
 */
export function enqueueEmail(em: EntityManager, email: EmailToEnqueue): OutboxMessage {
  const recipient = email.recipient.trim();
  if (!recipient.includes('@')) {
    throw new RangeError(`outbox recipient must be an e-mail address, got ${JSON.stringify(email.recipient)}`);
  }
  if (email.subject.trim() === '' || email.text.trim() === '') {
    throw new RangeError(`outbox message to ${recipient} must have a subject and a text`);
  }
  const message = em.create(OutboxMessage, {
    recipient,
    subject: email.subject,
    text: email.text,
    html: email.html ?? null,
    subjectType: email.subjectType ?? null,
    subjectId: email.subjectId ?? null,
  });
  em.persist(message);
  return message;
}
