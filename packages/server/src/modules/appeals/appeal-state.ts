import { invalidTransition } from '../../graphql/errors.js';
import { AppealStatus } from './appeal.entity.js';

/** The statuses from which each step is allowed; every other step fails with INVALID_TRANSITION. */
export const APPEAL_TRANSITIONS = {
  assign: { from: [AppealStatus.REGISTERED, AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'assigned' },
  forward: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'forwarded' },
  extend: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ASSIGNED, verb: 'extended' },
  answer: { from: [AppealStatus.ASSIGNED], to: AppealStatus.ANSWERED, verb: 'answered' },
  leaveUnanswered: { from: [AppealStatus.REGISTERED, AppealStatus.ASSIGNED], to: AppealStatus.LEFT_UNANSWERED, verb: 'left unanswered' },
  close: { from: [AppealStatus.ANSWERED, AppealStatus.LEFT_UNANSWERED], to: AppealStatus.CLOSED, verb: 'closed' },
} as const;

export type AppealStep = keyof typeof APPEAL_TRANSITIONS;

/** Returns the status after `step`, or throws INVALID_TRANSITION naming the statuses that allow it. */
export function nextAppealStatus(current: AppealStatus, step: AppealStep): AppealStatus {
  const transition = APPEAL_TRANSITIONS[step];
  if (!(transition.from as readonly AppealStatus[]).includes(current)) {
    throw invalidTransition('Appeal', current, transition.verb, transition.from);
  }
  return transition.to;
}
