import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { E164_PATTERN, normalizePhone } from '../../shared/format';

/** The server allows clocks up to 5 minutes ahead; the form rejects anything later than that too. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const required = (message: string): Rule => ({ required: true, whitespace: true, message });

export const maxLength = (max: number): Rule => ({ max, message: `Не более ${max} символов` });

export const emailRule: Rule = { type: 'email', message: 'Неверный формат e-mail: например, name@mari-el.ru' };

/** Accepts an empty value, or a number that becomes valid E.164 after normalizePhone. */
export const phoneRule: Rule = {
  validator: async (_, value: string | undefined) => {
    if (!value?.trim()) {
      return;
    }
    if (!E164_PATTERN.test(normalizePhone(value))) {
      throw new Error('Неверный формат телефона: например, +7 836 245-12-34 или 8 836 245-12-34');
    }
  },
};

/** INN: 10 digits for a legal entity or 12 for a person. */
export const innPattern: Rule = {
  pattern: /^(\d{10}|\d{12})$/,
  message: 'ИНН состоит из 10 цифр (организация) или 12 цифр (физическое лицо)',
};

export const notInFutureRule: Rule = {
  validator: async (_, value: Dayjs | null | undefined) => {
    if (value && value.valueOf() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw new Error('Дата не может быть в будущем');
    }
  },
};

/** Trims a text field and turns an empty one into null, which the API reads as «not given». */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
