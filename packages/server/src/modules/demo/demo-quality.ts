import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/auth.entities.js';
import { Appeal, AppealEvent, AppealEventKind, AppealSatisfaction, AppealStatus } from '../appeals/appeal.entity.js';
import { AppealFlag, AppealFlagKind } from '../appeals/appeal-flag.entity.js';
import { AppealReview, AppealReviewStage } from '../appeals/appeal-review.entity.js';
import { flagKindNote, reviewEventNote } from '../appeals/appeal-quality.service.js';
import { reviewPasses } from '../appeals/appeal-quality.validation.js';
import { APPEAL_SUBJECT } from '../appeals/appeal.service.js';
import { DeadlineKind, type Deadline } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface DemoQualityOptions {
  deadlines: DeadlineService;
  now: Date;
  /** The center's demo operator, who reviews answers and records satisfaction. */
  operator: User | null;
  /** Demo agency officials by agency id, who submit drafts and flag their appeals. */
  officials: Map<string, User>;
}

export interface DemoQualitySummary {
  reviews: number;
  flags: number;
}

interface Checklist {
  answeredOnSubstance: boolean;
  allQuestionsAnswered: boolean;
  deadlineMet: boolean;
  rightsExplained: boolean;
  score: number;
  remarks: string | null;
}

const GOOD: Checklist = { answeredOnSubstance: true, allQuestionsAnswered: true, deadlineMet: true, rightsExplained: true, score: 5, remarks: null };
const FAIR: Checklist = { ...GOOD, score: 4, remarks: 'Стоит указать телефон для справок.' };
const WEAK: Checklist = {
  ...GOOD,
  allQuestionsAnswered: false,
  rightsExplained: false,
  score: 2,
  remarks: 'Не дан ответ на вопрос о сроках ремонта; не разъяснён порядок обжалования.',
};

/**
 * Adds quality control to demo appeals that the generator answered at least three days before `now`:
 * passed and failed reviews (one failed with its rework term running), satisfaction values, a reopened
 * appeal, one NOT_SATISFIED appeal left for the user to reopen, a draft awaiting review and a few
 * flags. Like the rest of the demo it writes history but no audit entries or notifications.
 */
export async function loadDemoQuality(tx: EntityManager, options: DemoQualityOptions): Promise<DemoQualitySummary> {
  const { now, operator } = options;
  const answeredBefore = new Date(now.getTime() - 3 * DAY_MS);
  const answered = await tx.find(
    Appeal,
    { status: AppealStatus.ANSWERED, agency: { $ne: null }, answeredAt: { $lt: answeredBefore } },
    { orderBy: { number: 'asc' }, limit: 4 },
  );
  const closed = await tx.find(
    Appeal,
    { status: AppealStatus.CLOSED, agency: { $ne: null }, closedAt: { $lt: answeredBefore } },
    { orderBy: { number: 'asc' }, limit: 3 },
  );
  // Only agencies with a demo official, who submits the draft and can be signed in as.
  const assigned = await tx.find(
    Appeal,
    { status: AppealStatus.ASSIGNED, agency: { $in: [...options.officials.keys()] }, answerDueAt: { $gt: now } },
    { orderBy: { number: 'asc' }, limit: 2 },
  );
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR_MS);
  const officialOf = (appeal: Appeal) => (appeal.agency ? (options.officials.get(appeal.agency.id) ?? null) : null);

  const addEvent = (appeal: Appeal, when: Date, actor: User | null, kind: AppealEventKind, toStatus: AppealStatus, note: string | null) => {
    tx.persist(tx.create(AppealEvent, { appeal, at: when, actor, kind, agency: null, fromStatus: appeal.status, toStatus, note }));
    appeal.status = toStatus;
    appeal.updatedAt = when;
  };

  let reviews = 0;
  const review = (appeal: Appeal, when: Date, stage: AppealReviewStage, checklist: Checklist, text: string | null | undefined) => {
    const passed = reviewPasses(checklist);
    const { remarks, ...items } = checklist;
    tx.persist(tx.create(AppealReview, { appeal, reviewer: operator, reviewedAt: when, stage, ...items, passed, remarks, answerText: text ?? null }));
    addEvent(appeal, when, operator, AppealEventKind.REVIEWED, appeal.status, reviewEventNote({ stage, score: checklist.score, passed, remarks }));
    reviews += 1;
    return passed;
  };

  const satisfy = (appeal: Appeal, when: Date, satisfaction: AppealSatisfaction, note: string) => {
    appeal.satisfaction = satisfaction;
    appeal.satisfactionAt = when;
    if (satisfaction === AppealSatisfaction.NOT_SATISFIED) {
      appeal.notSatisfiedAt = when;
    }
    addEvent(appeal, when, operator, AppealEventKind.SATISFACTION_RECORDED, appeal.status, note);
  };

  const [good, fair, returned, unsatisfied] = answered;
  const [closedGood, reopened, closedPartly] = closed;
  if (good) {
    review(good, at(50), AppealReviewStage.AFTER_SENDING, GOOD, good.answerText);
    satisfy(good, at(30), AppealSatisfaction.SATISFIED, 'удовлетворён (из канала)');
  }
  if (fair) {
    review(fair, at(48), AppealReviewStage.AFTER_SENDING, FAIR, fair.answerText);
  }
  if (closedGood) {
    satisfy(closedGood, at(40), AppealSatisfaction.SATISFIED, 'удовлетворён (со слов оператора): поблагодарил за решение вопроса');
  }
  if (closedPartly) {
    satisfy(closedPartly, at(36), AppealSatisfaction.PARTLY_SATISFIED, 'удовлетворён частично (из канала)');
  }
  if (returned) {
    // A failed review two days ago: the agency's rework term is running now.
    const returnedAt = at(46);
    review(returned, returnedAt, AppealReviewStage.AFTER_SENDING, WEAK, returned.answerText);
    addEvent(returned, returnedAt, operator, AppealEventKind.RETURNED_FOR_REWORK, AppealStatus.ASSIGNED, WEAK.remarks);
    await startDeadline(tx, options.deadlines, returned, DeadlineKind.APPEAL_REWORK, returnedAt);
  }
  if (unsatisfied) {
    satisfy(unsatisfied, at(20), AppealSatisfaction.NOT_SATISFIED, 'не удовлетворён (со слов оператора): считает ответ формальным');
  }
  if (reopened) {
    satisfy(reopened, at(60), AppealSatisfaction.NOT_SATISFIED, 'не удовлетворён (из канала): проблема не решена');
    const reopenedAt = at(56);
    addEvent(reopened, reopenedAt, operator, AppealEventKind.REOPENED, AppealStatus.ASSIGNED, 'Заявитель сообщил, что проблема не решена.');
    reopened.closedAt = null;
    const answer = await startDeadline(tx, options.deadlines, reopened, DeadlineKind.APPEAL_ANSWER, reopenedAt);
    reopened.answerDueAt = answer.dueAt;
  }

  const [withDraft] = assigned;
  if (withDraft) {
    const official = officialOf(withDraft) ?? operator;
    const draft = 'Уважаемый заявитель! Ваше обращение рассмотрено. Работы включены в план текущего года; о сроках сообщим дополнительно.';
    withDraft.answerDraft = draft;
    withDraft.answerDraftSubmittedAt = at(5);
    addEvent(withDraft, at(5), official, AppealEventKind.ANSWER_SUBMITTED_FOR_REVIEW, AppealStatus.ASSIGNED, draft);
  }

  const flagged = [
    { appeal: unsatisfied, kind: AppealFlagKind.CONFLICT_SITUATION, note: 'Заявитель требует личного приёма у министра, отношения с управляющей компанией обострились.', hoursAgo: 18, resolution: null },
    { appeal: fair, kind: AppealFlagKind.COMMUNICATION_ERROR, note: 'Ответ направлен на старый почтовый адрес заявителя.', hoursAgo: 40, resolution: 'Ответ повторно направлен на электронную почту.' },
    { appeal: assigned[1], kind: AppealFlagKind.COMMUNICATION_ERROR, note: 'Заявителю по телефону дали противоречивые сведения о сроках.', hoursAgo: 8, resolution: null },
  ];
  let flags = 0;
  for (const item of flagged) {
    if (!item.appeal) {
      continue;
    }
    const createdBy = item.kind === AppealFlagKind.COMMUNICATION_ERROR ? (officialOf(item.appeal) ?? operator) : operator;
    const createdAt = at(item.hoursAgo);
    const kindNote = flagKindNote(item.kind);
    const resolvedAt = item.resolution ? at(item.hoursAgo - 6) : null;
    tx.persist(
      tx.create(AppealFlag, {
        appeal: item.appeal,
        kind: item.kind,
        note: item.note,
        createdBy,
        createdAt,
        resolvedAt,
        resolvedBy: item.resolution ? operator : null,
        resolution: item.resolution,
      }),
    );
    addEvent(item.appeal, createdAt, createdBy, AppealEventKind.FLAGGED, item.appeal.status, `${kindNote}: ${item.note}`);
    if (resolvedAt) {
      addEvent(item.appeal, resolvedAt, operator, AppealEventKind.FLAG_RESOLVED, item.appeal.status, `${kindNote}: ${item.resolution}`);
    }
    flags += 1;
  }
  return { reviews, flags };
}

async function startDeadline(tx: EntityManager, deadlines: DeadlineService, appeal: Appeal, kind: DeadlineKind, startedAt: Date): Promise<Deadline> {
  const deadline = await deadlines.start(tx, {
    kind,
    channel: appeal.channel,
    subjectType: APPEAL_SUBJECT,
    subjectId: appeal.id,
    subjectLabel: appeal.number,
    agency: appeal.agency ?? null,
    startedAt,
  });
  return deadline;
}
