import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Appeal as AppealEntity } from '../src/modules/appeals/appeal.entity.js';
import { AuditEntry } from '../src/modules/audit/audit.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const APPEAL_FIELDS = `id number status version answerText answerDraft answerDraftSubmittedAt answerDueAt satisfaction satisfactionAt reopenable closedAt
  deadlines { kind status startedAt dueAt completedAt }
  history { kind fromStatus toStatus note actor { id } }
  reviews { stage score passed remarks answerText deadlineMet reviewer { id } }
  flags { id kind note resolvedAt resolution }`;
const REGISTER = `mutation ($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const ANSWER = `mutation ($input: AnswerAppealInput!) { answerAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const CLOSE = `mutation ($input: CloseAppealInput!) { closeAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const SUBMIT = `mutation ($input: SubmitAppealAnswerForReviewInput!) { submitAppealAnswerForReview(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const REVIEW = `mutation ($input: ReviewAppealAnswerInput!) { reviewAppealAnswer(input: $input) { review { id passed score } appeal { ${APPEAL_FIELDS} } } }`;
const SATISFACTION = `mutation ($input: RecordAppealSatisfactionInput!) { recordAppealSatisfaction(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const REOPEN = `mutation ($input: ReopenAppealInput!) { reopenAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const FLAG = `mutation ($input: FlagAppealInput!) { flagAppeal(input: $input) { flag { id kind note resolvedAt createdBy { id } appeal { id } } appeal { ${APPEAL_FIELDS} } } }`;
const RESOLVE = `mutation ($input: ResolveAppealFlagInput!) { resolveAppealFlag(input: $input) { flag { id resolvedAt resolution resolvedBy { id } } appeal { ${APPEAL_FIELDS} } } }`;
const FLAGS = `query ($filter: AppealFlagFilter, $page: AppealFlagsPageInput) {
  appealFlags(filter: $filter, page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind appeal { id } } } } }`;
const APPEAL = `query ($id: ID!) { appeal(id: $id) { ${APPEAL_FIELDS} } }`;
const NOTIFICATIONS = `query { notifications { kind title body subjectId } }`;

let testApp: TestApp;
let operator: { id: string; token: string };
let official: { id: string; token: string };
let otherOfficial: { id: string; token: string };
let pressToken: string;
let agencyId: string;
let otherAgencyId: string;
let topicCode: string;

const PASSING = { answeredOnSubstance: true, allQuestionsAnswered: true, deadlineMet: true, rightsExplained: true, score: 4 };
const FAILING = { ...PASSING, rightsExplained: false, score: 2, remarks: 'Не разъяснён порядок обжалования.' };

type Appeal = Record<string, any>;

async function call(query: string, input: Record<string, unknown>, token: string) {
  return testApp.graphql(query, { input }, token);
}

async function ok(query: string, input: Record<string, unknown>, token: string): Promise<Record<string, any>> {
  const result = await call(query, input, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, any>;
}

async function registerFor(agency: string): Promise<Appeal> {
  return (await ok(REGISTER, buildRegisterAppealInput(topicCode, { agencyId: agency }), operator.token)).appeal;
}

async function answered(agency = agencyId): Promise<Appeal> {
  const appeal = await registerFor(agency);
  const token = agency === agencyId ? official.token : otherOfficial.token;
  return (await ok(ANSWER, { appealId: appeal.id, answerText: 'Ремонт дороги включён в план на май.' }, token)).appeal;
}

function errorOf(result: { errors?: { extensions?: Record<string, unknown>; message: string }[] }) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

function deadlinesOf(appeal: Appeal, kind: string) {
  return appeal.deadlines.filter((deadline: { kind: string }) => deadline.kind === kind);
}

function kindsOf(appeal: Appeal): string[] {
  return appeal.history.map((event: { kind: string }) => event.kind);
}

async function read(id: string, token = operator.token): Promise<Appeal> {
  return (await testApp.graphql(APPEAL, { id }, token)).data!.appeal;
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, other] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = other!.id;
  topicCode = await someTopicCode(testApp);
  const created = await Promise.all([
    testApp.createUser(UserRole.CENTER_OPERATOR),
    testApp.createUser(UserRole.AGENCY_OFFICIAL, agency),
    testApp.createUser(UserRole.AGENCY_OFFICIAL, other),
    testApp.createUser(UserRole.PRESS_SERVICE),
  ]);
  operator = { id: created[0].user.id, token: created[0].token };
  official = { id: created[1].user.id, token: created[1].token };
  otherOfficial = { id: created[2].user.id, token: created[2].token };
  pressToken = created[3].token;
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await testApp?.stop();
});

describe('submitAppealAnswerForReview', () => {
  it('stores the draft and keeps the appeal assigned', async () => {
    const appeal = await registerFor(agencyId);
    const submitted = (await ok(SUBMIT, { appealId: appeal.id, answerText: '  Черновик ответа.  ' }, official.token)).appeal;
    expect(submitted.status).toBe('ASSIGNED');
    expect(submitted.answerDraft).toBe('Черновик ответа.');
    expect(submitted.answerDraftSubmittedAt).not.toBeNull();
    expect(submitted.history.at(-1)).toMatchObject({ kind: 'ANSWER_SUBMITTED_FOR_REVIEW', note: 'Черновик ответа.', actor: { id: official.id } });
  });

  it('hides appeals of another agency', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(SUBMIT, { appealId: appeal.id, answerText: 'Чужой черновик.' }, otherOfficial.token));
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect((await read(appeal.id)).answerDraft).toBeNull();
  });

  it('rejects an answered appeal', async () => {
    const appeal = await answered();
    const error = errorOf(await call(SUBMIT, { appealId: appeal.id, answerText: 'Поздний черновик.' }, official.token));
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('allowed only from ASSIGNED');
  });

  it('rejects a blank draft naming the field', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(SUBMIT, { appealId: appeal.id, answerText: '   ' }, official.token));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.answerText');
  });
});

describe('reviewAppealAnswer before sending', () => {
  it('passes a good draft and leaves sending to the agency', async () => {
    const appeal = await registerFor(agencyId);
    await ok(SUBMIT, { appealId: appeal.id, answerText: 'Хороший черновик.' }, official.token);
    const result = await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...PASSING }, operator.token);
    expect(result.review.passed).toBe(true);
    expect(result.appeal.status).toBe('ASSIGNED');
    expect(result.appeal.answerDraft).toBe('Хороший черновик.');
    expect(result.appeal.reviews).toEqual([
      expect.objectContaining({ stage: 'BEFORE_SENDING', score: 4, passed: true, answerText: 'Хороший черновик.', reviewer: { id: operator.id } }),
    ]);
    expect(deadlinesOf(result.appeal, 'APPEAL_REWORK')).toEqual([]);
    expect(result.appeal.history.at(-1)).toMatchObject({ kind: 'REVIEWED', note: 'до отправки, оценка 4 из 5, пройдена' });

    const sent = (await ok(ANSWER, { appealId: appeal.id, answerText: 'Хороший черновик.' }, official.token)).appeal;
    expect(sent.status).toBe('ANSWERED');
    expect(sent.answerDraft).toBeNull();
  });

  it('fails a weak draft and starts rework', async () => {
    const appeal = await registerFor(agencyId);
    await ok(SUBMIT, { appealId: appeal.id, answerText: 'Слабый черновик.' }, official.token);
    const result = await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...FAILING }, operator.token);
    expect(result.review.passed).toBe(false);
    expect(result.appeal.status).toBe('ASSIGNED');
    expect(result.appeal.answerDraft).toBeNull();
    expect(result.appeal.reviews[0].answerText).toBe('Слабый черновик.');
    expect(deadlinesOf(result.appeal, 'APPEAL_REWORK').map((deadline: { status: string }) => deadline.status)).toEqual(['OPEN']);
    expect(kindsOf(result.appeal).slice(-3)).toEqual(['ANSWER_SUBMITTED_FOR_REVIEW', 'REVIEWED', 'RETURNED_FOR_REWORK']);

    // The rework term runs on while the center reviews the new draft, until the answer is sent.
    const resubmitted = (await ok(SUBMIT, { appealId: appeal.id, answerText: 'Исправленный черновик.' }, official.token)).appeal;
    expect(deadlinesOf(resubmitted, 'APPEAL_REWORK')[0].status).toBe('OPEN');
    await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...PASSING }, operator.token);
    const sent = (await ok(ANSWER, { appealId: appeal.id, answerText: 'Исправленный черновик.' }, official.token)).appeal;
    expect(deadlinesOf(sent, 'APPEAL_REWORK')[0].status).toBe('MET');
  });

  it('keeps a running rework term through a second failed draft', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-29T21:30:00.000Z') });
    const appeal = await registerFor(agencyId);
    await ok(SUBMIT, { appealId: appeal.id, answerText: 'Черновик 1.' }, official.token);
    const first = (await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...FAILING }, operator.token)).appeal;
    const [term] = deadlinesOf(first, 'APPEAL_REWORK');

    // Five days later the second draft fails too; the first term still runs to its own last day.
    vi.setSystemTime(new Date('2026-05-04T09:00:00.000Z'));
    await ok(SUBMIT, { appealId: appeal.id, answerText: 'Черновик 2.' }, official.token);
    const second = (await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...FAILING }, operator.token)).appeal;
    expect(deadlinesOf(second, 'APPEAL_REWORK')).toEqual([expect.objectContaining({ status: 'OPEN', dueAt: term.dueAt, startedAt: term.startedAt })]);
  });

  it('keeps the rework term of a sent answer running through a new draft', async () => {
    const appeal = await answered();
    await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...FAILING }, operator.token);
    const resubmitted = (await ok(SUBMIT, { appealId: appeal.id, answerText: 'Дополненный ответ.' }, official.token)).appeal;
    expect(deadlinesOf(resubmitted, 'APPEAL_ANSWER').map((deadline: { status: string }) => deadline.status)).toEqual(['MET']);
    expect(deadlinesOf(resubmitted, 'APPEAL_REWORK').map((deadline: { status: string }) => deadline.status)).toEqual(['OPEN']);
  });

  it('rejects a review without a draft', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...PASSING }, operator.token));
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    expect(error.extensions?.reason).toBe('NO_DRAFT');
    expect(error.message).toContain('submitAppealAnswerForReview');
  });
});

describe('reviewAppealAnswer after sending', () => {
  it('returns a failed answer to the agency for rework', async () => {
    const appeal = await answered();
    const result = await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...FAILING }, operator.token);
    const returned = result.appeal;
    expect(returned.status).toBe('ASSIGNED');
    expect(returned.answerText).toBe('Ремонт дороги включён в план на май.');
    expect(returned.reviews[0]).toMatchObject({ stage: 'AFTER_SENDING', passed: false, remarks: FAILING.remarks, answerText: 'Ремонт дороги включён в план на май.' });
    expect(returned.history.slice(-2)).toEqual([
      expect.objectContaining({ kind: 'REVIEWED', fromStatus: 'ANSWERED', toStatus: 'ANSWERED' }),
      expect.objectContaining({ kind: 'RETURNED_FOR_REWORK', fromStatus: 'ANSWERED', toStatus: 'ASSIGNED', note: FAILING.remarks }),
    ]);
    expect(deadlinesOf(returned, 'APPEAL_REWORK')).toHaveLength(1);

    const notifications = (await testApp.graphql(NOTIFICATIONS, {}, official.token)).data!.notifications;
    const notice = notifications.find((item: { subjectId: string }) => item.subjectId === appeal.id);
    expect(notice).toMatchObject({ kind: 'APPEAL_RETURNED' });
    expect(notice.body).toContain(FAILING.remarks);
    const otherNotifications = (await testApp.graphql(NOTIFICATIONS, {}, otherOfficial.token)).data!.notifications;
    expect(otherNotifications.some((item: { subjectId: string }) => item.subjectId === appeal.id)).toBe(false);
  });

  it('reopens a closed appeal on a failed review', async () => {
    const appeal = await answered();
    await ok(CLOSE, { appealId: appeal.id }, operator.token);
    const returned = (await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...FAILING }, operator.token)).appeal;
    expect(returned.status).toBe('ASSIGNED');
    expect(returned.closedAt).toBeNull();
  });

  it('keeps the status when the review passes', async () => {
    const appeal = await answered();
    const result = await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...PASSING, score: 3 }, operator.token);
    expect(result.review.passed).toBe(true);
    expect(result.appeal.status).toBe('ANSWERED');
    expect(kindsOf(result.appeal).at(-1)).toBe('REVIEWED');
  });

  it('rejects an appeal that is not answered yet', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...PASSING }, operator.token));
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('allowed only from ANSWERED or CLOSED');
  });

  it('is for the center only', async () => {
    const appeal = await answered();
    for (const token of [official.token, pressToken]) {
      const error = errorOf(await call(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...PASSING }, token));
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await read(appeal.id)).reviews).toEqual([]);
  });

  it('rejects scores outside 1 to 5', async () => {
    const appeal = await answered();
    for (const score of [0, 6]) {
      const error = errorOf(await call(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...PASSING, score }, operator.token));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('input.score');
    }
    expect((await read(appeal.id)).reviews).toEqual([]);
  });

  it('requires remarks when the review fails', async () => {
    const appeal = await answered();
    const error = errorOf(await call(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...FAILING, remarks: '  ' }, operator.token));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.remarks');
    const stored = await read(appeal.id);
    expect(stored.reviews).toEqual([]);
    expect(stored.status).toBe('ANSWERED');
  });

  it('fails on a score below 3 alone', async () => {
    const appeal = await answered();
    const result = await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...PASSING, score: 2, remarks: 'Ответ формальный.' }, operator.token);
    expect(result.review.passed).toBe(false);
    expect(result.appeal.status).toBe('ASSIGNED');
  });

  it('fails on one unchecked item despite a top score', async () => {
    const appeal = await answered();
    const result = await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...PASSING, score: 5, deadlineMet: false, remarks: 'Срок нарушен.' }, operator.token);
    expect(result.review.passed).toBe(false);
  });
});

describe('rework term', () => {
  // 2026-04-29T21:30Z is 00:30 on Thursday 30 April in Moscow, so day zero is 30 April. The count from
  // 1 May skips the 1 May holiday, the weekends and Monday 11 May, the day off moved from the 9 May
  // holiday. So 4–8 May give five working days, 12–15 May four, and Monday 18 May is the tenth.
  const returnedAt = new Date('2026-04-29T21:30:00.000Z');
  const expectedDue = '2026-05-18T20:59:59.999Z';

  async function returnedAtFixedTime(): Promise<Appeal> {
    vi.useFakeTimers({ toFake: ['Date'], now: returnedAt });
    const appeal = await answered();
    const returned = (await ok(REVIEW, { appealId: appeal.id, stage: 'AFTER_SENDING', ...FAILING }, operator.token)).appeal;
    const [rework] = deadlinesOf(returned, 'APPEAL_REWORK');
    expect(new Date(rework.startedAt).toISOString()).toBe(returnedAt.toISOString());
    expect(new Date(rework.dueAt).toISOString()).toBe(expectedDue);
    return returned;
  }

  it('is met by an answer on its last day', async () => {
    const returned = await returnedAtFixedTime();
    vi.setSystemTime(new Date('2026-05-18T20:00:00.000Z'));
    const reanswered = (await ok(ANSWER, { appealId: returned.id, answerText: 'Исправленный ответ с разъяснением прав.' }, official.token)).appeal;
    expect(reanswered.status).toBe('ANSWERED');
    expect(deadlinesOf(reanswered, 'APPEAL_REWORK')[0].status).toBe('MET');
  });

  it('is missed by an answer after its last day', async () => {
    const returned = await returnedAtFixedTime();
    vi.setSystemTime(new Date('2026-05-19T06:00:00.000Z'));
    const reanswered = (await ok(ANSWER, { appealId: returned.id, answerText: 'Поздний исправленный ответ.' }, official.token)).appeal;
    expect(deadlinesOf(reanswered, 'APPEAL_REWORK')[0].status).toBe('MISSED');
  });
});

describe('recordAppealSatisfaction', () => {
  it('stores the value and its source in the history', async () => {
    const appeal = await answered();
    const recorded = (await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'PARTLY_SATISFIED', source: 'OPERATOR', note: 'Звонок' }, operator.token)).appeal;
    expect(recorded.satisfaction).toBe('PARTLY_SATISFIED');
    expect(recorded.satisfactionAt).not.toBeNull();
    expect(recorded.history.at(-1)).toMatchObject({ kind: 'SATISFACTION_RECORDED', note: 'удовлетворён частично (со слов оператора): Звонок' });
  });

  it('lets an agency record what its channel reported', async () => {
    const appeal = await answered();
    const recorded = (await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'SATISFIED', source: 'CHANNEL' }, official.token)).appeal;
    expect(recorded.satisfaction).toBe('SATISFIED');
  });

  it('rejects an agency recording an operator call', async () => {
    const appeal = await answered();
    const error = errorOf(await call(SATISFACTION, { appealId: appeal.id, satisfaction: 'SATISFIED', source: 'OPERATOR' }, official.token));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides appeals of another agency', async () => {
    const appeal = await answered();
    const error = errorOf(await call(SATISFACTION, { appealId: appeal.id, satisfaction: 'SATISFIED', source: 'CHANNEL' }, otherOfficial.token));
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect((await read(appeal.id)).satisfaction).toBeNull();
  });

  it('rejects an appeal without an answer', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(SATISFACTION, { appealId: appeal.id, satisfaction: 'SATISFIED', source: 'OPERATOR' }, operator.token));
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('allowed only from ANSWERED or CLOSED');
  });

  it('rejects an appeal closed without an answer', async () => {
    const appeal = await registerFor(agencyId);
    await ok(`mutation ($input: LeaveAppealUnansweredInput!) { leaveAppealUnanswered(input: $input) { appeal { id } } }`, { appealId: appeal.id, ground: 'NO_NAME_OR_ADDRESS' }, official.token);
    await ok(CLOSE, { appealId: appeal.id }, operator.token);

    const error = errorOf(await call(SATISFACTION, { appealId: appeal.id, satisfaction: 'NOT_SATISFIED', source: 'OPERATOR' }, operator.token));
    expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'NO_ANSWER' });
    const stored = await read(appeal.id);
    expect(stored.satisfaction).toBeNull();
    expect(stored.reopenable).toBe(false);
  });

  it('rejects an unknown value naming the field', async () => {
    const appeal = await answered();
    const result = await call(SATISFACTION, { appealId: appeal.id, satisfaction: 'HAPPY', source: 'OPERATOR' }, operator.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reopenAppeal', () => {
  it('reopens with a new answer term after NOT_SATISFIED', async () => {
    // Reopened at 01:00 on 30 April in Moscow: 30 calendar days end on Saturday 30 May, which moves back to Friday 29 May.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-29T21:30:00.000Z') });
    const appeal = await answered();
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'NOT_SATISFIED', source: 'OPERATOR' }, operator.token);
    await ok(CLOSE, { appealId: appeal.id }, operator.token);
    vi.setSystemTime(new Date('2026-04-29T22:00:00.000Z'));
    const reopened = (await ok(REOPEN, { appealId: appeal.id, reason: 'Заявитель оспаривает ответ.' }, operator.token)).appeal;
    expect(reopened.status).toBe('ASSIGNED');
    expect(reopened.closedAt).toBeNull();
    expect(reopened.history.at(-1)).toMatchObject({ kind: 'REOPENED', fromStatus: 'CLOSED', toStatus: 'ASSIGNED', note: 'Заявитель оспаривает ответ.' });
    const terms = deadlinesOf(reopened, 'APPEAL_ANSWER');
    expect(terms.map((deadline: { status: string }) => deadline.status)).toEqual(['MET', 'OPEN']);
    expect(new Date(terms[1].dueAt).toISOString()).toBe('2026-05-29T20:59:59.999Z');
    expect(new Date(reopened.answerDueAt).toISOString()).toBe('2026-05-29T20:59:59.999Z');

    const notifications = (await testApp.graphql(NOTIFICATIONS, {}, official.token)).data!.notifications;
    expect(notifications.some((item: { subjectId: string; title: string }) => item.subjectId === appeal.id && item.title.includes('открыто повторно'))).toBe(true);

    const reanswered = (await ok(ANSWER, { appealId: appeal.id, answerText: 'Повторный ответ.' }, official.token)).appeal;
    expect(deadlinesOf(reanswered, 'APPEAL_ANSWER')[1].status).toBe('MET');
    expect(reanswered.reopenable).toBe(false);
    const again = errorOf(await call(REOPEN, { appealId: appeal.id, reason: 'Ещё раз.' }, operator.token));
    expect(again.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('rejects a reopening without NOT_SATISFIED', async () => {
    const appeal = await answered();
    const unrecorded = errorOf(await call(REOPEN, { appealId: appeal.id, reason: 'Без оценки.' }, operator.token));
    expect(unrecorded.extensions?.code).toBe('INVALID_TRANSITION');
    expect(unrecorded.message).toContain('NOT_SATISFIED');
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'SATISFIED', source: 'OPERATOR' }, operator.token);
    const satisfied = errorOf(await call(REOPEN, { appealId: appeal.id, reason: 'Доволен.' }, operator.token));
    expect(satisfied.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await read(appeal.id)).status).toBe('ANSWERED');
  });

  it('keeps a NOT_SATISFIED that a later record follows', async () => {
    const appeal = await answered();
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'NOT_SATISFIED', source: 'OPERATOR' }, operator.token);
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'SATISFIED', source: 'CHANNEL' }, official.token);
    const stored = await read(appeal.id);
    expect(stored.satisfaction).toBe('SATISFIED');
    expect(stored.reopenable).toBe(true);

    const reopened = (await ok(REOPEN, { appealId: appeal.id, reason: 'Заявитель звонил в ЦУР.' }, operator.token)).appeal;
    expect(reopened.status).toBe('ASSIGNED');
  });

  it('returns an appeal without an agency to registration', async () => {
    // Imported appeals may be answered without an agency.
    const appeal = await answered();
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'NOT_SATISFIED', source: 'OPERATOR' }, operator.token);
    await testApp.em().nativeUpdate(AppealEntity, { id: appeal.id }, { agency: null });

    const reopened = (await ok(REOPEN, { appealId: appeal.id, reason: 'Ответ не по существу.' }, operator.token)).appeal;
    expect(reopened.status).toBe('REGISTERED');
    expect(reopened.history.at(-1)).toMatchObject({ kind: 'REOPENED', fromStatus: 'ANSWERED', toStatus: 'REGISTERED' });
  });

  it('is for the center only', async () => {
    const appeal = await answered();
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'NOT_SATISFIED', source: 'CHANNEL' }, official.token);
    const error = errorOf(await call(REOPEN, { appealId: appeal.id, reason: 'Сами откроем.' }, official.token));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects an appeal still with the agency', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(REOPEN, { appealId: appeal.id, reason: 'Рано.' }, operator.token));
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('allowed only from ANSWERED or CLOSED');
  });

  it('requires a reason', async () => {
    const appeal = await answered();
    const error = errorOf(await call(REOPEN, { appealId: appeal.id, reason: '' }, operator.token));
    expect(error.extensions?.field).toBe('input.reason');
  });
});

describe('appeal flags', () => {
  it('lets an agency flag its own appeal', async () => {
    const appeal = await registerFor(agencyId);
    const result = await ok(FLAG, { appealId: appeal.id, kind: 'COMMUNICATION_ERROR', note: 'Ответ отправлен не тому адресату.' }, official.token);
    expect(result.flag).toMatchObject({ kind: 'COMMUNICATION_ERROR', resolvedAt: null, createdBy: { id: official.id }, appeal: { id: appeal.id } });
    expect(result.appeal.flags).toHaveLength(1);
    expect(result.appeal.history.at(-1)).toMatchObject({ kind: 'FLAGGED', note: 'ошибка коммуникации: Ответ отправлен не тому адресату.' });
  });

  it('hides appeals of another agency', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(FLAG, { appealId: appeal.id, kind: 'CONFLICT_SITUATION', note: 'Чужое.' }, otherOfficial.token));
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('requires a note', async () => {
    const appeal = await registerFor(agencyId);
    const error = errorOf(await call(FLAG, { appealId: appeal.id, kind: 'CONFLICT_SITUATION', note: ' ' }, operator.token));
    expect(error.extensions?.field).toBe('input.note');
    expect((await read(appeal.id)).flags).toEqual([]);
  });

  it('resolves once, by the center', async () => {
    const appeal = await registerFor(agencyId);
    const { flag } = await ok(FLAG, { appealId: appeal.id, kind: 'CONFLICT_SITUATION', note: 'Заявитель жалуется на грубость.' }, operator.token);
    const byAgency = errorOf(await call(RESOLVE, { flagId: flag.id, resolution: 'Сами решили.' }, official.token));
    expect(byAgency.extensions?.code).toBe('FORBIDDEN');

    const resolved = await ok(RESOLVE, { flagId: flag.id, resolution: 'Проведена беседа, принесены извинения.' }, operator.token);
    expect(resolved.flag.resolvedAt).not.toBeNull();
    expect(resolved.flag.resolvedBy).toEqual({ id: operator.id });
    expect(resolved.appeal.history.at(-1)).toMatchObject({ kind: 'FLAG_RESOLVED' });

    const again = errorOf(await call(RESOLVE, { flagId: flag.id, resolution: 'Ещё раз.' }, operator.token));
    expect(again.extensions?.code).toBe('INVALID_TRANSITION');
    expect(again.extensions?.reason).toBe('ALREADY_RESOLVED');
  });

  it('reports an unknown flag as not found', async () => {
    const error = errorOf(await call(RESOLVE, { flagId: '00000000-0000-4000-8000-000000000000', resolution: 'Нет такой.' }, operator.token));
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists flags by agency, kind and resolution', async () => {
    const own = await registerFor(agencyId);
    const foreign = await registerFor(otherAgencyId);
    const ownFlag = (await ok(FLAG, { appealId: own.id, kind: 'CONFLICT_SITUATION', note: 'Свой конфликт.' }, operator.token)).flag;
    const foreignFlag = (await ok(FLAG, { appealId: foreign.id, kind: 'CONFLICT_SITUATION', note: 'Чужой конфликт.' }, operator.token)).flag;

    const list = async (token: string, filter: Record<string, unknown> = {}) => {
      const result = await testApp.graphql(FLAGS, { filter, page: { first: 100 } }, token);
      expect(result.errors).toBeUndefined();
      return result.data!.appealFlags.edges.map((edge: { node: { id: string } }) => edge.node.id) as string[];
    };
    const seenByOfficial = await list(official.token);
    expect(seenByOfficial).toContain(ownFlag.id);
    expect(seenByOfficial).not.toContain(foreignFlag.id);
    // An agency filter cannot widen an official's scope.
    expect(await list(official.token, { agencyId: otherAgencyId })).toEqual([]);

    const seenByCenter = await list(operator.token, { agencyId: otherAgencyId });
    expect(seenByCenter).toContain(foreignFlag.id);
    expect(seenByCenter).not.toContain(ownFlag.id);
    expect(await list(operator.token, { kind: 'COMMUNICATION_ERROR' })).not.toContain(ownFlag.id);

    await ok(RESOLVE, { flagId: ownFlag.id, resolution: 'Урегулировано.' }, operator.token);
    expect(await list(operator.token, { resolved: false })).not.toContain(ownFlag.id);
    expect(await list(operator.token, { resolved: true })).toContain(ownFlag.id);

    const press = await testApp.graphql(FLAGS, {}, pressToken);
    expect(press.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages newest first with a cursor', async () => {
    const appeal = await registerFor(otherAgencyId);
    for (const note of ['первый', 'второй', 'третий']) {
      await ok(FLAG, { appealId: appeal.id, kind: 'COMMUNICATION_ERROR', note }, operator.token);
    }
    const first = (await testApp.graphql(FLAGS, { filter: { appealId: appeal.id }, page: { first: 2 } }, operator.token)).data!.appealFlags;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await testApp.graphql(FLAGS, { filter: { appealId: appeal.id }, page: { first: 2, after: first.pageInfo.endCursor } }, operator.token)).data!.appealFlags;
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('quality history', () => {
  it('appends every step in order with its audit entry', async () => {
    const appeal = await registerFor(agencyId);
    await ok(SUBMIT, { appealId: appeal.id, answerText: 'Черновик.' }, official.token);
    await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...FAILING }, operator.token);
    await ok(SUBMIT, { appealId: appeal.id, answerText: 'Черновик 2.' }, official.token);
    await ok(REVIEW, { appealId: appeal.id, stage: 'BEFORE_SENDING', ...PASSING }, operator.token);
    await ok(ANSWER, { appealId: appeal.id, answerText: 'Черновик 2.' }, official.token);
    await ok(SATISFACTION, { appealId: appeal.id, satisfaction: 'NOT_SATISFIED', source: 'OPERATOR' }, operator.token);
    await ok(REOPEN, { appealId: appeal.id, reason: 'Не согласен.' }, operator.token);
    const { flag } = await ok(FLAG, { appealId: appeal.id, kind: 'CONFLICT_SITUATION', note: 'Конфликт.' }, operator.token);
    const final = (await ok(RESOLVE, { flagId: flag.id, resolution: 'Снят.' }, operator.token)).appeal;

    expect(kindsOf(final)).toEqual([
      'REGISTERED',
      'ASSIGNED',
      'ANSWER_SUBMITTED_FOR_REVIEW',
      'REVIEWED',
      'RETURNED_FOR_REWORK',
      'ANSWER_SUBMITTED_FOR_REVIEW',
      'REVIEWED',
      'ANSWERED',
      'SATISFACTION_RECORDED',
      'REOPENED',
      'FLAGGED',
      'FLAG_RESOLVED',
    ]);
    expect(final.history[2].note).toBe('Черновик.');
    expect(final.reviews.map((review: { passed: boolean }) => review.passed)).toEqual([false, true]);

    const audit = await testApp.em().find(AuditEntry, { entityId: { $in: [appeal.id, flag.id] } }, { orderBy: { at: 'asc', id: 'asc' } });
    const operations = audit.map((entry) => entry.operation);
    for (const operation of [
      'submitAppealAnswerForReview',
      'reviewAppealAnswer',
      'recordAppealSatisfaction',
      'reopenAppeal',
      'flagAppeal',
      'resolveAppealFlag',
    ]) {
      expect(operations).toContain(operation);
    }
  });
});
