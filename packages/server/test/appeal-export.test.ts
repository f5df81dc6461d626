import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appeal } from '../src/modules/appeals/appeal.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type GraphqlResponse, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let pressToken: string;
let agencyId: string;
let otherAgencyId: string;

const LIST = `
  query ($filter: AppealFilter, $page: AppealsPageInput) {
    appeals(filter: $filter, page: $page) { pageInfo { hasNextPage endCursor } edges { node { number } } }
  }`;

function exportUrl(format: 'csv' | 'xlsx', filter?: unknown): string {
  const query = filter === undefined ? '' : `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return `${testApp.url}/api/exports/appeals.${format}${query}`;
}

async function exportCsv(token: string, filter?: unknown): Promise<string[][]> {
  const response = await fetch(exportUrl('csv', filter), { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const text = await response.text();
  return parse(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
}

/** Returns the numbers the appeals query lists for a filter, every page of it. */
async function listedNumbers(token: string, filter: unknown): Promise<string[]> {
  const numbers: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphqlResponse = await testApp.graphql(LIST, { filter, page: { first: 100, after } }, token);
    expect(result.errors).toBeUndefined();
    numbers.push(...result.data!.appeals.edges.map((edge: { node: { number: string } }) => edge.node.number));
    if (!result.data!.appeals.pageInfo.hasNextPage) {
      return numbers;
    }
    after = result.data!.appeals.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = otherAgency!.id;
  const topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
  pressToken = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
  for (let index = 0; index < 12; index += 1) {
    const input = buildRegisterAppealInput(topicCode, {
      agencyId: index % 3 === 0 ? otherAgencyId : agencyId,
      text: index % 2 === 0 ? `Разбита дорога у дома ${index}` : `Не вывозят мусор, двор ${index}`,
      receivedAt: '2026-12-01T21:30:00.000Z',
      coAppellants: index === 1 ? [{ name: 'Петров Пётр' }, { name: 'Сидорова Анна' }] : [],
    });
    const result = await testApp.graphql(REGISTER_APPEAL, { input }, operatorToken);
    expect(result.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await testApp?.stop();
});

describe('GET /api/exports/appeals.csv', () => {
  it('has the Russian header row', async () => {
    const [header] = await exportCsv(operatorToken);
    expect(header!.slice(0, 5)).toEqual(['Номер', 'Поступило', 'Зарегистрировано', 'Канал', 'Статус']);
    expect(header).toContain('Соавторы');
  });

  it('exports the rows the list shows for a filter', async () => {
    const filter = { text: 'дорога', statuses: ['ASSIGNED'] };
    const [, ...rows] = await exportCsv(operatorToken, filter);
    const listed = await listedNumbers(operatorToken, filter);
    expect(listed).toHaveLength(6);
    expect(rows.map((row) => row[0])).toEqual(listed);
  });

  it('limits an agency official to its appeals', async () => {
    const [, ...rows] = await exportCsv(officialToken);
    const listed = await listedNumbers(officialToken, {});
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => row[0])).toEqual(listed);
    const agencyColumn = (await exportCsv(officialToken))[0]!.indexOf('Орган');
    const [official] = await testApp.agencies();
    expect(new Set(rows.map((row) => row[agencyColumn]))).toEqual(new Set([official!.shortName]));
  });

  it('does not widen the scope with an agency filter', async () => {
    const [, ...rows] = await exportCsv(officialToken, { agencyId: otherAgencyId });
    expect(rows).toEqual([]);
  });

  it('writes instants in Moscow time', async () => {
    const [header, first] = await exportCsv(operatorToken);
    // 21:30 UTC on 1 December is 00:30 on 2 December in Moscow (UTC+3).
    expect(first![header!.indexOf('Поступило')]).toBe('02.12.2026 00:30');
  });

  it('lists co-appellants', async () => {
    const [header, ...rows] = await exportCsv(operatorToken);
    const column = header!.indexOf('Соавторы');
    expect(rows.map((row) => row[column])).toContain('Петров Пётр; Сидорова Анна');
  });

  it('writes formula-like texts as text', async () => {
    const input = buildRegisterAppealInput(await someTopicCode(testApp), {
      agencyId,
      appellantName: '=HYPERLINK("http://example.invalid","click")',
      text: '+1+2 прошу проверить расчёт',
      coAppellants: [{ name: '-2+3' }, { name: '@SUM(A1)' }],
    });
    const registered = await testApp.graphql(REGISTER_APPEAL, { input }, operatorToken);
    expect(registered.errors).toBeUndefined();

    const [header, ...rows] = await exportCsv(operatorToken, { text: 'расчёт' });
    expect(rows).toHaveLength(1);
    const cell = (name: string) => rows[0]![header!.indexOf(name)];
    expect(cell('Заявитель')).toBe(`'=HYPERLINK("http://example.invalid","click")`);
    expect(cell('Текст обращения')).toBe("'+1+2 прошу проверить расчёт");
    expect(cell('Соавторы')).toBe("'-2+3; @SUM(A1)");
    expect(cell('Статус')).toBe('Направлено в орган');
  });

  it('rejects an invalid filter naming the field', async () => {
    const response = await fetch(exportUrl('csv', { statuses: ['LOST'] }), { headers: { authorization: `Bearer ${operatorToken}` } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.extensions.field).toBe('filter.statuses.0');
  });

  it('rejects a filter that is not JSON', async () => {
    const response = await fetch(`${testApp.url}/api/exports/appeals.csv?filter=%7Bnot`, { headers: { authorization: `Bearer ${operatorToken}` } });
    expect(response.status).toBe(400);
  });

  it('requires a session and an appeal role', async () => {
    expect((await fetch(exportUrl('csv'))).status).toBe(401);
    expect((await fetch(exportUrl('csv'), { headers: { authorization: `Bearer ${pressToken}` } })).status).toBe(403);
  });
});

describe('GET /api/exports/appeals.xlsx', () => {
  it('exports the filtered rows with dates in Moscow time', async () => {
    const filter = { text: 'мусор' };
    const response = await fetch(exportUrl('xlsx', filter), { headers: { authorization: `Bearer ${officialToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(".xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Обращения')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Номер');
    const numbers: string[] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber > 1) {
        numbers.push(String(row.getCell(1).value));
      }
    });
    expect(numbers).toEqual(await listedNumbers(officialToken, filter));
    const received = sheet.getRow(2).getCell(2).value as Date;
    expect(received.toISOString()).toBe('2026-12-02T00:30:00.000Z');
  });
});

describe('large export', () => {
  it('streams 20,000 rows with bounded memory', async () => {
    const rowCount = 20_000;
    await testApp.em().getConnection().execute(
      `insert into appeal (id, number, channel, appellant_kind, appellant_name, text, topic_code, agency_id, status,
          received_at, registered_at, answer_due_at, version, updated_at)
        select gen_random_uuid(), 'ЭКСП-' || g, 'EMAIL', 'RUSSIAN_CITIZEN', 'Заявитель ' || g,
          repeat('Текст обращения о ремонте дороги и двора. ', 25), base.topic_code, base.agency_id, 'ASSIGNED',
          now() - g * interval '1 minute', now() - g * interval '1 minute', now() + interval '30 days', 1, now()
        from generate_series(1, ${rowCount}) g, (select topic_code, agency_id from appeal limit 1) base`,
    );
    // Collects garbage before each sample, so that the samples show what the export retains.
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 250);
    let lines = 0;
    let bytes = 0;
    try {
      const response = await fetch(exportUrl('csv'), { headers: { authorization: `Bearer ${operatorToken}` } });
      expect(response.status).toBe(200);
      const decoder = new TextDecoder();
      for await (const chunk of response.body!) {
        bytes += chunk.length;
        lines += (decoder.decode(chunk, { stream: true }).match(/\n/g) ?? []).length;
      }
    } finally {
      clearInterval(sampler);
    }
    // Header and every stored appeal, the inserted ones among them; no text has a line break.
    expect(lines).toBe(1 + (await testApp.em().count(Appeal, {})));
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    // Loose: holding the whole export (over 20 MB of CSV, twice that as JS strings) or all entities would exceed it.
    expect(peak - baseline).toBeLessThan(32 * 1024 * 1024);
    console.info(`export of ${rowCount} rows: ${(bytes / 1048576).toFixed(1)} MB, heap peak +${((peak - baseline) / 1048576).toFixed(1)} MB`);
  }, 300_000);
});
