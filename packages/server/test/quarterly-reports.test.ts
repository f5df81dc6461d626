import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { QuarterlyReport } from '../src/modules/reports/report.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let otherOfficialToken: string;
let agencyId: string;
let otherAgencyId: string;
let agencyCount: number;

const REPORT_FIELDS = `
  id year quarter status dueAt currentVersion submittedLate firstSubmittedAt version
  agency { id shortName }
  deadline { kind status dueAt completedAt explanation { summary warnings } }
  current { number status figuresComputedAt mainProblems measuresTaken submittedLate figures { key group prefilledValue value corrected } corrections { figure prefilledValue value reason correctedBy } }
  versions { number status remarks submittedAt submittedLate submittedBy corrections { figure value } }`;

const REPORT = `query ($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
const REPORTS = `query ($filter: QuarterlyReportFilter, $page: QuarterlyReportsPageInput) {
  reports(filter: $filter, page: $page) { totalCount edges { node { id year quarter agency { id } } } pageInfo { hasNextPage endCursor } } }`;
const BOARD = `query ($year: Int!) { reportBoard(year: $year) { agency { id shortName } cells { quarter overdue report { id status submittedLate dueAt } } } }`;
const CORRECT = `mutation ($input: CorrectReportFigureInput!) { correctReportFigure(input: $input) { report { ${REPORT_FIELDS} } } }`;
const ANALYSIS = `mutation ($input: SaveReportAnalysisInput!) { saveReportAnalysis(input: $input) { report { ${REPORT_FIELDS} } } }`;
const SUBMIT = `mutation ($input: ReportStepInput!) { submitReport(input: $input) { report { ${REPORT_FIELDS} } } }`;
const ACCEPT = `mutation ($input: ReportStepInput!) { acceptReport(input: $input) { report { ${REPORT_FIELDS} } } }`;
const RETURN = `mutation ($input: ReturnReportInput!) { returnReport(input: $input) { report { ${REPORT_FIELDS} } } }`;

function figureMap(report: { current: { figures: { key: string; value: number }[] } }): Record<string, number> {
  return Object.fromEntries(report.current.figures.map((figure) => [figure.key, figure.value]));
}

async function findReportId(agency: string, year: number, quarter: number): Promise<string> {
  const report = await testApp.em().findOneOrFail(QuarterlyReport, { agency, year, quarter });
  return report.id;
}

async function loadReport(id: string, token = operatorToken) {
  const result = await testApp.graphql(REPORT, { id }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.report;
}

beforeAll(async () => {
  testApp = await startTestApp();
  const agencies = await testApp.agencies();
  agencyCount = agencies.length;
  agencyId = agencies[0]!.id;
  otherAgencyId = agencies[1]!.id;
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencies[0])).token;
  otherOfficialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencies[1])).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('report opening', () => {
  it('opens the current and previous quarter at start-up', async () => {
    // The test server starts at the real time, so it opened the quarter of today and the one before.
    const now = new Date();
    const month = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Moscow', month: 'numeric' }).format(now));
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Moscow', year: 'numeric' }).format(now));
    const quarter = Math.ceil(month / 3);
    const em = testApp.em();
    expect(await em.count(QuarterlyReport, { year, quarter })).toBe(agencyCount);
    const previous = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
    expect(await em.count(QuarterlyReport, previous)).toBe(agencyCount);
  });

  it('is idempotent and opens a new quarter once', async () => {
    const at = new Date('2027-01-10T12:00:00+03:00');
    const first = await testApp.app.workers.reports.runOnce(at);
    const second = await testApp.app.workers.reports.runOnce(at);
    expect(first).toBe(agencyCount);
    expect(second).toBe(0);
    expect(await testApp.em().count(QuarterlyReport, { year: 2027, quarter: 1 })).toBe(agencyCount);
  });

  it('starts a deadline on the due dates', async () => {
    await testApp.app.workers.reports.runOnce(new Date('2026-07-01T12:00:00+03:00'));
    const expected: [number, number, string][] = [
      [2026, 2, '2026-07-03T20:59:59.999Z'],
      [2026, 3, '2026-10-05T20:59:59.999Z'],
      [2026, 4, '2027-01-05T20:59:59.999Z'],
      [2027, 1, '2027-04-05T20:59:59.999Z'],
    ];
    for (const [year, quarter, dueAt] of expected) {
      const report = await loadReport(await findReportId(agencyId, year, quarter));
      expect(new Date(report.dueAt).toISOString()).toBe(dueAt);
      expect(report.deadline.kind).toBe('QUARTERLY_REPORT');
      expect(new Date(report.deadline.dueAt).toISOString()).toBe(dueAt);
      expect(report.deadline.explanation.summary).toContain('до 5-го числа');
    }
    const q4 = await loadReport(await findReportId(agencyId, 2026, 4));
    expect(q4.deadline.explanation.warnings).toHaveLength(1);
  });

  it('prefills an ended quarter again', async () => {
    // Q4 2026 was prefilled while it ran, and the run at 10 January 2027 prefilled it again.
    const report = await loadReport(await findReportId(otherAgencyId, 2026, 4));
    expect(new Date(report.current.figuresComputedAt).toISOString()).toBe('2027-01-10T09:00:00.000Z');
  });
});

describe('prefilled statistics', () => {
  let topicA: string;
  let topicB: string;
  let typeOne: string;
  let typeTwo: string;
  let reportId: string;

  async function register(agency: string, overrides: Record<string, unknown> = {}, topic = topicA): Promise<string> {
    const result = await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topic, { agencyId: agency, ...overrides }) }, operatorToken);
    expect(result.errors).toBeUndefined();
    return result.data!.registerAppeal.appeal.id;
  }

  /** Moves an appeal to the given instants and columns, as the quarter's history would have left it. */
  async function place(id: string, columns: Record<string, unknown>): Promise<void> {
    const names = Object.keys(columns);
    const assignments = names.map((name) => `"${name}" = ?`).join(', ');
    await testApp.em().getConnection().execute(`update appeal set ${assignments} where id = ?`, [...names.map((name) => columns[name]), id]);
    await testApp.em().getConnection().execute(`update appeal_event set at = ? where appeal_id = ? and kind <> 'FORWARDED'`, [columns.registered_at, id]);
  }

  beforeAll(async () => {
    const connection = testApp.em().getConnection();
    topicA = (await connection.execute<{ code: string }[]>(`select code from topic where level = 4 and code like '0001.%' order by code limit 1`))[0]!.code;
    topicB = (await connection.execute<{ code: string }[]>(`select code from topic where level = 4 and code like '0003.%' order by code limit 1`))[0]!.code;
    const types = await connection.execute<{ code: string }[]>(`select code from question_type order by code limit 2`);
    typeOne = types[0]!.code;
    typeTwo = types[1]!.code;

    const answered = (registered: string, due: string, answeredAt: string, extra: Record<string, unknown> = {}) => ({
      received_at: registered,
      registered_at: registered,
      answer_due_at: due,
      answered_at: answeredAt,
      status: 'ANSWERED',
      answer_text: 'Ответ по существу.',
      ...extra,
    });
    const pending = (registered: string, extra: Record<string, unknown> = {}) => ({
      received_at: registered,
      registered_at: registered,
      answer_due_at: '2026-08-30T23:59:59.999+03:00',
      question_type_code: null,
      ...extra,
    });

    // 1: e-mail, section 0001, 10 days to an answer on time, satisfied.
    const first = await register(agencyId);
    await place(first, answered('2026-04-10T10:00:00+03:00', '2026-05-08T23:59:59.999+03:00', '2026-04-20T10:00:00+03:00', { question_type_code: typeOne, satisfaction: 'SATISFIED' }));
    // 2: e-mail, section 0001, extended, answered 34 days after registration and late, not satisfied.
    const second = await register(agencyId);
    await place(second, answered('2026-04-01T10:00:00+03:00', '2026-04-30T23:59:59.999+03:00', '2026-05-05T10:00:00+03:00', {
      question_type_code: typeOne,
      satisfaction: 'NOT_SATISFIED',
      extended_at: '2026-04-25T12:00:00+03:00',
    }));
    // 3: written, section 0001, pending, a confirmed repeat of 1.
    const third = await register(agencyId, { channel: 'WRITTEN' });
    await place(third, pending('2026-05-15T10:00:00+03:00', { repeat_of_id: first }));
    // 4: feedback platform, section 0003, left unanswered as unreadable.
    const fourth = await register(agencyId, { channel: 'FEEDBACK_PLATFORM' }, topicB);
    await place(fourth, pending('2026-05-20T10:00:00+03:00', { status: 'LEFT_UNANSWERED', unanswered_ground: 'UNREADABLE' }));
    // 5: feedback platform, section 0003, 2 days to an answer on time, partly satisfied.
    const fifth = await register(agencyId, { channel: 'FEEDBACK_PLATFORM' }, topicB);
    await place(fifth, answered('2026-05-01T10:00:00+03:00', '2026-05-29T23:59:59.999+03:00', '2026-05-03T10:00:00+03:00', { question_type_code: typeTwo, satisfaction: 'PARTLY_SATISFIED' }));
    // 6: registered at 23:30 on 31 March in Moscow (Q1), answered in Q2 on time after 33.5 hours, not rated.
    const sixth = await register(agencyId);
    await place(sixth, answered('2026-03-31T23:30:00+03:00', '2026-04-30T23:59:59.999+03:00', '2026-04-02T09:00:00+03:00'));
    // 7: social media, registered in the quarter's last minute in Moscow (20:59 UTC), pending.
    const seventh = await register(agencyId, { channel: 'SOCIAL_MEDIA' });
    await place(seventh, pending('2026-06-30T23:59:00+03:00'));
    // 8: registered at Moscow midnight of 1 July, already Q3.
    const eighth = await register(agencyId);
    await place(eighth, pending('2026-07-01T00:00:00+03:00'));
    // 9: another agency's appeal.
    const ninth = await register(otherAgencyId);
    await place(ninth, pending('2026-05-05T10:00:00+03:00'));
    // 10: registered for the agency, then forwarded to the other agency in May.
    const tenth = await register(agencyId);
    const forwarded = await testApp.graphql(
      `mutation ($input: ForwardAppealInput!) { forwardAppeal(input: $input) { appeal { id } } }`,
      { input: { appealId: tenth, agencyId: otherAgencyId, reason: 'Вопрос в компетенции другого органа', appellantNotifiedAt: new Date(Date.now() - 60_000).toISOString() } },
      officialToken,
    );
    expect(forwarded.errors).toBeUndefined();
    await place(tenth, pending('2026-05-08T10:00:00+03:00'));
    await connection.execute(`update appeal_event set at = '2026-05-10T12:00:00+03:00' where appeal_id = ? and kind = 'FORWARDED'`, [tenth]);

    // Q2 2026 is not open yet for this fixture: the earlier run at 1 July opened it before the appeals existed.
    await connection.execute(`delete from deadline where subject_id in (select id from quarterly_report where year = 2026 and quarter = 2)`);
    await connection.execute(`delete from quarterly_report where year = 2026 and quarter = 2`);
    expect(await testApp.app.workers.reports.runOnce(new Date('2026-07-01T12:00:00+03:00'))).toBe(agencyCount);
    reportId = await findReportId(agencyId, 2026, 2);
  });

  it('matches the hand-counted figures', async () => {
    const figures = figureMap(await loadReport(reportId));
    expect(figures['registered.total']).toBe(6);
    expect(figures['byChannel.EMAIL']).toBe(2);
    expect(figures['byChannel.WRITTEN']).toBe(1);
    expect(figures['byChannel.FEEDBACK_PLATFORM']).toBe(2);
    expect(figures['byChannel.SOCIAL_MEDIA']).toBe(1);
    expect(figures['byChannel.VOICE_HOTLINE']).toBe(0);
    expect(figures['byTopicSection.0001']).toBe(4);
    expect(figures['byTopicSection.0003']).toBe(2);
    expect(figures['byTopicSection.0002']).toBe(0);
    expect(figures[`byQuestionType.${typeOne}`]).toBe(2);
    expect(figures[`byQuestionType.${typeTwo}`]).toBe(1);
    expect(figures['byQuestionType.NONE']).toBe(3);
    expect(figures['outcome.ANSWERED']).toBe(3);
    expect(figures['outcome.LEFT_UNANSWERED']).toBe(1);
    expect(figures['outcome.PENDING']).toBe(2);
    expect(figures['unansweredGround.UNREADABLE']).toBe(1);
    expect(figures['unansweredGround.OBSCENE_OR_THREATENING']).toBe(0);
    expect(figures['extended']).toBe(1);
    expect(figures['repeat']).toBe(1);
  });

  it('counts answers by the answer date', async () => {
    const figures = figureMap(await loadReport(reportId));
    // Appeals 1, 2, 5 and 6 were answered in Q2, and only 2 came after its due instant.
    expect(figures['answered.total']).toBe(4);
    expect(figures['answered.onTime']).toBe(3);
    expect(figures['answered.late']).toBe(1);
    // The average is (10 + 34 + 2 + 33.5 / 24) / 4 = 11.849 days, and the longest is 34 days.
    expect(figures['answered.averageDays']).toBe(11.8);
    expect(figures['answered.maxDays']).toBe(34);
    expect(figures['satisfaction.SATISFIED']).toBe(1);
    expect(figures['satisfaction.PARTLY_SATISFIED']).toBe(1);
    expect(figures['satisfaction.NOT_SATISFIED']).toBe(1);
    expect(figures['satisfaction.UNKNOWN']).toBe(1);
    expect(figures['satisfactionShare.SATISFIED']).toBe(33.3);
  });

  it('counts forwarding away and in', async () => {
    expect(figureMap(await loadReport(reportId))['forwarded.out']).toBe(1);
    expect(figureMap(await loadReport(reportId))['forwarded.in']).toBe(0);
    const other = figureMap(await loadReport(await findReportId(otherAgencyId, 2026, 2)));
    expect(other['forwarded.in']).toBe(1);
    expect(other['registered.total']).toBe(2);
  });

  it('keeps the snapshot when appeals change', async () => {
    const late = await register(agencyId);
    await place(late, { received_at: '2026-06-01T10:00:00+03:00', registered_at: '2026-06-01T10:00:00+03:00' });
    expect(figureMap(await loadReport(reportId))['registered.total']).toBe(6);
  });

  it('marks a late submission', async () => {
    await testApp.graphql(ANALYSIS, { input: { reportId, mainProblems: 'Дороги.', measuresTaken: 'Ремонт.' } }, officialToken);
    const result = await testApp.graphql(SUBMIT, { input: { reportId } }, officialToken);
    expect(result.errors).toBeUndefined();
    const report = result.data!.submitReport.report;
    expect(report.submittedLate).toBe(true);
    expect(report.current.submittedLate).toBe(true);
    expect(report.deadline.status).toBe('MISSED');
  });
});

describe('report workflow', () => {
  let reportId: string;

  beforeAll(async () => {
    reportId = await findReportId(agencyId, 2027, 1);
  });

  it('keeps both values of a correction', async () => {
    const before = figureMap(await loadReport(reportId));
    const result = await testApp.graphql(
      CORRECT,
      { input: { reportId, figure: 'registered.total', value: before['registered.total']! + 3, reason: 'Три письменных обращения учтены в журнале органа' } },
      officialToken,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.correctReportFigure.report;
    const figure = report.current.figures.find((item: { key: string }) => item.key === 'registered.total');
    expect(figure.prefilledValue).toBe(before['registered.total']);
    expect(figure.value).toBe(before['registered.total']! + 3);
    expect(figure.corrected).toBe(true);
    expect(report.current.corrections).toHaveLength(1);
    expect(report.current.corrections[0].prefilledValue).toBe(before['registered.total']);
    expect(report.current.corrections[0].reason).toBe('Три письменных обращения учтены в журнале органа');
    expect(report.current.corrections[0].correctedBy).toMatch(/Тестовый Пользователь/);
  });

  it('rejects an unknown figure and a fractional count', async () => {
    const unknown = await testApp.graphql(CORRECT, { input: { reportId, figure: 'byChannel.PIGEON', value: 1, reason: 'Голубиная почта' } }, officialToken);
    expect(unknown.errors?.[0]?.extensions?.field).toBe('input.figure');
    const fractional = await testApp.graphql(CORRECT, { input: { reportId, figure: 'extended', value: 1.5, reason: 'Ошибка' } }, officialToken);
    expect(fractional.errors?.[0]?.extensions?.field).toBe('input.value');
    const blankReason = await testApp.graphql(CORRECT, { input: { reportId, figure: 'extended', value: 2, reason: '  ' } }, officialToken);
    expect(blankReason.errors?.[0]?.extensions?.field).toBe('input.reason');
    expect((await loadReport(reportId)).current.corrections).toHaveLength(1);
  });

  it('lets only the agency correct', async () => {
    const center = await testApp.graphql(CORRECT, { input: { reportId, figure: 'extended', value: 2, reason: 'Проверка' } }, operatorToken);
    expect(center.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await testApp.graphql(CORRECT, { input: { reportId, figure: 'extended', value: 2, reason: 'Проверка' } }, otherOfficialToken);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('requires the analytical part to submit', async () => {
    const result = await testApp.graphql(SUBMIT, { input: { reportId } }, officialToken);
    const fields = result.errors?.[0]?.extensions?.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(['report.mainProblems', 'report.measuresTaken']);
    expect((await loadReport(reportId)).status).toBe('DRAFT');
  });

  it('submits on time and completes the deadline', async () => {
    const saved = await testApp.graphql(
      ANALYSIS,
      { input: { reportId, mainProblems: 'Ремонт дорог в Медведевском районе.', measuresTaken: 'Включены в программу ремонта 2027 года.' } },
      officialToken,
    );
    expect(saved.errors).toBeUndefined();
    const result = await testApp.graphql(SUBMIT, { input: { reportId } }, officialToken);
    expect(result.errors).toBeUndefined();
    const report = result.data!.submitReport.report;
    expect(report.status).toBe('SUBMITTED');
    expect(report.submittedLate).toBe(false);
    expect(report.deadline.status).toBe('MET');
    const notices = await testApp.em().getConnection().execute<{ count: string }[]>(
      `select count(*) from notification where kind = 'QUARTERLY_REPORT' and subject_id = ?`,
      [reportId],
    );
    expect(Number(notices[0]!.count)).toBeGreaterThan(0);
  });

  it('lets only the center accept or return', async () => {
    const accept = await testApp.graphql(ACCEPT, { input: { reportId } }, officialToken);
    expect(accept.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const back = await testApp.graphql(RETURN, { input: { reportId, remarks: 'Нет' } }, officialToken);
    expect(back.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('returns with remarks into a new version', async () => {
    const result = await testApp.graphql(RETURN, { input: { reportId, remarks: 'Уточните число продлённых обращений.' } }, operatorToken);
    expect(result.errors).toBeUndefined();
    const report = result.data!.returnReport.report;
    expect(report.status).toBe('RETURNED');
    expect(report.currentVersion).toBe(2);
    expect(report.versions.map((version: { status: string }) => version.status)).toEqual(['RETURNED', 'DRAFT']);
    expect(report.versions[0].remarks).toBe('Уточните число продлённых обращений.');
    expect(report.versions[0].submittedBy).toMatch(/Тестовый Пользователь/);
    expect(report.versions[1].corrections).toEqual([{ figure: 'registered.total', value: report.current.figures.find((f: { key: string }) => f.key === 'registered.total').value }]);
    expect(report.current.mainProblems).toBe('Ремонт дорог в Медведевском районе.');
    // The first submission already met the term; the return does not reopen it.
    expect(report.deadline.status).toBe('MET');
  });

  it('rejects accepting a returned report', async () => {
    const result = await testApp.graphql(ACCEPT, { input: { reportId } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('rejects a stale expected version', async () => {
    const result = await testApp.graphql(ANALYSIS, { input: { reportId, expectedVersion: 1, mainProblems: 'x', measuresTaken: 'y' } }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('accepts the resubmitted version', async () => {
    const resubmitted = await testApp.graphql(SUBMIT, { input: { reportId } }, officialToken);
    expect(resubmitted.errors).toBeUndefined();
    expect(resubmitted.data!.submitReport.report.status).toBe('SUBMITTED');
    const result = await testApp.graphql(ACCEPT, { input: { reportId } }, operatorToken);
    expect(result.errors).toBeUndefined();
    const report = result.data!.acceptReport.report;
    expect(report.status).toBe('ACCEPTED');
    expect(report.versions.map((version: { status: string }) => version.status)).toEqual(['RETURNED', 'ACCEPTED']);
    const audit = await testApp.em().getConnection().execute<{ operation: string }[]>(
      `select operation from audit_entry where entity_id = ? order by at, id`,
      [reportId],
    );
    expect(audit.map((entry) => entry.operation)).toEqual([
      'openQuarterlyReport',
      'correctReportFigure',
      'saveReportAnalysis',
      'submitReport',
      'returnReport',
      'submitReport',
      'acceptReport',
    ]);
  });
});

describe('report isolation', () => {
  it('shows an agency only its own reports', async () => {
    const own = await testApp.graphql(REPORTS, { filter: { year: 2026 } }, officialToken);
    expect(own.errors).toBeUndefined();
    expect(own.data!.reports.totalCount).toBeGreaterThan(0);
    expect(own.data!.reports.edges.every((edge: { node: { agency: { id: string } } }) => edge.node.agency.id === agencyId)).toBe(true);
    const foreign = await testApp.graphql(REPORT, { id: await findReportId(agencyId, 2026, 3) }, otherOfficialToken);
    expect(foreign.data!.report).toBeNull();
  });

  it('shows an agency its own board row', async () => {
    const result = await testApp.graphql(BOARD, { year: 2026 }, officialToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.reportBoard).toHaveLength(1);
    expect(result.data!.reportBoard[0].agency.id).toBe(agencyId);
  });

  it('shows the center every agency by quarter', async () => {
    const result = await testApp.graphql(BOARD, { year: 2026 }, operatorToken);
    expect(result.data!.reportBoard).toHaveLength(agencyCount);
    const row = result.data!.reportBoard.find((item: { agency: { id: string } }) => item.agency.id === agencyId);
    expect(row.cells.map((cell: { quarter: number }) => cell.quarter)).toEqual([1, 2, 3, 4]);
    expect(row.cells[0].report).toBeNull();
    expect(row.cells[1].report.submittedLate).toBe(true);
    // Q3 2026 was due on 5 October 2026 and was never submitted.
    expect(row.cells[2].overdue).toBe(new Date() > new Date('2026-10-05T23:59:59.999+03:00'));
  });

  it('keeps the press service out', async () => {
    const press = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
    const board = await testApp.graphql(BOARD, { year: 2026 }, press);
    expect(board.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await testApp.graphql(REPORTS, {}, press);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages the reports list', async () => {
    const first = await testApp.graphql(REPORTS, { page: { first: 3 } }, operatorToken);
    const next = await testApp.graphql(REPORTS, { page: { first: 3, after: first.data!.reports.pageInfo.endCursor } }, operatorToken);
    expect(next.errors).toBeUndefined();
    const ids = [...first.data!.reports.edges, ...next.data!.reports.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(6);
  });
});
