import { describe, expect, it } from 'vitest';
import { auditChangeRows, formatAuditValue } from './auditChanges';

describe('formatAuditValue', () => {
  it('shows an instant in Moscow time', () => {
    expect(formatAuditValue('2026-12-04T07:00:00.000Z')).toBe('04.12.2026 10:00 МСК');
  });

  it('shows empty values as a dash', () => {
    expect(formatAuditValue(null)).toBe('—');
    expect(formatAuditValue(undefined)).toBe('—');
    expect(formatAuditValue('')).toBe('—');
  });

  it('shows flags, numbers, text and lists', () => {
    expect(formatAuditValue(true)).toBe('да');
    expect(formatAuditValue(false)).toBe('нет');
    expect(formatAuditValue(3)).toBe('3');
    expect(formatAuditValue('ASSIGNED')).toBe('ASSIGNED');
    expect(formatAuditValue(['a', 'b'])).toBe('["a","b"]');
  });

  it('keeps a calendar date as written', () => {
    expect(formatAuditValue('2026-12-04')).toBe('2026-12-04');
  });
});

describe('auditChangeRows', () => {
  it('labels known keys and keeps unknown ones', () => {
    const rows = auditChangeRows(null, { surname: 'Петров', somethingNew: 1 });
    expect(rows.map((row) => row.label)).toEqual(['Фамилия', 'somethingNew']);
  });

  it('marks only the changed keys', () => {
    const rows = auditChangeRows(
      { status: 'REGISTERED', agency: null, version: 1 },
      { status: 'ASSIGNED', agency: 'a1', version: 1 },
    );
    expect(rows.find((row) => row.key === 'status')).toEqual({
      key: 'status',
      label: 'Статус',
      before: 'REGISTERED',
      after: 'ASSIGNED',
      changed: true,
    });
    expect(rows.find((row) => row.key === 'agency')?.changed).toBe(true);
    expect(rows.find((row) => row.key === 'version')?.changed).toBe(false);
  });

  it('lists keys that only the before state has', () => {
    const rows = auditChangeRows({ note: 'старое', agency: 'a1' }, { topic: '01.0001.0001.0001' });
    expect(rows.map((row) => row.key)).toEqual(['topic', 'agency', 'note']);
    expect(rows[1]).toMatchObject({ before: 'a1', after: '—', changed: true });
  });

  it('orders known keys by meaning and unknown keys last', () => {
    const rows = auditChangeRows(null, { zeta: 1, phone: '+78362223344', id: 'c1', alpha: 2, surname: 'Иванова', active: true });
    expect(rows.map((row) => row.key)).toEqual(['id', 'surname', 'phone', 'active', 'zeta', 'alpha']);
  });

  it('marks nothing as changed for a creation or a removal', () => {
    expect(auditChangeRows(null, { name: 'ООО «Ромашка»' })[0]).toMatchObject({ before: '—', after: 'ООО «Ромашка»', changed: false });
    expect(auditChangeRows({ name: 'ООО «Ромашка»' }, null)[0]).toMatchObject({ before: 'ООО «Ромашка»', after: '—', changed: false });
  });

  it('returns no rows without states', () => {
    expect(auditChangeRows(null, undefined)).toEqual([]);
  });
});
