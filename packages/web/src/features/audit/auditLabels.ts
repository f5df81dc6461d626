/** Russian names of the operations the server writes to the audit log; unknown ones show their code. */
export const AUDIT_OPERATION_LABELS: Record<string, string> = {
  login: 'Вход',
  logout: 'Выход',
  registerAppeal: 'Регистрация обращения',
  assignAppeal: 'Направление в орган',
  answerAppeal: 'Ответ на обращение',
  closeAppeal: 'Закрытие обращения',
  importAppeals: 'Импорт обращений',
  createContactOfficial: 'Добавление контактного лица',
  updateContactOfficial: 'Изменение контактного лица',
  deactivateContactOfficial: 'Исключение контактного лица',
  createOrganization: 'Добавление организации',
  markNotificationsRead: 'Уведомления прочитаны',
  detectInformationRisk: 'Регистрация публикации',
  requestVerification: 'Запрос проверки',
  recordVerification: 'Итог проверки',
  sendProposal: 'Предложение комментария',
  submitDraft: 'Проект комментария',
  reviewDraft: 'Рассмотрение проекта',
  recordPublication: 'Публикация комментария',
  recordDistribution: 'Передача в СМИ',
  close: 'Закрытие дела',
  dismiss: 'Отклонение дела',
  supersede: 'Замена комментария',
  reroute: 'Передача другому органу',
  setCommentRoute: 'Маршрутизация',
  removeCommentRoute: 'Маршрутизация',
  forwardAppeal: 'Переадресация обращения',
  extendAppeal: 'Продление срока ответа',
  leaveAppealUnanswered: 'Оставление без ответа',
  addAppealAttachments: 'Добавление файлов к обращению',
  submitAppealAnswerForReview: 'Проект ответа на проверку',
  reviewAppealAnswer: 'Проверка ответа',
  recordAppealSatisfaction: 'Удовлетворённость заявителя',
  reopenAppeal: 'Возобновление обращения',
  flagAppeal: 'Отметка проблемной ситуации',
  resolveAppealFlag: 'Урегулирование проблемной ситуации',
  confirmAppealRepeat: 'Подтверждение повторного обращения',
  rejectAppealRepeat: 'Отклонение повторного обращения',
  createProblem: 'Создание проблемы',
  updateProblem: 'Изменение проблемы',
  resolveProblem: 'Решение проблемы',
  addRoadmapMeasure: 'Мера дорожной карты',
  updateRoadmapMeasure: 'Изменение меры дорожной карты',
  openQuarterlyReport: 'Открытие квартального отчёта',
  correctReportFigure: 'Исправление показателя отчёта',
  saveReportAnalysis: 'Аналитическая часть отчёта',
  submitReport: 'Представление отчёта',
  acceptReport: 'Принятие отчёта',
  returnReport: 'Возврат отчёта на доработку',
  sendInformationRequest: 'Информационный запрос',
  answerInformationRequest: 'Ответ на информационный запрос',
  setDeadlinePolicy: 'Изменение правила сроков',
  uploadFile: 'Загрузка файла',
  discardFile: 'Удаление файла',
  removeUnlinkedFile: 'Удаление файла, не привязанного за срок хранения',
  startAppealImport: 'Импорт обращений',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  Appeal: 'Обращение',
  ContactOfficial: 'Контактное лицо',
  Organization: 'Организация',
  Session: 'Сессия',
  User: 'Пользователь',
  Notification: 'Уведомления',
  InformationRisk: 'Дело о недостоверной информации',
  CommentRoutingRule: 'Маршрут',
  ImportRun: 'Импорт обращений',
  AppealFlag: 'Проблемная ситуация',
  AppealRepeatSuggestion: 'Возможное повторное обращение',
  AppealReview: 'Проверка ответа',
  DeadlinePolicy: 'Правило сроков',
  InformationRequest: 'Информационный запрос',
  InformationRequestRecipient: 'Ответ органа на запрос',
  Problem: 'Проблема',
  RoadmapMeasure: 'Мера дорожной карты',
  QuarterlyReport: 'Квартальный отчёт',
  StoredFile: 'Файл',
};

/**
 * Russian names of the keys in the recorded before and after states. The server stores each entity's
 * own fields, with a related record given by its id or code, so one key means the same in every entity.
 */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  id: 'Идентификатор',
  number: 'Номер',
  version: 'Версия',
  status: 'Статус',
  createdAt: 'Создано',
  updatedAt: 'Изменено',
  createdBy: 'Создал',
  // Appeal
  channel: 'Канал поступления',
  appellantKind: 'Категория заявителя',
  appellantName: 'Заявитель',
  appellantEmail: 'E-mail заявителя',
  appellantPhone: 'Телефон заявителя',
  appellantAddress: 'Почтовый адрес',
  appellantInn: 'ИНН заявителя',
  text: 'Текст',
  topic: 'Тема',
  questionType: 'Тип вопроса',
  municipality: 'Муниципальное образование',
  agency: 'Орган власти',
  receivedAt: 'Поступило',
  registeredAt: 'Зарегистрировано',
  registeredBy: 'Зарегистрировал',
  answerDueAt: 'Срок ответа',
  answerText: 'Текст ответа',
  answeredAt: 'Ответ дан',
  closedAt: 'Закрыто',
  // ContactOfficial
  surname: 'Фамилия',
  firstName: 'Имя',
  patronymic: 'Отчество',
  position: 'Должность',
  email: 'E-mail',
  phone: 'Телефон',
  active: 'Действует',
  // Organization
  name: 'Наименование',
  inn: 'ИНН',
  founder: 'Учредитель',
  // Session and Notification
  userId: 'Пользователь',
  markedCount: 'Отмечено прочитанными',
  notificationIds: 'Уведомления',
  // InformationRisk
  url: 'Адрес публикации',
  source: 'Источник',
  title: 'Заголовок',
  excerpt: 'Фрагмент',
  detectedAt: 'Обнаружено',
  reach: 'Охват',
  routedBy: 'Способ выбора органа',
  verificationOutcome: 'Итог проверки',
  verificationNote: 'Комментарий к проверке',
  proposalText: 'Текст предложения',
  proposalSentAt: 'Предложение отправлено',
  publishedUrl: 'Адрес опубликованного комментария',
  publishedAt: 'Опубликовано',
  distributionOutlet: 'СМИ',
  distributedAt: 'Передано в СМИ',
  dismissReason: 'Причина отклонения',
};

/** Returns the Russian name of a code from `labels`, or the code itself when it has none. */
export function labelOf(labels: Record<string, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code] : code;
}

/** Returns the SPA page of an audited entity, or null for entity types without a page of their own. */
export function entityPath(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  if (entityType === 'Appeal') {
    return `/appeals/${id}`;
  }
  if (entityType === 'InformationRisk') {
    return `/comments/${id}`;
  }
  return null;
}

/** AutoComplete options that show the Russian name and send the code the API filters by. */
export function codeOptions(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label: `${label} (${value})` }));
}
