import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { nextRegistrationNumber } from '../../database/registration-number.js';
import { isBlank } from '../../graphql/validation.js';
import { badField, badUserInput, conflict, forbidden, notFound, type FieldProblem } from '../../graphql/errors.js';
import { Agency } from '../agencies/agency.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { canAccessAgency, isCenter, type CurrentUser } from '../auth/current-user.js';
import { Deadline, DeadlineKind, DeadlineStatus } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { enqueueEmail } from '../mail/outbox.service.js';
import { notifyAgency, notifyCenter, notifyRole } from '../notifications/notification.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { Topic } from '../reference/reference.entities.js';
import { routeTopic } from './comment-routing.js';
import { assertCaseStep, type CaseStep } from './comment-state.js';
import {
  CommentAuthorRole,
  CommentDraft,
  DraftReviewOutcome,
  InformationRisk,
  InformationRiskEvent,
  InformationRiskEventKind as EventKind,
  InformationRiskStatus as Status,
  RoutingSource,
  VerificationOutcome,
} from './comment.entities.js';
import * as validation from './comment.validation.js';

export const INFORMATION_RISK_SUBJECT = 'INFORMATION_RISK';

export interface CaseChange {
  risk: InformationRisk;
  changedDeadlines: Deadline[];
}

/** The side that takes a step: the center, or the responsible agency's own staff. */
type Actor = 'CENTER' | 'AGENCY';

interface StepOutcome {
  status: Status;
  event: EventKind;
  note?: string | null;
  changedDeadlines?: Deadline[];
}

export interface CommentMailSettings {
  pressServiceEmail: string;
}

/** Runs the regulation's algorithm for misinformation, from detection to distribution, with its two clocks. */
export class CommentService {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly mail: CommentMailSettings,
  ) {}

  async detect(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    if (!isCenter(actor)) {
      throw forbidden('Only the center registers information risks.');
    }
    const values = validation.parseDetect(input);
    return em.transactional(async (tx) => {
      const topic = await tx.findOne(Topic, { code: values.topicCode });
      if (!topic) {
        throw badField('input.topicCode', 'NOT_FOUND', `topic ${values.topicCode} is not in the classifier; pick a code from the topics query.`);
      }
      let agency: Agency | null;
      let routedBy = RoutingSource.OVERRIDE;
      if (values.agencyId) {
        agency = await tx.findOne(Agency, { id: values.agencyId });
        if (!agency) {
          throw badField('input.agencyId', 'NOT_FOUND', `agency ${values.agencyId} does not exist.`);
        }
      } else {
        agency = await routeTopic(tx, topic.code);
        routedBy = RoutingSource.ROUTING_RULE;
        if (!agency) {
          throw badField(
            'input.agencyId',
            'NO_ROUTE',
            `no routing rule covers topic ${topic.code}; choose the responsible agency or add a rule with setCommentRoute.`,
          );
        }
      }

      const detectedAt = values.detectedAt ?? new Date();
      const number = await nextRegistrationNumber(tx, 'information_risk_number_seq', 'ДИ', detectedAt);
      const risk = tx.create(InformationRisk, {
        number,
        url: values.url,
        source: values.source,
        title: values.title,
        excerpt: values.excerpt,
        detectedAt,
        topic,
        reach: values.reach ?? null,
        agency,
        routedBy,
        createdBy: tx.getReference(User, actor.id),
      });
      const proposalClock = await this.deadlines.start(tx, {
        kind: DeadlineKind.COMMENT_PROPOSAL,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
        subjectLabel: number,
        agency,
        startedAt: detectedAt,
      });
      this.addEvent(tx, risk, actor, EventKind.DETECTED, null, Status.DETECTED, agency.shortName);
      recordAudit(tx, actor, { operation: 'detectInformationRisk', entityType: 'InformationRisk', entityId: risk.id, after: auditSnapshot(risk) });
      return { risk, changedDeadlines: [proposalClock] };
    });
  }

  requestVerification(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseStep(input);
    return this.step(em, actor, values, 'requestVerification', 'requestInformationRiskVerification', 'CENTER', async (tx, risk) => {
      await notifyAgency(tx, risk.agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Проверка информации ${risk.number}`,
        body: `ЦУР просит срочно проверить публикацию «${risk.title}» (${risk.url}).`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      return { status: Status.VERIFICATION_REQUESTED, event: EventKind.VERIFICATION_REQUESTED, note: values.note };
    });
  }

  recordVerification(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseVerification(input);
    return this.step(em, actor, values, 'recordVerification', 'recordInformationRiskVerification', 'AGENCY', async (tx, risk) => {
      risk.verificationOutcome = values.outcome;
      risk.verificationNote = values.note;
      await notifyCenter(tx, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `${risk.agency.shortName} проверил информацию ${risk.number}`,
        body: `Итог проверки: ${verificationLabels[values.outcome]}.${values.note ? ` ${values.note}` : ''}`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      if (values.outcome === VerificationOutcome.TRUE) {
        // True information needs no refutation: the case closes and its clocks stop.
        risk.closedAt = new Date();
        return {
          status: Status.CLOSED,
          event: EventKind.VERIFIED,
          note: values.note ?? 'Информация подтвердилась, комментарий не требуется',
          changedDeadlines: await this.cancelOpenClocks(tx, risk),
        };
      }
      return { status: Status.VERIFIED, event: EventKind.VERIFIED, note: values.note };
    });
  }

  sendProposal(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseProposal(input);
    return this.step(em, actor, values, 'sendProposal', 'sendCommentProposal', 'CENTER', async (tx, risk) => {
      const sentAt = new Date();
      risk.proposalText = values.proposalText;
      risk.proposalSentAt = sentAt;
      const changed = await this.completeClocks(tx, risk, DeadlineKind.COMMENT_PROPOSAL, sentAt);
      changed.push(await this.startDraftClock(tx, risk, sentAt));
      await notifyAgency(tx, risk.agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Предложение официального комментария ${risk.number}`,
        body: `Подготовьте официальный комментарий в течение 3 часов: ${values.proposalText}`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      // The proposal goes into the history too, so that it survives a later supersede.
      return { status: Status.PROPOSAL_SENT, event: EventKind.PROPOSAL_SENT, note: values.proposalText, changedDeadlines: changed };
    });
  }

  submitDraft(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseDraft(input);
    return this.step(em, actor, values, 'submitDraft', 'submitCommentDraft', 'AGENCY', async (tx, risk) => {
      const topic = values.topicCode ? await tx.findOne(Topic, { code: values.topicCode }) : null;
      if (values.topicCode && !topic) {
        throw badField('input.topicCode', 'NOT_FOUND', `topic ${values.topicCode} is not in the classifier.`);
      }
      const previous = await tx.count(CommentDraft, { risk });
      const submittedAt = new Date();
      tx.persist(
        tx.create(CommentDraft, {
          risk,
          versionNumber: previous + 1,
          falseStatement: values.falseStatement,
          agencyAccount: values.agencyAccount,
          arguments: values.arguments,
          topic,
          authorName: values.authorName,
          authorRole: values.authorRole,
          submittedBy: tx.getReference(User, actor.id),
          submittedAt,
        }),
      );
      await notifyCenter(tx, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `${risk.agency.shortName}: проект комментария ${risk.number}, версия ${previous + 1}`,
        body: values.falseStatement ?? risk.title,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      return {
        status: Status.DRAFT_SUBMITTED,
        event: EventKind.DRAFT_SUBMITTED,
        note: `Версия ${previous + 1}`,
        changedDeadlines: await this.completeClocks(tx, risk, DeadlineKind.COMMENT_DRAFT, submittedAt),
      };
    });
  }

  approve(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseApproval(input);
    return this.step(em, actor, values, 'reviewDraft', 'approveOfficialComment', 'CENTER', async (tx, risk) => {
      const draft = await this.latestDraft(tx, risk);
      assertContentRules(draft, risk);
      this.markReviewed(tx, draft, actor, DraftReviewOutcome.APPROVED, null);
      await notifyAgency(tx, risk.agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Комментарий ${risk.number} согласован`,
        body: 'Опубликуйте его на официальном сайте и укажите адрес публикации.',
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      return { status: Status.APPROVED, event: EventKind.APPROVED, note: `Версия ${draft.versionNumber}` };
    });
  }

  returnDraft(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseReturn(input);
    return this.step(em, actor, values, 'reviewDraft', 'returnCommentDraft', 'CENTER', async (tx, risk) => {
      const draft = await this.latestDraft(tx, risk);
      const returnedAt = this.markReviewed(tx, draft, actor, DraftReviewOutcome.RETURNED, values.remarks);
      await notifyAgency(tx, risk.agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Проект комментария ${risk.number} возвращён на доработку`,
        body: values.remarks,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      // The agency again has 3 hours, now from receiving the remarks.
      return {
        status: Status.DRAFT_RETURNED,
        event: EventKind.DRAFT_RETURNED,
        note: values.remarks,
        changedDeadlines: [await this.startDraftClock(tx, risk, returnedAt)],
      };
    });
  }

  recordPublication(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parsePublication(input);
    return this.step(em, actor, values, 'recordPublication', 'recordCommentPublication', 'AGENCY', async (tx, risk) => {
      const draft = await this.approvedDraft(tx, risk);
      const replaces = (await tx.count(CommentDraft, { risk, supersededAt: { $ne: null } })) > 0;
      risk.publishedUrl = values.publishedUrl;
      risk.publishedAt = new Date();
      const subject = `${replaces ? 'Замена официального комментария' : 'Официальный комментарий'}: ${risk.agency.shortName} — ${risk.title}`;
      enqueueEmail(tx, {
        recipient: this.mail.pressServiceEmail,
        subject,
        text: formatCommentEmail(risk, draft, values.publishedUrl, replaces),
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      const published = {
        kind: NotificationKind.INFORMATION_RISK,
        title: `${risk.agency.shortName} опубликовал комментарий ${risk.number}`,
        body: `${values.publishedUrl}. Передайте комментарий в СМИ, подключённое к агрегатору новостей.`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      };
      await notifyCenter(tx, published);
      await notifyRole(tx, UserRole.PRESS_SERVICE, { ...published, title: subject, body: values.publishedUrl });
      return { status: Status.PUBLISHED, event: EventKind.PUBLISHED, note: values.publishedUrl };
    });
  }

  recordDistribution(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseDistribution(input);
    return this.step(em, actor, values, 'recordDistribution', 'recordCommentDistribution', 'CENTER', async (_tx, risk) => {
      const distributedAt = values.distributedAt ?? new Date();
      if (risk.publishedAt && distributedAt.getTime() < risk.publishedAt.getTime()) {
        throw badField('input.distributedAt', 'BEFORE_PUBLICATION', `must not be before the publication on the agency's site at ${risk.publishedAt.toISOString()}.`);
      }
      risk.distributionOutlet = values.outlet;
      risk.distributedAt = distributedAt;
      return { status: Status.DISTRIBUTED, event: EventKind.DISTRIBUTED, note: values.outlet };
    });
  }

  close(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseStep(input);
    return this.step(em, actor, values, 'close', 'closeInformationRisk', 'CENTER', async (_tx, risk) => {
      risk.closedAt = new Date();
      return { status: Status.CLOSED, event: EventKind.CLOSED, note: values.note };
    });
  }

  dismiss(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseDismissal(input);
    return this.step(em, actor, values, 'dismiss', 'dismissInformationRisk', 'CENTER', async (tx, risk) => {
      risk.dismissReason = values.reason;
      risk.closedAt = new Date();
      await notifyAgency(tx, risk.agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Дело ${risk.number} отклонено ЦУР`,
        body: `Комментарий готовить не нужно. Причина: ${values.reason}`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      return {
        status: Status.DISMISSED,
        event: EventKind.DISMISSED,
        note: values.reason,
        changedDeadlines: await this.cancelOpenClocks(tx, risk),
      };
    });
  }

  /** Opens a new round after approval: the approved version stays as it was, marked superseded. */
  supersede(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseSupersede(input);
    return this.step(em, actor, values, 'supersede', 'supersedeOfficialComment', 'CENTER', async (tx, risk) => {
      const draft = await this.approvedDraft(tx, risk);
      const now = new Date();
      if (risk.publishedAt) {
        enqueueEmail(tx, {
          recipient: this.mail.pressServiceEmail,
          subject: `Официальный комментарий будет заменён: ${risk.agency.shortName} — ${risk.title}`,
          text: [
            `Официальный комментарий по делу ЦУР ${risk.number}, опубликованный ${risk.publishedUrl ?? ''}, будет заменён.`,
            `Причина: ${values.reason}`,
            'Новый текст придёт отдельным письмом после согласования.',
          ].join('\n'),
          subjectType: INFORMATION_RISK_SUBJECT,
          subjectId: risk.id,
        });
      }
      await notifyAgency(tx, risk.agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Комментарий ${risk.number} нужно заменить`,
        body: `Подготовьте новый официальный комментарий в течение 3 часов. Причина: ${values.reason}. Предложение ЦУР: ${values.proposalText}`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      draft.supersededAt = now;
      risk.proposalText = values.proposalText;
      risk.proposalSentAt = now;
      risk.publishedUrl = null;
      risk.publishedAt = null;
      risk.distributionOutlet = null;
      risk.distributedAt = null;
      return {
        status: Status.PROPOSAL_SENT,
        event: EventKind.SUPERSEDED,
        note: `${values.reason}. Новое предложение: ${values.proposalText}`,
        changedDeadlines: [await this.startDraftClock(tx, risk, now)],
      };
    });
  }

  reroute(em: EntityManager, actor: CurrentUser, input: unknown): Promise<CaseChange> {
    const values = validation.parseReroute(input);
    return this.step(em, actor, values, 'reroute', 'rerouteInformationRisk', 'CENTER', async (tx, risk) => {
      const agency = await tx.findOne(Agency, { id: values.agencyId });
      if (!agency) {
        throw badField('input.agencyId', 'NOT_FOUND', `agency ${values.agencyId} does not exist.`);
      }
      if (agency.id === risk.agency.id) {
        throw badField('input.agencyId', 'UNCHANGED', `the case is already with ${agency.shortName}; choose another agency.`);
      }
      const previous = risk.agency;
      risk.agency = agency;
      risk.routedBy = RoutingSource.OVERRIDE;
      await notifyAgency(tx, previous.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `Дело ${risk.number} передано в ${agency.shortName}`,
        body: 'Дело больше не требует действий вашего органа.',
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      await notifyAgency(tx, agency.id, {
        kind: NotificationKind.INFORMATION_RISK,
        title: `ЦУР передал вам дело ${risk.number}`,
        body: `«${risk.title}» (${risk.url}).${risk.proposalText ? ` Предложение ЦУР: ${risk.proposalText}` : ''}`,
        subjectType: INFORMATION_RISK_SUBJECT,
        subjectId: risk.id,
      });
      const open = await tx.find(Deadline, { subjectType: INFORMATION_RISK_SUBJECT, subjectId: risk.id, status: DeadlineStatus.OPEN });
      for (const deadline of open) {
        deadline.agency = agency;
      }
      return { status: risk.status, event: EventKind.REROUTED, note: values.note ?? agency.shortName, changedDeadlines: open };
    });
  }

  /**
   * Loads and locks the case, checks the caller's role, agency and version and that the step is
   * allowed, then applies it and writes its history entry and audit entry in one transaction.
   */
  private step(
    em: EntityManager,
    actor: CurrentUser,
    values: { caseId: string; expectedVersion?: number | null },
    step: CaseStep,
    operation: string,
    who: Actor,
    apply: (tx: EntityManager, risk: InformationRisk) => Promise<StepOutcome>,
  ): Promise<CaseChange> {
    if (who === 'CENTER' && !isCenter(actor)) {
      throw forbidden('Only the center takes this step of the algorithm.');
    }
    if (who === 'AGENCY' && actor.role !== UserRole.AGENCY_OFFICIAL) {
      throw forbidden('Only the responsible agency takes this step of the algorithm.');
    }
    return em.transactional(async (tx) => {
      const risk = await tx.findOne(InformationRisk, { id: values.caseId }, { populate: ['agency', 'topic'], lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!risk || !canAccessAgency(actor, risk.agency.id)) {
        throw notFound('InformationRisk', values.caseId);
      }
      if (values.expectedVersion != null && values.expectedVersion !== risk.version) {
        throw conflict(
          `Case ${risk.number} changed since you read it (version ${risk.version}, you sent ${values.expectedVersion}); reload it and try again.`,
          { currentVersion: risk.version },
        );
      }
      assertCaseStep(risk.status, step);
      const before = auditSnapshot(risk);
      const fromStatus = risk.status;
      const outcome = await apply(tx, risk);
      risk.status = outcome.status;
      this.addEvent(tx, risk, actor, outcome.event, fromStatus, outcome.status, outcome.note ?? null);
      await tx.flush();
      recordAudit(tx, actor, { operation, entityType: 'InformationRisk', entityId: risk.id, before, after: auditSnapshot(risk) });
      return { risk, changedDeadlines: outcome.changedDeadlines ?? [] };
    });
  }

  private startDraftClock(tx: EntityManager, risk: InformationRisk, startedAt: Date): Promise<Deadline> {
    return this.deadlines.start(tx, {
      kind: DeadlineKind.COMMENT_DRAFT,
      subjectType: INFORMATION_RISK_SUBJECT,
      subjectId: risk.id,
      subjectLabel: risk.number,
      agency: risk.agency,
      startedAt,
    });
  }

  private async completeClocks(tx: EntityManager, risk: InformationRisk, kind: DeadlineKind, at: Date): Promise<Deadline[]> {
    const open = await tx.find(Deadline, { subjectType: INFORMATION_RISK_SUBJECT, subjectId: risk.id, kind, status: DeadlineStatus.OPEN });
    for (const deadline of open) {
      this.deadlines.complete(deadline, at);
    }
    return open;
  }

  private async cancelOpenClocks(tx: EntityManager, risk: InformationRisk): Promise<Deadline[]> {
    const open = await tx.find(Deadline, { subjectType: INFORMATION_RISK_SUBJECT, subjectId: risk.id, status: DeadlineStatus.OPEN });
    const now = new Date();
    for (const deadline of open) {
      this.deadlines.cancel(deadline, now);
    }
    return open;
  }

  private latestDraft(tx: EntityManager, risk: InformationRisk): Promise<CommentDraft> {
    return tx.findOneOrFail(CommentDraft, { risk }, { orderBy: { versionNumber: 'desc' }, populate: ['topic'] });
  }

  private markReviewed(
    tx: EntityManager,
    draft: CommentDraft,
    actor: CurrentUser,
    outcome: DraftReviewOutcome,
    remarks: string | null,
  ): Date {
    const reviewedAt = new Date();
    draft.reviewOutcome = outcome;
    draft.remarks = remarks;
    draft.reviewedBy = tx.getReference(User, actor.id);
    draft.reviewedAt = reviewedAt;
    return reviewedAt;
  }

  private approvedDraft(tx: EntityManager, risk: InformationRisk): Promise<CommentDraft> {
    return tx.findOneOrFail(
      CommentDraft,
      { risk, reviewOutcome: DraftReviewOutcome.APPROVED, supersededAt: null },
      { orderBy: { versionNumber: 'desc' } },
    );
  }

  private addEvent(
    tx: EntityManager,
    risk: InformationRisk,
    actor: CurrentUser,
    kind: EventKind,
    fromStatus: Status | null,
    toStatus: Status,
    note: string | null,
  ): void {
    tx.persist(tx.create(InformationRiskEvent, { risk, at: new Date(), actor: tx.getReference(User, actor.id), kind, fromStatus, toStatus, note }));
  }
}

const verificationLabels: Record<VerificationOutcome, string> = {
  [VerificationOutcome.FALSE]: 'информация недостоверна',
  [VerificationOutcome.NEEDS_CLARIFICATION]: 'информация требует разъяснения',
  [VerificationOutcome.TRUE]: 'информация достоверна',
};

/**
 * Enforces what an official comment must contain before approval: the false or unproven statement,
 * the agency's own account, the arguments, and the publication's topic. Names every missing part.
 */
export function assertContentRules(draft: CommentDraft, risk: InformationRisk): void {
  const problems: FieldProblem[] = [];
  const missing = (field: string, message: string) => problems.push({ field: `draft.${field}`, reason: 'REQUIRED', message });
  if (isBlank(draft.falseStatement)) {
    missing('falseStatement', 'state exactly which statement of the publication is false or unproven');
  }
  if (isBlank(draft.agencyAccount)) {
    missing('agencyAccount', 'give the agency’s own account of the matter, in its own name');
  }
  if (isBlank(draft.arguments)) {
    missing('arguments', 'give the arguments or facts that support the account');
  }
  if (!draft.topic) {
    missing('topicCode', `give the topic; it must be the publication's topic ${risk.topic.code}`);
  } else if (draft.topic.code !== risk.topic.code) {
    problems.push({
      field: 'draft.topicCode',
      reason: 'TOPIC_MISMATCH',
      message: `is ${draft.topic.code} but must match the publication's topic ${risk.topic.code}`,
    });
  }
  if (problems.length > 0) {
    throw badUserInput(problems);
  }
}

const authorRoleLabels: Record<CommentAuthorRole, string> = {
  [CommentAuthorRole.PRESS_SECRETARY]: 'пресс-секретарь',
  [CommentAuthorRole.AREA_OFFICIAL]: 'должностное лицо, курирующее сферу',
};

function formatCommentEmail(risk: InformationRisk, draft: CommentDraft, publishedUrl: string, replaces: boolean): string {
  return [
    replaces ? 'Замена ранее направленного официального комментария' : 'Официальный комментарий',
    'для раздела «Официальные комментарии» портала Республики Марий Эл.',
    `Орган: ${risk.agency.name}`,
    `Тема: ${risk.topic.code} ${risk.topic.title}`,
    '',
    `Публикация: ${risk.title}`,
    `Источник: ${risk.source}, ${risk.url}`,
    '',
    `Недостоверное утверждение: ${draft.falseStatement}`,
    '',
    draft.agencyAccount,
    '',
    draft.arguments,
    '',
    `Опубликовано на официальном сайте: ${publishedUrl}`,
    `Автор: ${draft.authorName}, ${authorRoleLabels[draft.authorRole]}`,
    `Дело ЦУР ${risk.number}`,
  ].join('\n');
}
