import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { SYNTHETIC_MAPPING, writeSyntheticAppeals } from '../src/modules/import/synthetic-appeals.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NYC_FILE = path.join(serverDir, 'data/import/nyc311_service_requests_sample.csv');
const NYC_MAPPING = path.join(serverDir, 'data/import/nyc311.mapping.json');

/** A mapping of the columns id, created (ISO 8601) and text, with the other required fields fixed. */
const SIMPLE_FIELDS = {
  externalId: { column: 'id' },
  channel: { constant: 'OTHER' },
  appellantKind: { constant: 'FOREIGN_CITIZEN' },
  appellantName: { constant: 'Заявитель' },
  text: { column: 'text' },
  topicCode: { constant: '0003.0009.0097.0689' },
  receivedAt: { column: 'created' },
};

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startCli(testApp: TestApp, args: string[], environment: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import-appeals.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: testApp.databaseUrl, LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

async function query<Row>(testApp: TestApp, sql: string, params: unknown[] = []): Promise<Row[]> {
  return testApp.em().getConnection().execute<Row[]>(sql, params);
}

/** Reads a rejected-rows report by its Russian column names. */
function readReport(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file), { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
}

async function countImported(testApp: TestApp, prefix: string): Promise<number> {
  const [row] = await query<{ count: string }>(testApp, `select count(*) from appeal where external_id like ?`, [`${prefix}-%`]);
  return Number(row!.count);
}

describe('appeals import', () => {
  let testApp: TestApp;
  let folder: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    folder = mkdtempSync(path.join(tmpdir(), 'cur-import-test-'));
  });

  afterAll(async () => {
    await testApp.app.services.imports.drain();
    await testApp?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports the NYC sample with its mapping', async () => {
    const report = path.join(folder, 'nyc.rejected.csv');
    const result = await startCli(testApp, ['--file', NYC_FILE, '--mapping', NYC_MAPPING, '--report', report]).done;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('58 rows read, 53 imported, 0 skipped as already registered, 5 rejected');

    const [count] = await query<{ count: string }>(testApp, `select count(*) from appeal where appellant_name = 'Заявитель службы 311 Нью-Йорка'`);
    expect(Number(count!.count)).toBe(53);

    // Row 2 of the file: 39573567, PHONE, NYPD, created 06/26/2018 10:58:54 AM and closed 12:50:01 PM New York time (EDT, UTC-4).
    const [appeal] = await query<Record<string, any>>(
      testApp,
      `select a.*, g.short_name from appeal a join agency g on g.id = a.agency_id where a.channel = 'VOICE_HOTLINE' and a.external_id = '39573567'`,
    );
    expect(appeal).toBeDefined();
    expect(appeal!.status).toBe('CLOSED');
    expect(new Date(appeal!.received_at).toISOString()).toBe('2018-06-26T14:58:54.000Z');
    expect(new Date(appeal!.closed_at).toISOString()).toBe('2018-06-26T16:50:01.000Z');
    expect(new Date(appeal!.answered_at).toISOString()).toBe('2018-06-26T16:50:01.000Z');
    expect(appeal!.answer_text).toBe('The Police Department responded to the complaint and determined that police action was not necessary.');
    expect(appeal!.text).toBe('Non-Emergency Police Matter: Other (complaint details). Street/Sidewalk');
    expect(appeal!.short_name).toBe('Минвнутполитики РМЭ');
    expect(appeal!.topic_code).toBe('0004.0016.0162.0999');
    expect(appeal!.number).toMatch(/^ЦУР-2018-\d{6}$/);

    const events = await query<{ kind: string }>(testApp, `select kind from appeal_event where appeal_id = ? order by id`, [appeal!.id]);
    expect(events.map((event) => event.kind)).toEqual(['REGISTERED', 'ASSIGNED', 'ANSWERED', 'CLOSED']);
    // A closed appeal starts no running deadline.
    const deadlines = await query<{ id: string }>(testApp, `select id from deadline where subject_id = ?`, [appeal!.id]);
    expect(deadlines).toHaveLength(0);

    const [channels] = await query<{ online: string; unknown: string }>(
      testApp,
      `select count(*) filter (where channel = 'FEEDBACK_PLATFORM') as online, count(*) filter (where channel = 'OTHER') as unknown
       from appeal where appellant_name = 'Заявитель службы 311 Нью-Йорка'`,
    );
    expect(Number(channels!.online)).toBe(19);
    expect(Number(channels!.unknown)).toBe(8);

    const audit = await query<{ operation: string; actor_email: string }>(testApp, `select operation, actor_email from audit_entry where operation = 'importAppeals'`);
    expect(audit).toEqual([{ operation: 'importAppeals', actor_email: 'import@cur.system' }]);
  });

  it('reports rejected rows with line and reason', () => {
    const rows = readReport(path.join(folder, 'nyc.rejected.csv'));
    expect(rows.map((row) => [row.Строка, row.Поле, row.Причина])).toEqual([
      // Open and In Progress requests from 2018–2019 would start running terms before the production calendar.
      ['20', 'receivedAt', 'TOO_EARLY'],
      // Closed without a resolution text.
      ['39', 'answerText', 'REQUIRED'],
      ['40', 'answerText', 'REQUIRED'],
      ['41', 'answerText', 'REQUIRED'],
      ['48', 'receivedAt', 'TOO_EARLY'],
    ]);
    expect(rows[1]!.Сообщение).toContain('Для обращения в статусе CLOSED нужен текст ответа');
    expect(rows[1]!.Сообщение).toContain('столбец «Resolution Description» пуст');
    expect(rows[1]!.Подробности).toContain('CLOSED');
  });

  it('writes the report like the appeals export', () => {
    const bytes = readFileSync(path.join(folder, 'nyc.rejected.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, firstRow] = bytes.subarray(3).toString('utf8').split('\n');
    expect(header).toBe('Строка;Поле;Причина;Сообщение;Подробности');
    expect(firstRow).toMatch(/^20;receivedAt;TOO_EARLY;/);
  });

  it('explains bad dates and statuses in Russian', async () => {
    const file = path.join(folder, 'bad-values.csv');
    const mappingFile = path.join(folder, 'bad-values.mapping.json');
    const report = path.join(folder, 'bad-values.rejected.csv');
    writeFileSync(
      file,
      [
        'id,created,status,text',
        'BADV-1,,Open,Пустая дата',
        'BADV-2,13/45/2026 10:00:00 AM,Open,Неверная дата',
        'BADV-3,03/01/2024 10:00:00 AM,Weird,Неизвестный статус',
        'BADV-4,03/01/2024 10:00:00 AM,Open,Верная строка',
      ].join('\n'),
    );
    writeFileSync(
      mappingFile,
      JSON.stringify({
        dateFormat: 'MM/dd/yyyy hh:mm:ss a',
        timeZone: 'America/New_York',
        fields: { ...SIMPLE_FIELDS, status: { column: 'status', map: { Open: 'REGISTERED' } } },
      }),
    );
    const result = await startCli(testApp, ['--file', file, '--mapping', mappingFile, '--report', report]).done;
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('4 rows read, 1 imported, 0 skipped as already registered, 3 rejected');

    const rows = readReport(report);
    expect(rows.map((row) => [row.Строка, row.Поле, row.Причина])).toEqual([
      ['2', 'receivedAt', 'REQUIRED'],
      ['3', 'receivedAt', 'INVALID'],
      ['4', 'status', 'INVALID'],
    ]);
    expect(rows[0]!.Сообщение).toContain('Дата поступления не указана: столбец «created» пуст');
    expect(rows[0]!.Сообщение).not.toContain('ISO');
    expect(rows[1]!.Сообщение).toContain('«13/45/2026 10:00:00 AM»');
    expect(rows[1]!.Сообщение).toContain('MM/dd/yyyy hh:mm:ss a');
    expect(rows[2]!.Сообщение).toContain('«Weird»');
    expect(rows[2]!.Сообщение).toContain('fields.status.map');
  });

  it('rejects an empty file in the CLI', async () => {
    const file = path.join(folder, 'empty.csv');
    writeFileSync(file, '');
    const result = await startCli(testApp, ['--file', file, '--mapping', NYC_MAPPING]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Import failed (FILE_EMPTY): Файл empty.csv пуст');
    const runs = await query<{ id: string }>(testApp, `select id from import_run where file_name = 'empty.csv'`);
    expect(runs).toEqual([]);
  });

  it('fails a malformed CSV with its line', async () => {
    const file = path.join(folder, 'garbage.csv');
    const header = readFileSync(NYC_FILE, 'utf8').split('\n')[0]!;
    writeFileSync(file, `${header}\n"12345,unclosed\n`);
    const result = await startCli(testApp, ['--file', file, '--mapping', NYC_MAPPING]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Import failed (MALFORMED_FILE): Строка 2: кавычка');
    const [run] = await query<{ state: string; error: string }>(testApp, `select state, error from import_run where file_name = 'garbage.csv'`);
    expect(run!.state).toBe('FAILED');
    expect(run!.error).toMatch(/^MALFORMED_FILE: Строка 2: кавычка, открытая в значении, не закрыта/);
    expect(run!.error).not.toContain('Quote Not Closed');
  });

  it('skips every row on a rerun', async () => {
    const result = await startCli(testApp, ['--file', NYC_FILE, '--mapping', NYC_MAPPING, '--report', path.join(folder, 'nyc-rerun.rejected.csv')]).done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('58 rows read, 0 imported, 53 skipped as already registered, 5 rejected');
    const [count] = await query<{ count: string }>(testApp, `select count(*) from appeal where appellant_name = 'Заявитель службы 311 Нью-Йорка'`);
    expect(Number(count!.count)).toBe(53);
  });

  it('reports mapping mistakes by JSON path', async () => {
    const mappingFile = path.join(folder, 'bad.mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ fields: { channel: { column: 'a', constant: 'EMAIL' }, text: { colum: 'b' } } }));
    const result = await startCli(testApp, ['--file', NYC_FILE, '--mapping', mappingFile]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('$.fields.channel должно содержать ровно одно из "column", "constant" или "template"');
    expect(result.stderr).toContain('$.fields.text');
    expect(result.stderr).toContain('$.fields.receivedAt обязательно');
  });

  it('reports wrong constants before reading rows', async () => {
    const file = path.join(folder, 'constants.csv');
    const mappingFile = path.join(folder, 'constants.mapping.json');
    writeFileSync(file, 'id,created,text\nCONST-1,2026-03-01T10:00:00+03:00,Текст\n');
    const fields = { ...SIMPLE_FIELDS, channel: { constant: 'FAX' }, topicCode: { constant: '9999' }, agency: { constant: 'Минчегото' }, status: { constant: 'LEFT_UNANSWERED' } };
    writeFileSync(mappingFile, JSON.stringify({ fields }));
    const result = await startCli(testApp, ['--file', file, '--mapping', mappingFile]).done;
    expect(result.code).toBe(1);
    for (const mistake of ['$.fields.channel.constant содержит «FAX»', '$.fields.topicCode.constant', '$.fields.agency.constant', '$.fields.status.constant']) {
      expect(result.stderr).toContain(mistake);
    }
    const runs = await query<{ id: string }>(testApp, `select id from import_run where file_name = 'constants.csv'`);
    expect(runs).toEqual([]);
    expect(await countImported(testApp, 'CONST')).toBe(0);
  });

  it('reports a bad date format and template', async () => {
    const mappingFile = path.join(folder, 'format.mapping.json');
    const mapping = JSON.parse(readFileSync(NYC_MAPPING, 'utf8')) as { dateFormat: string; fields: Record<string, unknown> };
    writeFileSync(mappingFile, JSON.stringify({ ...mapping, dateFormat: 'qqqq-zz', fields: { ...mapping.fields, text: { template: '{Descriptor' } } }));
    const result = await startCli(testApp, ['--file', NYC_FILE, '--mapping', mappingFile]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('$.dateFormat задаёт формат даты «qqqq-zz», по которому не читается ни одна дата');
    expect(result.stderr).toContain('$.fields.text.template содержит шаблон «{Descriptor»');
  });

  it('refuses a --user who may not import', async () => {
    const agencies = await testApp.agencies();
    const { user: official } = await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencies[0]!);
    const { user: press } = await testApp.createUser(UserRole.PRESS_SERVICE);
    const { user: retired } = await testApp.createUser(UserRole.CENTER_ADMIN);
    await query(testApp, `update app_user set active = false where id = ?`, [retired.id]);
    const cases = [
      { email: official.email, message: `The user ${official.email} has the role AGENCY_OFFICIAL, which may not import appeals` },
      { email: press.email, message: `The user ${press.email} has the role PRESS_SERVICE, which may not import appeals` },
      { email: retired.email, message: `The user ${retired.email} is deactivated` },
    ];
    for (const { email, message } of cases) {
      const result = await startCli(testApp, ['--file', NYC_FILE, '--mapping', NYC_MAPPING, '--user', email, '--report', path.join(folder, 'refused.rejected.csv')]).done;
      expect(result.code, email).toBe(1);
      expect(result.stderr, email).toContain(message);
    }
    const runs = await query<{ id: string }>(testApp, `select r.id from import_run r join app_user u on u.id = r.started_by_id where u.email in (?, ?, ?)`, [
      official.email,
      press.email,
      retired.email,
    ]);
    expect(runs).toEqual([]);
  });

  it('names the database it cannot reach', async () => {
    // Port 1 on loopback has no server, so the connection is refused at once.
    const result = await startCli(testApp, ['--file', NYC_FILE, '--mapping', NYC_MAPPING, '--report', path.join(folder, 'unreachable.rejected.csv')], {
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/cur_missing',
    }).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot connect to PostgreSQL at 127.0.0.1:1/cur_missing');
    expect(result.stderr).toContain('Check DATABASE_URL.');
    expect(result.stderr).not.toContain('    at ');
  });

  it('rejects CSV rows with extra values', async () => {
    const file = path.join(folder, 'extra.csv');
    const mappingFile = path.join(folder, 'extra.mapping.json');
    const report = path.join(folder, 'extra.rejected.csv');
    writeFileSync(
      file,
      ['id,created,text', 'EXTRA-1,2026-03-01T10:00:00+03:00,Верная строка', 'EXTRA-2,2026-03-01T10:00:00+03:00,Текст, с запятой без кавычек', 'EXTRA-3,2026-03-01T10:00:00+03:00,Ещё строка'].join('\n'),
    );
    writeFileSync(mappingFile, JSON.stringify({ fields: SIMPLE_FIELDS }));
    const result = await startCli(testApp, ['--file', file, '--mapping', mappingFile, '--report', report]).done;
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('3 rows read, 2 imported, 0 skipped as already registered, 1 rejected');
    const rows = readReport(report);
    expect(rows.map((row) => [row.Строка, row.Причина])).toEqual([['3', 'MALFORMED_RECORD']]);
    expect(rows[0]!.Сообщение).toMatch(/^В записи 4 значения, а в заголовке 3 столбца/);
    expect(rows[0]!.Подробности).toBe('the record has 4 values, but the header has 3 columns');
  });

  it('counts non-object JSON elements once', async () => {
    const file = path.join(folder, 'elements.json');
    const mappingFile = path.join(folder, 'elements.mapping.json');
    const report = path.join(folder, 'elements.rejected.csv');
    const record = (id: string) => ({ id, created: '2026-03-01T10:00:00+03:00', text: 'Текст' });
    writeFileSync(file, JSON.stringify([record('ELEM-1'), 42, [1, 2], true, 'notanobject', record('ELEM-2')]));
    writeFileSync(mappingFile, JSON.stringify({ fields: SIMPLE_FIELDS }));
    const result = await startCli(testApp, ['--file', file, '--mapping', mappingFile, '--report', report]).done;
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('6 rows read, 2 imported, 0 skipped as already registered, 4 rejected');
    const rows = readReport(report);
    expect(rows.map((row) => [row.Строка, row.Причина])).toEqual([
      ['2', 'MALFORMED_RECORD'],
      ['3', 'MALFORMED_RECORD'],
      ['4', 'MALFORMED_RECORD'],
      ['5', 'MALFORMED_RECORD'],
    ]);
    expect(rows[0]!.Сообщение).toBe('Запись не является JSON-объектом {…}. Исправьте запись в файле.');
  });

  it('continues after a crash without duplicates', async () => {
    const file = path.join(folder, 'crash.csv');
    const mappingFile = path.join(folder, 'synthetic.mapping.json');
    const report = path.join(folder, 'crash.rejected.csv');
    writeFileSync(mappingFile, JSON.stringify(SYNTHETIC_MAPPING));
    const rows = 12_000;
    const expected = await writeSyntheticAppeals(file, { rows, rejectEvery: 500, idPrefix: 'CRASH' });
    const args = ['--file', file, '--mapping', mappingFile, '--report', report, '--batch-size', '500'];

    const first = startCli(testApp, args);
    let committed = 0;
    for (let attempt = 0; attempt < 600 && committed < 1000; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [run] = await query<{ last_committed_line: number }>(testApp, `select last_committed_line from import_run where file_name = 'crash.csv'`);
      committed = run?.last_committed_line ?? 0;
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.code).toBeNull();

    const afterCrash = await countImported(testApp, 'CRASH');
    expect(afterCrash).toBeGreaterThan(0);
    expect(afterCrash).toBeLessThan(expected);
    const [crashed] = await query<{ state: string; rows_imported: number }>(testApp, `select state, rows_imported from import_run where file_name = 'crash.csv'`);
    expect(crashed!.state).toBe('RUNNING');
    // The counters commit with their batch, so they match the rows that the crash left.
    expect(crashed!.rows_imported).toBe(afterCrash);

    const second = await startCli(testApp, args).done;
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Continuing import run');

    expect(await countImported(testApp, 'CRASH')).toBe(expected);
    const duplicates = await query<{ external_id: string }>(
      testApp,
      `select external_id from appeal where external_id like 'CRASH-%' group by external_id having count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    const runs = await query<Record<string, any>>(testApp, `select * from import_run where file_name = 'crash.csv'`);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.state).toBe('FINISHED');
    expect(runs[0]!.rows_read).toBe(rows);
    expect(runs[0]!.rows_imported).toBe(expected);
    expect(runs[0]!.rows_rejected).toBe(rows - expected);
    expect(runs[0]!.rows_skipped).toBe(0);
    const reported = readReport(report);
    expect(reported).toHaveLength(rows - expected);
    expect(new Set(reported.map((row) => row.Строка)).size).toBe(rows - expected);

    // Open appeals got their running terms: an answer term each, a forwarding term for those without an agency.
    const [terms] = await query<{ answer: string; forwarding: string; open: string; unassigned: string }>(
      testApp,
      `select
         (select count(*) from deadline d join appeal a on a.id = d.subject_id where a.external_id like 'CRASH-%' and d.kind = 'APPEAL_ANSWER') as answer,
         (select count(*) from deadline d join appeal a on a.id = d.subject_id where a.external_id like 'CRASH-%' and d.kind = 'APPEAL_FORWARDING') as forwarding,
         (select count(*) from appeal where external_id like 'CRASH-%' and status in ('REGISTERED', 'ASSIGNED')) as open,
         (select count(*) from appeal where external_id like 'CRASH-%' and status = 'REGISTERED') as unassigned`,
    );
    expect(Number(terms!.answer)).toBe(Number(terms!.open));
    expect(Number(terms!.forwarding)).toBe(Number(terms!.unassigned));
  }, 180_000);

  describe('over GraphQL', () => {
    const START = `mutation ($input: StartAppealImportInput!) { startAppealImport(input: $input) { appealImport { id state } } }`;
    const RUN = `query ($id: ID!) { appealImport(id: $id) { id state rowsRead rowsImported rowsSkipped rowsRejected rowsPerSecond reportUrl startedByEmail } }`;

    async function upload(token: string, name: string, content: Buffer): Promise<Response> {
      const form = new FormData();
      form.append('file', new Blob([content]), name);
      return fetch(`${testApp.url}/api/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    }

    it('runs an uploaded file as a job', async () => {
      const { user, token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const file = path.join(folder, 'job.csv');
      const expected = await writeSyntheticAppeals(file, { rows: 300, rejectEvery: 100, idPrefix: 'JOB' });
      const uploaded = await upload(token, 'job.csv', readFileSync(file));
      expect(uploaded.status).toBe(201);
      const { uploadId } = (await uploaded.json()) as { uploadId: string };
      const mappingUpload = await upload(token, 'synthetic.mapping.json', Buffer.from(JSON.stringify(SYNTHETIC_MAPPING)));
      const { uploadId: mappingUploadId } = (await mappingUpload.json()) as { uploadId: string };

      const openBefore = testApp.app.services.countdown.openCount;
      const started = await testApp.graphql(START, { input: { uploadId, mappingUploadId, batchSize: 100 } }, token);
      expect(started.errors).toBeUndefined();
      const id = started.data!.startAppealImport.appealImport.id as string;
      await testApp.app.services.imports.drain();

      const run = await testApp.graphql(RUN, { id }, token);
      expect(run.errors).toBeUndefined();
      expect(run.data!.appealImport).toMatchObject({ state: 'FINISHED', rowsRead: 300, rowsImported: expected, rowsSkipped: 0, rowsRejected: 3, startedByEmail: user.email });
      const report = await fetch(`${testApp.url}${run.data!.appealImport.reportUrl}`, { headers: { authorization: `Bearer ${token}` } });
      expect(report.status).toBe(200);
      expect((await report.text()).trim().split('\n')).toHaveLength(4);

      // The running terms of the open imported appeals reach the countdown without a restart.
      const [running] = await query<{ count: string }>(
        testApp,
        `select count(*) from deadline d join appeal a on a.id = d.subject_id where a.external_id like 'JOB-%' and d.status = 'OPEN'`,
      );
      expect(Number(running!.count)).toBeGreaterThan(0);
      expect(testApp.app.services.countdown.openCount).toBe(openBefore + Number(running!.count));
    });

    it('rejects an empty upload', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const uploaded = await upload(token, 'empty.csv', Buffer.alloc(0));
      expect(uploaded.status).toBe(400);
      const body = (await uploaded.json()) as { errors: { message: string; extensions: { code: string; reason: string } }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_EMPTY' });
      expect(body.errors[0]!.message).toContain('Файл empty.csv пуст');
    });

    it('rejects an upload from another site', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const form = new FormData();
      form.append('file', new Blob(['id;text\n1;a\n']), 'foreign.csv');
      const uploaded = await fetch(`${testApp.url}/api/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, origin: 'https://attacker.invalid' },
        body: form,
      });
      expect(uploaded.status).toBe(403);
      const body = (await uploaded.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    });

    it('fails unreadable files with a reason', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      // Bytes that are not UTF-8, named .jsonl although the nyc311 mapping declares CSV.
      const random = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 151 + 7) % 256));
      const cases = [
        { name: 'random.jsonl', content: random, text: /^MALFORMED_FILE: Строка \d+: байт 0x[0-9A-F]{2} не является текстом в кодировке UTF-8/ },
        { name: 'wronghdr.csv', content: Buffer.from('name,text\nИван,Текст\n'), text: /^MISSING_COLUMN: Строка 1: в заголовке файла нет столбцов «Unique Key»/ },
        { name: 'header-only.csv', content: Buffer.from(`${readFileSync(NYC_FILE, 'utf8').split('\n')[0]}\n`), text: /^NO_ROWS: В файле header-only.csv нет ни одной записи/ },
      ];
      for (const { name, content, text } of cases) {
        const uploaded = await upload(token, name, content);
        const { uploadId } = (await uploaded.json()) as { uploadId: string };
        const started = await testApp.graphql(START, { input: { uploadId, mappingName: 'nyc311' } }, token);
        expect(started.errors, name).toBeUndefined();
        await testApp.app.services.imports.drain();
        const run = await testApp.graphql(`query ($id: ID!) { appealImport(id: $id) { state error } }`, { id: started.data!.startAppealImport.appealImport.id }, token);
        expect(run.data!.appealImport.state, name).toBe('FAILED');
        expect(run.data!.appealImport.error, name).toMatch(text);
        expect(run.data!.appealImport.error, name).not.toMatch(/[\uFFFD\u0000-\u0008]/);
      }
    });

    it('names an unknown mapping', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const uploaded = await upload(token, 'nyc.csv', readFileSync(NYC_FILE));
      const { uploadId } = (await uploaded.json()) as { uploadId: string };
      const result = await testApp.graphql(START, { input: { uploadId, mappingName: 'no-such' } }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('input.mappingName');
      expect(result.errors?.[0]?.message).toContain('nyc311');
    });

    it('requires exactly one mapping', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const uploaded = await upload(token, 'nyc.csv', readFileSync(NYC_FILE));
      const { uploadId } = (await uploaded.json()) as { uploadId: string };
      const neither = await testApp.graphql(START, { input: { uploadId } }, token);
      expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(neither.errors?.[0]?.message).toContain('one of mappingName (a committed mapping) or mappingUploadId (an uploaded mapping file) is required');
      expect(neither.errors?.[0]?.message).not.toContain('not both');
      const mappingUpload = await upload(token, 'nyc311.mapping.json', readFileSync(NYC_MAPPING));
      const { uploadId: mappingUploadId } = (await mappingUpload.json()) as { uploadId: string };
      const both = await testApp.graphql(START, { input: { uploadId, mappingName: 'nyc311', mappingUploadId } }, token);
      expect(both.errors?.[0]?.message).toContain('not both');
    });

    it('names a broken mapping file and its position', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const uploaded = await upload(token, 'nyc.csv', readFileSync(NYC_FILE));
      const { uploadId } = (await uploaded.json()) as { uploadId: string };
      const mappingUpload = await upload(token, 'broken.mapping.json', Buffer.from('{"name":"x", "fields": {'));
      const { uploadId: mappingUploadId } = (await mappingUpload.json()) as { uploadId: string };
      const result = await testApp.graphql(START, { input: { uploadId, mappingUploadId } }, token);
      const problem = (result.errors?.[0]?.extensions?.fields as { field: string; reason: string; message: string }[])[0]!;
      expect(problem.field).toBe('input.mappingUploadId');
      expect(problem.reason).toBe('MALFORMED_MAPPING');
      expect(problem.message).toMatch(/^Файл сопоставления broken\.mapping\.json не читается как JSON: строка 1, столбец 25\. Исправьте файл/);
    });

    it('rejects a wrong agency constant before the run', async () => {
      const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const uploaded = await upload(token, 'agency-constant.csv', readFileSync(NYC_FILE));
      const { uploadId } = (await uploaded.json()) as { uploadId: string };
      const mapping = JSON.parse(readFileSync(NYC_MAPPING, 'utf8')) as { fields: Record<string, unknown> };
      const mappingUpload = await upload(token, 'agency.mapping.json', Buffer.from(JSON.stringify({ ...mapping, fields: { ...mapping.fields, agency: { constant: 'Минчегото' } } })));
      const { uploadId: mappingUploadId } = (await mappingUpload.json()) as { uploadId: string };
      const result = await testApp.graphql(START, { input: { uploadId, mappingUploadId } }, token);
      const problem = (result.errors?.[0]?.extensions?.fields as { field: string; reason: string; message: string }[])[0]!;
      expect(problem.field).toBe('input.mappingUploadId');
      expect(problem.reason).toBe('INVALID_MAPPING');
      expect(problem.message).toMatch(/^\$\.fields\.agency\.constant содержит «Минчегото»/);
      const runs = await query<{ id: string }>(testApp, `select id from import_run where file_name = 'agency-constant.csv'`);
      expect(runs).toEqual([]);
    });

    it('refuses everyone but the center administrator', async () => {
      const agencies = await testApp.agencies();
      const { token: adminToken } = await testApp.createUser(UserRole.CENTER_ADMIN);
      const uploaded = await upload(adminToken, 'nyc.csv', readFileSync(NYC_FILE));
      const { uploadId } = (await uploaded.json()) as { uploadId: string };
      const [run] = await query<{ id: string }>(testApp, `select id from import_run limit 1`);

      for (const [role, agency] of [
        [UserRole.CENTER_OPERATOR, null],
        [UserRole.AGENCY_OFFICIAL, agencies[0]!],
        [UserRole.PRESS_SERVICE, null],
      ] as const) {
        const { token } = await testApp.createUser(role, agency);
        const started = await testApp.graphql(START, { input: { uploadId, mappingName: 'nyc311' } }, token);
        expect(started.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
        const seen = await testApp.graphql(RUN, { id: run!.id }, token);
        expect(seen.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
        const listed = await testApp.graphql(`{ appealImports { totalCount } }`, {}, token);
        expect(listed.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
        expect((await upload(token, 'x.csv', Buffer.from('a\n'))).status, role).toBe(403);
        const report = await fetch(`${testApp.url}/api/imports/${run!.id}/report`, { headers: { authorization: `Bearer ${token}` } });
        expect(report.status, role).toBe(403);
      }
      expect((await fetch(`${testApp.url}/api/imports`, { method: 'POST' })).status).toBe(401);
    });

    it('shows an official only the imported appeals of their agency', async () => {
      const agencies = await testApp.agencies();
      const ministry = agencies.find((agency) => agency.shortName === 'Минвнутполитики РМЭ')!;
      const { token } = await testApp.createUser(UserRole.AGENCY_OFFICIAL, ministry);
      const result = await testApp.graphql(`{ appeals(filter: { text: "Noise" }, page: { first: 100 }) { totalCount edges { node { agency { shortName } } } } }`, {}, token);
      expect(result.errors).toBeUndefined();
      const shortNames = new Set(result.data!.appeals.edges.map((edge: any) => edge.node.agency.shortName));
      expect([...shortNames]).toEqual(['Минвнутполитики РМЭ']);
      const [expected] = await query<{ count: string }>(
        testApp,
        `select count(*) from appeal where agency_id = ? and appellant_name = 'Заявитель службы 311 Нью-Йорка' and text ilike '%noise%'`,
        [ministry.id],
      );
      expect(result.data!.appeals.totalCount).toBe(Number(expected!.count));
    });
  });
});
