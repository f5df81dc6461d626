import type { InformationRiskStatus, UserRole } from '@cur/schema';

/** The steps of a case, named after the mutations that take them. */
export type CommentStep =
  | 'requestInformationRiskVerification'
  | 'recordInformationRiskVerification'
  | 'sendCommentProposal'
  | 'submitCommentDraft'
  | 'approveOfficialComment'
  | 'returnCommentDraft'
  | 'recordCommentPublication'
  | 'recordCommentDistribution'
  | 'closeInformationRisk'
  | 'dismissInformationRisk'
  | 'rerouteInformationRisk'
  | 'supersedeOfficialComment';

/** The actor of a step: CENTER_ADMIN or CENTER_OPERATOR, or an AGENCY_OFFICIAL of the case's agency. */
type StepActor = 'CENTER' | 'AGENCY';

const BEFORE_APPROVAL: readonly InformationRiskStatus[] = [
  'DETECTED',
  'VERIFICATION_REQUESTED',
  'VERIFIED',
  'PROPOSAL_SENT',
  'DRAFT_SUBMITTED',
  'DRAFT_RETURNED',
];

/**
 * The actor and the allowed statuses of each step, in the order the card shows them. The server
 * enforces the same rules in comment-state.ts and comment.service.ts, so this copy only hides forms.
 */
export const COMMENT_STEP_RULES: Record<CommentStep, { actor: StepActor; from: readonly InformationRiskStatus[] }> = {
  requestInformationRiskVerification: { actor: 'CENTER', from: ['DETECTED'] },
  recordInformationRiskVerification: { actor: 'AGENCY', from: ['VERIFICATION_REQUESTED'] },
  sendCommentProposal: { actor: 'CENTER', from: ['VERIFICATION_REQUESTED', 'VERIFIED'] },
  submitCommentDraft: { actor: 'AGENCY', from: ['PROPOSAL_SENT', 'DRAFT_RETURNED'] },
  approveOfficialComment: { actor: 'CENTER', from: ['DRAFT_SUBMITTED'] },
  returnCommentDraft: { actor: 'CENTER', from: ['DRAFT_SUBMITTED'] },
  recordCommentPublication: { actor: 'AGENCY', from: ['APPROVED'] },
  recordCommentDistribution: { actor: 'CENTER', from: ['PUBLISHED'] },
  closeInformationRisk: { actor: 'CENTER', from: ['DISTRIBUTED'] },
  supersedeOfficialComment: { actor: 'CENTER', from: ['APPROVED', 'PUBLISHED', 'DISTRIBUTED'] },
  rerouteInformationRisk: { actor: 'CENTER', from: BEFORE_APPROVAL },
  dismissInformationRisk: { actor: 'CENTER', from: BEFORE_APPROVAL },
};

interface StepUser {
  role: UserRole;
  agency?: { id: string } | null;
}

function actsAs(user: StepUser, actor: StepActor, caseAgencyId: string): boolean {
  if (actor === 'CENTER') {
    return user.role === 'CENTER_ADMIN' || user.role === 'CENTER_OPERATOR';
  }
  return user.role === 'AGENCY_OFFICIAL' && user.agency?.id === caseAgencyId;
}

/** Lists the steps the user may take with a case in its current status, in the card's order. */
export function availableCommentSteps(user: StepUser, risk: { status: InformationRiskStatus; agency: { id: string } }): CommentStep[] {
  return (Object.keys(COMMENT_STEP_RULES) as CommentStep[]).filter((step) => {
    const rule = COMMENT_STEP_RULES[step];
    return rule.from.includes(risk.status) && actsAs(user, rule.actor, risk.agency.id);
  });
}
