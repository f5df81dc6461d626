import type { CommentDraftDetailsFragment } from '@cur/schema';
import { formatDateTime } from '../../shared/format';
import { COMMENT_AUTHOR_ROLE_LABELS, COMMENT_DRAFT_FIELD_LABELS, DRAFT_REVIEW_OUTCOME_LABELS } from '../../shared/labels';
import { diffWords, type DiffSegment } from './wordDiff';

type Draft = Pick<
  CommentDraftDetailsFragment,
  'falseStatement' | 'agencyAccount' | 'arguments' | 'topic' | 'authorName' | 'authorRole'
>;

interface ComparedField {
  key: keyof typeof COMMENT_DRAFT_FIELD_LABELS;
  valueOf: (draft: Draft) => string | null | undefined;
}

/**
 * The content of the comment that the agency writes. The center's remarks on a version are its
 * review, not content, so they are shown per version and never diffed.
 */
const CONTENT_FIELDS: readonly ComparedField[] = [
  { key: 'falseStatement', valueOf: (draft) => draft.falseStatement },
  { key: 'agencyAccount', valueOf: (draft) => draft.agencyAccount },
  { key: 'arguments', valueOf: (draft) => draft.arguments },
  { key: 'topicCode', valueOf: (draft) => (draft.topic ? `${draft.topic.code} — ${draft.topic.title}` : null) },
  { key: 'authorName', valueOf: (draft) => draft.authorName },
  { key: 'authorRole', valueOf: (draft) => COMMENT_AUTHOR_ROLE_LABELS[draft.authorRole] },
];

/** One content field of two versions, with the changed words marked on each side. */
export interface ComparedRow {
  key: string;
  label: string;
  before: DiffSegment[];
  after: DiffSegment[];
  changed: boolean;
}

/** Compares the content fields of two versions of a draft, in the order the draft form shows them. */
export function compareDraftContent(before: Draft, after: Draft): ComparedRow[] {
  return CONTENT_FIELDS.map((field) => ({
    key: field.key,
    label: COMMENT_DRAFT_FIELD_LABELS[field.key],
    ...diffWords(field.valueOf(before), field.valueOf(after)),
  }));
}

const SHORT_OUTCOME_LABELS: Record<keyof typeof DRAFT_REVIEW_OUTCOME_LABELS, string> = {
  APPROVED: 'согласован',
  RETURNED: 'возвращён',
};

/** Returns the short option text of a version for the comparison's selectors, such as «Версия 2 · 12.05.2026 14:30 · возвращён». */
export function versionOptionLabel(draft: Pick<CommentDraftDetailsFragment, 'versionNumber' | 'submittedAt' | 'reviewOutcome'>): string {
  const outcome = draft.reviewOutcome ? SHORT_OUTCOME_LABELS[draft.reviewOutcome] : 'на согласовании';
  return `Версия ${draft.versionNumber} · ${formatDateTime(draft.submittedAt, { zoneMark: false })} · ${outcome}`;
}
