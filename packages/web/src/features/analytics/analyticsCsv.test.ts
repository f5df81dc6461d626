import { describe, expect, it } from 'vitest';
import { formatCsvCell, toCsv } from './analyticsCsv';

describe('formatCsvCell', () => {
  it('writes decimal commas', () => {
    expect(formatCsvCell(6.25)).toBe('6,25');
    expect(formatCsvCell(12)).toBe('12');
  });

  it('leaves empty values empty', () => {
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell(undefined)).toBe('');
    expect(formatCsvCell(Number.NaN)).toBe('');
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(formatCsvCell('Минстрой; ЖКХ')).toBe('"Минстрой; ЖКХ"');
    expect(formatCsvCell('«Госуслуги» "ПОС"')).toBe('"«Госуслуги» ""ПОС"""');
    expect(formatCsvCell('две\nстроки')).toBe('"две\nстроки"');
  });

  it('keeps commas unquoted', () => {
    expect(formatCsvCell('Государство, общество, политика')).toBe('Государство, общество, политика');
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark', () => {
    expect(toCsv(['a'], []).charCodeAt(0)).toBe(0xfeff);
  });

  it('joins rows with semicolons and CRLF', () => {
    const csv = toCsv(['Месяц', 'Всего', 'Доля'], [
      ['2026-11-01', 11, 0.75],
      ['2026-12-01', 0, null],
    ]);
    expect(csv).toBe('\uFEFFМесяц;Всего;Доля\r\n2026-11-01;11;0,75\r\n2026-12-01;0;\r\n');
  });
});
