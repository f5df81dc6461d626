import { formatDateTime } from '../../shared/format';
import { AUDIT_FIELD_LABELS, labelOf } from './auditLabels';

type AuditState = Record<string, unknown> | null | undefined;

/** One key of an audit entry's recorded states. */
export interface AuditChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
  /** Whether the entry has both states and the value differs between them. */
  changed: boolean;
}

const EMPTY = '—';
/** An instant as the server's JSON writes it, such as 2026-12-04T14:05:00.000Z. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Formats one recorded value for reading: instants in Moscow time, yes/no for flags, JSON for lists and objects. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return EMPTY;
  }
  if (typeof value === 'boolean') {
    return value ? 'да' : 'нет';
  }
  if (typeof value === 'string') {
    return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}

/**
 * Lists the keys of an entry's before and after states, in the order the after state has them and
 * then the keys only the before state has, each with its Russian name where one is known.
 */
export function auditChangeRows(before: AuditState, after: AuditState): AuditChangeRow[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const both = before != null && after != null;
  return keys.map((key) => {
    const beforeText = before == null ? EMPTY : formatAuditValue(before[key]);
    const afterText = after == null ? EMPTY : formatAuditValue(after[key]);
    const changed = both && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null);
    return { key, label: labelOf(AUDIT_FIELD_LABELS, key), before: beforeText, after: afterText, changed };
  });
}
