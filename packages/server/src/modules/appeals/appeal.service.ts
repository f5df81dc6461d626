import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { nextRegistrationNumber } from '../../database/registration-number.js';
import { AppError, badField, conflict, ErrorCode, forbidden, notFound } from '../../graphql/errors.js';
import { Agency } from '../agencies/agency.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/auth.entities.js';
import { canAccessAgency, isCenter, type CurrentUser } from '../auth/current-user.js';
import { Deadline, DeadlineKind, DeadlineStatus } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { formatMoscowTimeLabel } from '../deadlines/engine/moscow-time.js';
import type { FileStore } from '../files/file-store.js';
import { Municipality, QuestionType, Topic } from '../reference/reference.entities.js';
import { Appeal, AppealChannel, AppealEvent, AppealEventKind, AppealStatus } from './appeal.entity.js';
import { nextAppealStatus, type AppealStep } from './appeal-state.js';
import type { AppealRepeatService } from './appeal-repeat.service.js';
import { addCoAppellants, attachFiles, loadQuestionSubtype } from './appeal-intake.js';
import {
  parseAddAttachments,
  parseAnswerAppeal,
  parseAssignAppeal,
  parseCloseAppeal,
  parseExtendAppeal,
  parseForwardAppeal,
  parseLeaveUnanswered,
  parseRegisterAppeal,
} from './appeal.validation.js';

export const APPEAL_SUBJECT = 'APPEAL';

/** Appeals are classified down to a question of the classifier (level 4) or its refinement (level 5). */
const QUESTION_LEVEL = 4;

/** The outcome of a mutation: the appeal and the deadlines it changed, for the countdown to publish. */
export interface AppealChange {
  appeal: Appeal;
  changedDeadlines: Deadline[];
  /** False when registerAppeal found the channel's external id already registered. */
  created?: boolean;
}

/** Registers appeals and moves them through their statuses, each step with its history, audit and deadlines. */
export class AppealService {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly files: FileStore,
    /** Suggests earlier appeals of the same appellant at registration; without it none are suggested. */
    private readonly repeats?: AppealRepeatService,
  ) {}

  async register(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseRegisterAppeal(input);
    const agencyId = this.registrationAgency(actor, values.agencyId);

    if (values.externalId) {
      const stored = await this.findRegistered(em, actor, values.channel, values.externalId);
      if (stored) {
        return stored;
      }
    }
    try {
      return await this.registerNew(em, actor, values, agencyId);
    } catch (error) {
      // Two integrator calls with the same id can race past the check above; the unique key decides.
      if (values.externalId && error instanceof UniqueConstraintViolationException) {
        const stored = await this.findRegistered(em.fork(), actor, values.channel, values.externalId);
        if (stored) {
          return stored;
        }
      }
      throw error;
    }
  }

  /** Returns the appeal already registered under a channel's external id, if the caller may see it. */
  private async findRegistered(em: EntityManager, actor: CurrentUser, channel: AppealChannel, externalId: string): Promise<AppealChange | null> {
    const appeal = await em.findOne(Appeal, { channel, externalId });
    if (!appeal) {
      return null;
    }
    if (!canAccessAgency(actor, appeal.agency?.id)) {
      throw conflict(`Channel ${channel} already has an appeal with external id ${externalId}, registered for another agency.`);
    }
    return { appeal, changedDeadlines: [], created: false };
  }

  private registerNew(
    em: EntityManager,
    actor: CurrentUser,
    values: ReturnType<typeof parseRegisterAppeal>,
    agencyId: string | null,
  ): Promise<AppealChange> {
    return em.transactional(async (tx) => {
      // One after another: a transaction has one connection, which runs one query at a time.
      const topic = await tx.findOne(Topic, { code: values.topicCode });
      const questionType = values.questionTypeCode ? await tx.findOne(QuestionType, { code: values.questionTypeCode }) : null;
      const municipality = values.municipalityOktmo ? await tx.findOne(Municipality, { oktmo: values.municipalityOktmo }) : null;
      const agency = agencyId ? await tx.findOne(Agency, { id: agencyId }) : null;
      if (!topic) {
        throw badField('input.topicCode', 'NOT_FOUND', `topic ${values.topicCode} is not in the classifier; give the full code of a question, such as 0005.0005.0056.1197, from the topics query.`);
      }
      if (topic.level < QUESTION_LEVEL) {
        throw badField(
          'input.topicCode',
          'TOO_GENERAL',
          `topic ${topic.code} is a level-${topic.level} heading; pick a question (level 4) or a refinement (level 5) under it.`,
        );
      }
      if (values.questionTypeCode && !questionType) {
        throw badField('input.questionTypeCode', 'NOT_FOUND', `question type ${values.questionTypeCode} does not exist; pick one from the questionTypes query.`);
      }
      if (values.municipalityOktmo && !municipality) {
        throw badField('input.municipalityOktmo', 'NOT_FOUND', `OKTMO ${values.municipalityOktmo} is not a municipality of the republic.`);
      }
      if (agencyId && !agency) {
        throw badField('input.agencyId', 'NOT_FOUND', `agency ${agencyId} does not exist; pick one from the agencies query.`);
      }
      const questionSubtype = await loadQuestionSubtype(tx, questionType, values.questionSubtypeCode);
      const files = await this.files.findOwnUploads(tx, actor, values.attachmentIds, 'input.attachmentIds');

      const registeredAt = new Date();
      const number = await nextRegistrationNumber(tx, 'appeal_number_seq', 'ЦУР', registeredAt);
      const status = agency ? AppealStatus.ASSIGNED : AppealStatus.REGISTERED;

      const appeal = tx.create(Appeal, {
        number,
        channel: values.channel,
        externalId: values.externalId,
        appellantKind: values.appellantKind,
        appellantName: values.appellantName,
        appellantEmail: values.appellantEmail,
        appellantPhone: values.appellantPhone,
        appellantAddress: values.appellantAddress,
        appellantInn: values.appellantInn,
        text: values.text,
        topic,
        questionType,
        questionSubtype,
        municipality,
        agency,
        status,
        receivedAt: values.receivedAt,
        registeredAt,
        // Replaced below by the computed due instant, before the first flush.
        answerDueAt: registeredAt,
        registeredBy: tx.getReference(User, actor.id),
      });

      const registration = await this.deadlines.start(tx, {
        kind: DeadlineKind.APPEAL_REGISTRATION,
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
        channel: values.channel,
        subjectLabel: number,
        agency,
        startedAt: values.receivedAt,
      });
      this.deadlines.complete(registration, registeredAt);
      const answer = await this.deadlines.start(tx, {
        kind: DeadlineKind.APPEAL_ANSWER,
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
        channel: values.channel,
        subjectLabel: number,
        agency,
        startedAt: registeredAt,
      });
      appeal.answerDueAt = answer.dueAt;
      const changedDeadlines = [registration, answer];
      if (!agency) {
        // No agency has the appeal yet, so the 7-day term to hand it to the competent agency runs.
        changedDeadlines.push(
          await this.deadlines.start(tx, {
            kind: DeadlineKind.APPEAL_FORWARDING,
            subjectType: APPEAL_SUBJECT,
            subjectId: appeal.id,
            channel: values.channel,
            subjectLabel: number,
            agency: null,
            startedAt: registeredAt,
          }),
        );
      }

      this.addEvent(tx, appeal, actor, AppealEventKind.REGISTERED, null, AppealStatus.REGISTERED, null);
      if (agency) {
        this.addEvent(tx, appeal, actor, AppealEventKind.ASSIGNED, AppealStatus.REGISTERED, status, agency.shortName);
      }
      await this.repeats?.suggest(tx, appeal);
      addCoAppellants(tx, appeal, values.coAppellants);
      await attachFiles(tx, appeal, actor, files);
      recordAudit(tx, actor, {
        operation: 'registerAppeal',
        entityType: 'Appeal',
        entityId: appeal.id,
        before: null,
        after: auditSnapshot(appeal),
      });
      return { appeal, changedDeadlines, created: true };
    });
  }

  /**
   * Attaches files the caller uploaded to an appeal in any status, with an ATTACHMENT_ADDED event
   * and an audit entry. Files already attached are skipped, so a retry adds nothing twice.
   */
  async addAttachments(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseAddAttachments(input);
    return em.transactional(async (tx) => {
      const appeal = await tx.findOne(Appeal, { id: values.appealId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!appeal || !canAccessAgency(actor, appeal.agency?.id)) {
        throw notFound('Appeal', values.appealId);
      }
      const files = await this.files.findOwnUploads(tx, actor, values.fileIds, 'input.fileIds');
      const links = await attachFiles(tx, appeal, actor, files);
      if (links.length > 0) {
        recordAudit(tx, actor, {
          operation: 'addAppealAttachments',
          entityType: 'Appeal',
          entityId: appeal.id,
          after: { fileIds: links.map((link) => link.file.id) },
        });
      }
      return { appeal, changedDeadlines: [] };
    });
  }

  async assign(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseAssignAppeal(input);
    if (!isCenter(actor)) {
      throw forbidden('Only the center assigns appeals to agencies.');
    }
    return em.transactional(async (tx) => {
      const appeal = await this.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'assign');
      const agency = await tx.findOne(Agency, { id: values.agencyId });
      if (!agency) {
        throw badField('input.agencyId', 'NOT_FOUND', `agency ${values.agencyId} does not exist; pick one from the agencies query.`);
      }
      if (appeal.status === AppealStatus.ASSIGNED && appeal.agency?.id === agency.id) {
        // Assigning to the agency that already has the appeal changes nothing, so it records nothing.
        return { appeal, changedDeadlines: [] };
      }
      const before = auditSnapshot(appeal);
      const fromStatus = appeal.status;
      const kind = appeal.agency ? AppealEventKind.REASSIGNED : AppealEventKind.ASSIGNED;
      appeal.status = nextAppealStatus(appeal.status, 'assign');
      appeal.agency = agency;

      const open = await this.moveOpenDeadlines(tx, appeal, agency);
      for (const deadline of open.filter((candidate) => candidate.kind === DeadlineKind.APPEAL_FORWARDING)) {
        this.deadlines.complete(deadline, new Date());
      }
      this.addEvent(tx, appeal, actor, kind, fromStatus, appeal.status, values.note ?? agency.shortName);
      await this.recordChange(tx, actor, 'assignAppeal', appeal, before);
      return { appeal, changedDeadlines: open };
    });
  }

  /** Hands an assigned appeal to another agency with a reason; the receiving agency takes it over. */
  async forward(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseForwardAppeal(input);
    return em.transactional(async (tx) => {
      const appeal = await this.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'forward');
      const agency = await tx.findOne(Agency, { id: values.agencyId });
      if (!agency) {
        throw badField('input.agencyId', 'NOT_FOUND', `agency ${values.agencyId} does not exist; pick one from the agencies query.`);
      }
      if (agency.id === appeal.agency?.id) {
        throw badField('input.agencyId', 'UNCHANGED', `the appeal is already with ${agency.shortName}; choose the competent agency.`);
      }
      rejectNoticeBeforeReceipt(appeal, values.appellantNotifiedAt);
      const before = auditSnapshot(appeal);
      appeal.agency = agency;
      appeal.forwardingNoticeAt = values.appellantNotifiedAt;
      const open = await this.moveOpenDeadlines(tx, appeal, agency);
      this.addEvent(tx, appeal, actor, AppealEventKind.FORWARDED, appeal.status, appeal.status, `${agency.shortName}: ${values.reason}`);
      await this.recordChange(tx, actor, 'forwardAppeal', appeal, before);
      return { appeal, changedDeadlines: open };
    });
  }

  /** Extends the answer term once by up to 30 days, with the reason and the appellant's notice. */
  async extend(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseExtendAppeal(input);
    return em.transactional(async (tx) => {
      const appeal = await this.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'extend');
      if (appeal.extendedAt) {
        throw new AppError(
          ErrorCode.INVALID_TRANSITION,
          `The answer term of ${appeal.number} was already extended once, by ${appeal.extensionDays} days; the law allows one extension.`,
          { from: appeal.status, action: 'extend', reason: 'ALREADY_EXTENDED' },
        );
      }
      const answer = await tx.findOne(Deadline, {
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
        kind: DeadlineKind.APPEAL_ANSWER,
        status: DeadlineStatus.OPEN,
      });
      if (!answer) {
        throw new AppError(ErrorCode.INVALID_TRANSITION, `${appeal.number} has no running answer term to extend.`, { from: appeal.status, action: 'extend', reason: 'NO_RUNNING_TERM' });
      }
      rejectNoticeBeforeReceipt(appeal, values.appellantNotifiedAt);
      const before = auditSnapshot(appeal);
      this.deadlines.extend(answer, values.days, `продление на ${values.days} дн.: ${values.reason}`);
      appeal.answerDueAt = answer.dueAt;
      appeal.extendedAt = new Date();
      appeal.extensionDays = values.days;
      appeal.extensionReason = values.reason;
      appeal.extensionNoticeAt = values.appellantNotifiedAt;
      this.addEvent(tx, appeal, actor, AppealEventKind.EXTENDED, appeal.status, appeal.status, `на ${values.days} дн.: ${values.reason}`);
      await this.recordChange(tx, actor, 'extendAppeal', appeal, before);
      return { appeal, changedDeadlines: [answer] };
    });
  }

  /** Leaves an appeal without an answer on a ground the law allows; its running terms stop. */
  async leaveUnanswered(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseLeaveUnanswered(input);
    return em.transactional(async (tx) => {
      const appeal = await this.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'leaveUnanswered');
      const before = auditSnapshot(appeal);
      const fromStatus = appeal.status;
      appeal.status = nextAppealStatus(appeal.status, 'leaveUnanswered');
      appeal.unansweredGround = values.ground;
      const open = await tx.find(Deadline, { subjectType: APPEAL_SUBJECT, subjectId: appeal.id, status: DeadlineStatus.OPEN });
      for (const deadline of open) {
        this.deadlines.cancel(deadline, new Date());
      }
      this.addEvent(tx, appeal, actor, AppealEventKind.LEFT_UNANSWERED, fromStatus, appeal.status, values.note ?? values.ground);
      await this.recordChange(tx, actor, 'leaveAppealUnanswered', appeal, before);
      return { appeal, changedDeadlines: open };
    });
  }

  /** Flushes the step, so that the audit entry's after-values carry the new version, and audits it. */
  async recordChange(
    tx: EntityManager,
    actor: CurrentUser,
    operation: string,
    appeal: Appeal,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    await tx.flush();
    recordAudit(tx, actor, { operation, entityType: 'Appeal', entityId: appeal.id, before, after: auditSnapshot(appeal) });
  }

  private async moveOpenDeadlines(tx: EntityManager, appeal: Appeal, agency: Agency): Promise<Deadline[]> {
    const open = await tx.find(Deadline, { subjectType: APPEAL_SUBJECT, subjectId: appeal.id, status: DeadlineStatus.OPEN });
    for (const deadline of open) {
      deadline.agency = agency;
    }
    return open;
  }

  async answer(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseAnswerAppeal(input);
    return em.transactional(async (tx) => {
      const appeal = await this.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'answer');
      const before = auditSnapshot(appeal);
      const fromStatus = appeal.status;
      const answeredAt = new Date();
      appeal.status = nextAppealStatus(appeal.status, 'answer');
      appeal.answerText = values.answerText;
      appeal.answeredAt = answeredAt;
      // A draft under review is superseded by the answer sent; the history event keeps the draft.
      appeal.answerDraft = null;
      appeal.answerDraftSubmittedAt = null;

      // The answer also ends a rework that a failed review started, MET or MISSED by its own term.
      const answerDeadlines = await tx.find(Deadline, {
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
        kind: { $in: [DeadlineKind.APPEAL_ANSWER, DeadlineKind.APPEAL_REWORK] },
        status: DeadlineStatus.OPEN,
      });
      for (const deadline of answerDeadlines) {
        this.deadlines.complete(deadline, answeredAt);
      }
      this.addEvent(tx, appeal, actor, AppealEventKind.ANSWERED, fromStatus, appeal.status, null);
      await this.recordChange(tx, actor, 'answerAppeal', appeal, before);
      return { appeal, changedDeadlines: answerDeadlines };
    });
  }

  async close(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseCloseAppeal(input);
    if (!isCenter(actor)) {
      throw forbidden('Only the center closes appeals.');
    }
    return em.transactional(async (tx) => {
      const appeal = await this.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'close');
      const before = auditSnapshot(appeal);
      const fromStatus = appeal.status;
      appeal.status = nextAppealStatus(appeal.status, 'close');
      appeal.closedAt = new Date();
      this.addEvent(tx, appeal, actor, AppealEventKind.CLOSED, fromStatus, appeal.status, values.note ?? null);
      await this.recordChange(tx, actor, 'closeAppeal', appeal, before);
      return { appeal, changedDeadlines: [] };
    });
  }

  /** Returns the agency a new appeal goes to: an agency official registers for their own agency only. */
  private registrationAgency(actor: CurrentUser, requested: string | null): string | null {
    if (isCenter(actor)) {
      return requested;
    }
    if (actor.agencyId && (requested === null || requested === actor.agencyId)) {
      return actor.agencyId;
    }
    throw forbidden('An agency official registers appeals for their own agency only.');
  }

  /** Locks the appeal row, checks visibility, version and that the step is allowed from its status. */
  async loadForStep(
    tx: EntityManager,
    actor: CurrentUser,
    appealId: string,
    expectedVersion: number | null | undefined,
    step: AppealStep,
  ): Promise<Appeal> {
    const appeal = await tx.findOne(Appeal, { id: appealId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!appeal || !canAccessAgency(actor, appeal.agency?.id)) {
      // An appeal of another agency is reported as missing, so ids of other agencies' appeals leak nothing.
      throw notFound('Appeal', appealId);
    }
    if (expectedVersion != null && expectedVersion !== appeal.version) {
      throw conflict(
        `Appeal ${appeal.number} changed since you read it (version ${appeal.version}, you sent ${expectedVersion}); reload it and try again.`,
        { currentVersion: appeal.version },
      );
    }
    nextAppealStatus(appeal.status, step);
    return appeal;
  }

  /** Appends one step to the appeal's history; events are never updated or deleted. */
  addEvent(
    tx: EntityManager,
    appeal: Appeal,
    actor: CurrentUser,
    kind: AppealEventKind,
    fromStatus: AppealStatus | null,
    toStatus: AppealStatus,
    note: string | null,
  ): void {
    const handsOver = kind === AppealEventKind.ASSIGNED || kind === AppealEventKind.REASSIGNED || kind === AppealEventKind.FORWARDED;
    tx.persist(
      tx.create(AppealEvent, {
        appeal,
        at: new Date(),
        actor: tx.getReference(User, actor.id),
        kind,
        agency: handsOver ? (appeal.agency ?? null) : null,
        fromStatus,
        toStatus,
        note,
      }),
    );
  }
}

/** Rejects an appellant's notice dated before the appeal was received, which cannot be true. */
function rejectNoticeBeforeReceipt(appeal: Appeal, notifiedAt: Date): void {
  if (notifiedAt.getTime() < appeal.receivedAt.getTime()) {
    throw badField(
      'input.appellantNotifiedAt',
      'NOTICE_BEFORE_RECEIPT',
      `must not be before the appeal was received (${formatMoscowTimeLabel(appeal.receivedAt)}); give when the appellant was notified.`,
    );
  }
}
