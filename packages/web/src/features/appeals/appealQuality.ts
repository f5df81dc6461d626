import type { AppealReviewStage, AppealStatus } from '@cur/schema';

/** The server's pass mark: a review passes at this score or above when every checklist item is true. */
export const MIN_PASSING_SCORE = 3;

export interface ReviewChecklist {
  answeredOnSubstance: boolean;
  allQuestionsAnswered: boolean;
  deadlineMet: boolean;
  rightsExplained: boolean;
  score: number | null | undefined;
}

/** The four checklist items in the order the form shows them, with their Russian names. */
export const CHECKLIST_ITEMS: { name: keyof Omit<ReviewChecklist, 'score'>; label: string }[] = [
  { name: 'answeredOnSubstance', label: 'Ответ дан по существу' },
  { name: 'allQuestionsAnswered', label: 'Даны ответы на все поставленные вопросы' },
  { name: 'deadlineMet', label: 'Срок ответа соблюдён' },
  { name: 'rightsExplained', label: 'Разъяснены права и дальнейшие действия' },
];

/** Predicts the server's verdict, so the form can ask for remarks before a failing review is sent. */
export function reviewPasses(review: ReviewChecklist): boolean {
  const checklistTrue = CHECKLIST_ITEMS.every((item) => review[item.name]);
  return checklistTrue && review.score != null && review.score >= MIN_PASSING_SCORE;
}

/**
 * Returns the stage the center can review now: the agency's draft while the appeal is assigned and a
 * draft waits, the sent answer once the appeal is answered or closed, else null.
 */
export function reviewStageOf(status: AppealStatus, answerDraft: string | null | undefined): AppealReviewStage | null {
  if (status === 'ASSIGNED' && answerDraft) {
    return 'BEFORE_SENDING';
  }
  if (status === 'ANSWERED' || status === 'CLOSED') {
    return 'AFTER_SENDING';
  }
  return null;
}

/** The flags page's state filter. */
export type FlagStateFilter = 'OPEN' | 'RESOLVED' | 'ALL';

/** Turns the state filter into the API's `resolved` argument: null lists both. */
export function resolvedArgument(state: FlagStateFilter): boolean | null {
  if (state === 'ALL') {
    return null;
  }
  return state === 'RESOLVED';
}

interface DraftReviewState {
  answerDraft?: string | null;
  answerDraftSubmittedAt?: string | null;
  reviews: { stage: AppealReviewStage; passed: boolean; reviewedAt: string }[];
}

/** Tells whether the waiting draft passed a review made after it was submitted, so it can be sent as it is. */
export function draftApproved(appeal: DraftReviewState): boolean {
  if (!appeal.answerDraft || !appeal.answerDraftSubmittedAt) {
    return false;
  }
  const submittedAt = Date.parse(appeal.answerDraftSubmittedAt);
  const latest = appeal.reviews.filter((review) => review.stage === 'BEFORE_SENDING').at(-1);
  return latest != null && latest.passed && Date.parse(latest.reviewedAt) >= submittedAt;
}
