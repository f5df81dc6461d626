import { invalidTransition } from '../../graphql/errors.js';
import { AppealStatus } from './appeal.entity.js';

/**
 * The statuses from which each step is allowed; every other step fails with INVALID_TRANSITION.
 * A `to` of null means the step keeps the status.
 */
export const APPEAL_TRANSITIONS = {
  assign: { from: [AppealStatus.REGISTERED, AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'assigned' },
  forward: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'forwarded' },
  extend: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'extended' },
  answer: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ANSWERED, verb: 'answered' },
  leaveUnanswered: { from: [AppealStatus.REGISTERED, AppealStatus.ASSIGNED], to: AppealStatus.LEFT_UNANSWERED, verb: 'left unanswered' },
  close: { from: [AppealStatus.ANSWERED, AppealStatus.LEFT_UNANSWERED], to: AppealStatus.CLOSED, verb: 'closed' },
  submitForReview: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'submitted for review' },
  reviewDraft: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'reviewed before sending' },
  /** The status after a failed review of a sent answer; a passed review keeps the status. */
  reviewSentAnswer: { from: [AppealStatus.ANSWERED, AppealStatus.CLOSED], to: AppealStatus.ASSIGNED, verb: 'reviewed after sending' },
  recordSatisfaction: { from: [AppealStatus.ANSWERED, AppealStatus.CLOSED], to: null, verb: 'given a satisfaction value' },
  reopen: { from: [AppealStatus.ANSWERED, AppealStatus.CLOSED], to: AppealStatus.ASSIGNED, verb: 'reopened' },
  flag: { from: Object.values(AppealStatus), to: null, verb: 'flagged' },
} as const;

export type AppealStep = keyof typeof APPEAL_TRANSITIONS;

/** Returns the status after `step`, or throws INVALID_TRANSITION naming the statuses that allow it. */
export function nextAppealStatus(current: AppealStatus, step: AppealStep): AppealStatus {
  const transition = APPEAL_TRANSITIONS[step];
  if (!(transition.from as readonly AppealStatus[]).includes(current)) {
    throw invalidTransition('Appeal', current, transition.verb, transition.from);
  }
  return transition.to ?? current;
}
