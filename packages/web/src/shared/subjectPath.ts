/** Card addresses by the `subjectType` that deadlines and notifications carry. */
const SUBJECT_PATHS: Record<string, string> = {
  APPEAL: '/appeals',
  AGENCY: '/agencies',
  INFORMATION_RISK: '/comments',
  QUARTERLY_REPORT: '/reports',
  INFORMATION_REQUEST: '/requests',
};

/** Returns the address of the card a deadline or a notification refers to, or null for an unknown subject. */
export function subjectPath(subjectType: string | null | undefined, subjectId: string | null | undefined): string | null {
  const base = subjectType ? SUBJECT_PATHS[subjectType] : undefined;
  if (!base || !subjectId) {
    return null;
  }
  return `${base}/${encodeURIComponent(subjectId)}`;
}
