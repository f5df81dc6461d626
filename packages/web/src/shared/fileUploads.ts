import { useQuery } from '@apollo/client';
import { FileUploadLimitsDocument, type FileUploadLimitsQuery } from '@cur/schema';

/** Limits of POST /api/files on size and type, as the server reports them. */
export type FileUploadLimits = FileUploadLimitsQuery['fileUploadLimits'];

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Formats a file size in Russian units with a decimal comma: «25,3 МБ», «512 КБ», «17 Б».
 * `roundUp` rounds the last decimal up, so that a size just over a limit never prints as the limit.
 */
export function formatFileSize(bytes: number, roundUp = false): string {
  if (bytes < KIB) {
    return `${bytes} Б`;
  }
  const [amount, unit] = bytes >= MIB ? [bytes / MIB, 'МБ'] : [bytes / KIB, 'КБ'];
  const rounded = roundUp ? Math.ceil(amount * 10) / 10 : Math.round(amount * 10) / 10;
  return `${String(rounded).replace('.', ',')} ${unit}`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Returns why the server would reject the file before its content is read, in the server's words,
 * or null. The server checks the content too, so a file that passes here may still be rejected.
 */
export function uploadProblem(file: { name: string; size: number; type: string }, limits: FileUploadLimits): string | null {
  if (file.size > limits.maxBytes) {
    return `Файл ${file.name}: ${formatFileSize(file.size, true)} больше предела ${formatFileSize(limits.maxBytes)}`;
  }
  if (file.size === 0) {
    return `Файл ${file.name} пуст; выберите файл с содержимым`;
  }
  const type = file.type.toLowerCase();
  const extension = extensionOf(file.name);
  if (!limits.mediaTypes.includes(type) && !limits.extensions.includes(extension)) {
    return `Файл ${file.name}: тип ${type || `.${extension}`} не принимается; допустимы ${limits.typeLabels.join(', ')}`;
  }
  return null;
}

/** Builds the `accept` attribute of a file input, so that the file dialog offers the accepted types first. */
export function acceptAttribute(limits: FileUploadLimits | undefined): string | undefined {
  return limits ? [...limits.extensions.map((extension) => `.${extension}`), ...limits.mediaTypes].join(',') : undefined;
}

/** Loads the upload limits once per session; undefined until they arrive, when only the server checks. */
export function useFileUploadLimits(): FileUploadLimits | undefined {
  const { data } = useQuery(FileUploadLimitsDocument);
  return data?.fileUploadLimits;
}
