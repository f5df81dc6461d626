/** Returns whether the reply to an appeal is overdue: still owed after its due instant. */
export function isAnswerOverdue(appeal: { status: string; answerDueAt: string }, now = Date.now()): boolean {
  const owed = appeal.status === 'REGISTERED' || appeal.status === 'ASSIGNED';
  return owed && new Date(appeal.answerDueAt).getTime() < now;
}
