/** Russian names of the operations the server writes to the audit log; unknown ones show their code. */
export const AUDIT_OPERATION_LABELS: Record<string, string> = {
  login: 'Вход в систему',
  logout: 'Выход из системы',
  registerAppeal: 'Регистрация обращения',
  assignAppeal: 'Направление обращения в орган',
  answerAppeal: 'Ответ на обращение',
  closeAppeal: 'Закрытие обращения',
  createContactOfficial: 'Добавление контактного лица',
  updateContactOfficial: 'Изменение контактного лица',
  deactivateContactOfficial: 'Деактивация контактного лица',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  Appeal: 'Обращение',
  ContactOfficial: 'Контактное лицо',
  Session: 'Сеанс',
  User: 'Пользователь',
};

/** AutoComplete options that show the Russian name and send the code the API filters by. */
export function codeOptions(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label: `${label} (${value})` }));
}
