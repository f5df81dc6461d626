import { describe, expect, it } from 'vitest';
import { importPercent, importSummary, progressStatus } from './importProgress';

describe('importPercent', () => {
  it('shows 100 for a finished run', () => {
    expect(importPercent({ state: 'FINISHED', fileShareRead: 0.4 })).toBe(100);
  });

  it('keeps a running run below 100', () => {
    expect(importPercent({ state: 'RUNNING', fileShareRead: 1 })).toBe(99);
    expect(importPercent({ state: 'RUNNING', fileShareRead: 0.456 })).toBe(45);
  });

  it('returns null when the share is unknown', () => {
    expect(importPercent({ state: 'FAILED', fileShareRead: null })).toBeNull();
  });
});

describe('progressStatus', () => {
  it('maps each state', () => {
    expect(progressStatus('RUNNING')).toBe('active');
    expect(progressStatus('FINISHED')).toBe('success');
    expect(progressStatus('FAILED')).toBe('exception');
  });
});

describe('importSummary', () => {
  it('lists every count', () => {
    const text = importSummary({ rowsRead: 12000, rowsImported: 11976, rowsSkipped: 0, rowsRejected: 24 });
    expect(text).toContain('Прочитано строк: 12');
    expect(text).toContain('отклонено: 24');
    expect(text).toContain('пропущено как уже зарегистрированные: 0');
  });
});
