import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appeal } from '../src/modules/appeals/appeal.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let token: string;
let topicCode: string;

beforeAll(async () => {
  testApp = await startTestApp();
  token = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  topicCode = await someTopicCode(testApp);
});

afterAll(async () => {
  await testApp?.stop();
});

async function post(body: string) {
  const response = await fetch(`${testApp.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

describe('id arguments', () => {
  it('rejects a malformed UUID naming the argument', async () => {
    for (const query of ['{ appeal(id: "not-a-uuid") { id } }', '{ agency(id: "x") { id } }', '{ informationRisk(id: "x") { id } }']) {
      const result = await testApp.graphql(query, {}, token);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field, query).toBe('id');
    }
    const filtered = await testApp.graphql('{ appeals(filter: { agencyId: "x" }) { totalCount } }', {}, token);
    expect(filtered.errors?.[0]?.extensions?.field).toBe('filter.agencyId');
  });
});

describe('text PostgreSQL cannot store', () => {
  it('rejects a NUL character and stores nothing', async () => {
    const before = await testApp.em().count(Appeal, {});
    const result = await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCode, { text: 'до\u0000после' }) }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.text');
    expect(await testApp.em().count(Appeal, {})).toBe(before);
  });

  it('rejects a broken surrogate pair', async () => {
    const result = await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCode, { appellantName: 'abc\ud800def' }) }, token);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.appellantName');
  });

  it('keeps Mari letters and ё', async () => {
    const text = 'Йошкар-Ола, ӓ ӧ ӱ ҥ ӹ, ёлка';
    const result = await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCode, { text }) }, token);
    expect(result.errors).toBeUndefined();
    const stored = await testApp.em().findOneOrFail(Appeal, result.data!.registerAppeal.appeal.id);
    expect(stored.text).toBe(text);
  });
});

describe('request bodies', () => {
  it('answers invalid JSON with a JSON error and no stack', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/application\/json/);
    expect(response.body).not.toMatch(/at |node_modules/);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a body over 2 MB with 413 as JSON', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id } }', variables: { padding: 'я'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).errors[0].message).toMatch(/2 MB/);
  });

  it('reports an unknown field as BAD_USER_INPUT', async () => {
    const result = await testApp.graphql('{ me { noSuchField } }', {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.reason).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('query complexity', () => {
  it('counts page sizes and rejects many large pages with 400', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: appeals(page: { first: 100 }) { edges { node { id text history { id } } } }`);
    const response = await post(JSON.stringify({ query: `{ ${aliases.join(' ')} }` }));
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body);
    expect(body.errors[0].message).toMatch(/too complex/);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets one full page through', async () => {
    const result = await testApp.graphql('{ appeals(page: { first: 100 }) { edges { node { id text history { id } } } } }', {}, token);
    expect(result.errors).toBeUndefined();
  });
});

describe('markNotificationsRead', () => {
  it('marks nothing for an empty list', async () => {
    const result = await testApp.graphql('mutation { markNotificationsRead(input: { notificationIds: [] }) { markedCount } }', {}, token);
    expect(result.data!.markNotificationsRead.markedCount).toBe(0);
  });
});
