import type { AppealFilter, QuestionTypesQuery } from '@cur/schema';

type QuestionTypeRecord = QuestionTypesQuery['questionTypes'][number];

/** Subtypes that apply to every question type carry this type code. */
const ANY_TYPE = '*';

/**
 * Returns the select options of the subtypes the server accepts for a question type: its own and
 * those marked for any type. Without a type only the latter are offered.
 */
export function subtypeOptions(questionTypes: readonly QuestionTypeRecord[], typeCode: string | null | undefined) {
  return questionTypes
    .filter((item) => item.record === 'SUBTYPE' && (item.typeCode === ANY_TYPE || (typeCode != null && item.typeCode === typeCode)))
    .map((item) => ({ value: item.code, label: item.code === '-' ? item.name : `${item.code}. ${item.name}` }));
}

/** Builds the address of an appeals export that applies the list's filter. */
export function appealExportUrl(format: 'csv' | 'xlsx', filter: AppealFilter): string {
  const hasFilter = Object.values(filter).some((value) => value != null && value !== '');
  const query = hasFilter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : '';
  return `/api/exports/appeals.${format}${query}`;
}

interface UploadErrorBody {
  errors?: { message?: string }[];
}

/**
 * Returns the server's message for a rejected upload, which names the file and the limit, or a
 * general one when the response carries none.
 */
export function uploadErrorMessage(body: unknown, fileName: string): string {
  const message = (body as UploadErrorBody | null)?.errors?.[0]?.message;
  return message ?? `Файл ${fileName} не загружен: сервер недоступен или вернул ошибку`;
}
