import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { nextRegistrationNumber } from '../../database/registration-number.js';
import { badField, conflict, forbidden, notFound } from '../../graphql/errors.js';
import { Agency } from '../agencies/agency.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { agencyScope, isCenter, type CurrentUser } from '../auth/current-user.js';
import { Deadline, DeadlineKind, DeadlineStatus } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { formatMoscowTimeLabel } from '../deadlines/engine/index.js';
import type { FileStore } from '../files/file-store.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import { DEADLINE_TIME_ZONE, type DeadlineExplanation } from '../deadlines/engine/index.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notifyAgency, notifyCenter } from '../notifications/notification.service.js';
import { InformationRequest, InformationRequestFile, InformationRequestRecipient } from './report.entities.js';
import * as validation from './report.validation.js';

export const INFORMATION_REQUEST_SUBJECT = 'INFORMATION_REQUEST';

export interface RequestChange {
  request: InformationRequest;
  changedDeadlines: Deadline[];
}

function formatMoscow(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: DEADLINE_TIME_ZONE }).toFormat('dd.MM.yyyy HH:mm');
}

/**
 * Builds the explanation of a term that the center set as an instant: no rule is applied, so the
 * rule records the calendar days from the sending day to the due day and no shift.
 */
export function explainSetDue(sentAt: Date, dueAt: Date, number: string): DeadlineExplanation {
  const start = DateTime.fromJSDate(sentAt, { zone: DEADLINE_TIME_ZONE });
  const due = DateTime.fromJSDate(dueAt, { zone: DEADLINE_TIME_ZONE });
  const days = Math.round(due.startOf('day').diff(start.startOf('day'), 'days').days);
  return {
    timeZone: DEADLINE_TIME_ZONE,
    startedAt: start.toISO()!,
    startDate: start.toISODate(),
    rule: { kind: 'CALENDAR_DAYS', amount: Math.max(days, 1), nonWorkingEnd: 'NONE' },
    daysCounted: days,
    hoursCounted: 0,
    lastDayBeforeShift: due.toISODate(),
    nonWorkingDaysSkipped: [],
    shift: null,
    dueAt: due.toISO()!,
    warnings: [],
    summary: `Срок ответа на запрос ${number} установлен ЦУР: до ${formatMoscow(dueAt)} (МСК).`,
  };
}

/** Sends the center's official information requests and records each agency's answer. */
export class InformationRequestService {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly files: FileStore,
  ) {}

  /** Links files the caller uploaded to the request, or to one agency's answer when `recipient` is set. */
  private async attach(tx: EntityManager, actor: CurrentUser, request: InformationRequest, recipient: InformationRequestRecipient | null, ids: string[]): Promise<StoredFile[]> {
    if (ids.length === 0) {
      return [];
    }
    const files = await this.files.findOwnUploads(tx, actor, ids, 'input.attachmentIds');
    const addedAt = new Date();
    for (const file of files) {
      tx.persist(tx.create(InformationRequestFile, { request, recipient, file, addedBy: tx.getReference(User, actor.id), addedAt }));
    }
    return files;
  }

  /** Sends a request to every named agency, with one INFORMATION_REQUEST deadline each. */
  async send(em: EntityManager, actor: CurrentUser, input: unknown): Promise<RequestChange> {
    if (!isCenter(actor)) {
      throw forbidden('Only the center sends information requests.');
    }
    const sentAt = new Date();
    const values = validation.parseSendRequest(input, sentAt);
    return em.transactional(async (tx) => {
      const agencies = await tx.find(Agency, { id: { $in: values.agencyIds } });
      const missing = values.agencyIds.filter((id) => !agencies.some((agency) => agency.id === id));
      if (missing.length > 0) {
        throw badField('input.agencyIds', 'NOT_FOUND', `agencies ${missing.join(', ')} do not exist; pick them from the agencies query.`);
      }
      const number = await nextRegistrationNumber(tx, 'information_request_number_seq', 'ИЗ', sentAt);
      const request = tx.create(InformationRequest, {
        number,
        subject: values.subject,
        text: values.text,
        sentAt,
        dueAt: values.dueAt,
        sentBy: tx.getReference(User, actor.id),
      });
      const attachments = await this.attach(tx, actor, request, null, values.attachmentIds);
      const explanation = explainSetDue(sentAt, values.dueAt, number);
      const changedDeadlines: Deadline[] = [];
      for (const agency of agencies) {
        tx.persist(tx.create(InformationRequestRecipient, { request, agency }));
        changedDeadlines.push(
          this.deadlines.startWithDue(
            tx,
            {
              kind: DeadlineKind.INFORMATION_REQUEST,
              subjectType: INFORMATION_REQUEST_SUBJECT,
              subjectId: request.id,
              subjectLabel: `Запрос ${number}`,
              agency,
              startedAt: sentAt,
            },
            values.dueAt,
            explanation,
          ),
        );
        await notifyAgency(tx, agency.id, {
          kind: NotificationKind.INFORMATION_REQUEST,
          title: `Запрос ЦУР ${number}: ${values.subject}`,
          body: `Ответьте до ${formatMoscow(values.dueAt)} (МСК).`,
          subjectType: INFORMATION_REQUEST_SUBJECT,
          subjectId: request.id,
        });
      }
      recordAudit(tx, actor, {
        operation: 'sendInformationRequest',
        entityType: 'InformationRequest',
        entityId: request.id,
        after: { ...auditSnapshot(request), agencyIds: values.agencyIds, attachmentIds: attachments.map((file) => file.id) },
      });
      return { request, changedDeadlines };
    });
  }

  /**
   * Records the caller's agency's answer. Each agency answers once, because the answer completes its
   * deadline as MET or MISSED; a second answer is rejected as a conflict.
   */
  async answer(em: EntityManager, actor: CurrentUser, input: unknown): Promise<RequestChange> {
    if (actor.role !== UserRole.AGENCY_OFFICIAL || !actor.agencyId) {
      throw forbidden('Only an official of an addressed agency answers an information request.');
    }
    const values = validation.parseAnswerRequest(input);
    return em.transactional(async (tx) => {
      const recipient = await tx.findOne(
        InformationRequestRecipient,
        { request: values.requestId, agency: actor.agencyId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!recipient) {
        throw notFound('InformationRequest', values.requestId);
      }
      const request = await tx.findOneOrFail(InformationRequest, { id: values.requestId });
      await tx.populate(recipient, ['agency']);
      if (recipient.answeredAt) {
        throw conflict(`Your agency already answered request ${request.number} at ${formatMoscowTimeLabel(recipient.answeredAt)}; send additions by a new letter.`, {
          reason: 'ALREADY_ANSWERED',
        });
      }
      const before = auditSnapshot(recipient);
      const answeredAt = new Date();
      recipient.answerText = values.text;
      recipient.answeredAt = answeredAt;
      recipient.answeredBy = tx.getReference(User, actor.id);
      recipient.onTime = answeredAt.getTime() <= request.dueAt.getTime();
      const attachments = await this.attach(tx, actor, request, recipient, values.attachmentIds);
      const open = await tx.find(Deadline, {
        subjectType: INFORMATION_REQUEST_SUBJECT,
        subjectId: request.id,
        agency: actor.agencyId,
        status: DeadlineStatus.OPEN,
      });
      for (const deadline of open) {
        this.deadlines.complete(deadline, answeredAt);
      }
      await notifyCenter(tx, {
        kind: NotificationKind.INFORMATION_REQUEST,
        title: `${recipient.agency.shortName} ответил на запрос ${request.number}`,
        body: recipient.onTime ? 'Ответ представлен в срок.' : 'Ответ представлен с нарушением срока.',
        subjectType: INFORMATION_REQUEST_SUBJECT,
        subjectId: request.id,
      });
      recordAudit(tx, actor, {
        operation: 'answerInformationRequest',
        entityType: 'InformationRequestRecipient',
        entityId: recipient.id,
        before,
        after: { ...auditSnapshot(recipient), attachmentIds: attachments.map((file) => file.id) },
      });
      return { request, changedDeadlines: open };
    });
  }
}

/**
 * Admits a download of a request's file: the center reads every one, and an agency official reads
 * the request's own files when the agency is addressed, and only its own agency's answer files.
 */
export async function canReadInformationRequestFile(em: EntityManager, user: CurrentUser, fileId: string): Promise<boolean> {
  if (!isCenter(user) && user.role !== UserRole.AGENCY_OFFICIAL) {
    return false;
  }
  const scope = agencyScope(user);
  const rows = await em.getConnection().execute<{ found: number }[]>(
    `select 1 as found from information_request_file f
       left join information_request_recipient addressed on addressed.request_id = f.request_id and addressed.agency_id = ?::uuid
       left join information_request_recipient answering on answering.id = f.recipient_id
      where f.file_id = ?
        and (?::uuid is null or (f.recipient_id is null and addressed.id is not null) or answering.agency_id = ?::uuid)
      limit 1`,
    [scope, fileId, scope, scope],
  );
  return rows.length > 0;
}
