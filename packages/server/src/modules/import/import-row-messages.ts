// Russian messages of the rejected-rows report for the problems that the appeal check returns in English.
import { DateTime } from 'luxon';
import { AppealChannel, AppellantKind } from '../appeals/appeal.entity.js';
import { IMPORTED_APPEAL_STATUSES } from '../appeals/appeal.validation.js';
import { printable, quoted } from './import-failure.js';
import type { MappedField } from './import-mapping.js';

/** Russian names of the mapped fields, as the appeal card and the export call them. */
export const FIELD_LABELS: Record<MappedField, string> = {
  externalId: 'Внешний номер',
  channel: 'Канал',
  appellantKind: 'Вид заявителя',
  appellantName: 'Заявитель',
  appellantEmail: 'Электронная почта',
  appellantPhone: 'Телефон',
  appellantAddress: 'Адрес',
  appellantInn: 'ИНН',
  text: 'Текст обращения',
  topicCode: 'Тема (ТОТКО)',
  questionTypeCode: 'Вид вопроса',
  municipalityOktmo: 'Муниципальное образование',
  agency: 'Орган',
  receivedAt: 'Дата поступления',
  status: 'Статус',
  answerText: 'Ответ',
  answeredAt: 'Дата ответа',
  closedAt: 'Дата закрытия',
};

/** Product values of the fields that take a fixed list, for the «add a map entry» advice. */
export const ALLOWED_VALUES: Partial<Record<MappedField, readonly string[]>> = {
  channel: Object.values(AppealChannel),
  appellantKind: Object.values(AppellantKind),
  status: IMPORTED_APPEAL_STATUSES,
};

/** Facts of one field for its message: the origin of its value, its source text, its value and the row's status. */
export interface ProblemContext {
  origin: string;
  raw: string | null | undefined;
  value: unknown;
  status: unknown;
}

function label(field: string): string {
  return FIELD_LABELS[field as MappedField] ?? field;
}

function shownValue(context: ProblemContext): string {
  if (context.value instanceof Date) {
    return `${DateTime.fromJSDate(context.value, { zone: 'Europe/Moscow' }).toFormat('dd.MM.yyyy HH:mm')} (МСК)`;
  }
  return quoted(String(context.raw ?? context.value ?? ''), 40);
}

/** Returns the Russian report message for a problem of the appeal check, by its field and reason. */
export function russianProblemMessage(field: string, reason: string, englishMessage: string, context: ProblemContext): string {
  const name = `«${label(field)}»`;
  switch (reason) {
    case 'REQUIRED':
      return requiredMessage(field, name, context);
    case 'INVALID': {
      const allowed = ALLOWED_VALUES[field as MappedField];
      if (allowed && typeof context.value === 'string') {
        return (
          `Значение ${quoted(context.value, 40)} (${context.origin}) не входит в допустимые значения поля ${name}: ${allowed.join(', ')}. ` +
          `Добавьте его в сопоставление: fields.${field}.map, например "${printable(context.raw ?? context.value, 40)}": "${allowed.at(-1)}".`
        );
      }
      return `Неверное значение ${shownValue(context)} поля ${name} (${context.origin}). Исправьте значение в файле или сопоставление.`;
    }
    case 'TOO_LONG': {
      const limit = /at most (\d+)/.exec(englishMessage)?.[1];
      return `Значение поля ${name} (${context.origin}) длиннее ${limit ?? 'допустимых'} символов. Сократите его в файле.`;
    }
    case 'TOO_EARLY':
      return (
        `Дата поступления ${shownValue(context)} раньше 01.01.2021 — начала производственного календаря, поэтому открытое обращение с ней не импортируется. ` +
        'Проверьте дату и статус обращения.'
      );
    case 'IN_FUTURE':
      return `Дата ${shownValue(context)} в поле ${name} позже текущего момента. Проверьте дату и часовой пояс сопоставления (timeZone).`;
    case 'BEFORE_RECEIPT':
      return `Дата ${shownValue(context)} в поле ${name} раньше даты поступления. Проверьте столбцы дат и часовой пояс сопоставления (timeZone).`;
    case 'BEFORE_ANSWER':
      return `Дата закрытия ${shownValue(context)} раньше даты ответа. Проверьте столбцы дат.`;
    default:
      return `Поле ${name} (${context.origin}): ${printable(englishMessage, 200)}.`;
  }
}

function requiredMessage(field: string, name: string, context: ProblemContext): string {
  const status = typeof context.status === 'string' ? context.status : '';
  // The origin of an unmapped field already states that no column fills it.
  const empty = context.origin.startsWith('поле fields.') ? context.origin : `${context.origin} пуст`;
  switch (field) {
    case 'answerText':
      return `Для обращения в статусе ${status} нужен текст ответа, а ${empty}. Заполните ответ, сопоставьте столбец с ответом (fields.answerText) или импортируйте строку как открытую.`;
    case 'closedAt':
      return `Для закрытого обращения нужна дата закрытия, а ${empty}. Заполните дату или сопоставьте столбец с ней (fields.closedAt).`;
    case 'answeredAt':
      return `Для обращения в статусе ANSWERED нужна дата ответа, а ${empty}. Заполните дату или сопоставьте столбец с ней (fields.answeredAt или fields.closedAt).`;
    case 'appellantInn':
      return `Для юридического лица нужен ИНН из 10 цифр, а ${empty}.`;
    default:
      return `Поле ${name} обязательно, а ${empty}. Заполните значение в файле или задайте default в сопоставлении (fields.${field}).`;
  }
}
