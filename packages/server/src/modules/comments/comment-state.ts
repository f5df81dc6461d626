import { invalidTransition } from '../../graphql/errors.js';
import { InformationRiskStatus as Status } from './comment.entities.js';

/** Every status before approval, from which the center may dismiss a case or reroute it. */
export const BEFORE_APPROVAL = [
  Status.DETECTED,
  Status.VERIFICATION_REQUESTED,
  Status.VERIFIED,
  Status.PROPOSAL_SENT,
  Status.DRAFT_SUBMITTED,
  Status.DRAFT_RETURNED,
] as const;

/** The statuses from which each step of the algorithm is allowed. */
export const CASE_STEPS = {
  requestVerification: { from: [Status.DETECTED], verb: 'sent for verification' },
  recordVerification: { from: [Status.VERIFICATION_REQUESTED], verb: 'verified' },
  sendProposal: { from: [Status.VERIFICATION_REQUESTED, Status.VERIFIED], verb: 'given a proposal' },
  submitDraft: { from: [Status.PROPOSAL_SENT, Status.DRAFT_RETURNED], verb: 'given a draft' },
  reviewDraft: { from: [Status.DRAFT_SUBMITTED], verb: 'reviewed' },
  recordPublication: { from: [Status.APPROVED], verb: 'published' },
  recordDistribution: { from: [Status.PUBLISHED], verb: 'distributed' },
  close: { from: [Status.DISTRIBUTED], verb: 'closed' },
  dismiss: { from: BEFORE_APPROVAL, verb: 'dismissed' },
  reroute: { from: BEFORE_APPROVAL, verb: 'rerouted' },
  supersede: { from: [Status.APPROVED, Status.PUBLISHED, Status.DISTRIBUTED], verb: 'superseded' },
} as const;

export type CaseStep = keyof typeof CASE_STEPS;

/** Throws INVALID_TRANSITION unless `step` is allowed from `current`. */
export function assertCaseStep(current: Status, step: CaseStep): void {
  const allowed: readonly Status[] = CASE_STEPS[step].from;
  if (!allowed.includes(current)) {
    throw invalidTransition('Information risk', current, CASE_STEPS[step].verb, allowed);
  }
}
