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

const FIELD_ORDER = new Map(Object.keys(AUDIT_FIELD_LABELS).map((key, index) => [key, index]));

/** Orders keys as AUDIT_FIELD_LABELS lists them, then the unknown keys in the order given. */
function compareKeys(left: string, right: string): number {
  return (FIELD_ORDER.get(left) ?? FIELD_ORDER.size) - (FIELD_ORDER.get(right) ?? FIELD_ORDER.size);
}

/**
 * Lists the keys of an entry's before and after states, each with its Russian name where one is known.
 * The server stores the keys sorted by name, so known keys are put in the order AUDIT_FIELD_LABELS
 * lists them. Unknown keys follow, first those of the after state and then those of the before state.
 */
export function auditChangeRows(before: AuditState, after: AuditState): AuditChangeRow[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].sort(compareKeys);
  const both = before != null && after != null;
  return keys.map((key) => {
    const beforeText = before == null ? EMPTY : formatAuditValue(before[key]);
    const afterText = after == null ? EMPTY : formatAuditValue(after[key]);
    const changed = both && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null);
    return { key, label: labelOf(AUDIT_FIELD_LABELS, key), before: beforeText, after: afterText, changed };
  });
}
