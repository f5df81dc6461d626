// Failures that stop a whole import, with a stable reason for the SPA and a Russian message.

/**
 * The reason an import stopped. Running the same file again fixes only INTERRUPTED, and RUN_LOCKED
 * once the other process ends. The other reasons come from the file or the mapping, so a rerun fails the same way.
 */
export type ImportFailureReason = 'FILE_EMPTY' | 'NO_ROWS' | 'MALFORMED_FILE' | 'MISSING_COLUMN' | 'RUN_LOCKED' | 'INTERRUPTED';

/** A failure of the whole import; `message` is Russian, names the line where known and states the fix. */
export class ImportFailure extends Error {
  constructor(
    readonly reason: ImportFailureReason,
    message: string,
    /** The source error's English text, for logs. */
    readonly details?: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

/** Characters shown as escapes: controls, format and private-use characters, lone surrogates and U+FFFD. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\uFFFD]/u;

/**
 * Returns text safe to show in a message: at most `maxLength` characters, with unprintable
 * characters written as \uXXXX escapes and a cut marked with «…».
 */
export function printable(text: string, maxLength = 60): string {
  const characters = [...text];
  const shown = characters.slice(0, maxLength).map((character) => {
    if (!UNPRINTABLE.test(character)) {
      return character;
    }
    const code = character.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `${shown.join('')}${characters.length > maxLength ? '…' : ''}`;
}

/** Returns `text` in Russian quotes, made printable by `printable`. */
export function quoted(text: string, maxLength = 60): string {
  return `«${printable(text, maxLength)}»`;
}

/** Formats a run's error for `import_run.error` as `REASON: message`, so that the SPA picks its text by the reason. */
export function storedRunError(error: unknown): string {
  if (error instanceof ImportFailure) {
    return `${error.reason}: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `INTERRUPTED: Импорт остановлен сбоем сервера или соединения с базой данных (${printable(message, 300)}).`;
}
