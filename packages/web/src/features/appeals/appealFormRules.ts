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

const INN_WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function innControlDigit(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * digits[index], 0);
  return (sum % 11) % 10;
}

/**
 * Checks the control digits of an INN of 10 or 12 digits: the last digit of an organization's INN,
 * the last two of a person's, each the weighted sum of the digits before it modulo 11, then modulo 10.
 * The server checks the same.
 */
export function hasValidInnControlDigits(inn: string): boolean {
  if (!/^(\d{10}|\d{12})$/.test(inn)) {
    return false;
  }
  const digits = [...inn].map(Number);
  if (digits.length === 10) {
    return innControlDigit(digits, INN_WEIGHTS_10) === digits[9];
  }
  return innControlDigit(digits, INN_WEIGHTS_11) === digits[10] && innControlDigit(digits, INN_WEIGHTS_12) === digits[11];
}

/** Returns the message for a legal entity's INN of 12 digits, which belongs to a person, or null. */
export function legalEntityInnProblem(kind: string | undefined, inn: string | undefined): string | null {
  return kind === 'LEGAL_ENTITY' && /^\d{12}$/.test(inn?.trim() ?? '')
    ? 'У юридического лица ИНН из 10 цифр; 12 цифр — ИНН гражданина, индивидуального предпринимателя регистрируйте как гражданина РФ'
    : null;
}

/** Rejects a 12-digit INN when the appellant kind at `kindPath` is a legal entity. */
export const legalEntityInnRule =
  (kindPath: (string | number)[]): Rule =>
  ({ getFieldValue }) => ({
    validator: async (_, value: string | undefined) => {
      const problem = legalEntityInnProblem(getFieldValue(kindPath) as string | undefined, value);
      if (problem) {
        throw new Error(problem);
      }
    },
  });

/** Rejects an INN of the right length whose control digits are wrong; the length is innPattern's check. */
export const innControlDigitsRule: Rule = {
  validator: async (_, value: string | undefined) => {
    const inn = value?.trim();
    if (inn && /^(\d{10}|\d{12})$/.test(inn) && !hasValidInnControlDigits(inn)) {
      throw new Error('Неверные контрольные цифры ИНН');
    }
  },
};

/** The earliest receipt date the server accepts, because its production calendar starts in 2021. */
export const EARLIEST_RECEIPT_DATE = '2021-01-01';
const EARLIEST_RECEIPT_MS = Date.parse('2021-01-01T00:00:00+03:00');

export const notBeforeEarliestRule: Rule = {
  validator: async (_, value: Dayjs | null | undefined) => {
    if (value && value.valueOf() < EARLIEST_RECEIPT_MS) {
      throw new Error('Дата раньше 2021 года — проверьте дату');
    }
  },
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
