import { describe, expect, it } from 'vitest';
import { figureLabel, figuresOfTable, formatFigure, formatQuarter, isFractionalFigure } from './reportFigures';

describe('figureLabel', () => {
  it('names fixed and grouped figures', () => {
    expect(figureLabel('answered.late')).toBe('С нарушением срока');
    expect(figureLabel('byTopicSection.0003')).toBe('0003 Экономика');
    expect(figureLabel('byQuestionType.NONE')).toBe('Тип вопроса не указан');
    expect(figureLabel('byQuestionType.2.1')).toBe('Тип вопроса 2.1');
  });

  it('falls back to the key', () => {
    expect(figureLabel('future.figure')).toBe('future.figure');
  });
});

describe('formatFigure', () => {
  it('keeps one decimal for averages', () => {
    expect(isFractionalFigure('answered.averageDays')).toBe(true);
    expect(formatFigure('answered.averageDays', 11.8)).toBe('11,8');
    expect(formatFigure('registered.total', 1200)).toBe('1\u00a0200');
  });
});

describe('figuresOfTable', () => {
  it('orders by the table groups', () => {
    const figures = [
      { key: 'repeat', group: 'repeat', prefilledValue: 1, value: 1, corrected: false },
      { key: 'registered.total', group: 'registered', prefilledValue: 6, value: 6, corrected: false },
    ];
    expect(figuresOfTable(figures, ['registered', 'repeat']).map((figure) => figure.key)).toEqual(['registered.total', 'repeat']);
  });
});

describe('figuresOfTable order', () => {
  it('puts named figures in label order', () => {
    const figures = ['answered.averageDays', 'answered.late', 'answered.onTime', 'answered.total'].map((key) => ({
      key,
      group: 'answered',
      prefilledValue: 0,
      value: 0,
      corrected: false,
    }));
    expect(figuresOfTable(figures, ['answered']).map((figure) => figure.key)).toEqual([
      'answered.total',
      'answered.onTime',
      'answered.late',
      'answered.averageDays',
    ]);
  });
});

describe('formatQuarter', () => {
  it('uses Roman numerals', () => {
    expect(formatQuarter(2026, 4)).toBe('IV квартал 2026');
  });
});
