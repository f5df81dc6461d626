import type {
  AgencyKind,
  AppealChannel,
  AppealEventKind,
  AppealStatus,
  AppellantKind,
  CountdownState,
  DeadlineKind,
  DeadlineRuleKind,
  DeadlineShiftDirection,
  DeadlineStatus,
  NonWorkingEndRule,
  NotificationKind,
  UserRole,
} from '@cur/schema';

/** Russian names of the appeal sources as the regulation lists them. */
export const CHANNEL_LABELS: Record<AppealChannel, string> = {
  WRITTEN: 'Письменное (59-ФЗ)',
  EMAIL: 'Электронная почта (59-ФЗ)',
  IN_PERSON: 'Личный приём (59-ФЗ)',
  FEEDBACK_PLATFORM: 'Платформа обратной связи',
  SOCIAL_MEDIA: 'Социальные сети и мессенджеры',
  VOICE_HOTLINE: 'Голосовая линия',
  SURVEY: 'Опросы и исследования',
  INTERNET_PUBLICATION: 'Публикации в интернете',
  OTHER: 'Иные источники',
};

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  REGISTERED: 'Зарегистрировано',
  ASSIGNED: 'Направлено в орган',
  ANSWERED: 'Дан ответ',
  CLOSED: 'Закрыто',
};

/** antd Tag colours of the appeal statuses. */
export const APPEAL_STATUS_COLORS: Record<AppealStatus, string> = {
  REGISTERED: 'blue',
  ASSIGNED: 'gold',
  ANSWERED: 'green',
  CLOSED: 'default',
};

export const APPELLANT_KIND_LABELS: Record<AppellantKind, string> = {
  RUSSIAN_CITIZEN: 'Гражданин РФ',
  FOREIGN_CITIZEN: 'Иностранный гражданин',
  STATELESS_PERSON: 'Лицо без гражданства',
  RUSSIAN_CITIZEN_ABROAD: 'Гражданин РФ за рубежом',
  LEGAL_ENTITY: 'Юридическое лицо',
};

export const APPEAL_EVENT_LABELS: Record<AppealEventKind, string> = {
  REGISTERED: 'Зарегистрировано',
  ASSIGNED: 'Направлено в орган',
  REASSIGNED: 'Перенаправлено в другой орган',
  ANSWERED: 'Дан ответ',
  CLOSED: 'Закрыто',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  APPEAL_REGISTRATION: 'Регистрация',
  APPEAL_ANSWER: 'Ответ',
};

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  OPEN: 'Идёт',
  MET: 'Соблюдён',
  MISSED: 'Нарушен',
  CANCELLED: 'Отменён',
};

export const DEADLINE_STATUS_COLORS: Record<DeadlineStatus, string> = {
  OPEN: 'processing',
  MET: 'success',
  MISSED: 'error',
  CANCELLED: 'default',
};

export const COUNTDOWN_STATE_LABELS: Record<CountdownState, string> = {
  ON_TRACK: 'В срок',
  AT_RISK: 'Под угрозой',
  OVERDUE: 'Просрочено',
};

export const COUNTDOWN_STATE_COLORS: Record<CountdownState, string> = {
  ON_TRACK: 'green',
  AT_RISK: 'orange',
  OVERDUE: 'red',
};

/** Units of a deadline rule in the three Russian forms that pluralRu picks from: 1, 2–4 and 5 or more. */
export const RULE_UNIT_FORMS: Record<DeadlineRuleKind, [string, string, string]> = {
  CALENDAR_DAYS: ['календарный день', 'календарных дня', 'календарных дней'],
  WORKING_DAYS: ['рабочий день', 'рабочих дня', 'рабочих дней'],
  HOURS: ['час', 'часа', 'часов'],
};

export const NON_WORKING_END_LABELS: Record<NonWorkingEndRule, string> = {
  NONE: 'не переносится',
  SHIFT_FORWARD: 'переносится на следующий рабочий день',
  SHIFT_BACK: 'переносится на предшествующий рабочий день',
};

export const SHIFT_DIRECTION_LABELS: Record<DeadlineShiftDirection, string> = {
  FORWARD: 'вперёд',
  BACK: 'назад',
};

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  MINISTRY: 'Министерство',
  DEPARTMENT: 'Департамент',
  COMMITTEE: 'Комитет',
  SERVICE: 'Служба',
  INSPECTION: 'Инспекция',
};

export const ROLE_LABELS: Record<UserRole, string> = {
  CENTER_ADMIN: 'Администратор ЦУР',
  CENTER_OPERATOR: 'Оператор ЦУР',
  AGENCY_OFFICIAL: 'Сотрудник органа власти',
  PRESS_SERVICE: 'Пресс-служба',
};

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  DEADLINE_OVERDUE: 'Просрочен срок',
  CONTACT_OFFICIAL_CHANGED: 'Изменены контактные лица',
};

/** Russian names of the contact official fields that the change history lists. */
export const CONTACT_FIELD_LABELS: Record<string, string> = {
  surname: 'Фамилия',
  firstName: 'Имя',
  patronymic: 'Отчество',
  position: 'Должность',
  email: 'E-mail',
  phone: 'Телефон',
  active: 'Статус',
};

/** Builds antd Select options from a label map, in the map's order. */
export function optionsOf<Value extends string>(labels: Record<Value, string>): { value: Value; label: string }[] {
  return (Object.keys(labels) as Value[]).map((value) => ({ value, label: labels[value] }));
}
