import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { download, uploadPdf } from './helpers/uploads.js';

let testApp: TestApp;
let operatorToken: string;
const officials: string[] = [];
const agencyIds: string[] = [];

const REQUEST_FIELDS = `
  id number subject text sentAt dueAt
  attachments { id fileName url }
  recipients { id answered answerText answeredAt onTime agency { id shortName } attachments { id fileName url } }
  deadlines { kind status dueAt completedAt agency { id } explanation { summary } }`;
const SEND = `mutation ($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { request { ${REQUEST_FIELDS} } } }`;
const ANSWER = `mutation ($input: AnswerInformationRequestInput!) { answerInformationRequest(input: $input) { request { ${REQUEST_FIELDS} } } }`;
const REQUEST = `query ($id: ID!) { informationRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const REQUESTS = `query ($filter: InformationRequestFilter) { informationRequests(filter: $filter) { totalCount edges { node { id number } } } }`;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

function sendInput(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Сведения о работе с обращениями по газификации',
    text: 'Прошу представить сведения о числе обращений по газификации за 2026 год.',
    agencyIds: agencyIds.slice(0, 3),
    dueAt: inHours(48),
    ...overrides,
  };
}

beforeAll(async () => {
  testApp = await startTestApp();
  const agencies = (await testApp.agencies()).slice(0, 4);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  for (const agency of agencies) {
    agencyIds.push(agency.id);
    officials.push((await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token);
  }
});

afterAll(async () => {
  await testApp?.stop();
});

describe('sendInformationRequest', () => {
  it('rejects a due instant in the past', async () => {
    const result = await testApp.graphql(SEND, { input: sendInput({ dueAt: inHours(-1) }) }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.dueAt');
  });

  it('rejects an empty and an unknown agency list', async () => {
    const empty = await testApp.graphql(SEND, { input: sendInput({ agencyIds: [] }) }, operatorToken);
    expect(empty.errors?.[0]?.extensions?.field).toBe('input.agencyIds');
    const unknown = await testApp.graphql(SEND, { input: sendInput({ agencyIds: ['00000000-0000-4000-8000-000000000001'] }) }, operatorToken);
    expect(unknown.errors?.[0]?.extensions?.fields[0].reason).toBe('NOT_FOUND');
    const list = await testApp.graphql(REQUESTS, {}, operatorToken);
    expect(list.data!.informationRequests.totalCount).toBe(0);
  });

  it('is for the center only', async () => {
    const result = await testApp.graphql(SEND, { input: sendInput() }, officials[0]);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('request to several agencies', () => {
  let requestId: string;
  let dueAt: string;

  beforeAll(async () => {
    dueAt = inHours(48);
    const result = await testApp.graphql(SEND, { input: sendInput({ dueAt }) }, operatorToken);
    expect(result.errors).toBeUndefined();
    requestId = result.data!.sendInformationRequest.request.id;
  });

  it('starts one deadline per agency', async () => {
    const request = (await testApp.graphql(REQUEST, { id: requestId }, operatorToken)).data!.informationRequest;
    expect(request.number).toMatch(/^ИЗ-\d{4}-\d{6}$/);
    expect(request.recipients).toHaveLength(3);
    expect(request.deadlines).toHaveLength(3);
    for (const deadline of request.deadlines) {
      expect(deadline.kind).toBe('INFORMATION_REQUEST');
      expect(deadline.status).toBe('OPEN');
      expect(new Date(deadline.dueAt).toISOString()).toBe(new Date(dueAt).toISOString());
      expect(deadline.explanation.summary).toContain(request.number);
    }
    expect(new Set(request.deadlines.map((deadline: { agency: { id: string } }) => deadline.agency.id))).toEqual(new Set(agencyIds.slice(0, 3)));
  });

  it('records an answer on time', async () => {
    const result = await testApp.graphql(ANSWER, { input: { requestId, text: 'Обращений по газификации — 42.' } }, officials[0]);
    expect(result.errors).toBeUndefined();
    const own = result.data!.answerInformationRequest.request.recipients;
    expect(own).toHaveLength(1);
    expect(own[0].answered).toBe(true);
    expect(own[0].onTime).toBe(true);
  });

  it('marks a late answer', async () => {
    // The due instant passes before the second agency answers.
    const past = new Date(Date.now() - 60_000);
    const connection = testApp.em().getConnection();
    await connection.execute(`update information_request set due_at = ? where id = ?`, [past, requestId]);
    await connection.execute(`update deadline set due_at = ? where subject_id = ? and status = 'OPEN'`, [past, requestId]);
    const result = await testApp.graphql(ANSWER, { input: { requestId, text: 'Обращений нет.' } }, officials[1]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.answerInformationRequest.request.recipients[0].onTime).toBe(false);
  });

  it('shows the center every agency status', async () => {
    const request = (await testApp.graphql(REQUEST, { id: requestId }, operatorToken)).data!.informationRequest;
    const byAgency = new Map(request.recipients.map((recipient: { agency: { id: string } }) => [recipient.agency.id, recipient]));
    expect(byAgency.get(agencyIds[0])).toMatchObject({ answered: true, onTime: true, answerText: 'Обращений по газификации — 42.' });
    expect(byAgency.get(agencyIds[1])).toMatchObject({ answered: true, onTime: false });
    expect(byAgency.get(agencyIds[2])).toMatchObject({ answered: false, onTime: null, answeredAt: null });
    const statuses = new Map(request.deadlines.map((deadline: { agency: { id: string }; status: string }) => [deadline.agency.id, deadline.status]));
    expect(statuses.get(agencyIds[0])).toBe('MET');
    expect(statuses.get(agencyIds[1])).toBe('MISSED');
    expect(statuses.get(agencyIds[2])).toBe('OPEN');
  });

  it('rejects a second answer', async () => {
    const result = await testApp.graphql(ANSWER, { input: { requestId, text: 'Дополнение.' } }, officials[0]);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const request = (await testApp.graphql(REQUEST, { id: requestId }, officials[0])).data!.informationRequest;
    expect(request.recipients[0].answerText).toBe('Обращений по газификации — 42.');
  });

  it('notifies the center of each answer', async () => {
    const rows = await testApp.em().getConnection().execute<{ count: string }[]>(
      `select count(distinct title) from notification where kind = 'INFORMATION_REQUEST' and subject_id = ? and title like '%ответил%'`,
      [requestId],
    );
    expect(Number(rows[0]!.count)).toBe(2);
  });

  it('filters requests awaiting an answer', async () => {
    const awaiting = await testApp.graphql(REQUESTS, { filter: { awaitingAnswer: true } }, operatorToken);
    expect(awaiting.data!.informationRequests.totalCount).toBe(1);
    const ownAwaiting = await testApp.graphql(REQUESTS, { filter: { awaitingAnswer: true } }, officials[0]);
    expect(ownAwaiting.data!.informationRequests.totalCount).toBe(0);
    const thirdAwaiting = await testApp.graphql(REQUESTS, { filter: { awaitingAnswer: true } }, officials[2]);
    expect(thirdAwaiting.data!.informationRequests.totalCount).toBe(1);
  });

  describe('isolation', () => {
    it('shows an addressed agency only its own answer', async () => {
      const request = (await testApp.graphql(REQUEST, { id: requestId }, officials[2])).data!.informationRequest;
      expect(request.recipients).toHaveLength(1);
      expect(request.recipients[0].agency.id).toBe(agencyIds[2]);
      expect(request.deadlines).toHaveLength(1);
    });

    it('hides the request from other agencies', async () => {
      const request = await testApp.graphql(REQUEST, { id: requestId }, officials[3]);
      expect(request.data!.informationRequest).toBeNull();
      const list = await testApp.graphql(REQUESTS, {}, officials[3]);
      expect(list.data!.informationRequests.totalCount).toBe(0);
      const answer = await testApp.graphql(ANSWER, { input: { requestId, text: 'Чужой ответ.' } }, officials[3]);
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps the press service out', async () => {
      const press = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
      const list = await testApp.graphql(REQUESTS, {}, press);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const request = await testApp.graphql(REQUEST, { id: requestId }, press);
      expect(request.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps the center from answering', async () => {
      const answer = await testApp.graphql(ANSWER, { input: { requestId, text: 'Ответ ЦУР.' } }, operatorToken);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});

describe('request attachments', () => {
  let requestId: string;
  let requestFileUrl: string;
  let answerFileUrl: string;

  beforeAll(async () => {
    const fileId = await uploadPdf(testApp, operatorToken, 'запрос.pdf');
    const result = await testApp.graphql(SEND, { input: sendInput({ agencyIds: agencyIds.slice(0, 2), attachmentIds: [fileId] }) }, operatorToken);
    expect(result.errors).toBeUndefined();
    const request = result.data!.sendInformationRequest.request;
    requestId = request.id;
    requestFileUrl = request.attachments[0].url;
  });

  it('links the center enclosure', async () => {
    const request = (await testApp.graphql(REQUEST, { id: requestId }, officials[0])).data!.informationRequest;
    expect(request.attachments.map((file: { fileName: string }) => file.fileName)).toEqual(['запрос.pdf']);
    expect((await download(testApp, requestFileUrl, officials[0])).status).toBe(200);
    expect((await download(testApp, requestFileUrl, officials[3])).status).toBe(404);
  });

  it('links the answer files of one agency', async () => {
    const fileId = await uploadPdf(testApp, officials[0], 'ответ.pdf');
    const result = await testApp.graphql(ANSWER, { input: { requestId, text: 'Сведения во вложении.', attachmentIds: [fileId] } }, officials[0]);
    expect(result.errors).toBeUndefined();
    const own = result.data!.answerInformationRequest.request.recipients[0];
    expect(own.attachments.map((file: { fileName: string }) => file.fileName)).toEqual(['ответ.pdf']);
    answerFileUrl = own.attachments[0].url;
    expect(result.data!.answerInformationRequest.request.attachments).toHaveLength(1);
  });

  it('shows an answer file to its agency and the center only', async () => {
    expect((await download(testApp, answerFileUrl, operatorToken)).status).toBe(200);
    expect((await download(testApp, answerFileUrl, officials[1])).status).toBe(404);
    const request = (await testApp.graphql(REQUEST, { id: requestId }, officials[1])).data!.informationRequest;
    expect(request.recipients[0].attachments).toEqual([]);
  });

  it('rejects another user file', async () => {
    const foreign = await uploadPdf(testApp, operatorToken, 'чужой.pdf');
    const result = await testApp.graphql(ANSWER, { input: { requestId, text: 'Ответ.', attachmentIds: [foreign] } }, officials[1]);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.attachmentIds.0');
    const request = (await testApp.graphql(REQUEST, { id: requestId }, officials[1])).data!.informationRequest;
    expect(request.recipients[0].answered).toBe(false);
  });
});
