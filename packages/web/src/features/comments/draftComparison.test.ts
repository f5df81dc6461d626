import { describe, expect, it } from 'vitest';
import { compareDraftContent, versionOptionLabel } from './draftComparison';

const base = {
  falseStatement: 'Больница закрыта',
  agencyAccount: 'Больница работает',
  arguments: 'Приём с 8:00',
  topic: { code: '0003.0009.0000.0000', title: 'Здравоохранение' },
  authorName: 'Иванова А. А.',
  authorRole: 'PRESS_SECRETARY' as const,
};

describe('compareDraftContent', () => {
  it('lists only the content fields', () => {
    const rows = compareDraftContent(base, base);
    expect(rows.map((row) => row.key)).toEqual(['falseStatement', 'agencyAccount', 'arguments', 'topicCode', 'authorName', 'authorRole']);
  });

  it('ignores the remarks of each version', () => {
    const before = { ...base, remarks: 'Уточните цифры' };
    const after = { ...base, remarks: null };
    const rows = compareDraftContent(before, after);
    expect(rows.some((row) => row.changed)).toBe(false);
  });

  it('marks a changed content field', () => {
    const rows = compareDraftContent(base, { ...base, arguments: 'Приём с 7:00' });
    expect(rows.filter((row) => row.changed).map((row) => row.key)).toEqual(['arguments']);
  });

  it('marks a removed topic', () => {
    const rows = compareDraftContent(base, { ...base, topic: null });
    expect(rows.find((row) => row.key === 'topicCode')?.changed).toBe(true);
  });
});

describe('versionOptionLabel', () => {
  it('shortens a returned version', () => {
    const label = versionOptionLabel({ versionNumber: 2, submittedAt: '2026-05-12T11:30:00Z', reviewOutcome: 'RETURNED' });
    expect(label).toBe('Версия 2 · 12.05.2026 14:30 · возвращён');
  });

  it('names a version under review', () => {
    const label = versionOptionLabel({ versionNumber: 3, submittedAt: '2026-05-12T11:30:00Z', reviewOutcome: null });
    expect(label).toContain('на согласовании');
  });
});
