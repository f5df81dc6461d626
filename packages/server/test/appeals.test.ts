import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appeal } from '../src/modules/appeals/appeal.entity.js';
import { AuditEntry } from '../src/modules/audit/audit.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { Deadline } from '../src/modules/deadlines/deadline.entity.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let otherOfficialToken: string;
let pressToken: string;
let topicCode: string;
let agencyId: string;
let otherAgencyId: string;

const ASSIGN = `mutation ($input: AssignAppealInput!) { assignAppeal(input: $input) { appeal { id status version agency { id } } } }`;
const ANSWER = `mutation ($input: AnswerAppealInput!) { answerAppeal(input: $input) { appeal { id status version answerText deadlines { kind status } } } }`;
const CLOSE = `mutation ($input: CloseAppealInput!) { closeAppeal(input: $input) { appeal { id status closedAt history { kind } } } }`;
const READ = `query ($id: ID!) { appeal(id: $id) { id number status } }`;

async function countRows() {
  const em = testApp.em();
  return { appeals: await em.count(Appeal, {}), deadlines: await em.count(Deadline, {}), audit: await em.count(AuditEntry, {}) };
}

async function register(token: string, overrides: Record<string, unknown> = {}) {
  return testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCode, overrides) }, token);
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = otherAgency!.id;
  topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
  otherOfficialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, otherAgency)).token;
  pressToken = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('registerAppeal', () => {
  it('registers an appeal with both deadlines and its history', async () => {
    const result = await register(operatorToken, { agencyId });
    expect(result.errors).toBeUndefined();
    const appeal = result.data!.registerAppeal.appeal;
    expect(appeal.number).toMatch(/^ЦУР-\d{4}-\d{6}$/);
    expect(appeal.status).toBe('ASSIGNED');
    expect(appeal.agency.id).toBe(agencyId);
    expect(appeal.history.map((event: { kind: string }) => event.kind)).toEqual(['REGISTERED', 'ASSIGNED']);

    const kinds = appeal.deadlines.map((deadline: { kind: string; status: string }) => `${deadline.kind}:${deadline.status}`);
    expect(kinds).toContain('APPEAL_REGISTRATION:MET');
    expect(kinds).toContain('APPEAL_ANSWER:OPEN');
    const answer = appeal.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER');
    expect(answer.explanation.rule).toEqual({ kind: 'CALENDAR_DAYS', amount: 30, nonWorkingEnd: 'SHIFT_BACK' });
    expect(answer.explanation.summary).toMatch(/30 календарных дней/);
    expect(new Date(appeal.answerDueAt).getTime()).toBe(new Date(answer.dueAt).getTime());
  });

  it('marks a registration later than 3 days after receipt as missed', async () => {
    const receivedAt = new Date(Date.now() - 10 * 86400_000).toISOString();
    const result = await register(operatorToken, { receivedAt });
    const registration = result.data!.registerAppeal.appeal.deadlines.find(
      (deadline: { kind: string }) => deadline.kind === 'APPEAL_REGISTRATION',
    );
    expect(registration.status).toBe('MISSED');
    expect(result.data!.registerAppeal.appeal.status).toBe('REGISTERED');
  });

  it('rejects a missing text and stores nothing', async () => {
    const before = await countRows();
    const result = await register(operatorToken, { text: '   ' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.text');
    expect(await countRows()).toEqual(before);
  });

  it('names every invalid field at once', async () => {
    const result = await register(operatorToken, { text: '', appellantName: '', appellantKind: 'LEGAL_ENTITY' });
    const fields = result.errors?.[0]?.extensions?.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['input.text', 'input.appellantName', 'input.appellantInn']));
  });

  it('reports a short INN once, by its length', async () => {
    const result = await register(operatorToken, { appellantKind: 'LEGAL_ENTITY', appellantInn: '12345' });
    const problems = result.errors?.[0]?.extensions?.fields as { field: string; message: string }[];
    expect(problems.filter((problem) => problem.field === 'input.appellantInn')).toHaveLength(1);
    expect(problems[0]!.message).toContain('10 digits');
  });

  it('rejects a person’s 12-digit INN for a legal entity', async () => {
    const before = await countRows();
    const result = await register(operatorToken, { appellantKind: 'LEGAL_ENTITY', appellantInn: '500100732259' });
    expect(result.errors?.[0]?.extensions?.field).toBe('input.appellantInn');
    expect(result.errors?.[0]?.message).toContain('10-digit INN of a legal entity');
    expect(await countRows()).toEqual(before);

    const person = await register(operatorToken, { appellantKind: 'RUSSIAN_CITIZEN', appellantInn: '500100732259' });
    expect(person.errors).toBeUndefined();
  });

  it('rejects a malformed e-mail naming the field', async () => {
    const before = await countRows();
    const result = await register(operatorToken, { appellantEmail: 'not-an-email' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.appellantEmail');
    expect(await countRows()).toEqual(before);
  });

  it('rejects a malformed phone naming the field', async () => {
    const result = await register(operatorToken, { appellantPhone: '12-34' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.appellantPhone');
  });

  it('rejects an unknown topic and stores nothing', async () => {
    const before = await countRows();
    const result = await register(operatorToken, { topicCode: '9999.0000.0000.0000' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.topicCode');
    expect(await countRows()).toEqual(before);
  });

  it('rejects an unknown agency and stores nothing', async () => {
    const before = await countRows();
    const result = await register(operatorToken, { agencyId: '5b0f8a8e-4d7c-4b8e-9f6a-2c1d3e4f5a6b' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.agencyId');
    expect(await countRows()).toEqual(before);
  });

  it('rejects a receipt in the future', async () => {
    const result = await register(operatorToken, { receivedAt: new Date(Date.now() + 86400_000).toISOString() });
    expect(result.errors?.[0]?.extensions?.field).toBe('input.receivedAt');
  });

  it('rejects a receipt before the production calendar starts', async () => {
    const result = await register(operatorToken, { receivedAt: '1900-01-01T00:00:00Z' });
    expect(result.errors?.[0]?.extensions?.field).toBe('input.receivedAt');
    expect(result.errors?.[0]?.extensions?.fields[0].reason).toBe('TOO_EARLY');
  });

  it('rejects a classifier heading as the topic', async () => {
    const result = await register(operatorToken, { topicCode: '0003.0000.0000.0000' });
    expect(result.errors?.[0]?.extensions?.field).toBe('input.topicCode');
    expect(result.errors?.[0]?.extensions?.fields[0].reason).toBe('TOO_GENERAL');
  });

  it('rejects an anonymous caller', async () => {
    const result = await register('');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects the press service', async () => {
    const result = await register(pressToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an agency official register for their own agency only', async () => {
    const own = await register(officialToken);
    expect(own.data!.registerAppeal.appeal.agency.id).toBe(agencyId);
    const other = await register(officialToken, { agencyId: otherAgencyId });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('registerAppeal with an external id', () => {
  const REGISTER_WITH_ID = `mutation ($input: RegisterAppealInput!) { registerAppeal(input: $input) { created appeal { id number externalId } } }`;

  it('returns the stored appeal for a repeated channel and id', async () => {
    const input = buildRegisterAppealInput(topicCode, { channel: 'FEEDBACK_PLATFORM', externalId: 'POS-2026-0001' });
    const first = await testApp.graphql(REGISTER_WITH_ID, { input }, operatorToken);
    expect(first.data!.registerAppeal.created).toBe(true);
    const before = await countRows();
    const again = await testApp.graphql(REGISTER_WITH_ID, { input: { ...input, text: 'Другой текст того же обращения.' } }, operatorToken);
    expect(again.data!.registerAppeal.created).toBe(false);
    expect(again.data!.registerAppeal.appeal.id).toBe(first.data!.registerAppeal.appeal.id);
    expect(await countRows()).toEqual(before);
  });

  it('keeps ids of different channels apart', async () => {
    const input = buildRegisterAppealInput(topicCode, { channel: 'VOICE_HOTLINE', externalId: 'POS-2026-0001' });
    const result = await testApp.graphql(REGISTER_WITH_ID, { input }, operatorToken);
    expect(result.data!.registerAppeal.created).toBe(true);
  });

  it('stores one appeal for parallel registrations of one id', async () => {
    const input = buildRegisterAppealInput(topicCode, { channel: 'SOCIAL_MEDIA', externalId: 'vk-wall-777' });
    const results = await Promise.all(Array.from({ length: 5 }, () => testApp.graphql(REGISTER_WITH_ID, { input }, operatorToken)));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(new Set(results.map((result) => result.data!.registerAppeal.appeal.id)).size).toBe(1);
    expect(results.filter((result) => result.data!.registerAppeal.created)).toHaveLength(1);
    expect(await testApp.em().count(Appeal, { channel: 'SOCIAL_MEDIA', externalId: 'vk-wall-777' } as never)).toBe(1);
  });
});

describe('appeal lifecycle', () => {
  it('assigns, answers and closes an appeal', async () => {
    const registered = (await register(operatorToken)).data!.registerAppeal.appeal;
    expect(registered.status).toBe('REGISTERED');

    const assigned = await testApp.graphql(ASSIGN, { input: { appealId: registered.id, agencyId, expectedVersion: registered.version } }, operatorToken);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignAppeal.appeal.status).toBe('ASSIGNED');

    const answered = await testApp.graphql(ANSWER, { input: { appealId: registered.id, answerText: 'Ремонт включён в план на май.' } }, officialToken);
    expect(answered.errors).toBeUndefined();
    const answeredAppeal = answered.data!.answerAppeal.appeal;
    expect(answeredAppeal.status).toBe('ANSWERED');
    expect(answeredAppeal.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER').status).toBe('MET');

    const closed = await testApp.graphql(CLOSE, { input: { appealId: registered.id } }, operatorToken);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeAppeal.appeal.status).toBe('CLOSED');
    expect(closed.data!.closeAppeal.appeal.history.map((event: { kind: string }) => event.kind)).toEqual([
      'REGISTERED',
      'ASSIGNED',
      'ANSWERED',
      'CLOSED',
    ]);
  });

  it('rejects closing an unanswered appeal with INVALID_TRANSITION and changes nothing', async () => {
    const registered = (await register(operatorToken, { agencyId })).data!.registerAppeal.appeal;
    const auditBefore = (await countRows()).audit;
    const result = await testApp.graphql(CLOSE, { input: { appealId: registered.id } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(result.errors?.[0]?.extensions?.from).toBe('ASSIGNED');
    const stored = await testApp.em().findOneOrFail(Appeal, registered.id);
    expect(stored.status).toBe('ASSIGNED');
    expect(stored.version).toBe(registered.version);
    expect((await countRows()).audit).toBe(auditBefore);
  });

  it('rejects answering twice', async () => {
    const registered = (await register(operatorToken, { agencyId })).data!.registerAppeal.appeal;
    await testApp.graphql(ANSWER, { input: { appealId: registered.id, answerText: 'Первый ответ.' } }, officialToken);
    const second = await testApp.graphql(ANSWER, { input: { appealId: registered.id, answerText: 'Второй ответ.' } }, officialToken);
    expect(second.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const stored = await testApp.em().findOneOrFail(Appeal, registered.id);
    expect(stored.answerText).toBe('Первый ответ.');
  });

  it('rejects a stale version with CONFLICT', async () => {
    const registered = (await register(operatorToken)).data!.registerAppeal.appeal;
    await testApp.graphql(ASSIGN, { input: { appealId: registered.id, agencyId } }, operatorToken);
    const stale = await testApp.graphql(ASSIGN, { input: { appealId: registered.id, agencyId: otherAgencyId, expectedVersion: registered.version } }, operatorToken);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await testApp.em().findOneOrFail(Appeal, registered.id);
    expect(stored.agency?.id).toBe(agencyId);
  });

  it('lets only the center assign and close', async () => {
    const registered = (await register(officialToken)).data!.registerAppeal.appeal;
    const assign = await testApp.graphql(ASSIGN, { input: { appealId: registered.id, agencyId: otherAgencyId } }, officialToken);
    expect(assign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await testApp.graphql(ANSWER, { input: { appealId: registered.id, answerText: 'Ответ дан.' } }, officialToken);
    const close = await testApp.graphql(CLOSE, { input: { appealId: registered.id } }, officialToken);
    expect(close.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('assignAppeal to the same agency', () => {
  it('changes and records nothing', async () => {
    const registered = (await register(operatorToken, { agencyId })).data!.registerAppeal.appeal;
    const again = await testApp.graphql(ASSIGN, { input: { appealId: registered.id, agencyId } }, operatorToken);
    expect(again.data!.assignAppeal.appeal.version).toBe(registered.version);
    const entries = await testApp.em().count(AuditEntry, { entityId: registered.id });
    expect(entries).toBe(1);
  });
});

describe('agency isolation', () => {
  it('hides another agency’s appeal from reads, lists and changes', async () => {
    const foreign = (await register(operatorToken, { agencyId: otherAgencyId })).data!.registerAppeal.appeal;

    const read = await testApp.graphql(READ, { id: foreign.id }, officialToken);
    expect(read.data!.appeal).toBeNull();

    const list = await testApp.graphql(`{ appeals(page: { first: 100 }) { totalCount edges { node { id agency { id } } } } }`, {}, officialToken);
    const agencyIds = list.data!.appeals.edges.map((edge: { node: { agency: { id: string } } }) => edge.node.agency.id);
    expect(agencyIds.length).toBeGreaterThan(0);
    expect(new Set(agencyIds)).toEqual(new Set([agencyId]));

    const widened = await testApp.graphql(`query ($filter: AppealFilter) { appeals(filter: $filter) { totalCount } }`, { filter: { agencyId: otherAgencyId } }, officialToken);
    expect(widened.data!.appeals.totalCount).toBe(0);

    const answer = await testApp.graphql(ANSWER, { input: { appealId: foreign.id, answerText: 'Чужой ответ.' } }, officialToken);
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stored = await testApp.em().findOneOrFail(Appeal, foreign.id);
    expect(stored.answerText).toBeNull();

    const own = await testApp.graphql(READ, { id: foreign.id }, otherOfficialToken);
    expect(own.data!.appeal.id).toBe(foreign.id);
  });
});

describe('audit log', () => {
  it('records each mutation with its before and after', async () => {
    const registered = (await register(operatorToken)).data!.registerAppeal.appeal;
    await testApp.graphql(ASSIGN, { input: { appealId: registered.id, agencyId } }, operatorToken);
    const entries = await testApp.em().find(AuditEntry, { entityId: registered.id }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => entry.operation)).toEqual(['registerAppeal', 'assignAppeal']);
    expect(entries[0]!.before).toBeNull();
    expect(entries[1]!.before?.status).toBe('REGISTERED');
    expect(entries[1]!.after?.status).toBe('ASSIGNED');
    expect(entries[1]!.before?.version).toBe(1);
    expect(entries[1]!.after?.version).toBe(2);
    expect(entries[1]!.actorEmail).toMatch(/center_operator/);
  });
});
