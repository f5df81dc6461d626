import { pluralRu } from '../../shared/format';

interface RecipientState {
  answered: boolean;
  onTime?: boolean | null;
}

/**
 * Summarizes the answers to a request for a list cell: every answer in, some missing or overdue.
 * `now` decides whether the missing answers are already late.
 */
export function answerSummary(recipients: readonly RecipientState[], dueAt: string, now: Date): { text: string; color: string } {
  const answered = recipients.filter((recipient) => recipient.answered).length;
  const late = recipients.filter((recipient) => recipient.answered && recipient.onTime === false).length;
  const overdue = new Date(dueAt).getTime() < now.getTime();
  const lateText = late > 0 ? `, с опозданием: ${late}` : '';
  if (answered === recipients.length) {
    return { text: `Ответили все (${answered})${lateText}`, color: late > 0 ? 'orange' : 'green' };
  }
  const missing = recipients.length - answered;
  const text = `Ответили ${answered} из ${recipients.length}${lateText}`;
  if (overdue) {
    return { text: `${text}; просрочено: ${pluralRu(missing, ['орган', 'органа', 'органов'])}`, color: 'red' };
  }
  return { text, color: 'gold' };
}
