import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvError, parse } from 'csv-parse';
import { ImportFailure, printable, quoted } from './import-failure.js';
import type { SourceRecord } from './import-mapping.js';

export type SourceFormat = 'csv' | 'json' | 'jsonl';

/** One record of the input with its position, for the rejected-rows report and for resuming. */
export interface SourceRow {
  /**
   * For CSV, the line on which the record ends (the header is line 1). For JSON, the record's
   * number from 1, and for JSON lines, its line.
   */
  line: number;
  /** Bytes of the file read so far, for a progress bar over the file size. */
  bytes: number;
  record: SourceRecord | null;
  /** The English reason the record could not be read, such as a JSON syntax error on its line. */
  error?: string;
  /** The Russian reason for the rejected-rows report, with the fix. */
  message?: string;
}

/** Russian text for a record that is not a JSON object, from the reader's English reason. */
export function unreadableJsonMessage(error: string): string {
  return error.startsWith('is not valid JSON') ? 'запись не является корректным JSON.' : 'запись не является JSON-объектом {…}.';
}

function unreadableJson(line: number, bytes: number, error: string): SourceRow {
  return { line, bytes, record: null, error, message: `${unreadableJsonMessage(error)} Исправьте запись в файле.` };
}

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** Format names for messages, such as «Файл читается как JSON Lines». */
export const FORMAT_LABELS: Record<SourceFormat, string> = { csv: 'CSV', json: 'JSON (массив объектов)', jsonl: 'JSON Lines (объект в каждой строке)' };

/**
 * Picks the format by the file's extension (.csv, .json, .jsonl, .ndjson). The mapping's `format`
 * applies only to other names, and CSV is the fallback.
 */
export function sourceFormat(fileName: string, declared?: SourceFormat): SourceFormat {
  const lower = fileName.toLowerCase();
  const extension = lower.slice(lower.lastIndexOf('.'));
  return FORMAT_BY_EXTENSION[extension] ?? declared ?? 'csv';
}

/** Names the format and what chose it, for the messages about a file that cannot be read. */
export function describeFormat(fileName: string, format: SourceFormat): string {
  const lower = fileName.toLowerCase();
  const extension = lower.slice(lower.lastIndexOf('.'));
  const chosenBy = FORMAT_BY_EXTENSION[extension] ? `по расширению ${extension}` : 'по полю format сопоставления';
  return `Файл читается как ${FORMAT_LABELS[format]} ${chosenBy}`;
}

/**
 * Streams the records of a CSV, JSON array or JSON lines file without loading it whole. Throws
 * ImportFailure MALFORMED_FILE when the file is not UTF-8 text or breaks the format's syntax.
 */
export function readSource(path: string, format: SourceFormat, delimiter = ','): AsyncIterable<SourceRow> {
  if (format === 'csv') {
    return readCsv(path, delimiter);
  }
  return format === 'jsonl' ? readJsonLines(path) : readJsonArray(path);
}

/** Returns the length of the UTF-8 sequence that `lead` starts, or 0 when no sequence starts with it. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xc2 && lead <= 0xdf) {
    return 2;
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    return 3;
  }
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Length of an unfinished UTF-8 sequence at the end of `chunk`, which the next chunk completes. */
function unfinishedTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back += 1) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) {
      continue;
    }
    return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that breaks UTF-8 in `bytes`, or of a NUL byte; -1 when there is none. */
function firstBadByte(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte === 0) {
      return index;
    }
    const length = sequenceLength(byte);
    if (length === 0 || index + length > bytes.length) {
      return index;
    }
    const continuation = bytes.subarray(index + 1, index + length);
    if (!continuation.every((next) => (next & 0xc0) === 0x80) || !isUtf8(bytes.subarray(index, index + length))) {
      return index;
    }
    index += length;
  }
  return -1;
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Yields the file's bytes after checking that they are UTF-8 text without NUL bytes. A binary
 * file or one in another encoding (such as Windows-1251) fails with the line of its first bad byte.
 */
async function* readUtf8Bytes(path: string): AsyncIterable<Buffer> {
  let carried = Buffer.alloc(0);
  let lines = 1;
  for await (const read of createReadStream(path) as AsyncIterable<Buffer>) {
    const chunk = carried.length > 0 ? Buffer.concat([carried, read]) : read;
    const tail = unfinishedTail(chunk);
    const complete = chunk.subarray(0, chunk.length - tail);
    carried = Buffer.from(chunk.subarray(chunk.length - tail));
    if (!isUtf8(complete) || complete.includes(0)) {
      throwNotText(complete, lines);
    }
    lines += countNewlines(complete);
    yield complete;
  }
  if (carried.length > 0) {
    throwNotText(carried, lines);
  }
}

function throwNotText(bytes: Buffer, linesBefore: number): never {
  const offset = Math.max(0, firstBadByte(bytes));
  const line = linesBefore + countNewlines(bytes.subarray(0, offset));
  const byte = bytes[offset] ?? 0;
  throw new ImportFailure(
    'MALFORMED_FILE',
    `Строка ${line}: байт 0x${byte.toString(16).padStart(2, '0').toUpperCase()} не является текстом в кодировке UTF-8 — ` +
      'файл двоичный или сохранён в другой кодировке (например, Windows-1251). Сохраните выгрузку как CSV или JSON в UTF-8 и загрузите её снова.',
  );
}

/**
 * Reads a CSV file with a header. A record with fewer values than the header leaves the last
 * columns empty. A record with more is yielded without its values, because csv-parse drops the extra ones.
 */
async function* readCsv(path: string, delimiter: string): AsyncIterable<SourceRow> {
  const parser = parse({ columns: true, bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  // pipeline destroys the parser with a failure of the byte check, so the loop below throws it.
  pipeline(Readable.from(readUtf8Bytes(path)), parser, () => undefined);
  // The header takes line 1, so a failure before the first record is on line 2 at the earliest.
  let lastLine = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: SourceRecord; info: CsvRecordInfo }>) {
      lastLine = info.lines;
      // `index` is the number of values in the record and `columns` the header's columns.
      const headerLength = Array.isArray(info.columns) ? info.columns.length : info.index;
      if (info.index > headerLength) {
        yield {
          line: info.lines,
          bytes: info.bytes,
          record: null,
          error: `has ${info.index} values, but the header has ${headerLength} columns`,
          message:
            `в записи ${info.index} ${valuesWord(info.index)}, а в заголовке ${headerLength} ${columnsWord(headerLength)}, поэтому неясно, к какому столбцу относятся лишние. ` +
            `Проверьте разделитель ${quoted(delimiter)} и кавычки вокруг значений с разделителем внутри.`,
        };
        continue;
      }
      yield { line: info.lines, bytes: info.bytes, record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw csvFailure(error, lastLine, delimiter);
    }
    throw error;
  }
}

/** The part of csv-parse's `info` that the reader uses. */
interface CsvRecordInfo {
  lines: number;
  bytes: number;
  /** Values in the record. */
  index: number;
  columns: unknown;
}

/** Returns the Russian plural form for `count`: one, few (2–4) or many. */
function plural(count: number, one: string, few: string, many: string): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) {
    return many;
  }
  if (last === 1) {
    return one;
  }
  return last >= 2 && last <= 4 ? few : many;
}

const valuesWord = (count: number) => plural(count, 'значение', 'значения', 'значений');
const columnsWord = (count: number) => plural(count, 'столбец', 'столбца', 'столбцов');

/** Translates a csv-parse syntax error into a Russian ImportFailure that names the line and column. */
function csvFailure(error: CsvError, lastRecordLine: number, delimiter: string): ImportFailure {
  const context = error as CsvError & { lines?: number; column?: string | number | null; header?: boolean };
  const line = context.lines ?? lastRecordLine + 1;
  // `header` is true while csv-parse still reads the header, whose record starts on line 1.
  const recordStart = context.header === true ? 1 : Math.min(line, lastRecordLine + 1);
  let column = '';
  if (typeof context.column === 'string') {
    column = `, столбец ${quoted(context.column, 40)}`;
  } else if (typeof context.column === 'number') {
    column = `, столбец ${context.column + 1}`;
  }
  const fix = 'Исправьте файл и загрузите его снова.';
  let problem: string;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // The parser reports the file's last line; the unclosed value starts in the record after the last one read.
      return new ImportFailure(
        'MALFORMED_FILE',
        `Строка ${recordStart}: кавычка, открытая в значении, не закрыта до конца файла (строка ${line}). ` +
          `Закройте кавычку, а кавычку внутри значения удвойте (""). ${fix}`,
        error.message,
      );
    case 'INVALID_OPENING_QUOTE':
      problem = 'кавычка стоит внутри значения. Значение с кавычками должно целиком быть в кавычках, а кавычка внутри него — удвоена ("")';
      break;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      problem = `после закрывающей кавычки стоит символ вместо разделителя ${quoted(delimiter)}. Удвойте кавычку внутри значения ("")`;
      break;
    default:
      problem = `файл не читается как CSV (${printable(error.message, 200)})`;
  }
  return new ImportFailure('MALFORMED_FILE', `Строка ${line}${column}: ${problem}. ${fix}`, error.message);
}

async function* readJsonLines(path: string): AsyncIterable<SourceRow> {
  const stream = Readable.from(readUtf8Bytes(path));
  let line = 0;
  let bytes = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line += 1;
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === '') {
      continue;
    }
    yield parseJsonRecord(text, line, bytes);
  }
}

function parseJsonRecord(text: string, line: number, bytes: number): SourceRow {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return { line, bytes, record: value as SourceRecord };
    }
    return unreadableJson(line, bytes, 'is not a JSON object');
  } catch (error) {
    return unreadableJson(line, bytes, `is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Streams the elements of a top-level JSON array. It tracks string and nesting state character by
 * character to cut out each element, then parses that element alone. An element that is not an
 * object, such as a string, a number or an array, is one record that cannot be read.
 */
async function* readJsonArray(path: string): AsyncIterable<SourceRow> {
  const decoder = new StringDecoder('utf8');
  let started = false;
  let fileLine = 1;
  let depth = 0;
  /** True inside an element that is not an object or an array, such as "text", 42 or true. */
  let inScalar = false;
  let inString = false;
  let escaped = false;
  let element = '';
  let index = 0;
  let bytes = 0;
  for await (const bytesChunk of readUtf8Bytes(path)) {
    bytes += bytesChunk.length;
    const chunk = decoder.write(bytesChunk);
    for (const char of chunk) {
      if (char === '\n') {
        fileLine += 1;
      }
      if (inScalar) {
        if (inString || !/[\s,\]]/.test(char)) {
          element += char;
          ({ inString, escaped } = stepString(char, inString, escaped));
          continue;
        }
        // A separator, white space or the array's end closes the element.
        inScalar = false;
        index += 1;
        yield parseJsonRecord(element, index, bytes);
        element = '';
        if (char === ']') {
          return;
        }
        continue;
      }
      if (!started) {
        if (char === '[') {
          started = true;
        } else if (!/\s/.test(char) && char !== '\uFEFF') {
          throw new ImportFailure(
            'MALFORMED_FILE',
            `Строка ${fileLine}: JSON-файл должен содержать массив объектов [ {…}, {…} ], а начинается с ${quoted(char)}. ` +
              'Если в каждой строке файла по одному объекту, дайте ему расширение .jsonl; иначе исправьте файл.',
          );
        }
        continue;
      }
      if (depth === 0) {
        if (char === '{' || char === '[') {
          depth = 1;
          element = char;
        } else if (char === ']') {
          return;
        } else if (!/[\s,]/.test(char)) {
          inScalar = true;
          element = char;
          inString = char === '"';
        }
        continue;
      }
      element += char;
      if (inString || char === '"') {
        ({ inString, escaped } = stepString(char, inString, escaped));
      } else if (char === '{' || char === '[') {
        depth += 1;
      } else if (char === '}' || char === ']') {
        depth -= 1;
        if (depth === 0) {
          index += 1;
          yield parseJsonRecord(element, index, bytes);
          element = '';
        }
      }
    }
  }
  // The array's closing bracket returns above, so reaching the end of the file means it is missing.
  const unclosed = depth !== 0 || inScalar ? ` (элемент № ${index + 1} не закрыт)` : '';
  throw new ImportFailure('MALFORMED_FILE', `Строка ${fileLine}: JSON-файл обрывается, не закрыв массив объектов${unclosed}. Исправьте файл и загрузите его снова.`);
}

/** Advances the string state of a JSON text by one character: `"` opens and closes, `\` escapes the next one. */
function stepString(char: string, inString: boolean, escaped: boolean): { inString: boolean; escaped: boolean } {
  if (!inString) {
    return { inString: char === '"', escaped: false };
  }
  if (escaped) {
    return { inString, escaped: false };
  }
  if (char === '\\') {
    return { inString, escaped: true };
  }
  return { inString: char !== '"', escaped: false };
}
