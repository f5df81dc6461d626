import type { AppealStatus, ReportStatus, UserRole } from '@cur/schema';
import type { CurrentUser } from './AuthContext';

// These checks only hide actions; the server enforces the same rules on every request.

export function isCenterRole(role: UserRole): boolean {
  return role === 'CENTER_ADMIN' || role === 'CENTER_OPERATOR';
}

/** Returns whether the user works with appeals: every role except the press service does. */
export function canWorkWithAppeals(user: CurrentUser): boolean {
  return isCenterRole(user.role) || user.role === 'AGENCY_OFFICIAL';
}

export function canAssignAppeal(user: CurrentUser, status: AppealStatus): boolean {
  return isCenterRole(user.role) && (status === 'REGISTERED' || status === 'ASSIGNED');
}

/** Returns whether the user is of the center or an official of the agency that has the appeal. */
function handlesAppeal(user: CurrentUser, agencyId: string | null | undefined): boolean {
  if (isCenterRole(user.role)) {
    return true;
  }
  return user.role === 'AGENCY_OFFICIAL' && agencyId != null && user.agency?.id === agencyId;
}

export function canAnswerAppeal(user: CurrentUser, status: AppealStatus, agencyId: string | null | undefined): boolean {
  return status === 'ASSIGNED' && handlesAppeal(user, agencyId);
}

/** Forwarding to the competent agency and the extension of the answer term share the answer's rule. */
export function canForwardAppeal(user: CurrentUser, status: AppealStatus, agencyId: string | null | undefined): boolean {
  return canAnswerAppeal(user, status, agencyId);
}

export function canExtendAppeal(user: CurrentUser, status: AppealStatus, agencyId: string | null | undefined): boolean {
  return canAnswerAppeal(user, status, agencyId);
}

export function canLeaveAppealUnanswered(user: CurrentUser, status: AppealStatus, agencyId: string | null | undefined): boolean {
  return (status === 'REGISTERED' || status === 'ASSIGNED') && handlesAppeal(user, agencyId);
}

export function canCloseAppeal(user: CurrentUser, status: AppealStatus): boolean {
  return isCenterRole(user.role) && (status === 'ANSWERED' || status === 'LEFT_UNANSWERED');
}

/** Returns whether the user reviews answers, reopens appeals and resolves flags, which only the center does. */
export function canReviewAppeals(user: CurrentUser): boolean {
  return isCenterRole(user.role);
}

/**
 * Returns whether the user records satisfaction with an answer that was given: the center from any
 * source, an agency official from the channel on its own appeals.
 */
export function canRecordSatisfaction(user: CurrentUser, status: AppealStatus, agencyId: string | null | undefined, answeredAt: unknown): boolean {
  return (status === 'ANSWERED' || status === 'CLOSED') && answeredAt != null && handlesAppeal(user, agencyId);
}

/** Returns whether the user flags conflicts and communication errors: the center, or an official of the appeal's agency. */
export function canFlagAppeal(user: CurrentUser, agencyId: string | null | undefined): boolean {
  return handlesAppeal(user, agencyId);
}

/** Contact officials are kept by the center's administrator and by officials of that agency. */
export function canEditContactOfficials(user: CurrentUser, agencyId: string): boolean {
  return user.role === 'CENTER_ADMIN' || (user.role === 'AGENCY_OFFICIAL' && user.agency?.id === agencyId);
}

/** Returns whether the user sees the analytics: the center, and agency officials for their own agency. */
export function canViewAnalytics(user: CurrentUser): boolean {
  return canWorkWithAppeals(user);
}

/** Only the center's administrator imports appeals from other systems' exports. */
export function canImportAppeals(user: CurrentUser): boolean {
  return user.role === 'CENTER_ADMIN';
}

export function canViewAuditLog(user: CurrentUser): boolean {
  return user.role === 'CENTER_ADMIN';
}

/** Misinformation cases are read by the center, by the responsible agency's officials and by the press service. */
/**
 * Returns whether the user has running deadlines to watch. The server shows the press service none,
 * because it receives approved comments only, so it starts on the comments instead.
 */
export function canWatchDeadlines(user: CurrentUser): boolean {
  return user.role !== 'PRESS_SERVICE';
}

/** Returns the page that `/` shows the user: the deadline monitor, or the comments for the press service. */
export function homePath(user: CurrentUser): string {
  return canWatchDeadlines(user) ? '/' : '/comments';
}

export function canViewInformationRisks(user: CurrentUser): boolean {
  return isCenterRole(user.role) || user.role === 'AGENCY_OFFICIAL' || user.role === 'PRESS_SERVICE';
}

/** Only the center registers publications and keeps the table that routes topics to agencies. */
export function canManageInformationRisks(user: CurrentUser): boolean {
  return isCenterRole(user.role);
}

/** Repeats are decided by the center and by officials of the agency that has the appeal. */
export function canDecideRepeat(user: CurrentUser, agencyId: string | null | undefined): boolean {
  return handlesAppeal(user, agencyId);
}

/** Problems are read by the center and by agency officials; the server lists an agency only the problems it takes part in. */
export function canViewProblems(user: CurrentUser): boolean {
  return isCenterRole(user.role) || user.role === 'AGENCY_OFFICIAL';
}

/** Only the center creates, edits and resolves problems and plans their measures. */
export function canManageProblems(user: CurrentUser): boolean {
  return isCenterRole(user.role);
}

/** Returns whether the user may change a measure: the center all of it, an official of the responsible agency its status and note. */
export function canReportMeasure(user: CurrentUser, responsibleAgencyId: string): boolean {
  return isCenterRole(user.role) || (user.role === 'AGENCY_OFFICIAL' && user.agency?.id === responsibleAgencyId);
}

/** Quarterly reports and information requests are read by the center and by agency officials. */
export function canViewReports(user: CurrentUser): boolean {
  return isCenterRole(user.role) || user.role === 'AGENCY_OFFICIAL';
}

/** The agency's own officials prepare its report while it is a draft or returned. */
export function canEditReport(user: CurrentUser, agencyId: string, status: ReportStatus): boolean {
  return user.role === 'AGENCY_OFFICIAL' && user.agency?.id === agencyId && (status === 'DRAFT' || status === 'RETURNED');
}

export function canReviewReport(user: CurrentUser, status: ReportStatus): boolean {
  return isCenterRole(user.role) && status === 'SUBMITTED';
}

export function canSendInformationRequest(user: CurrentUser): boolean {
  return isCenterRole(user.role);
}
