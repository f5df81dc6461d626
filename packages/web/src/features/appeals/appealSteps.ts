import type { AppealDetailsFragment, DeadlineDetailsFragment } from '@cur/schema';
import type { FieldError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';

/** The law allows one extension of the answer term by 1 to 30 calendar days. */
export const MIN_EXTENSION_DAYS = 1;
export const MAX_EXTENSION_DAYS = 30;

/** Returns the agencies an appeal may be forwarded to: every one except the agency that has it. */
export function forwardTargetOptions<Option extends { value: string }>(
  options: readonly Option[],
  currentAgencyId: string | null | undefined,
): Option[] {
  return options.filter((option) => option.value !== currentAgencyId);
}

/**
 * Replaces the generic UNCHANGED message on `agencyId`, which the server sends when the chosen agency
 * already has the appeal, with the wording for a forwarded appeal.
 */
export function withForwardFieldMessages(fieldErrors: readonly FieldError[]): FieldError[] {
  return fieldErrors.map((error) =>
    error.reason === 'UNCHANGED' && error.name[0] === 'agencyId' ? { ...error, message: 'Обращение уже в этом органе' } : error,
  );
}

type ExtensionFields = Pick<AppealDetailsFragment, 'extendedAt' | 'extensionDays' | 'extensionNoticeAt'>;

/** Returns the line about the extension of the answer term, or null when the term was not extended. */
export function extensionSummary(appeal: ExtensionFields): string | null {
  if (!appeal.extendedAt) {
    return null;
  }
  const days = appeal.extensionDays != null ? `на ${appeal.extensionDays} дн. ` : '';
  const notice = appeal.extensionNoticeAt ? `заявитель уведомлён (${formatDateTime(appeal.extensionNoticeAt)})` : 'уведомление заявителя не указано';
  return `Срок продлён ${days}(${formatDateTime(appeal.extendedAt)}), ${notice}`;
}

type Recomputation = DeadlineDetailsFragment['explanation']['recomputations'][number];

/** Returns the line about one change of a deadline's due instant. */
export function recomputationText(recomputation: Recomputation): string {
  const change = `Срок изменён: было ${formatDateTime(recomputation.previousDueAt)}, стало ${formatDateTime(recomputation.dueAt)}`;
  return recomputation.reason ? `${change} — ${recomputation.reason}` : change;
}
