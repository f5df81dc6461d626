import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadCalendarCsv } from './load-calendar-csv.js';
import { buildProductionCalendar, type CalendarEntry } from './production-calendar.js';

const CALENDAR_CSV_PATH = fileURLToPath(
  new URL('../../../../data/reference/ru_production_calendar_2021_2027.csv', import.meta.url),
);

const entries = loadCalendarCsv(CALENDAR_CSV_PATH);
const calendar = buildProductionCalendar(entries);

function writeTemporaryCsv(text: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'production-calendar-'));
  const filePath = join(directory, 'calendar.csv');
  writeFileSync(filePath, text, 'utf8');
  return filePath;
}

describe('loadCalendarCsv', () => {
  it('reads every data row of the reference file', () => {
    // The file has 170 lines: the header and 169 dates.
    expect(entries).toHaveLength(169);
  });

  it('maps a holiday row', () => {
    const entry = entries.find((candidate) => candidate.date === '2024-06-12');
    expect(entry).toEqual({
      date: '2024-06-12',
      kind: 'holiday',
      title: 'День России',
      isWeekend: false,
      movedFrom: null,
    });
  });

  it('maps a transferred day off', () => {
    const entry = entries.find((candidate) => candidate.date === '2024-05-10');
    expect(entry).toEqual({
      date: '2024-05-10',
      kind: 'day_off',
      title: null,
      isWeekend: false,
      movedFrom: '2024-01-06',
    });
  });

  it('maps a shortened weekend day', () => {
    const entry = entries.find((candidate) => candidate.date === '2024-11-02');
    expect(entry).toEqual({
      date: '2024-11-02',
      kind: 'shortened',
      title: null,
      isWeekend: true,
      movedFrom: null,
    });
  });

  it('rejects an unknown kind with its line', () => {
    const filePath = writeTemporaryCsv(
      'date,kind,xml_type,holiday_title,moved_from,is_weekend,source_calendar_date\n' +
        '2024-01-01,holiday,1,Новогодние каникулы,,false,2023.09.30\n' +
        '2024-01-02,vacation,1,,,false,2023.09.30\n',
    );
    expect(() => loadCalendarCsv(filePath)).toThrow('Invalid kind "vacation" on line 3');
  });

  it('rejects a malformed date', () => {
    const filePath = writeTemporaryCsv('date,kind,holiday_title,moved_from,is_weekend\n2024-02-30,holiday,,,false\n');
    expect(() => loadCalendarCsv(filePath)).toThrow('Invalid date "2024-02-30" on line 2');
  });

  it('rejects an invalid is_weekend value', () => {
    const filePath = writeTemporaryCsv('date,kind,holiday_title,moved_from,is_weekend\n2024-01-06,holiday,,,yes\n');
    expect(() => loadCalendarCsv(filePath)).toThrow('Invalid is_weekend "yes" on line 2');
  });

  it('rejects a file without required columns', () => {
    const filePath = writeTemporaryCsv('date,kind\n2024-01-01,holiday\n');
    expect(() => loadCalendarCsv(filePath)).toThrow('missing columns holiday_title, moved_from, is_weekend');
  });
});

describe('isWorkingDay', () => {
  it('treats a shortened Saturday as working', () => {
    // 2024-11-02 is a Saturday listed as shortened with is_weekend=true, because its day off moved to 2024-04-30.
    expect(calendar.isWorkingDay('2024-11-02')).toBe(true);
  });

  it('treats a working weekend as working', () => {
    // 2024-04-27 is a Saturday listed as working-weekend.
    expect(calendar.isWorkingDay('2024-04-27')).toBe(true);
  });

  it('treats a shortened weekday as working', () => {
    // 2024-03-07 is a Thursday before 8 March, listed as shortened.
    expect(calendar.isWorkingDay('2024-03-07')).toBe(true);
  });

  it('treats a day_off weekday as non-working', () => {
    // 2024-04-29 is a Monday listed as day_off (moved from Saturday 2024-04-27).
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
  });

  it('treats a weekday holiday as non-working', () => {
    // 2024-06-12 is a Wednesday, День России.
    expect(calendar.isWorkingDay('2024-06-12')).toBe(false);
  });

  it('treats an ordinary Saturday and Sunday as non-working', () => {
    // 2024-03-16 and 2024-03-17 are a Saturday and Sunday that the CSV does not list.
    expect(calendar.isWorkingDay('2024-03-16')).toBe(false);
    expect(calendar.isWorkingDay('2024-03-17')).toBe(false);
  });

  it('treats an ordinary weekday as working', () => {
    // 2024-03-14 is a Thursday that the CSV does not list.
    expect(calendar.isWorkingDay('2024-03-14')).toBe(true);
  });

  it('applies the weekday rule outside coverage', () => {
    // 2029-03-08 is a Thursday. It is a public holiday in reality, but no 2029 data is loaded.
    expect(calendar.isWorkingDay('2029-03-08')).toBe(true);
    expect(calendar.isWorkingDay('2029-03-10')).toBe(false);
  });

  it('rejects a malformed date', () => {
    expect(() => calendar.isWorkingDay('2024-13-01')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('01.03.2024')).toThrow('expected the form YYYY-MM-DD');
  });
});

describe('describe', () => {
  it('returns the holiday title', () => {
    expect(calendar.describe('2024-06-12')).toBe('День России');
  });

  it('names the origin of a transferred day off', () => {
    expect(calendar.describe('2024-05-10')).toBe('перенесённый выходной (с 06.01.2024)');
  });

  it('describes a day off without origin', () => {
    // 2021-05-03 is listed as day_off with an empty moved_from.
    expect(calendar.describe('2021-05-03')).toBe('выходной день');
  });

  it('describes a working Saturday', () => {
    expect(calendar.describe('2024-04-27')).toBe('рабочая суббота');
  });

  it('describes a shortened Saturday', () => {
    expect(calendar.describe('2024-11-02')).toBe('рабочая суббота, сокращённый предпраздничный день');
  });

  it('describes a shortened weekday', () => {
    expect(calendar.describe('2024-03-07')).toBe('сокращённый предпраздничный день');
  });

  it('describes ordinary weekend days', () => {
    expect(calendar.describe('2024-03-16')).toBe('выходной день (суббота)');
    expect(calendar.describe('2024-03-17')).toBe('выходной день (воскресенье)');
  });

  it('returns null for an ordinary weekday', () => {
    expect(calendar.describe('2024-03-14')).toBeNull();
  });
});

describe('covers', () => {
  it('covers 2021 through 2027', () => {
    for (let year = 2021; year <= 2027; year += 1) {
      expect(calendar.covers(year), String(year)).toBe(true);
    }
  });

  it('does not cover other years', () => {
    expect(calendar.covers(2020)).toBe(false);
    expect(calendar.covers(2028)).toBe(false);
    expect(calendar.covers(2029)).toBe(false);
  });
});

describe('buildProductionCalendar', () => {
  it('rejects a repeated date', () => {
    const repeated: CalendarEntry[] = [
      { date: '2024-06-12', kind: 'holiday', title: 'День России' },
      { date: '2024-06-12', kind: 'shortened' },
    ];
    expect(() => buildProductionCalendar(repeated)).toThrow('the date 2024-06-12 is listed more than once');
  });

  it('rejects an unknown kind', () => {
    const invalid = [{ date: '2024-06-12', kind: 'vacation' }] as unknown as CalendarEntry[];
    expect(() => buildProductionCalendar(invalid)).toThrow('Invalid calendar entry kind "vacation" on 2024-06-12');
  });

  it('rejects a weekend flag that contradicts the date', () => {
    // 2024-06-12 is a Wednesday, so isWeekend must be false.
    const invalid: CalendarEntry[] = [{ date: '2024-06-12', kind: 'holiday', isWeekend: true }];
    expect(() => buildProductionCalendar(invalid)).toThrow('isWeekend is true, but the date is a weekday');
  });

  it('rejects a malformed date', () => {
    const invalid: CalendarEntry[] = [{ date: '2024-6-12', kind: 'holiday' }];
    expect(() => buildProductionCalendar(invalid)).toThrow(RangeError);
  });

  it('follows the plain week without entries', () => {
    const empty = buildProductionCalendar([]);
    // 2024-06-12 is a Wednesday, 2024-06-15 a Saturday.
    expect(empty.isWorkingDay('2024-06-12')).toBe(true);
    expect(empty.isWorkingDay('2024-06-15')).toBe(false);
    expect(empty.covers(2024)).toBe(false);
  });
});
