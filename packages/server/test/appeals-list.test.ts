import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatements } from '../src/database/orm-config.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let agencyIds: string[];
let topicCodes: string[];

const LIST = `
  query ($filter: AppealFilter, $orderBy: AppealOrder, $page: AppealsPageInput) {
    appeals(filter: $filter, orderBy: $orderBy, page: $page) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id number status channel registeredAt answerDueAt
          agency { id shortName }
          topic { code title }
          municipality { name }
          deadlines { id kind status dueAt agency { shortName } }
          history { kind actor { fullName } }
        }
      }
    }
  }`;

async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const listener = () => {
    count += 1;
  };
  sqlStatements.on('query', listener);
  try {
    await run();
  } finally {
    sqlStatements.off('query', listener);
  }
  return count;
}

beforeAll(async () => {
  testApp = await startTestApp();
  agencyIds = (await testApp.agencies()).slice(0, 3).map((agency) => agency.id);
  const rows = await testApp.em().getConnection().execute<{ code: string }[]>(`select code from topic where level = 4 order by code limit 3`);
  topicCodes = rows.map((row) => row.code);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  for (let index = 0; index < 60; index += 1) {
    const input = buildRegisterAppealInput(topicCodes[index % 3]!, {
      agencyId: agencyIds[index % 3],
      channel: index % 2 === 0 ? 'EMAIL' : 'VOICE_HOTLINE',
      text: index % 10 === 0 ? `Протекает крыша, дом ${index}` : `Яма на дороге, участок ${index}`,
      municipalityOktmo: '88701000',
    });
    const result = await testApp.graphql(REGISTER_APPEAL, { input }, operatorToken);
    expect(result.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await testApp?.stop();
});

describe('appeals', () => {
  it('costs the same number of SQL statements at 10 and at 50 rows', async () => {
    const atTen = await statementsOf(() => testApp.graphql(LIST, { page: { first: 10 } }, operatorToken));
    const atFifty = await statementsOf(() => testApp.graphql(LIST, { page: { first: 50 } }, operatorToken));
    expect(atTen).toBeGreaterThan(2);
    expect(atFifty).toBe(atTen);
  });

  it('pages with stable cursors while new appeals arrive', async () => {
    const order = { field: 'REGISTERED_AT', direction: 'ASC' };
    const first = await testApp.graphql(LIST, { orderBy: order, page: { first: 25 } }, operatorToken);
    const firstIds = first.data!.appeals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCodes[0]!) }, operatorToken);
    const second = await testApp.graphql(LIST, { orderBy: order, page: { first: 25, after: first.data!.appeals.pageInfo.endCursor } }, operatorToken);
    const secondIds = second.data!.appeals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(secondIds).toHaveLength(25);
    expect(secondIds.filter((id: string) => firstIds.includes(id))).toEqual([]);
    expect(second.data!.appeals.totalCount).toBe(61);
  });

  it('filters by agency, channel, status, topic, due date and text', async () => {
    const byAgency = await testApp.graphql(LIST, { filter: { agencyId: agencyIds[0] } }, operatorToken);
    expect(byAgency.data!.appeals.totalCount).toBe(20);

    const byChannel = await testApp.graphql(LIST, { filter: { channels: ['VOICE_HOTLINE'] } }, operatorToken);
    expect(byChannel.data!.appeals.totalCount).toBe(30);

    const byStatus = await testApp.graphql(LIST, { filter: { statuses: ['CLOSED'] } }, operatorToken);
    expect(byStatus.data!.appeals.totalCount).toBe(0);

    const byTopic = await testApp.graphql(LIST, { filter: { topicCode: topicCodes[1] } }, operatorToken);
    expect(byTopic.data!.appeals.totalCount).toBe(20);

    const section = `${topicCodes[0]!.slice(0, 4)}.0000.0000.0000`;
    const bySection = await testApp.graphql(LIST, { filter: { topicCode: section } }, operatorToken);
    expect(bySection.data!.appeals.totalCount).toBeGreaterThanOrEqual(20);

    const byText = await testApp.graphql(LIST, { filter: { text: 'крыша' } }, operatorToken);
    expect(byText.data!.appeals.totalCount).toBe(6);

    // The texts contain «Протекает»; a search with ё in place of е finds them too.
    const byYo = await testApp.graphql(LIST, { filter: { text: 'протёкает крыша' } }, operatorToken);
    expect(byYo.data!.appeals.totalCount).toBe(6);

    const dueSoon = await testApp.graphql(LIST, { filter: { dueBefore: new Date(Date.now() + 86400_000).toISOString() } }, operatorToken);
    expect(dueSoon.data!.appeals.totalCount).toBe(0);
  });

  it('rejects a page size over 100', async () => {
    const result = await testApp.graphql(LIST, { page: { first: 1000 } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('page.first');
  });

  it('rejects a forged cursor', async () => {
    const result = await testApp.graphql(LIST, { page: { first: 5, after: 'garbage' } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('page.after');
  });
});

describe('cursors of other lists', () => {
  it('rejects forged cursors of the audit log and the cases', async () => {
    const adminToken = (await testApp.createUser(UserRole.CENTER_ADMIN)).token;
    const forged = Buffer.from(JSON.stringify(['x', 'not-a-number'])).toString('base64url');
    const audit = await testApp.graphql(`query ($page: AuditPageInput) { auditLog(page: $page) { totalCount } }`, { page: { after: forged } }, adminToken);
    expect(audit.errors?.[0]?.extensions?.field).toBe('page.after');
    const cases = await testApp.graphql(
      `query ($page: InformationRisksPageInput) { informationRisks(page: $page) { totalCount } }`,
      { page: { after: forged } },
      adminToken,
    );
    expect(cases.errors?.[0]?.extensions?.field).toBe('page.after');
  });
});

describe('appeals text search', () => {
  async function registerWith(overrides: Record<string, unknown>) {
    const result = await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCodes[0]!, overrides) }, operatorToken);
    expect(result.errors).toBeUndefined();
    return result.data!.registerAppeal.appeal.id as string;
  }

  async function idsFound(text: string): Promise<string[]> {
    const result = await testApp.graphql(LIST, { filter: { text }, page: { first: 100 } }, operatorToken);
    expect(result.errors).toBeUndefined();
    return result.data!.appeals.edges.map((edge: { node: { id: string } }) => edge.node.id);
  }

  it('matches Mari letters and their Russian base letters both ways', async () => {
    const mari = await registerWith({ text: 'В деревне Кӧкшамары не работает уличное освещение.' });
    const russian = await registerWith({ text: 'В посёлке Юбилейный сломана остановка у поворота на Кужмару.' });
    expect(await idsFound('Кокшамары')).toContain(mari);
    expect(await idsFound('Кӧкшамары')).toContain(mari);
    expect(await idsFound('Кӱжмару')).toContain(russian);
  });

  it('stems Russian words and folds ё', async () => {
    const id = await registerWith({ text: 'Просим восстановить освещение во дворе, ёлки загораживают фонари.' });
    expect(await idsFound('освещения')).toContain(id);
    expect(await idsFound('поселке Юбилейный')).toHaveLength(1);
    expect(await idsFound('елки')).toContain(id);
  });

  it('finds an appellant by a misspelt or ё-less name', async () => {
    const id = await registerWith({ appellantName: 'Семёнова Ольга Ивановна', text: 'Прошу проверить начисления за отопление.' });
    expect(await idsFound('Семенова')).toContain(id);
    expect(await idsFound('Семенова Ольга Ивнвна')).toContain(id);
    expect(await idsFound('Смирнов')).not.toContain(id);
  });
});
