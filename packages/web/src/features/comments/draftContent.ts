import type { FieldError } from '../../shared/apiErrors';
import { COMMENT_DRAFT_FIELD_LABELS } from '../../shared/labels';

/** A part of the latest draft that keeps it from approval, as approveOfficialComment reports it. */
export interface DraftProblem {
  /** The draft field, such as `arguments` or `topicCode`. */
  field: string;
  /** REQUIRED for an empty part, TOPIC_MISMATCH for a topic other than the publication's. */
  reason: string;
}

interface DraftContent {
  falseStatement?: string | null;
  agencyAccount?: string | null;
  arguments?: string | null;
  topic?: { code: string } | null;
}

const TEXT_PARTS = ['falseStatement', 'agencyAccount', 'arguments'] as const;

/**
 * Lists what a draft lacks for approval by the rules approveOfficialComment applies: the three
 * texts must be filled and the topic must be the publication's. Only the server's check is binding.
 */
export function checkDraftContent(draft: DraftContent, caseTopicCode: string): DraftProblem[] {
  const problems: DraftProblem[] = TEXT_PARTS.filter((field) => !draft[field]?.trim()).map((field) => ({
    field,
    reason: 'REQUIRED',
  }));
  if (!draft.topic) {
    problems.push({ field: 'topicCode', reason: 'REQUIRED' });
  } else if (draft.topic.code !== caseTopicCode) {
    problems.push({ field: 'topicCode', reason: 'TOPIC_MISMATCH' });
  }
  return problems;
}

/** Picks the draft problems out of a BAD_USER_INPUT error, whose fields read `draft.arguments` and so on. */
export function draftProblemsOf(fieldErrors: FieldError[]): DraftProblem[] {
  return fieldErrors
    .filter((error) => error.name[0] === 'draft' && error.name.length > 1)
    .map((error) => ({ field: String(error.name[1]), reason: error.reason }));
}

function labelOf(field: string): string {
  return COMMENT_DRAFT_FIELD_LABELS[field as keyof typeof COMMENT_DRAFT_FIELD_LABELS] ?? field;
}

/** Describes a draft problem in one Russian sentence; `caseTopic` is the publication's topic. */
export function describeDraftProblem(problem: DraftProblem, caseTopic: { code: string; title: string }): string {
  const topic = `${caseTopic.code} — ${caseTopic.title}`;
  if (problem.field === 'topicCode' && problem.reason === 'TOPIC_MISMATCH') {
    return `Тема проекта не совпадает с темой публикации: должна быть ${topic}`;
  }
  if (problem.field === 'topicCode' && problem.reason === 'REQUIRED') {
    return `Не указана тема: должна быть тема публикации ${topic}`;
  }
  if (problem.reason === 'REQUIRED') {
    return `Не заполнено: «${labelOf(problem.field)}»`;
  }
  return `Неверное значение: «${labelOf(problem.field)}»`;
}

/**
 * Returns the confirmation question for submitting a draft with `problems`, or null when there are
 * none. `caseTopic` is the publication's topic, which the draft's topic must match for approval.
 */
export function incompleteDraftQuestion(problems: DraftProblem[], caseTopic: { code: string; title: string }): string | null {
  if (problems.length === 0) {
    return null;
  }
  const sentences: string[] = [];
  const missing = problems.filter((problem) => problem.reason === 'REQUIRED').map((problem) => `«${labelOf(problem.field)}»`);
  if (missing.length > 0) {
    sentences.push(`В проекте не заполнено: ${missing.join(', ')}.`);
  }
  if (problems.some((problem) => problem.field === 'topicCode' && problem.reason === 'TOPIC_MISMATCH')) {
    sentences.push(`Тема проекта не совпадает с темой публикации ${caseTopic.code} — ${caseTopic.title}.`);
  }
  sentences.push('ЦУР не сможет согласовать такой проект. Отправить на согласование всё равно?');
  return sentences.join(' ');
}
