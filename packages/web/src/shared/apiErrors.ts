import { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { APPEAL_STATUS_LABELS, INFORMATION_RISK_STATUS_LABELS, REPORT_STATUS_LABELS } from './labels';

/** The `extensions.code` values the server promises to use. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

/** One invalid input field, addressed as an antd form NamePath without the leading `input`. */
export interface FieldError {
  name: (string | number)[];
  reason: string;
  message: string;
}

/** The UI's description of a failed request: a Russian summary and the per-field errors. */
export interface ApiErrorInfo {
  code: ApiErrorCode | null;
  message: string;
  fieldErrors: FieldError[];
}

const REASON_MESSAGES: Record<string, string> = {
  REQUIRED: 'Обязательное поле',
  TOO_LONG: 'Слишком длинный текст',
  TOO_SHORT: 'Поле не заполнено или значение слишком короткое',
  INVALID: 'Неверный формат',
  NOT_FOUND: 'Не найдено в справочнике',
  IN_FUTURE: 'Дата не может быть в будущем',
  TOO_EARLY: 'Дата раньше 2021 года — проверьте дату',
  TOO_GENERAL: 'Выберите вопрос (4-й уровень классификатора) или уточнение',
  INVALID_CHARACTER: 'Текст содержит недопустимый символ',
  NO_ROUTE: 'Для этой темы не задан ответственный орган — выберите орган',
  TOPIC_MISMATCH: 'Тема не совпадает с темой публикации',
  INVALID_CREDENTIALS: 'Неверный e-mail или пароль',
  UNCHANGED: 'Дело уже у этого органа — выберите другой орган',
  AFTER_END: 'Начало периода позже его конца — поменяйте даты местами',
  PERIOD_TOO_LONG: 'Период не может быть длиннее 5 лет',
  BEFORE_PUBLICATION: 'Дата раньше публикации комментария на сайте органа — проверьте дату',
  ALREADY_EXISTS: 'Такая запись уже есть — найдите её в списке и дополните',
  OUT_OF_RANGE: 'Значение вне допустимого диапазона',
  NOTICE_BEFORE_RECEIPT: 'Дата уведомления раньше поступления обращения — проверьте дату',
  FILE_NOT_FOUND: 'Файл не найден среди загруженных вами — загрузите его снова',
  FILE_TOO_LARGE: 'Файл больше допустимого размера',
  FILE_TYPE_REJECTED: 'Файлы этого типа не принимаются',
  FILE_CONTENT_MISMATCH: 'Содержимое файла не соответствует его типу',
  FILE_EMPTY: 'Файл пуст',
  NO_FILES: 'Выберите хотя бы один файл',
  TOO_MANY_FILES: 'Слишком много файлов в одной загрузке',
  NOT_MULTIPART: 'Файлы не переданы — повторите загрузку',
  MALFORMED_MULTIPART: 'Загрузка прервалась — повторите её',
  QUESTION_TYPE_MISMATCH: 'Подвид относится к другому типу вопроса — выберите подвид этого типа',
  QUESTION_TYPE_REQUIRED: 'Сначала выберите тип вопроса, к которому относится подвид',
  NOT_A_TYPE: 'Выберите тип вопроса, а подвид укажите в отдельном поле',
  TEXT_REQUIRED: 'Сортировка по релевантности работает только с поисковым запросом',
  INVALID_MAPPING: 'Файл сопоставления содержит ошибки — исправьте поля, указанные в сообщении',
  BEFORE_RECEIPT: 'Дата раньше поступления обращения — проверьте столбцы дат и часовой пояс',
  BEFORE_ANSWER: 'Дата закрытия раньше даты ответа',
  SAME_VALUE: 'Показатель уже имеет это значение',
  NOT_INTEGER: 'Показатель — количество, введите целое число',
  NOT_IN_FUTURE: 'Срок должен быть позже текущего момента',
  TOO_LATE: 'Срок должен быть не позже чем через год',
  TOO_FAR_AHEAD: 'Дата слишком далеко в будущем — проверьте год',
};

const CODE_MESSAGES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'Сеанс завершён — войдите снова',
  FORBIDDEN: 'Недостаточно прав для этого действия',
  BAD_USER_INPUT: 'Проверьте правильность заполнения полей',
  NOT_FOUND: 'Запись не найдена',
  CONFLICT: 'Данные изменены другим пользователем — обновите страницу',
  INVALID_TRANSITION: 'Действие недоступно в текущем статусе',
  INTERNAL_SERVER_ERROR: 'Внутренняя ошибка сервера. Повторите попытку позже',
  NETWORK: 'Сервер недоступен. Проверьте подключение к сети и повторите попытку',
};

const KNOWN_CODES = new Set<string>(Object.keys(CODE_MESSAGES));

/** Example web addresses for the URL messages, by form field: a post for `url`, the agency's own site for `publishedUrl`. */
const URL_EXAMPLES: Record<string, string> = {
  url: 'https://vk.com/wall-12345_678',
  publishedUrl: 'https://mari-el.gov.ru/ministry/minzdrav/news/…',
};

/** Returns an example web address that suits the form field `field`, such as `publishedUrl`. */
export function urlExampleFor(field: string | undefined): string {
  return (field && URL_EXAMPLES[field]) || URL_EXAMPLES.url;
}

interface ServerMessageRule {
  prefix: string;
  message: (field: string | undefined, serverMessage: string) => string;
}

/**
 * Russian messages for field problems that one server reason covers along with others (INVALID,
 * TOO_LONG), recognized by the start of the server's English message.
 */
const SERVER_MESSAGE_RULES: readonly ServerMessageRule[] = [
  { prefix: 'has wrong control digits', message: () => 'Неверные контрольные цифры ИНН' },
  {
    prefix: 'must be the 10-digit INN of a legal entity',
    message: () => 'У юридического лица ИНН из 10 цифр; 12 цифр — ИНН гражданина, индивидуального предпринимателя регистрируйте как гражданина РФ',
  },
  {
    prefix: 'must be a web address with a host',
    message: (field) => `Укажите полный адрес страницы с именем сайта, например ${urlExampleFor(field)}`,
  },
  { prefix: 'must not contain spaces', message: () => 'Адрес не должен содержать пробелов и переносов строк — замените пробел на %20' },
  { prefix: 'must not carry a user name or password', message: () => 'Адрес не должен содержать имя пользователя или пароль' },
  {
    prefix: 'must be at most ',
    message: (_, serverMessage) => {
      const days = /^must be at most (\d+) days?/.exec(serverMessage)?.[1];
      if (days) {
        return `Не более ${days} дн.`;
      }
      const limit = /^must be at most (\d+) characters/.exec(serverMessage)?.[1];
      return limit ? `Не более ${limit} символов` : 'Слишком длинный текст';
    },
  },
  {
    prefix: 'must be at least ',
    message: (_, serverMessage) => {
      const days = /^must be at least (\d+) days?/.exec(serverMessage)?.[1];
      return days ? `Не менее ${days} дн.` : 'Слишком малое значение';
    },
  },
  { prefix: 'must not be in the future', message: () => 'Дата не может быть в будущем' },
  { prefix: 'must have at least 2 characters', message: () => 'Введите не менее 2 символов' },
];

/**
 * Returns the Russian message for a server field reason such as REQUIRED or IN_FUTURE.
 * `serverMessage` picks a more specific text where one reason covers several problems, and
 * `field` (the form field name, such as `publishedUrl`) picks the example in a URL message.
 */
export function reasonMessage(reason: string | undefined, serverMessage?: string, field?: string): string {
  if (typeof serverMessage === 'string') {
    const rule = SERVER_MESSAGE_RULES.find((item) => serverMessage.startsWith(item.prefix));
    if (rule) {
      return rule.message(field, serverMessage);
    }
  }
  return (reason && REASON_MESSAGES[reason]) || 'Неверное значение';
}

/** Returns the sign-in lockout message, rounding the wait up to whole minutes. */
export function tooManyAttemptsMessage(retryAfterSeconds: unknown): string {
  const prefix = 'Слишком много неудачных попыток входа.';
  if (typeof retryAfterSeconds !== 'number' || !Number.isFinite(retryAfterSeconds) || retryAfterSeconds <= 0) {
    return `${prefix} Повторите попытку позже.`;
  }
  return `${prefix} Повторите через ${Math.ceil(retryAfterSeconds / 60)} мин.`;
}

/** Turns a server field path such as `input.appellantEmail` into a form NamePath `['appellantEmail']`. */
export function fieldNameOf(path: string): (string | number)[] {
  const segments = path.split('.').filter(Boolean);
  if (segments[0] === 'input') {
    segments.shift();
  }
  return segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

interface RawFieldProblem {
  field?: unknown;
  reason?: unknown;
  message?: unknown;
}

function fieldErrorsOf(error: GraphQLFormattedError): FieldError[] {
  const extensions = error.extensions ?? {};
  const listed = Array.isArray(extensions.fields) ? (extensions.fields as RawFieldProblem[]) : [];
  const problems = listed
    .filter((problem) => typeof problem.field === 'string')
    .map((problem) => {
      const reason = typeof problem.reason === 'string' ? problem.reason : 'INVALID';
      const serverMessage = typeof problem.message === 'string' ? problem.message : undefined;
      const name = fieldNameOf(problem.field as string);
      return { name, reason, message: reasonMessage(reason, serverMessage, String(name.at(-1) ?? '')) };
    });
  if (problems.length === 0 && typeof extensions.field === 'string') {
    // A scalar coercion error (bad e-mail or phone) names one field and has no reason.
    // A text with a NUL or a broken character names one field with the reason INVALID_CHARACTER.
    const reason = typeof extensions.reason === 'string' ? extensions.reason : 'INVALID';
    problems.push({ name: fieldNameOf(extensions.field), reason, message: reasonMessage(reason) });
  }
  return problems;
}

/** The kinds of records whose status an INVALID_TRANSITION error names. */
export type TransitionSubject = 'APPEAL' | 'INFORMATION_RISK' | 'QUARTERLY_REPORT';

const TRANSITION_SUBJECTS: Record<TransitionSubject, { genitive: string; statusLabels: Record<string, string> }> = {
  APPEAL: { genitive: 'обращения', statusLabels: APPEAL_STATUS_LABELS },
  INFORMATION_RISK: { genitive: 'дела', statusLabels: INFORMATION_RISK_STATUS_LABELS },
  QUARTERLY_REPORT: { genitive: 'отчёта', statusLabels: REPORT_STATUS_LABELS },
};

/**
 * Russian messages for the refusals of a step that its status allows but the record's state does not,
 * which the server sends with `extensions.reason` and no `allowedFrom`.
 */
const ACTION_REFUSAL_MESSAGES: Record<string, string> = {
  ALREADY_EXTENDED: 'Срок ответа уже продлевался: закон допускает только одно продление',
  NO_RUNNING_TERM: 'Срок ответа не идёт, поэтому продлить его нельзя',
  NO_DRAFT: 'Орган ещё не направил черновик ответа на проверку; проверьте отправленный ответ после его отправки',
  ALREADY_RESOLVED: 'Проблемная ситуация уже урегулирована',
  NOT_DISSATISFIED: 'Возобновить можно только после отметки «Не удовлетворён» по последнему ответу',
};

function actionRefusalMessage(reason: unknown): string | undefined {
  return typeof reason === 'string' ? ACTION_REFUSAL_MESSAGES[reason] : undefined;
}

function transitionMessage(error: GraphQLFormattedError, subject: TransitionSubject): string {
  const { from, allowedFrom, reason } = error.extensions ?? {};
  if (typeof from !== 'string' || !Array.isArray(allowedFrom)) {
    return actionRefusalMessage(reason) ?? (error.message || CODE_MESSAGES.INVALID_TRANSITION);
  }
  const { genitive, statusLabels } = TRANSITION_SUBJECTS[subject];
  const statusLabel = (status: unknown) => `«${statusLabels[String(status)] ?? String(status)}»`;
  const allowed = allowedFrom.map(statusLabel).join(', ');
  return `Действие недоступно для ${genitive} в статусе ${statusLabel(from)}; оно допустимо только в статусе ${allowed}`;
}

function codeOf(error: GraphQLFormattedError): ApiErrorCode {
  const code = error.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/**
 * Collects the GraphQL errors of a failed request. Apollo Server returns a variable coercion error
 * (such as an invalid e-mail) with HTTP 400, and Apollo Client then reports the response's `errors`
 * only inside `networkError.result`, so both places are read.
 */
function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (!(error instanceof ApolloError)) {
    return [];
  }
  if (error.graphQLErrors.length > 0) {
    return error.graphQLErrors;
  }
  const result = (error.networkError as { result?: unknown } | null)?.result;
  const errors = typeof result === 'object' && result !== null ? (result as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : [];
}

/**
 * Describes a failed request for the UI: the first GraphQL error's code, a Russian message
 * (from `overrides` when one is given for that code) and the field errors of every BAD_USER_INPUT.
 * `subject` picks the status names for an INVALID_TRANSITION message. A sign-in lockout
 * (reason TOO_MANY_ATTEMPTS) gets its own message even where UNAUTHENTICATED is overridden.
 */
export function describeApiError(
  error: unknown,
  overrides: Partial<Record<ApiErrorCode, string>> = {},
  subject: TransitionSubject = 'APPEAL',
): ApiErrorInfo {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    const code: ApiErrorCode = error instanceof ApolloError && error.networkError ? 'NETWORK' : 'INTERNAL_SERVER_ERROR';
    return { code, message: overrides[code] ?? CODE_MESSAGES[code], fieldErrors: [] };
  }
  const first = errors[0];
  const code = codeOf(first);
  const fieldErrors = errors.filter((item) => codeOf(item) === 'BAD_USER_INPUT').flatMap(fieldErrorsOf);
  let message = overrides[code] ?? CODE_MESSAGES[code];
  if (code === 'INVALID_TRANSITION' && !overrides.INVALID_TRANSITION) {
    message = transitionMessage(first, subject);
  }
  if (first.extensions?.reason === 'TOO_MANY_ATTEMPTS') {
    message = tooManyAttemptsMessage(first.extensions.retryAfterSeconds);
  }
  return { code, message, fieldErrors };
}

/** Returns whether an error is the server's UNAUTHENTICATED. */
export function isUnauthenticated(error: unknown): boolean {
  return graphQLErrorsOf(error).some((item) => item.extensions?.code === 'UNAUTHENTICATED');
}
