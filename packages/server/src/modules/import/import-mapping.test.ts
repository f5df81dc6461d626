import { describe, expect, it } from 'vitest';
import { compileMapping, MappingError, parseMapping } from './import-mapping.js';

const BASE_FIELDS = {
  channel: { column: 'Channel', map: { PHONE: 'VOICE_HOTLINE' }, default: 'OTHER' },
  appellantKind: { constant: 'FOREIGN_CITIZEN' },
  appellantName: { constant: 'Заявитель' },
  text: { template: '{Type}: {Descriptor}' },
  topicCode: { column: 'Type', map: { Noise: '0004.0016.0162.0999' }, default: '0003.0009.0097.0689' },
  receivedAt: { column: 'Created' },
};

function problemsOf(text: string): { path: string; message: string }[] {
  try {
    parseMapping(text);
  } catch (error) {
    if (error instanceof MappingError) {
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe('parseMapping', () => {
  it('names mistakes by JSON path', () => {
    const problems = problemsOf(JSON.stringify({ timeZone: 'Mars/Olympus', fields: { channel: { column: 'a', constant: 'b' }, text: { colum: 'x' } } }));
    const paths = problems.map((problem) => problem.path);
    expect(paths).toContain('$.timeZone');
    expect(paths).toContain('$.fields.channel');
    expect(paths).toContain('$.fields.text');
    expect(paths).toContain('$.fields.receivedAt');
  });

  it.each([
    ['an unknown field', { fields: { ...BASE_FIELDS, foo: { constant: 'x' } } }, '$.fields'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus', fields: BASE_FIELDS }, '$.timeZone'],
    ['an array', [], '$'],
  ])('words %s in Russian', (_case, mapping, path) => {
    let problems: { path: string; message: string }[] = [];
    try {
      parseMapping(JSON.stringify(mapping));
    } catch (error) {
      problems = (error as MappingError).problems;
    }
    expect(problems.map((problem) => problem.path)).toEqual([path]);
    expect(problems[0]!.message).toMatch(/[а-яё]{4}/i);
    expect(problems[0]!.message).not.toMatch(/\b(must|Unrecognized|Invalid)\b/);
  });

  it('rejects text that is not JSON', () => {
    expect(problemsOf('{ fields')[0]!.path).toBe('$');
  });

  it('names a JSON syntax error by line and column', () => {
    let error: unknown;
    try {
      parseMapping('{"name":"x",\n "fields": {', 'broken.mapping.json');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).reason).toBe('MALFORMED_MAPPING');
    expect((error as MappingError).summary).toMatch(/^Файл сопоставления broken\.mapping\.json не читается как JSON: строка 2, столбец 13\. Исправьте файл/);
  });

  it('rejects a date format luxon cannot read', () => {
    for (const format of ['qqqq-zz', 'X', 'yyyy-MM-dd HH:mm:ss ZZZZ']) {
      const problems = problemsOf(JSON.stringify({ dateFormat: format, fields: BASE_FIELDS }));
      expect(problems.map((problem) => problem.path), format).toEqual(['$.dateFormat']);
      expect(problems[0]!.message, format).toContain('не читается ни одна дата');
    }
  });

  it('rejects a date format without a day', () => {
    const problems = problemsOf(JSON.stringify({ fields: { ...BASE_FIELDS, receivedAt: { column: 'Created', dateFormat: 'HH:mm' } } }));
    expect(problems.map((problem) => problem.path)).toEqual(['$.fields.receivedAt.dateFormat']);
    expect(problems[0]!.message).toContain('нет дня, месяца или года');
  });

  it('rejects contradictory date tokens', () => {
    const problems = problemsOf(JSON.stringify({ dateFormat: 'yyyy-MM-dd HH:mm a', fields: BASE_FIELDS }));
    expect(problems.map((problem) => problem.path)).toEqual(['$.dateFormat']);
    expect(problems[0]!.message).toContain('luxon отвергает');
  });

  it('accepts usual date formats', () => {
    for (const format of ['MM/dd/yyyy hh:mm:ss a', 'dd.MM.yyyy HH:mm', "yyyy-MM-dd'T'HH:mm:ssZZ", 'd MMM yyyy', 'yy-MM-dd']) {
      expect(problemsOf(JSON.stringify({ dateFormat: format, fields: BASE_FIELDS })), format).toEqual([]);
    }
  });

  it('rejects unbalanced template braces', () => {
    const cases = [
      { template: '{text', message: 'скобка «{» на позиции 1 не закрыта' },
      { template: 'text}', message: 'скобка «}» на позиции 5 ничего не закрывает' },
      { template: '{a{b}}', message: 'скобка «{» на позиции 3 открыта внутри другой' },
      { template: 'a {}', message: 'пустым заполнителем «{}» на позиции 3' },
    ];
    for (const { template, message } of cases) {
      const problems = problemsOf(JSON.stringify({ fields: { ...BASE_FIELDS, text: { template } } }));
      expect(problems.map((problem) => problem.path), template).toEqual(['$.fields.text.template']);
      expect(problems[0]!.message, template).toContain(message);
    }
  });

  it('quotes keys that are not names in paths', () => {
    const problems = problemsOf(JSON.stringify({ fields: { ...BASE_FIELDS, topicCode: { column: 'Type', map: { 'Noise - Vehicle': 1 } } } }));
    expect(problems.map((problem) => problem.path)).toEqual(['$.fields.topicCode.map["Noise - Vehicle"]']);
  });

  it('rejects an unknown product field', () => {
    expect(problemsOf(JSON.stringify({ fields: { ...BASE_FIELDS, colour: { constant: 'red' } } })).map((problem) => problem.path)).toContain('$.fields');
  });
});

describe('compileMapping', () => {
  const map = compileMapping(
    parseMapping(JSON.stringify({ dateFormat: 'MM/dd/yyyy hh:mm:ss a', timeZone: 'America/New_York', fields: BASE_FIELDS })),
  );

  it('applies value maps and defaults', () => {
    expect(map({ Channel: 'PHONE', Type: 'Noise', Descriptor: 'Loud', Created: '06/26/2018 10:58:54 AM' }).values).toMatchObject({
      channel: 'VOICE_HOTLINE',
      topicCode: '0004.0016.0162.0999',
      appellantKind: 'FOREIGN_CITIZEN',
    });
    expect(map({ Channel: 'FAX', Type: 'Graffiti', Created: '06/26/2018 10:58:54 AM' }).values).toMatchObject({ channel: 'OTHER', topicCode: '0003.0009.0097.0689' });
    expect(map({ Channel: '', Type: 'Graffiti', Created: '06/26/2018 10:58:54 AM' }).values.channel).toBe('OTHER');
  });

  it('fills templates and drops empty parts', () => {
    expect(map({ Type: 'Noise', Descriptor: 'Loud Music', Created: '01/01/2024 01:00:00 AM' }).values.text).toBe('Noise: Loud Music');
    expect(map({ Type: 'Noise', Descriptor: '', Created: '01/01/2024 01:00:00 AM' }).values.text).toBe('Noise');
  });

  it('converts dates from the source time zone', () => {
    // 10:58:54 AM in New York during daylight saving time (UTC-4), and 09:00 in winter (UTC-5).
    expect((map({ Created: '06/26/2018 10:58:54 AM' }).values.receivedAt as Date).toISOString()).toBe('2018-06-26T14:58:54.000Z');
    expect((map({ Created: '01/15/2019 09:00:00 AM' }).values.receivedAt as Date).toISOString()).toBe('2019-01-15T14:00:00.000Z');
  });

  it('reports a date that does not match the format', () => {
    const mapped = map({ Created: '2018-06-26' });
    expect(mapped.problems).toHaveLength(1);
    expect(mapped.problems[0]!.field).toBe('receivedAt');
    expect(mapped.problems[0]!.message).toContain('MM/dd/yyyy hh:mm:ss a');
  });

  it('reports an empty date as missing', () => {
    const mapped = map({ Created: '' });
    expect(mapped.problems).toHaveLength(1);
    expect(mapped.problems[0]!.reason).toBe('REQUIRED');
    expect(mapped.problems[0]!.message).toContain('столбец «Created» пуст');
    expect(mapped.problems[0]!.message).not.toContain('ISO');
  });

  it('quotes a bad date and its format', () => {
    const message = map({ Created: '13/45/2026 10:00:00 AM' }).problems[0]!.message;
    expect(message).toContain('«13/45/2026 10:00:00 AM»');
    expect(message).toContain('формату даты MM/dd/yyyy hh:mm:ss a');
  });

  it('reads ISO dates with an offset without a format', () => {
    const iso = compileMapping(parseMapping(JSON.stringify({ fields: BASE_FIELDS })));
    expect((iso({ Created: '2026-03-01T10:15:00+03:00' }).values.receivedAt as Date).toISOString()).toBe('2026-03-01T07:15:00.000Z');
    // Without an offset the mapping's zone applies, Europe/Moscow by default.
    expect((iso({ Created: '2026-03-01T10:15:00' }).values.receivedAt as Date).toISOString()).toBe('2026-03-01T07:15:00.000Z');
  });
});
