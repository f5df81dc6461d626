import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, forbidden, notFound } from '../../graphql/errors.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/auth.entities.js';
import { canAccessAgency, isCenter, type CurrentUser } from '../auth/current-user.js';
import { Deadline, DeadlineKind, DeadlineStatus } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { formatMoscowTimeLabel } from '../deadlines/engine/index.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notifyAgency } from '../notifications/notification.service.js';
import { Appeal, AppealEventKind, AppealSatisfaction, AppealStatus } from './appeal.entity.js';
import { AppealFlag, AppealFlagKind } from './appeal-flag.entity.js';
import { AppealReview, AppealReviewStage } from './appeal-review.entity.js';
import { nextAppealStatus } from './appeal-state.js';
import { APPEAL_SUBJECT, type AppealChange, type AppealService } from './appeal.service.js';
import {
  parseFlag,
  parseReopen,
  parseResolveFlag,
  parseReview,
  parseSatisfaction,
  parseSubmitForReview,
  SatisfactionSource,
} from './appeal-quality.validation.js';

/** Russian names of the values that history notes carry, since the appeal card shows notes as written. */
const SATISFACTION_NOTE: Record<AppealSatisfaction, string> = {
  SATISFIED: 'удовлетворён',
  PARTLY_SATISFIED: 'удовлетворён частично',
  NOT_SATISFIED: 'не удовлетворён',
};
const SOURCE_NOTE: Record<SatisfactionSource, string> = {
  CHANNEL: 'из канала',
  OPERATOR: 'со слов оператора',
};
const STAGE_NOTE: Record<AppealReviewStage, string> = {
  BEFORE_SENDING: 'до отправки',
  AFTER_SENDING: 'после отправки',
};

export interface ReviewChange extends AppealChange {
  review: AppealReview;
}

/**
 * Runs the center's quality control of appeals: answer reviews and rework, the appellant's
 * satisfaction, reopening, and flags of conflict situations and communication errors. Every step
 * writes its history event and audit entry in the step's transaction.
 */
export class AppealQualityService {
  constructor(
    private readonly appeals: AppealService,
    private readonly deadlines: DeadlineService,
  ) {}

  /**
   * Stores the agency's answer draft for the center's review. Every running term goes on, because
   * only the answer sent to the appellant ends the answer or rework term.
   */
  async submitForReview(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseSubmitForReview(input);
    return em.transactional(async (tx) => {
      const appeal = await this.appeals.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'submitForReview');
      const before = auditSnapshot(appeal);
      appeal.answerDraft = values.answerText;
      appeal.answerDraftSubmittedAt = new Date();
      this.appeals.addEvent(tx, appeal, actor, AppealEventKind.ANSWER_SUBMITTED_FOR_REVIEW, appeal.status, appeal.status, values.answerText);
      await this.appeals.recordChange(tx, actor, 'submitAppealAnswerForReview', appeal, before);
      return { appeal, changedDeadlines: [] };
    });
  }

  /**
   * Stores the center's review of a draft (BEFORE_SENDING, the appeal ASSIGNED with a draft) or of a
   * sent answer (AFTER_SENDING, the appeal ANSWERED or CLOSED). A failed review returns the appeal to
   * the agency with a new APPEAL_REWORK term and a notification.
   */
  async review(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ReviewChange> {
    const values = parseReview(input);
    if (!isCenter(actor)) {
      throw forbidden('Only the center reviews answers.');
    }
    return em.transactional(async (tx) => {
      const step = values.stage === AppealReviewStage.BEFORE_SENDING ? 'reviewDraft' : 'reviewSentAnswer';
      const appeal = await this.appeals.loadForStep(tx, actor, values.appealId, values.expectedVersion, step);
      if (values.stage === AppealReviewStage.BEFORE_SENDING && !appeal.answerDraft) {
        throw new AppError(
          ErrorCode.INVALID_TRANSITION,
          `${appeal.number} has no answer draft to review; the agency submits one with submitAppealAnswerForReview, or review the sent answer with stage AFTER_SENDING.`,
          { from: appeal.status, action: 'reviewDraft', reason: 'NO_DRAFT' },
        );
      }
      const before = auditSnapshot(appeal);
      const reviewedText = values.stage === AppealReviewStage.BEFORE_SENDING ? appeal.answerDraft : appeal.answerText;
      const review = tx.create(AppealReview, {
        appeal,
        reviewer: tx.getReference(User, actor.id),
        reviewedAt: new Date(),
        stage: values.stage,
        answeredOnSubstance: values.answeredOnSubstance,
        allQuestionsAnswered: values.allQuestionsAnswered,
        deadlineMet: values.deadlineMet,
        rightsExplained: values.rightsExplained,
        score: values.score,
        passed: values.passed,
        remarks: values.remarks,
        answerText: reviewedText ?? null,
      });
      tx.persist(review);
      this.appeals.addEvent(tx, appeal, actor, AppealEventKind.REVIEWED, appeal.status, appeal.status, reviewEventNote(values));

      const changedDeadlines = values.passed ? [] : await this.returnForRework(tx, actor, appeal, values.remarks ?? '');
      await this.appeals.recordChange(tx, actor, 'reviewAppealAnswer', appeal, before);
      recordAudit(tx, actor, { operation: 'reviewAppealAnswer', entityType: 'AppealReview', entityId: review.id, before: null, after: auditSnapshot(review) });
      return { appeal, review, changedDeadlines };
    });
  }

  /** Sends the appeal back to its agency: status ASSIGNED, a fresh rework term, a notification. */
  private async returnForRework(tx: EntityManager, actor: CurrentUser, appeal: Appeal, remarks: string): Promise<Deadline[]> {
    const fromStatus = appeal.status;
    if (fromStatus !== AppealStatus.ASSIGNED) {
      appeal.status = nextAppealStatus(fromStatus, 'reviewSentAnswer');
      appeal.closedAt = null;
    }
    // The draft stays in the review and in the history; the agency submits a new one.
    appeal.answerDraft = null;
    appeal.answerDraftSubmittedAt = null;

    const returnedAt = new Date();
    // A rework term still running goes on: a further failed draft neither restarts nor ends it.
    const [running] = await this.openDeadlines(tx, appeal, DeadlineKind.APPEAL_REWORK);
    const rework =
      running ??
      (await this.deadlines.start(tx, {
        kind: DeadlineKind.APPEAL_REWORK,
        channel: appeal.channel,
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
        subjectLabel: appeal.number,
        agency: appeal.agency ?? null,
        startedAt: returnedAt,
      }));
    this.appeals.addEvent(tx, appeal, actor, AppealEventKind.RETURNED_FOR_REWORK, fromStatus, appeal.status, remarks);
    if (appeal.agency) {
      await notifyAgency(tx, appeal.agency.id, {
        kind: NotificationKind.APPEAL_RETURNED,
        title: `Ответ на обращение ${appeal.number} возвращён на доработку`,
        body: `Доработать до ${formatMoscowTimeLabel(rework.dueAt)}. Замечания ЦУР: ${remarks}`,
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
      });
    }
    return running ? [] : [rework];
  }

  /**
   * Records the appellant's satisfaction with the answer. The center records it from any source; an
   * agency official records only what the channel reported, and only on the agency's own appeals.
   */
  async recordSatisfaction(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseSatisfaction(input);
    if (!isCenter(actor) && values.source !== SatisfactionSource.CHANNEL) {
      throw forbidden('An agency official records only the satisfaction the channel reported (source CHANNEL); the center records operator calls.');
    }
    return em.transactional(async (tx) => {
      const appeal = await this.appeals.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'recordSatisfaction');
      if (!appeal.answeredAt) {
        throw new AppError(
          ErrorCode.INVALID_TRANSITION,
          `${appeal.number} has no answer that the appellant could be satisfied with; satisfaction is recorded after answerAppeal.`,
          { from: appeal.status, action: 'recordSatisfaction', reason: 'NO_ANSWER' },
        );
      }
      const before = auditSnapshot(appeal);
      appeal.satisfaction = values.satisfaction;
      appeal.satisfactionAt = new Date();
      if (values.satisfaction === AppealSatisfaction.NOT_SATISFIED) {
        appeal.notSatisfiedAt = appeal.satisfactionAt;
      }
      const note = satisfactionEventNote(values.satisfaction, values.source, values.note);
      this.appeals.addEvent(tx, appeal, actor, AppealEventKind.SATISFACTION_RECORDED, appeal.status, appeal.status, note);
      await this.appeals.recordChange(tx, actor, 'recordAppealSatisfaction', appeal, before);
      return { appeal, changedDeadlines: [] };
    });
  }

  /**
   * Opens an answered or closed appeal again when the appellant was not satisfied with the latest
   * answer: status ASSIGNED and a new APPEAL_ANSWER term counted from the reopening.
   */
  async reopen(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealChange> {
    const values = parseReopen(input);
    if (!isCenter(actor)) {
      throw forbidden('Only the center reopens appeals.');
    }
    return em.transactional(async (tx) => {
      const appeal = await this.appeals.loadForStep(tx, actor, values.appealId, values.expectedVersion, 'reopen');
      if (!notSatisfiedWithLatestAnswer(appeal)) {
        throw new AppError(
          ErrorCode.INVALID_TRANSITION,
          `${appeal.number} can be reopened only after the appellant is recorded NOT_SATISFIED with the latest answer; record it with recordAppealSatisfaction first.`,
          { from: appeal.status, action: 'reopen', reason: 'NOT_DISSATISFIED' },
        );
      }
      const before = auditSnapshot(appeal);
      const fromStatus = appeal.status;
      const reopenedAt = new Date();
      // An imported appeal may have been answered without an agency; the center then assigns it again.
      appeal.status = appeal.agency ? nextAppealStatus(fromStatus, 'reopen') : AppealStatus.REGISTERED;
      appeal.closedAt = null;
      const answer = await this.deadlines.start(tx, {
        kind: DeadlineKind.APPEAL_ANSWER,
        channel: appeal.channel,
        subjectType: APPEAL_SUBJECT,
        subjectId: appeal.id,
        subjectLabel: appeal.number,
        agency: appeal.agency ?? null,
        startedAt: reopenedAt,
      });
      appeal.answerDueAt = answer.dueAt;
      this.appeals.addEvent(tx, appeal, actor, AppealEventKind.REOPENED, fromStatus, appeal.status, values.reason);
      if (appeal.agency) {
        await notifyAgency(tx, appeal.agency.id, {
          kind: NotificationKind.APPEAL_RETURNED,
          title: `Обращение ${appeal.number} открыто повторно`,
          body: `Заявитель не удовлетворён ответом; новый ответ до ${formatMoscowTimeLabel(answer.dueAt)}. Причина: ${values.reason}`,
          subjectType: APPEAL_SUBJECT,
          subjectId: appeal.id,
        });
      }
      await this.appeals.recordChange(tx, actor, 'reopenAppeal', appeal, before);
      return { appeal, changedDeadlines: [answer] };
    });
  }

  /** Flags a conflict situation or communication error on an appeal the caller may see. */
  async flag(em: EntityManager, actor: CurrentUser, input: unknown): Promise<{ flag: AppealFlag; appeal: Appeal }> {
    const values = parseFlag(input);
    return em.transactional(async (tx) => {
      const appeal = await this.appeals.loadForStep(tx, actor, values.appealId, null, 'flag');
      const flag = tx.create(AppealFlag, {
        appeal,
        kind: values.kind,
        note: values.note,
        createdBy: tx.getReference(User, actor.id),
        createdAt: new Date(),
      });
      tx.persist(flag);
      this.appeals.addEvent(tx, appeal, actor, AppealEventKind.FLAGGED, appeal.status, appeal.status, `${flagKindNote(values.kind)}: ${values.note}`);
      await tx.flush();
      recordAudit(tx, actor, { operation: 'flagAppeal', entityType: 'AppealFlag', entityId: flag.id, before: null, after: auditSnapshot(flag) });
      return { flag, appeal };
    });
  }

  /** Marks a flag resolved with the resolution; only the center resolves flags, and only once. */
  async resolveFlag(em: EntityManager, actor: CurrentUser, input: unknown): Promise<{ flag: AppealFlag; appeal: Appeal }> {
    const values = parseResolveFlag(input);
    if (!isCenter(actor)) {
      throw forbidden('Only the center resolves flags.');
    }
    return em.transactional(async (tx) => {
      const flag = await tx.findOne(AppealFlag, { id: values.flagId }, { populate: ['appeal'] });
      if (!flag || !canAccessAgency(actor, flag.appeal.agency?.id)) {
        throw notFound('AppealFlag', values.flagId);
      }
      if (flag.resolvedAt) {
        throw new AppError(
          ErrorCode.INVALID_TRANSITION,
          `Flag ${flag.id} was already resolved at ${flag.resolvedAt.toISOString()}; only an open flag can be resolved.`,
          { action: 'resolveFlag', reason: 'ALREADY_RESOLVED' },
        );
      }
      const before = auditSnapshot(flag);
      const appeal = flag.appeal;
      flag.resolvedAt = new Date();
      flag.resolvedBy = tx.getReference(User, actor.id);
      flag.resolution = values.resolution;
      const note = `${flagKindNote(flag.kind)}: ${values.resolution}`;
      this.appeals.addEvent(tx, appeal, actor, AppealEventKind.FLAG_RESOLVED, appeal.status, appeal.status, note);
      await tx.flush();
      recordAudit(tx, actor, { operation: 'resolveAppealFlag', entityType: 'AppealFlag', entityId: flag.id, before, after: auditSnapshot(flag) });
      return { flag, appeal };
    });
  }

  private openDeadlines(tx: EntityManager, appeal: Appeal, kind: DeadlineKind): Promise<Deadline[]> {
    return tx.find(Deadline, { subjectType: APPEAL_SUBJECT, subjectId: appeal.id, kind, status: DeadlineStatus.OPEN });
  }
}

/**
 * Tells whether the appellant was recorded NOT_SATISFIED since the latest answer, even when another
 * value was recorded after that, so that an agency's later record cannot block the center's reopening.
 */
export function notSatisfiedWithLatestAnswer(appeal: Pick<Appeal, 'notSatisfiedAt' | 'answeredAt'>): boolean {
  return Boolean(appeal.answeredAt && appeal.notSatisfiedAt && appeal.notSatisfiedAt.getTime() >= appeal.answeredAt.getTime());
}

/** Writes the SATISFACTION_RECORDED event's note: the value, its source and the operator's note, in Russian. */
export function satisfactionEventNote(satisfaction: AppealSatisfaction, source: SatisfactionSource, note: string | null): string {
  return `${SATISFACTION_NOTE[satisfaction]} (${SOURCE_NOTE[source]})${note ? `: ${note}` : ''}`;
}

/** Writes the REVIEWED event's note: the stage, the score, the verdict and the remarks, in Russian. */
export function reviewEventNote(review: { stage: AppealReviewStage; score: number; passed: boolean; remarks: string | null }): string {
  const verdict = review.passed ? 'пройдена' : 'не пройдена';
  return `${STAGE_NOTE[review.stage]}, оценка ${review.score} из 5, ${verdict}${review.remarks ? `: ${review.remarks}` : ''}`;
}

/** Returns the Russian name of a flag kind that FLAGGED and FLAG_RESOLVED notes start with. */
export function flagKindNote(kind: AppealFlagKind): string {
  return kind === AppealFlagKind.CONFLICT_SITUATION ? 'конфликтная ситуация' : 'ошибка коммуникации';
}

