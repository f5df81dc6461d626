import type { AppealImportFieldsFragment, ImportRunState } from '@cur/schema';

export const IMPORT_STATE_LABELS: Record<ImportRunState, string> = {
  RUNNING: 'Идёт импорт',
  FINISHED: 'Завершён',
  FAILED: 'Прерван с ошибкой',
};

/** Percent of the file read for the progress bar: 100 once finished, null when the server cannot tell. */
export function importPercent(run: Pick<AppealImportFieldsFragment, 'state' | 'fileShareRead'>): number | null {
  if (run.state === 'FINISHED') {
    return 100;
  }
  if (run.fileShareRead == null) {
    return null;
  }
  return Math.min(99, Math.floor(run.fileShareRead * 100));
}

/** antd Progress status of a run. */
export function progressStatus(state: ImportRunState): 'active' | 'success' | 'exception' {
  if (state === 'FINISHED') {
    return 'success';
  }
  return state === 'FAILED' ? 'exception' : 'active';
}

/** Formats the counts of a run as one Russian sentence, for the summary under the progress bar. */
export function importSummary(run: Pick<AppealImportFieldsFragment, 'rowsRead' | 'rowsImported' | 'rowsSkipped' | 'rowsRejected'>): string {
  const format = (value: number) => value.toLocaleString('ru-RU');
  return (
    `Прочитано строк: ${format(run.rowsRead)}; загружено обращений: ${format(run.rowsImported)}; ` +
    `пропущено как уже зарегистрированные: ${format(run.rowsSkipped)}; отклонено: ${format(run.rowsRejected)}.`
  );
}
