import type { RuleObject } from 'antd/es/form';
import { describe, expect, it } from 'vitest';
import { CONTACT_FORM_FIELDS, CONTACT_RULES } from './contactOfficialForm';

function requiredMessageOf(field: (typeof CONTACT_FORM_FIELDS)[number]): unknown {
  const rule = CONTACT_RULES[field].find((item) => typeof item === 'object' && (item as RuleObject).required);
  return (rule as RuleObject | undefined)?.message;
}

describe('CONTACT_RULES', () => {
  it('asks for each missing field in natural Russian', () => {
    expect(requiredMessageOf('surname')).toBe('Укажите фамилию');
    expect(requiredMessageOf('firstName')).toBe('Укажите имя');
    expect(requiredMessageOf('patronymic')).toBe('Укажите отчество');
    expect(requiredMessageOf('position')).toBe('Укажите должность');
    expect(requiredMessageOf('email')).toBe('Укажите e-mail');
    expect(requiredMessageOf('phone')).toBe('Укажите телефон');
  });
});
