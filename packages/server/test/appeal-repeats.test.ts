import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../src/modules/agencies/agency.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const DAY_MS = 86_400_000;

const REGISTER = `
  mutation ($input: RegisterAppealInput!) {
    registerAppeal(input: $input) {
      appeal {
        id number
        repeatSuggestions { id similarity sameTopic matchedBy status earlierAppeal { id number } }
      }
    }
  }`;

const APPEAL = `
  query ($id: ID!) {
    appeal(id: $id) {
      id version
      repeatOf { id number }
      repeatSuggestions { id status note matchedBy decidedBy { id } earlierAppeal { id } }
      history { kind note }
    }
  }`;

const CONFIRM = `
  mutation ($input: ConfirmAppealRepeatInput!) {
    confirmAppealRepeat(input: $input) { suggestion { id status decidedAt } appeal { id repeatOf { id } } }
  }`;

const REJECT = `
  mutation ($input: RejectAppealRepeatInput!) {
    rejectAppealRepeat(input: $input) { suggestion { id status note } appeal { id repeatOf { id } } }
  }`;

let testApp: TestApp;
let operatorToken: string;
let topicA: string;
let topicB: string;
let agencyA: Agency;
let agencyB: Agency;
let personCounter = 0;

/** Returns a fresh appellant, so that no test finds the appeals of another. */
function person() {
  personCounter += 1;
  const digits = String(1_000_000 + personCounter * 7919).slice(-7);
  return {
    appellantName: `Тестов${personCounter} Иван Петрович`,
    appellantEmail: `appellant${personCounter}@example.ru`,
    appellantPhone: `+7903${digits}`,
  };
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

async function register(overrides: Record<string, unknown>, token = operatorToken) {
  const result = await testApp.graphql(REGISTER, { input: buildRegisterAppealInput(topicA, overrides) }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.registerAppeal.appeal as {
    id: string;
    number: string;
    repeatSuggestions: { id: string; similarity: number; sameTopic: boolean; matchedBy: string[]; status: string; earlierAppeal: { id: string } | null }[];
  };
}

beforeAll(async () => {
  testApp = await startTestApp();
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  const rows = await testApp.em().getConnection().execute<{ code: string }[]>(`select code from topic where level = 4 order by code limit 2`);
  topicA = rows[0]!.code;
  topicB = rows[1]!.code;
  [agencyA, agencyB] = (await testApp.agencies()).slice(0, 2) as [Agency, Agency];
});

afterAll(async () => {
  await testApp?.stop();
});

describe('repeat detection', () => {
  it('finds a repeat by name alone', async () => {
    const appellant = person();
    const earlier = await register({ ...appellant, receivedAt: daysAgo(40) });
    const later = await register({
      appellantName: `  ${appellant.appellantName.toUpperCase().replace(' ', '   ')} `,
      appellantEmail: null,
      appellantPhone: null,
      receivedAt: daysAgo(1),
    });
    expect(later.repeatSuggestions).toHaveLength(1);
    expect(later.repeatSuggestions[0]!.earlierAppeal?.id).toBe(earlier.id);
    expect(later.repeatSuggestions[0]!.matchedBy).toEqual(['NAME']);
    expect(later.repeatSuggestions[0]!.sameTopic).toBe(true);
    expect(later.repeatSuggestions[0]!.status).toBe('SUGGESTED');
  });

  it('finds a repeat by phone on another topic with a similar text', async () => {
    const appellant = person();
    const earlier = await register({ ...appellant, text: 'Во дворе дома 5 по улице Мира не вывозят мусор уже две недели', receivedAt: daysAgo(100) });
    const later = await register({
      appellantName: 'Другое Имя Совсем',
      appellantEmail: null,
      appellantPhone: appellant.appellantPhone,
      topicCode: topicB,
      text: 'Во дворе дома 5 по улице Мира опять не вывозят мусор',
      receivedAt: daysAgo(2),
    });
    expect(later.repeatSuggestions.map((suggestion) => suggestion.earlierAppeal?.id)).toEqual([earlier.id]);
    expect(later.repeatSuggestions[0]!.matchedBy).toEqual(['PHONE']);
    expect(later.repeatSuggestions[0]!.sameTopic).toBe(false);
    expect(later.repeatSuggestions[0]!.similarity).toBeGreaterThanOrEqual(0.3);
  });

  it('finds a repeat by e-mail in another case', async () => {
    const appellant = person();
    const earlier = await register({ ...appellant, receivedAt: daysAgo(10) });
    const later = await register({
      appellantName: 'Псевдоним Без Отчества',
      appellantEmail: appellant.appellantEmail.toUpperCase(),
      appellantPhone: null,
      receivedAt: daysAgo(1),
    });
    expect(later.repeatSuggestions.map((suggestion) => suggestion.earlierAppeal?.id)).toEqual([earlier.id]);
    expect(later.repeatSuggestions[0]!.matchedBy).toEqual(['EMAIL']);
  });

  it('matches ё and е in a name', async () => {
    const earlier = await register({ appellantName: 'Сергеев Пётр', appellantEmail: null, appellantPhone: null, receivedAt: daysAgo(20) });
    const later = await register({ appellantName: 'Сергеев Петр', appellantEmail: null, appellantPhone: null, receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions.map((suggestion) => suggestion.earlierAppeal?.id)).toEqual([earlier.id]);
  });

  it('matches Mari letters and their Russian base in a name', async () => {
    const earlier = await register({ appellantName: 'Мӱкеев Ӱмбал Ӧрдӧвич', appellantEmail: null, appellantPhone: null, receivedAt: daysAgo(20) });
    const later = await register({ appellantName: 'мукеев умбал ордович', appellantEmail: null, appellantPhone: null, receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions.map((suggestion) => suggestion.earlierAppeal?.id)).toEqual([earlier.id]);
  });

  it('ignores an appeal older than 12 months', async () => {
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(380) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions).toEqual([]);
  });

  it('ignores another appellant on the same question', async () => {
    await register({ ...person(), receivedAt: daysAgo(5) });
    const later = await register({ ...person(), receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions).toEqual([]);
  });

  it('ignores a dissimilar text on another topic', async () => {
    const appellant = person();
    await register({ ...appellant, text: 'Прошу отремонтировать дорогу на улице Советской', receivedAt: daysAgo(5) });
    const later = await register({ ...appellant, topicCode: topicB, text: 'Нет горячей воды в поликлинике номер три', receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions).toEqual([]);
  });

  it('ignores a later-received appeal', async () => {
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(1) });
    const imported = await register({ ...appellant, receivedAt: daysAgo(3) });
    expect(imported.repeatSuggestions).toEqual([]);
  });

  it('uses the appellant key indexes', async () => {
    await testApp.em().getConnection().execute('analyze appeal');
    // Few rows let a sequential scan win, so the check only needs the planner to accept the index.
    const forced = await testApp.em().transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      return tx.execute<{ 'QUERY PLAN': string }[]>(
        `explain select id from appeal where regexp_replace(btrim(cur_fold(appellant_name)), '\\s+', ' ', 'g') = 'x' and received_at > now() - interval '12 months'`,
      );
    });
    expect(forced.map((row) => row['QUERY PLAN']).join('\n')).toContain('appeal_appellant_name_key_index');
  });
});

describe('confirmAppealRepeat and rejectAppealRepeat', () => {
  it('confirms one suggestion and rejects the others', async () => {
    const appellant = person();
    const first = await register({ ...appellant, receivedAt: daysAgo(60) });
    const second = await register({ ...appellant, receivedAt: daysAgo(30) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions).toHaveLength(2);
    const chosen = later.repeatSuggestions.find((suggestion) => suggestion.earlierAppeal?.id === second.id)!;

    const confirmed = await testApp.graphql(CONFIRM, { input: { suggestionId: chosen.id } }, operatorToken);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmAppealRepeat.suggestion.status).toBe('CONFIRMED');
    expect(confirmed.data!.confirmAppealRepeat.appeal.repeatOf.id).toBe(second.id);

    const stored = (await testApp.graphql(APPEAL, { id: later.id }, operatorToken)).data!.appeal;
    const other = stored.repeatSuggestions.find((suggestion: { earlierAppeal: { id: string } }) => suggestion.earlierAppeal.id === first.id);
    expect(other.status).toBe('REJECTED');
    expect(other.note).toContain(second.number);
    expect(stored.history.at(-1).kind).toBe('REPEAT_CONFIRMED');
    expect(stored.history.at(-1).note).toContain(second.number);
    expect(stored.version).toBe(2);

    const audit = await testApp.em().getConnection().execute<{ operation: string }[]>(
      `select operation from audit_entry where entity_id = ? and operation = 'confirmAppealRepeat'`,
      [later.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('rejects deciding a suggestion twice', async () => {
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(30) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    const suggestionId = later.repeatSuggestions[0]!.id;
    expect((await testApp.graphql(CONFIRM, { input: { suggestionId } }, operatorToken)).errors).toBeUndefined();

    const again = await testApp.graphql(CONFIRM, { input: { suggestionId } }, operatorToken);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const rejected = await testApp.graphql(REJECT, { input: { suggestionId } }, operatorToken);
    expect(rejected.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(rejected.errors?.[0]?.extensions?.from).toBe('CONFIRMED');
  });

  it('records a rejection with its note', async () => {
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(30) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    const suggestionId = later.repeatSuggestions[0]!.id;

    const result = await testApp.graphql(REJECT, { input: { suggestionId, note: 'другой адрес' } }, operatorToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.rejectAppealRepeat.suggestion.status).toBe('REJECTED');
    expect(result.data!.rejectAppealRepeat.suggestion.note).toBe('другой адрес');
    expect(result.data!.rejectAppealRepeat.appeal.repeatOf).toBeNull();
    const stored = (await testApp.graphql(APPEAL, { id: later.id }, operatorToken)).data!.appeal;
    expect(stored.history.at(-1).kind).toBe('REPEAT_REJECTED');
    expect(stored.repeatSuggestions[0].decidedBy).not.toBeNull();
  });

  it('names the field of an invalid id', async () => {
    const result = await testApp.graphql(CONFIRM, { input: { suggestionId: 'not-a-uuid' } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.suggestionId');
  });

  it('reports an unknown suggestion as not found', async () => {
    const result = await testApp.graphql(REJECT, { input: { suggestionId: '00000000-0000-4000-8000-000000000001' } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects a note that is too long and keeps the suggestion open', async () => {
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(30) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    const result = await testApp.graphql(REJECT, { input: { suggestionId: later.repeatSuggestions[0]!.id, note: 'я'.repeat(1001) } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.note');
    const stored = (await testApp.graphql(APPEAL, { id: later.id }, operatorToken)).data!.appeal;
    expect(stored.repeatSuggestions[0].status).toBe('SUGGESTED');
  });

  it('filters the appeals list by confirmed repeats', async () => {
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(30) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    await testApp.graphql(CONFIRM, { input: { suggestionId: later.repeatSuggestions[0]!.id } }, operatorToken);

    const list = `query ($filter: AppealFilter) { appeals(filter: $filter, page: { first: 100 }) { edges { node { id } } } }`;
    const repeats = await testApp.graphql(list, { filter: { repeat: true } }, operatorToken);
    const others = await testApp.graphql(list, { filter: { repeat: false } }, operatorToken);
    const repeatIds = repeats.data!.appeals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const otherIds = others.data!.appeals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(repeatIds).toContain(later.id);
    expect(otherIds).not.toContain(later.id);
  });
});

describe('repeat isolation by agency', () => {
  it('limits an agency official to the appeals of its agency', async () => {
    const officialA = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencyA)).token;
    const officialB = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencyB)).token;
    const appellant = person();
    const earlierOfB = await register({ ...appellant, agencyId: agencyB.id, receivedAt: daysAgo(50) });
    const earlierOfA = await register({ ...appellant, agencyId: agencyA.id, receivedAt: daysAgo(40) });
    const later = await register({ ...appellant, agencyId: agencyA.id, receivedAt: daysAgo(1) });
    expect(later.repeatSuggestions).toHaveLength(2);
    const suggestionOfB = later.repeatSuggestions.find((suggestion) => suggestion.earlierAppeal?.id === earlierOfB.id)!;
    const suggestionOfA = later.repeatSuggestions.find((suggestion) => suggestion.earlierAppeal?.id === earlierOfA.id)!;

    const seenByA = (await testApp.graphql(APPEAL, { id: later.id }, officialA)).data!.appeal;
    expect(seenByA.repeatSuggestions.map((suggestion: { id: string }) => suggestion.id)).toEqual([suggestionOfA.id]);
    expect((await testApp.graphql(APPEAL, { id: later.id }, officialB)).data!.appeal).toBeNull();

    const byB = await testApp.graphql(CONFIRM, { input: { suggestionId: suggestionOfA.id } }, officialB);
    expect(byB.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherAgencyEarlier = await testApp.graphql(REJECT, { input: { suggestionId: suggestionOfB.id } }, officialA);
    expect(otherAgencyEarlier.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const byA = await testApp.graphql(CONFIRM, { input: { suggestionId: suggestionOfA.id } }, officialA);
    expect(byA.errors).toBeUndefined();
    expect(byA.data!.confirmAppealRepeat.appeal.repeatOf.id).toBe(earlierOfA.id);
  });

  it('hides a confirmed earlier appeal of another agency', async () => {
    const officialA = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencyA)).token;
    const appellant = person();
    await register({ ...appellant, agencyId: agencyB.id, receivedAt: daysAgo(50) });
    const later = await register({ ...appellant, agencyId: agencyA.id, receivedAt: daysAgo(1) });
    await testApp.graphql(CONFIRM, { input: { suggestionId: later.repeatSuggestions[0]!.id } }, operatorToken);

    const seenByA = (await testApp.graphql(APPEAL, { id: later.id }, officialA)).data!.appeal;
    expect(seenByA.repeatOf).toBeNull();
    expect(seenByA.repeatSuggestions).toEqual([]);
  });

  it('forbids the press service', async () => {
    const press = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
    const appellant = person();
    await register({ ...appellant, receivedAt: daysAgo(30) });
    const later = await register({ ...appellant, receivedAt: daysAgo(1) });
    const result = await testApp.graphql(CONFIRM, { input: { suggestionId: later.repeatSuggestions[0]!.id } }, press);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
