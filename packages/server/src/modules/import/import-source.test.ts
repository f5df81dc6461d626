import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFailure, printable } from './import-failure.js';
import { readSource, sourceFormat, type SourceRow } from './import-source.js';

const folder = mkdtempSync(path.join(tmpdir(), 'cur-import-source-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function readAll(name: string, text: string | Buffer): Promise<SourceRow[]> {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  const rows: SourceRow[] = [];
  for await (const row of readSource(file, sourceFormat(name))) {
    rows.push(row);
  }
  return rows;
}

describe('readSource', () => {
  it('numbers CSV records by their last line', async () => {
    const rows = await readAll('a.csv', 'id,text\n1,one\n2,"two\nlines"\n3,three\n');
    expect(rows.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(rows[1]!.record).toEqual({ id: '2', text: 'two\nlines' });
  });

  it('cuts a JSON array into objects', async () => {
    const rows = await readAll('a.json', '[{"id": 1, "text": "a } ] \\" b"}, {"id": 2, "nested": {"list": [1, 2]}}, 7]');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(rows[0]!.record).toEqual({ id: 1, text: 'a } ] " b' });
    expect(rows[1]!.record).toEqual({ id: 2, nested: { list: [1, 2] } });
    expect(rows[2]!.record).toBeNull();
    expect(rows[2]!.error).toBe('is not a JSON object');
  });

  it('counts each element that is not an object once', async () => {
    const rows = await readAll('scalars.json', '[{"id": 1}, 42, [1, 2], true, "a, ] \\" b", notjson , {"id": 7}]');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.map((row) => row.error)).toEqual([
      undefined,
      'is not a JSON object',
      'is not a JSON object',
      'is not a JSON object',
      'is not a JSON object',
      expect.stringMatching(/^is not valid JSON/),
      undefined,
    ]);
    expect(rows[1]!.message).toBe('запись не является JSON-объектом {…}. Исправьте запись в файле.');
    expect(rows[6]!.record).toEqual({ id: 7 });
  });

  it('counts a string after objects as one record', async () => {
    const rows = await readAll('string.json', '[{"id": 1},{"id": 2},"notanobject"]');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(rows[2]!.record).toBeNull();
  });

  it('rejects a JSON array that is not closed', async () => {
    await expect(readAll('open.json', '[{"id": 1}, 42')).rejects.toThrow(/JSON-файл обрывается, не закрыв массив объектов \(элемент № 2 не закрыт\)/);
    await expect(readAll('open2.json', '[{"id": 1}\n')).rejects.toThrow(/^Строка 2: JSON-файл обрывается/);
  });

  it('rejects a CSV record with extra values', async () => {
    const rows = await readAll('extra.csv', 'id,text\n1,one\n2,two,three,four\n3\n');
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(rows[1]!.record).toBeNull();
    expect(rows[1]!.error).toBe('has 4 values, but the header has 2 columns');
    expect(rows[1]!.message).toContain('в записи 4 значения, а в заголовке 2 столбца');
    // Fewer values than the header leave the last columns empty.
    expect(rows[2]!.record).toEqual({ id: '3' });
  });

  it('rejects a JSON file that is not an array', async () => {
    await expect(readAll('b.json', '{"id": 1}')).rejects.toThrow(/Строка 1: JSON-файл должен содержать массив объектов/);
  });

  it('reads JSON lines and marks a bad line', async () => {
    const rows = await readAll('a.jsonl', '{"id": 1}\n\n{"id": \n{"id": 3}\n');
    expect(rows.map((row) => row.line)).toEqual([1, 3, 4]);
    expect(rows[1]!.record).toBeNull();
    expect(rows[1]!.error).toMatch(/is not valid JSON/);
    expect(rows[2]!.record).toEqual({ id: 3 });
  });
});

async function failureOf(name: string, content: string | Buffer): Promise<ImportFailure> {
  try {
    await readAll(name, content);
  } catch (error) {
    if (error instanceof ImportFailure) {
      return error;
    }
    throw error;
  }
  throw new Error(`${name} was read without a failure`);
}

describe('sourceFormat', () => {
  it('picks the reader by extension', () => {
    expect(sourceFormat('a.jsonl', 'csv')).toBe('jsonl');
    expect(sourceFormat('A.NDJSON', 'csv')).toBe('jsonl');
    expect(sourceFormat('a.json', 'csv')).toBe('json');
    expect(sourceFormat('a.csv', 'json')).toBe('csv');
  });

  it('uses the mapping format for other names', () => {
    expect(sourceFormat('a.txt', 'jsonl')).toBe('jsonl');
    expect(sourceFormat('a.txt')).toBe('csv');
  });
});

describe('readSource failures', () => {
  it('names the line of an unclosed quote', async () => {
    const failure = await failureOf('quote.csv', 'id,text\n1,"open\n2,two\n');
    expect(failure.reason).toBe('MALFORMED_FILE');
    expect(failure.message).toMatch(/^Строка 2: кавычка, открытая в значении, не закрыта/);
    expect(failure.message).not.toContain('Quote Not Closed');
  });

  it('names line and column of a stray quote', async () => {
    const failure = await failureOf('stray.csv', 'id,text\n1,ok\n2,a "b" c\n');
    expect(failure.reason).toBe('MALFORMED_FILE');
    expect(failure.message).toContain('Строка 3, столбец «text»');
  });

  it('rejects bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('id,text\n1,ok\n'), Buffer.from([0x9c, 0xff, 0x00, 0x22, 0x41])]);
    const failure = await failureOf('random.jsonl', bytes);
    expect(failure.reason).toBe('MALFORMED_FILE');
    expect(failure.message).toMatch(/^Строка 3: байт 0x9C не является текстом в кодировке UTF-8/);
    expect(failure.message).not.toContain('\uFFFD');
  });

  it('rejects a NUL byte', async () => {
    const failure = await failureOf('nul.csv', 'id,text\n1,a\u0000b\n');
    expect(failure.message).toMatch(/^Строка 2: байт 0x00/);
  });

  it('reads a character split across chunks', async () => {
    // 64 KiB is the read stream's chunk size, so the two-byte «ж» straddles the first boundary.
    const text = `id,text\n1,${'a'.repeat(65_536 - 11)}ж\n`;
    const rows = await readAll('split.csv', text);
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.record!.text).endsWith('aж')).toBe(true);
  });
});

describe('printable', () => {
  it('escapes control characters and cuts', () => {
    expect(printable('a\u0004b\uFFFDc', 10)).toBe('a\\u0004b\\ufffdc');
    expect(printable('abcdef', 3)).toBe('abc…');
  });
});
