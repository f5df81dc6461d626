import { describe, expect, it } from 'vitest';
import { answerSummary } from './requestStatus';

const now = new Date('2026-12-04T12:00:00Z');

describe('answerSummary', () => {
  it('reports every answer in', () => {
    expect(answerSummary([{ answered: true, onTime: true }], '2026-12-10T12:00:00Z', now)).toEqual({ text: 'Ответили все (1)', color: 'green' });
  });

  it('counts late answers', () => {
    const summary = answerSummary([{ answered: true, onTime: false }, { answered: true, onTime: true }], '2026-12-01T12:00:00Z', now);
    expect(summary.text).toBe('Ответили все (2), с опозданием: 1');
    expect(summary.color).toBe('orange');
  });

  it('marks missing answers overdue', () => {
    const summary = answerSummary([{ answered: false }, { answered: true, onTime: true }], '2026-12-01T12:00:00Z', now);
    expect(summary.text).toBe('Ответили 1 из 2; просрочено: 1 орган');
    expect(summary.color).toBe('red');
  });

  it('waits before the due instant', () => {
    expect(answerSummary([{ answered: false }], '2026-12-10T12:00:00Z', now).color).toBe('gold');
  });
});
