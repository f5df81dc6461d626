import { describe, expect, it } from 'vitest';
import {
  COMMENT_AUTHOR_ROLE_LABELS,
  DEADLINE_KIND_LABELS,
  INFORMATION_RISK_EVENT_LABELS,
  INFORMATION_RISK_STATUS_LABELS,
  NOTIFICATION_KIND_LABELS,
  optionsOf,
  VERIFICATION_OUTCOME_LABELS,
} from './labels';

const unique = (labels: Record<string, string>) => new Set(Object.values(labels)).size === Object.keys(labels).length;

describe('information risk labels', () => {
  it('name every case status as the regulation does', () => {
    expect(INFORMATION_RISK_STATUS_LABELS).toEqual({
      DETECTED: 'Выявлено',
      VERIFICATION_REQUESTED: 'На проверке',
      VERIFIED: 'Проверено',
      PROPOSAL_SENT: 'Направлено предложение',
      DRAFT_SUBMITTED: 'Проект на согласовании',
      DRAFT_RETURNED: 'Возвращено на доработку',
      APPROVED: 'Согласовано',
      PUBLISHED: 'Опубликовано',
      DISTRIBUTED: 'Передано в СМИ',
      CLOSED: 'Закрыто',
      DISMISSED: 'Отклонено',
    });
  });

  it('name the verification outcomes and the draft authors', () => {
    expect(VERIFICATION_OUTCOME_LABELS).toEqual({
      FALSE: 'Недостоверна',
      NEEDS_CLARIFICATION: 'Требует разъяснения',
      TRUE: 'Достоверна',
    });
    expect(COMMENT_AUTHOR_ROLE_LABELS).toEqual({
      PRESS_SECRETARY: 'Пресс-секретарь',
      AREA_OFFICIAL: 'Должностное лицо, курирующее сферу',
    });
  });

  it('name the two 3-hour clocks', () => {
    expect(DEADLINE_KIND_LABELS.COMMENT_PROPOSAL).toBe('Предложение ЦУР (3 ч)');
    expect(DEADLINE_KIND_LABELS.COMMENT_DRAFT).toBe('Проект органа (3 ч)');
  });

  it('tell every status and history event apart', () => {
    expect(unique(INFORMATION_RISK_STATUS_LABELS)).toBe(true);
    expect(unique(INFORMATION_RISK_EVENT_LABELS)).toBe(true);
    expect(unique(DEADLINE_KIND_LABELS)).toBe(true);
    expect(unique(NOTIFICATION_KIND_LABELS)).toBe(true);
  });
});

describe('optionsOf', () => {
  it('keeps the order of the map', () => {
    expect(optionsOf(VERIFICATION_OUTCOME_LABELS).map((option) => option.value)).toEqual(['FALSE', 'NEEDS_CLARIFICATION', 'TRUE']);
  });
});
