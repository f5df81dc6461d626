import type {
  AgencyKind,
  AppealChannel,
  AppealEventKind,
  AppealFlagKind,
  AppealReviewStage,
  AppealSatisfaction,
  AppealStatus,
  AppellantKind,
  CommentAuthorRole,
  CountdownState,
  DeadlineKind,
  DeadlineRuleKind,
  DeadlineShiftDirection,
  DeadlineStatus,
  DraftReviewOutcome,
  InformationRiskEventKind,
  InformationRiskStatus,
  NonWorkingEndRule,
  NotificationKind,
  ReportStatus,
  RoutingSource,
  UnansweredGround,
  UserRole,
  VerificationOutcome,
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
  LEFT_UNANSWERED: 'Оставлено без ответа',
  CLOSED: 'Закрыто',
};

/** antd Tag colours of the appeal statuses. */
export const APPEAL_STATUS_COLORS: Record<AppealStatus, string> = {
  REGISTERED: 'blue',
  ASSIGNED: 'gold',
  ANSWERED: 'green',
  LEFT_UNANSWERED: 'purple',
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
  FORWARDED: 'Переадресовано в компетентный орган',
  EXTENDED: 'Срок ответа продлён',
  ANSWERED: 'Дан ответ',
  LEFT_UNANSWERED: 'Оставлено без ответа',
  CLOSED: 'Закрыто',
  REVIEWED: 'Ответ проверен ЦУР',
  RETURNED_FOR_REWORK: 'Возвращено на доработку',
  SATISFACTION_RECORDED: 'Отмечена удовлетворённость заявителя',
  REOPENED: 'Возобновлено',
  FLAGGED: 'Отмечена проблемная ситуация',
  REPEAT_CONFIRMED: 'Подтверждено как повторное',
  REPEAT_REJECTED: 'Отклонено как повторное',
  ANSWER_SUBMITTED_FOR_REVIEW: 'Черновик ответа направлен на проверку',
  FLAG_RESOLVED: 'Проблемная ситуация урегулирована',
  ATTACHMENT_ADDED: 'Добавлены вложения',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  APPEAL_REGISTRATION: 'Регистрация',
  APPEAL_FORWARDING: 'Переадресация (7 дн.)',
  APPEAL_ANSWER: 'Ответ',
  COMMENT_PROPOSAL: 'Предложение ЦУР (3 ч)',
  COMMENT_DRAFT: 'Проект органа (3 ч)',
  APPEAL_REWORK: 'Доработка ответа',
  QUARTERLY_REPORT: 'Квартальный отчёт',
  INFORMATION_REQUEST: 'Информационный запрос',
};

/** The grounds of article 11 of 59-FZ for leaving an appeal without an answer on the substance. */
export const UNANSWERED_GROUND_LABELS: Record<UnansweredGround, string> = {
  NO_NAME_OR_ADDRESS: 'Не указаны фамилия или адрес для ответа',
  OBSCENE_OR_THREATENING: 'Нецензурные или оскорбительные выражения, угрозы',
  UNREADABLE: 'Текст не поддаётся прочтению',
  SUBSTANCE_UNCLEAR: 'Из текста нельзя понять суть',
  REPEATED_WITHOUT_NEW_ARGUMENTS: 'Повторное обращение без новых доводов',
  PROTECTED_SECRET: 'Ответ раскрыл бы охраняемую законом тайну',
};

/** Russian names of the `subjectType` values that deadlines and notifications carry. */
export const SUBJECT_TYPE_LABELS: Record<string, string> = {
  APPEAL: 'Обращение',
  INFORMATION_RISK: 'Недостоверная информация',
  AGENCY: 'Орган власти',
  QUARTERLY_REPORT: 'Квартальная информация',
  INFORMATION_REQUEST: 'Запрос информации',
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
  DEADLINE_WARNING: 'Приближается срок',
  CONTACT_OFFICIAL_CHANGED: 'Изменены контактные лица',
  INFORMATION_RISK: 'Недостоверная информация',
  APPEAL_RETURNED: 'Обращение возвращено в работу',
  QUARTERLY_REPORT: 'Квартальная информация',
  INFORMATION_REQUEST: 'Запрос информации',
};

/** Russian names of the steps of the algorithm for misinformation and official comments. */
export const INFORMATION_RISK_STATUS_LABELS: Record<InformationRiskStatus, string> = {
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
};

/** antd Tag colours of the case statuses: blue while the center acts, gold while the agency acts. */
export const INFORMATION_RISK_STATUS_COLORS: Record<InformationRiskStatus, string> = {
  DETECTED: 'blue',
  VERIFICATION_REQUESTED: 'gold',
  VERIFIED: 'blue',
  PROPOSAL_SENT: 'gold',
  DRAFT_SUBMITTED: 'blue',
  DRAFT_RETURNED: 'gold',
  APPROVED: 'cyan',
  PUBLISHED: 'green',
  DISTRIBUTED: 'green',
  CLOSED: 'default',
  DISMISSED: 'default',
};

export const INFORMATION_RISK_EVENT_LABELS: Record<InformationRiskEventKind, string> = {
  DETECTED: 'Публикация зарегистрирована',
  VERIFICATION_REQUESTED: 'Запрошена проверка',
  VERIFIED: 'Проверка проведена',
  PROPOSAL_SENT: 'Направлено предложение комментария',
  DRAFT_SUBMITTED: 'Представлен проект комментария',
  DRAFT_RETURNED: 'Проект возвращён на доработку',
  APPROVED: 'Комментарий согласован',
  PUBLISHED: 'Комментарий опубликован органом',
  DISTRIBUTED: 'Комментарий передан в СМИ',
  CLOSED: 'Дело закрыто',
  DISMISSED: 'Дело отклонено',
  SUPERSEDED: 'Комментарий заменён, начат новый круг',
  REROUTED: 'Дело передано другому органу',
};

export const VERIFICATION_OUTCOME_LABELS: Record<VerificationOutcome, string> = {
  FALSE: 'Недостоверна',
  NEEDS_CLARIFICATION: 'Требует разъяснения',
  TRUE: 'Достоверна',
};

export const VERIFICATION_OUTCOME_COLORS: Record<VerificationOutcome, string> = {
  FALSE: 'red',
  NEEDS_CLARIFICATION: 'orange',
  TRUE: 'green',
};

export const COMMENT_AUTHOR_ROLE_LABELS: Record<CommentAuthorRole, string> = {
  PRESS_SECRETARY: 'Пресс-секретарь',
  AREA_OFFICIAL: 'Должностное лицо, курирующее сферу',
};

export const DRAFT_REVIEW_OUTCOME_LABELS: Record<DraftReviewOutcome, string> = {
  APPROVED: 'Согласован',
  RETURNED: 'Возвращён на доработку',
};

export const ROUTING_SOURCE_LABELS: Record<RoutingSource, string> = {
  ROUTING_RULE: 'по таблице маршрутизации',
  OVERRIDE: 'выбран вручную',
};

/** Russian names of the parts of an official comment, keyed by the field names of SubmitCommentDraftInput. */
export const COMMENT_DRAFT_FIELD_LABELS = {
  falseStatement: 'Недостоверное утверждение',
  agencyAccount: 'Позиция органа',
  arguments: 'Аргументы и факты',
  topicCode: 'Тема',
  authorName: 'Автор',
  authorRole: 'Должность автора',
} as const;

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

export const SATISFACTION_LABELS: Record<AppealSatisfaction, string> = {
  SATISFIED: 'Удовлетворён',
  PARTLY_SATISFIED: 'Удовлетворён частично',
  NOT_SATISFIED: 'Не удовлетворён',
};

/** antd Tag colours of the satisfaction values. */
export const SATISFACTION_COLORS: Record<AppealSatisfaction, string> = {
  SATISFIED: 'green',
  PARTLY_SATISFIED: 'gold',
  NOT_SATISFIED: 'red',
};

export const REVIEW_STAGE_LABELS: Record<AppealReviewStage, string> = {
  BEFORE_SENDING: 'До отправки',
  AFTER_SENDING: 'После отправки',
};

export const FLAG_KIND_LABELS: Record<AppealFlagKind, string> = {
  CONFLICT_SITUATION: 'Конфликтная ситуация',
  COMMUNICATION_ERROR: 'Ошибка коммуникации',
};

/** Russian names of the states of a quarterly report. */
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: 'Готовится',
  SUBMITTED: 'Представлен',
  ACCEPTED: 'Принят',
  RETURNED: 'Возвращён на доработку',
};

/** antd Tag colours of the report states: gold while the agency acts, blue while the center reviews. */
export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  DRAFT: 'gold',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'volcano',
};
