/** Media types accepted when FILE_TYPES is unset: PDF, JPEG, PNG, Word, OpenDocument text, Excel and plain text. */
export const DEFAULT_FILE_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

interface KnownType {
  /** Short name that users know, such as DOCX. */
  label: string;
  extensions: string[];
  /** Leading bytes of which the content must start with one; none for types without a signature. */
  signatures?: number[][];
  /** Text types: the content must have no NUL byte among its leading bytes. */
  text?: boolean;
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const KNOWN_TYPES: Record<string, KnownType> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'], signatures: [ascii('%PDF-')] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'], signatures: [[0xff, 0xd8, 0xff]] },
  'image/png': { label: 'PNG', extensions: ['png'], signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'image/gif': { label: 'GIF', extensions: ['gif'], signatures: [ascii('GIF87a'), ascii('GIF89a')] },
  'image/tiff': { label: 'TIFF', extensions: ['tif', 'tiff'], signatures: [[0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]] },
  'application/msword': { label: 'DOC', extensions: ['doc'], signatures: [OLE2] },
  'application/vnd.ms-excel': { label: 'XLS', extensions: ['xls'], signatures: [OLE2] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', extensions: ['docx'], signatures: [ZIP] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', extensions: ['xlsx'], signatures: [ZIP] },
  'application/vnd.oasis.opendocument.text': { label: 'ODT', extensions: ['odt'], signatures: [ZIP] },
  'application/vnd.oasis.opendocument.spreadsheet': { label: 'ODS', extensions: ['ods'], signatures: [ZIP] },
  'application/zip': { label: 'ZIP', extensions: ['zip'], signatures: [ZIP] },
  'application/rtf': { label: 'RTF', extensions: ['rtf'], signatures: [ascii('{\\rtf')] },
  'text/plain': { label: 'TXT', extensions: ['txt'], text: true },
  'text/csv': { label: 'CSV', extensions: ['csv'], text: true },
  'video/mp4': { label: 'MP4', extensions: ['mp4'] },
};

/** Returns the file name extensions, without the dot, by which the given media types are recognized. */
export function extensionsOf(mediaTypes: readonly string[]): string[] {
  return mediaTypes.flatMap((mediaType) => KNOWN_TYPES[mediaType]?.extensions ?? []);
}

/** Bytes of the content's start that `matchesContent` needs to decide. */
export const CONTENT_HEAD_BYTES = 512;

/** Returns the short name of a media type (PDF, DOCX), or the media type itself when it is not known. */
export function mediaTypeLabel(mediaType: string): string {
  return KNOWN_TYPES[mediaType]?.label ?? mediaType;
}

/**
 * Returns the lower-case media type without parameters. Browsers send `application/octet-stream`
 * or nothing for types they do not know, and then the file name's extension decides.
 */
export function normalizeMediaType(declared: string | undefined, fileName: string): string {
  const mediaType = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== '' && mediaType !== 'application/octet-stream') {
    return mediaType;
  }
  const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  const known = Object.entries(KNOWN_TYPES).find(([, type]) => type.extensions.includes(extension));
  return known?.[0] ?? (mediaType || 'application/octet-stream');
}

/**
 * Tells whether the leading bytes fit the media type: one of its signatures for binary formats,
 * no NUL byte for text. Types without a known signature always fit.
 */
export function matchesContent(mediaType: string, head: Buffer): boolean {
  const known = KNOWN_TYPES[mediaType];
  if (known?.text) {
    return !head.subarray(0, CONTENT_HEAD_BYTES).includes(0);
  }
  if (!known?.signatures) {
    return true;
  }
  return known.signatures.some((signature) => signature.every((byte, index) => head[index] === byte));
}

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Formats a size in Russian units with a decimal comma: «25,3 МБ», «10 МБ», «512 КБ».
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

/** Removes folders, control characters and surrounding blanks from a file name the client sent. */
export function cleanFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}
