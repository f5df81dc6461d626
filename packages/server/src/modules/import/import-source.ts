import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
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
  /** The reason the record could not be read, such as a JSON syntax error on its line. */
  error?: string;
}

/** Picks the format from a mapping's `format` or the file's extension. */
export function sourceFormat(fileName: string, declared?: SourceFormat): SourceFormat {
  if (declared) {
    return declared;
  }
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    return 'jsonl';
  }
  return lower.endsWith('.json') ? 'json' : 'csv';
}

/** Streams the records of a CSV, JSON array or JSON lines file without loading it whole. */
export function readSource(path: string, format: SourceFormat, delimiter = ','): AsyncIterable<SourceRow> {
  if (format === 'csv') {
    return readCsv(path, delimiter);
  }
  return format === 'jsonl' ? readJsonLines(path) : readJsonArray(path);
}

async function* readCsv(path: string, delimiter: string): AsyncIterable<SourceRow> {
  const parser = createReadStream(path).pipe(
    parse({ columns: true, bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: SourceRecord; info: { lines: number; bytes: number } }>) {
    yield { line: info.lines, bytes: info.bytes, record };
  }
}

async function* readJsonLines(path: string): AsyncIterable<SourceRow> {
  const stream = createReadStream(path, { encoding: 'utf8' });
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
    return { line, bytes, record: null, error: 'is not a JSON object' };
  } catch (error) {
    return { line, bytes, record: null, error: `is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * Streams the objects of a top-level JSON array. It tracks string and nesting state character by
 * character to cut out each element, then parses that element alone.
 */
async function* readJsonArray(path: string): AsyncIterable<SourceRow> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  let started = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = '';
  let index = 0;
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    bytes += Buffer.byteLength(chunk);
    for (const char of chunk) {
      if (!started) {
        if (char === '[') {
          started = true;
        } else if (!/\s/.test(char) && char !== '\uFEFF') {
          throw new Error(`The JSON file must contain an array of objects; it starts with "${char}".`);
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
          index += 1;
          yield { line: index, bytes, record: null, error: 'is not a JSON object' };
        }
        continue;
      }
      element += char;
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (char === '\\') {
          escaped = true;
        } else if (char === '"') {
          inString = false;
        }
      } else if (char === '"') {
        inString = true;
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
  if (depth !== 0 || !started) {
    throw new Error('The JSON file ends before its array is closed.');
  }
}
