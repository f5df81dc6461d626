import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let agencyId: string;
let otherAgencyId: string;
const numbers = new Map<string, string>();

const SEARCH = `
  query ($filter: AppealFilter, $orderBy: AppealOrder, $page: AppealsPageInput, $text: String!) {
    appeals(filter: $filter, orderBy: $orderBy, page: $page) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          number agency { id }
          searchMatches(text: $text) { rank highlights { field segments { text matched } } }
        }
      }
    }
  }`;

interface SearchEdge {
  node: {
    number: string;
    agency: { id: string } | null;
    searchMatches: { rank: number; highlights: { field: string; segments: { text: string; matched: boolean }[] }[] } | null;
  };
}

/** The appeals: a key of each, its text, and what else of the input the search is about. */
const APPEALS: [string, string, Record<string, unknown>][] = [
  ['mari-ng', 'Житель деревни Кужэҥер просит починить мост через реку.', {}],
  ['mari-u', 'В школе не хватает учебников: тӱняште шукы йоча.', {}],
  ['mari-yi', 'Просим вывезти мусор, Кӹдежым возле клуба.', {}],
  ['plain-kugu', 'На улице Кугу не горят фонари.', {}],
  ['yo', 'Ёлки во дворе срубили без разрешения.', {}],
  ['ye', 'Елки на площади не украсили к празднику.', {}],
  ['road', 'Прошу отремонтировать дорогу на улице Советской.', {}],
  ['roads', 'Дороги в посёлке разбиты, дорога к школе непроезжая, дорогой ремонт не провели.', {}],
  ['yoshkar', 'Не работает светофор.', { municipalityOktmo: '88701000' }],
  ['zvenigovo', 'Нет воды в колонке.', { municipalityOktmo: '88612101' }],
  ['address', 'Шумят соседи по ночам.', { appellantAddress: 'Республика Марий Эл, пгт Морки, ул. Кӓрӓсола, д. 7' }],
  ['name', 'Просьба о материальной помощи.', { appellantName: 'Ӧрдыжова Анна Петровна' }],
  ['collective', 'Жители просят детскую площадку.', { coAppellants: [{ name: 'Тойдемаров Семён Ильич' }, { name: 'Алексеева Ольга' }] }],
  ['other-agency', 'Дорога к больнице разбита.', { other: true }],
];

async function search(text: string, token = operatorToken, extra: Record<string, unknown> = {}) {
  const result = await testApp.graphql(SEARCH, { filter: { text }, page: { first: 50 }, text, ...extra }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.appeals as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: SearchEdge[] };
}

/** Returns the keys of APPEALS that a search finds. */
async function keysFound(text: string, token = operatorToken): Promise<string[]> {
  const found = (await search(text, token)).edges.map((edge) => edge.node.number);
  return [...numbers].filter(([, number]) => found.includes(number)).map(([key]) => key).sort();
}

function highlightOf(edge: SearchEdge, field: string) {
  return edge.node.searchMatches!.highlights.find((highlight) => highlight.field === field);
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = otherAgency!.id;
  const topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
  for (const [key, text, { other, ...overrides }] of APPEALS) {
    const input = buildRegisterAppealInput(topicCode, {
      text,
      appellantName: 'Смирнова Мария Ивановна',
      agencyId: other ? otherAgencyId : agencyId,
      ...overrides,
    });
    const result = await testApp.graphql(REGISTER_APPEAL, { input }, operatorToken);
    expect(result.errors).toBeUndefined();
    numbers.set(key, result.data!.registerAppeal.appeal.number);
  }
});

afterAll(async () => {
  await testApp?.stop();
});

describe('text filter', () => {
  it.each([
    ['Кужэҥер', ['mari-ng']],
    ['Кужэнер', ['mari-ng']],
    ['тӱняште', ['mari-u']],
    ['туняште', ['mari-u']],
    ['кӹдежым', ['mari-yi']],
    ['кыдежым', ['mari-yi']],
    ['кӱгӱ', ['plain-kugu']],
  ])('matches Mari letters: %s', async (text, expected) => {
    expect(await keysFound(text)).toEqual(expected);
  });

  it.each([
    ['ёлки', ['ye', 'yo']],
    ['елки', ['ye', 'yo']],
  ])('treats ё as е: %s', async (text, expected) => {
    expect(await keysFound(text)).toEqual(expected);
  });

  it.each(['дорога', 'дороги', 'дорогу'])('matches word forms: %s', async (text) => {
    expect(await keysFound(text)).toEqual(['other-agency', 'road', 'roads']);
  });

  it('matches the municipality Йошкар-Ола', async () => {
    expect(await keysFound('Йошкар-Ола')).toEqual(['yoshkar']);
  });

  it('matches Звенигово in its district', async () => {
    expect(await keysFound('Звенигово')).toEqual(['zvenigovo']);
  });

  it.each(['Кӓрӓсола', 'Карасола'])('matches the address: %s', async (text) => {
    expect(await keysFound(text)).toEqual(['address']);
  });

  it.each(['Ӧрдыжова', 'Ордыжова', 'Ордыжову'])('matches the name: %s', async (text) => {
    expect(await keysFound(text)).toEqual(['name']);
  });

  it.each([
    ['Карасола соседи', ['address']],
    ['Морки шумят по ночам', ['address']],
    ['Тойдемаров площадку', ['collective']],
    ['Йошкар-Ола светофор', ['yoshkar']],
  ])('combines words found in different fields: %s', async (text, expected) => {
    expect(await keysFound(text)).toEqual(expected);
  });

  it('rejects a one-letter text', async () => {
    const result = await testApp.graphql(SEARCH, { filter: { text: 'е' }, page: { first: 5 }, text: 'е' }, operatorToken);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
    // Two letters are enough for a part of a name or an address: «ул» of «ул. Кӓрӓсола».
    expect(await keysFound('ул')).toContain('address');
  });

  it('needs every word somewhere', async () => {
    expect(await keysFound('Карасола фонари')).toEqual([]);
  });

  it('marks each word in its own field', async () => {
    const [edge] = (await search('Карасола соседи')).edges;
    expect(highlightOf(edge!, 'TEXT')!.segments).toContainEqual({ text: 'соседи', matched: true });
    expect(highlightOf(edge!, 'APPELLANT_ADDRESS')!.segments).toContainEqual({ text: 'Кӓрӓсола', matched: true });
  });

  it('matches a co-appellant name', async () => {
    expect(await keysFound('Тойдемаров')).toEqual(['collective']);
  });

  it('limits an agency official to its agency', async () => {
    expect(await keysFound('дорога', officialToken)).toEqual(['road', 'roads']);
    const page = await search('дорога', officialToken);
    expect(page.totalCount).toBe(2);
    expect(page.edges.every((edge) => edge.node.agency!.id === agencyId)).toBe(true);
  });
});

describe('searchMatches', () => {
  it('marks the matched word form exactly', async () => {
    const page = await search('дороги');
    const edge = page.edges.find((candidate) => candidate.node.number === numbers.get('road'))!;
    const text = highlightOf(edge, 'TEXT')!;
    expect(text.segments.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['дорогу']);
    expect(text.segments.map((segment) => segment.text).join('')).toContain('отремонтировать дорогу на улице');
  });

  it('keeps the original spelling of ё and Mari letters', async () => {
    const yo = (await search('елки')).edges.find((candidate) => candidate.node.number === numbers.get('yo'))!;
    expect(highlightOf(yo, 'TEXT')!.segments.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['Ёлки']);
    const mari = (await search('кужэнер')).edges[0]!;
    expect(highlightOf(mari, 'TEXT')!.segments.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['Кужэҥер']);
  });

  it('marks every word of the same stem', async () => {
    const edge = (await search('дорога')).edges.find((candidate) => candidate.node.number === numbers.get('roads'))!;
    const matched = highlightOf(edge, 'TEXT')!.segments.filter((segment) => segment.matched).map((segment) => segment.text);
    // The Russian stemmer gives «дорогой» (dear) the stem of «дорога» too.
    expect(matched).toEqual(['Дороги', 'дорога', 'дорогой']);
  });

  it('marks names and places', async () => {
    const name = (await search('Ордыжову')).edges[0]!;
    expect(highlightOf(name, 'APPELLANT_NAME')!.segments).toEqual([
      { text: 'Ӧрдыжова', matched: true },
      { text: ' Анна Петровна', matched: false },
    ]);
    const place = (await search('Звенигово')).edges[0]!;
    expect(highlightOf(place, 'MUNICIPALITY')!.segments).toEqual([{ text: 'Звенигово', matched: true }]);
    const coAppellant = (await search('Тойдемаров')).edges[0]!;
    expect(highlightOf(coAppellant, 'CO_APPELLANT')!.segments[0]).toEqual({ text: 'Тойдемаров', matched: true });
  });

  it('contains no HTML markers', async () => {
    const page = await search('дорога');
    const texts = page.edges.flatMap((edge) => edge.node.searchMatches!.highlights.flatMap((highlight) => highlight.segments.map((segment) => segment.text)));
    expect(texts.some((text) => /[<>\u0002\u0003\u0004]/.test(text))).toBe(false);
  });
});

describe('RELEVANCE order', () => {
  it('ranks more matches first', async () => {
    const page = await search('дорога', operatorToken, { orderBy: { field: 'RELEVANCE', direction: 'DESC' } });
    expect(page.edges[0]!.node.number).toBe(numbers.get('roads'));
    const ranks = page.edges.map((edge) => edge.node.searchMatches!.rank);
    expect([...ranks].sort((left, right) => right - left)).toEqual(ranks);
  });

  it('pages through the ranking', async () => {
    const order = { orderBy: { field: 'RELEVANCE', direction: 'DESC' } };
    const first = await testApp.graphql(SEARCH, { filter: { text: 'дорога' }, page: { first: 2 }, text: 'дорога', ...order }, operatorToken);
    const firstPage = first.data!.appeals;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const second = await testApp.graphql(
      SEARCH,
      { filter: { text: 'дорога' }, page: { first: 2, after: firstPage.pageInfo.endCursor }, text: 'дорога', ...order },
      operatorToken,
    );
    const secondPage = second.data!.appeals;
    expect(secondPage.edges).toHaveLength(1);
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    const all = [...firstPage.edges, ...secondPage.edges].map((edge: SearchEdge) => edge.node.number).sort();
    expect(all).toEqual([numbers.get('other-agency'), numbers.get('road'), numbers.get('roads')].sort());
  });

  it('requires a search text', async () => {
    const result = await testApp.graphql(SEARCH, { orderBy: { field: 'RELEVANCE', direction: 'DESC' }, text: 'x' }, operatorToken);
    expect(result.errors![0]!.extensions!.field).toBe('orderBy.field');
  });
});
