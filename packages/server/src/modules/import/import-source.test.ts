import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource, sourceFormat, type SourceRow } from './import-source.js';

const folder = mkdtempSync(path.join(tmpdir(), 'cur-import-source-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function readAll(name: string, text: string): Promise<SourceRow[]> {
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

  it('rejects a JSON file that is not an array', async () => {
    await expect(readAll('b.json', '{"id": 1}')).rejects.toThrow(/array of objects/);
  });

  it('reads JSON lines and marks a bad line', async () => {
    const rows = await readAll('a.jsonl', '{"id": 1}\n\n{"id": \n{"id": 3}\n');
    expect(rows.map((row) => row.line)).toEqual([1, 3, 4]);
    expect(rows[1]!.record).toBeNull();
    expect(rows[1]!.error).toMatch(/is not valid JSON/);
    expect(rows[2]!.record).toEqual({ id: 3 });
  });
});
