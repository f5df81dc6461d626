/** Reasons of a failed import that the server stores as the prefix of `AppealImport.error`. */
export type ImportFailureReason = 'FILE_EMPTY' | 'NO_ROWS' | 'MALFORMED_FILE' | 'MISSING_COLUMN' | 'RUN_LOCKED' | 'INTERRUPTED';

/** A failed run's error, split into its reason and the server's Russian message. */
export interface ImportFailureInfo {
  /** Null for errors stored without a reason, such as those of runs from before reasons were added. */
  reason: ImportFailureReason | null;
  title: string;
  message: string;
  /** The next step: fix the file or the mapping, or run the same file again. */
  advice: string;
}

const FIX_FILE = 'Исправьте файл или сопоставление и загрузите файл снова: повторный запуск того же файла завершится той же ошибкой.';
const RERUN = 'Запустите импорт того же файла снова — он продолжится с последней сохранённой строки.';

const FAILURES: Record<ImportFailureReason, { title: string; advice: string }> = {
  FILE_EMPTY: { title: 'Файл пуст', advice: 'Выберите файл выгрузки с данными.' },
  NO_ROWS: { title: 'В файле нет записей', advice: 'Выберите файл выгрузки с данными.' },
  MALFORMED_FILE: { title: 'Файл не читается', advice: FIX_FILE },
  MISSING_COLUMN: { title: 'В файле нет нужных столбцов', advice: FIX_FILE },
  RUN_LOCKED: { title: 'Этот файл уже импортируется', advice: 'Дождитесь окончания другого импорта этого файла.' },
  INTERRUPTED: { title: 'Импорт прерван сбоем', advice: RERUN },
};

const STORED_ERROR = /^([A-Z_]+): ([\s\S]*)$/;

/** Characters that must not reach the page: controls, lone surrogates and U+FFFD, which stands for unreadable bytes. */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\uFFFD]/gu;
const MAX_MESSAGE_LENGTH = 600;

/** Cuts a server message and replaces unprintable characters, so that raw bytes never show. */
function printable(text: string): string {
  const cleaned = text.replace(UNPRINTABLE, '·');
  return cleaned.length > MAX_MESSAGE_LENGTH ? `${cleaned.slice(0, MAX_MESSAGE_LENGTH)}…` : cleaned;
}

/** Splits a run's stored error `REASON: message` into the title, message and advice the page shows. */
export function describeImportFailure(error: string): ImportFailureInfo {
  const match = STORED_ERROR.exec(error);
  const reason = match && match[1]! in FAILURES ? (match[1] as ImportFailureReason) : null;
  if (!reason) {
    return {
      reason: null,
      title: 'Импорт прерван',
      message: printable(error),
      advice: 'Если ошибка в файле или сопоставлении, исправьте их и загрузите файл снова. После сбоя сервера повторный запуск того же файла продолжится с последней сохранённой строки.',
    };
  }
  return { reason, ...FAILURES[reason], message: printable(match![2]!) };
}
