import type { RuleObject } from 'antd/es/form';
import { describe, expect, it } from 'vitest';
import { dayjs } from '../../shared/dayjs';
import { hasValidInnControlDigits, innControlDigitsRule, legalEntityInnProblem, notBeforeEarliestRule } from './appealFormRules';

const validate = (rule: RuleObject, value: unknown) => rule.validator!(rule, value, () => undefined);

describe('hasValidInnControlDigits', () => {
  it('accepts valid organization and person INNs', () => {
    expect(hasValidInnControlDigits('7707083893')).toBe(true);
    expect(hasValidInnControlDigits('500100732259')).toBe(true);
  });

  it('rejects a wrong control digit', () => {
    expect(hasValidInnControlDigits('7707083894')).toBe(false);
    expect(hasValidInnControlDigits('500100732258')).toBe(false);
    expect(hasValidInnControlDigits('500100732249')).toBe(false);
  });

  it('rejects other lengths and non-digits', () => {
    expect(hasValidInnControlDigits('770708389')).toBe(false);
    expect(hasValidInnControlDigits('77070838930')).toBe(false);
    expect(hasValidInnControlDigits('77070838a3')).toBe(false);
  });
});

describe('innControlDigitsRule', () => {
  it('reports wrong control digits', async () => {
    await expect(validate(innControlDigitsRule as RuleObject, '7707083894')).rejects.toThrow('Неверные контрольные цифры ИНН');
  });

  it('leaves empty values and wrong lengths to other rules', async () => {
    await expect(validate(innControlDigitsRule as RuleObject, '')).resolves.toBeUndefined();
    await expect(validate(innControlDigitsRule as RuleObject, undefined)).resolves.toBeUndefined();
    await expect(validate(innControlDigitsRule as RuleObject, '123')).resolves.toBeUndefined();
    await expect(validate(innControlDigitsRule as RuleObject, '7707083893')).resolves.toBeUndefined();
  });
});

describe('notBeforeEarliestRule', () => {
  it('rejects a receipt before 2021 in Moscow', async () => {
    await expect(validate(notBeforeEarliestRule as RuleObject, dayjs('2020-12-31T20:59:00Z'))).rejects.toThrow(
      'Дата раньше 2021 года — проверьте дату',
    );
  });

  it('accepts the first minute of 2021 in Moscow', async () => {
    await expect(validate(notBeforeEarliestRule as RuleObject, dayjs('2020-12-31T21:00:00Z'))).resolves.toBeUndefined();
  });
});

describe('legalEntityInnProblem', () => {
  it('rejects a person’s 12-digit INN for a legal entity', () => {
    expect(legalEntityInnProblem('LEGAL_ENTITY', '500100732259')).toContain('10 цифр');
  });

  it('accepts a 10-digit INN for a legal entity', () => {
    expect(legalEntityInnProblem('LEGAL_ENTITY', '7707083893')).toBeNull();
  });

  it('accepts a 12-digit INN for a citizen', () => {
    expect(legalEntityInnProblem('RUSSIAN_CITIZEN', '500100732259')).toBeNull();
  });
});
