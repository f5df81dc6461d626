import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { badField } from '../../graphql/errors.js';
import { containsPattern, decodeCursor, decodeTimeCursor, pageSize, toConnection, type ConnectionShape, type PageInput } from '../../graphql/connection.js';
import { assertUuid } from '../../graphql/validation.js';
import { agencyScope, type CurrentUser } from '../auth/current-user.js';
import { APPEAL_SEARCH_VECTOR, Appeal, AppealChannel, AppealStatus } from './appeal.entity.js';
import { SEARCH_RANK_PARAMETERS, SEARCH_RANK_SQL, uuidArrayLiteral } from './appeal-search.js';
import { parseAppealFilter } from './appeal.validation.js';

export enum AppealOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  RECEIVED_AT = 'RECEIVED_AT',
  ANSWER_DUE_AT = 'ANSWER_DUE_AT',
  /** Best matches of the text filter first, among its newest RELEVANCE_CANDIDATES matches. */
  RELEVANCE = 'RELEVANCE',
}

/**
 * Matches of the text filter that the RELEVANCE order ranks: the newest ones by registration.
 * Ranking a bounded set keeps the cost of a page independent of how many appeals match, because
 * ts_rank must read every ranked row's text. Older matches are reachable by the other orders.
 */
export const RELEVANCE_CANDIDATES = 1000;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export interface AppealFilterValues {
  agencyId?: string | null;
  statuses?: AppealStatus[] | null;
  channels?: AppealChannel[] | null;
  topicCode?: string | null;
  dueBefore?: Date | null;
  text?: string | null;
  repeat?: boolean | null;
}

export interface AppealOrderValues {
  field: AppealOrderField;
  direction: SortDirection;
}

const orderColumns: Record<Exclude<AppealOrderField, AppealOrderField.RELEVANCE>, 'registeredAt' | 'receivedAt' | 'answerDueAt'> = {
  [AppealOrderField.REGISTERED_AT]: 'registeredAt',
  [AppealOrderField.RECEIVED_AT]: 'receivedAt',
  [AppealOrderField.ANSWER_DUE_AT]: 'answerDueAt',
};

function escapeLikeText(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Returns the code prefix of every topic below a topic: `0001.0002.0000.0000` gives `0001.0002.`, and a
 * question `0001.0002.0010.0100` gives `0001.0002.0010.0100.`, the prefix of its 5-block refinements.
 */
export function descendantPrefix(code: string): string {
  const blocks = code.split('.');
  while (blocks.length > 1 && /^0+$/.test(blocks.at(-1)!)) {
    blocks.pop();
  }
  return `${blocks.join('.')}.`;
}

/** Words shorter than this, mostly prepositions, need not match a field on their own. */
const MIN_SEARCH_WORD_LENGTH = 3;
/** Words of a text that must each match a field; the rest of a long text still counts as a whole. */
const MAX_SEARCH_WORDS = 6;

/** A text that can be part of a registration number such as ЦУР-2026-000123. */
const NUMBER_FRAGMENT = /^[\dцур-]+$/iu;

/**
 * Matches a search text in any field: the text or the answer by Russian stemming, the appellant's
 * name by substring or trigram similarity, the address, the municipality, a co-appellant or the
 * number. cur_fold makes ё = е and Mari letters match their Russian base. Each field is one
 * branch of a union of ids, so that each uses its own index; one OR over the fields would read
 * the whole table, because PostgreSQL cannot combine the subqueries' results with index scans.
 */
function textMatch(text: string): FilterQuery<Appeal> {
  const like = escapeLikeText(text);
  // Each branch with the values of its placeholders, in order.
  const branches: [string, string[]][] = [
    [`select id from appeal where ${APPEAL_SEARCH_VECTOR} @@ websearch_to_tsquery('russian', cur_fold(?))`, [text]],
    // Word similarity finds one inflected word of a full name: «Ордыжову» in «Ӧрдыжова Анна Петровна».
    [
      `select id from appeal where cur_fold(appellant_name) like '%' || cur_fold(?) || '%' or cur_fold(appellant_name) % cur_fold(?)
         or cur_fold(?) <% cur_fold(appellant_name)`,
      [like, text, text],
    ],
    // Places: the address and the municipality by substring or word similarity, which finds
    // «Звенигово» in «Звениговский муниципальный район».
    [`select id from appeal where cur_fold(appellant_address) like '%' || cur_fold(?) || '%' or cur_fold(?) <% cur_fold(appellant_address)`, [like, text]],
    [
      `select id from appeal where municipality_oktmo in (select place.oktmo from municipality place
         where cur_fold(place.name) like '%' || cur_fold(?) || '%' or cur_fold(?) <% cur_fold(place.name))`,
      [like, text],
    ],
    [`select co.appeal_id from appeal_co_appellant co where cur_fold(co.name) like '%' || cur_fold(?) || '%' or cur_fold(co.name) % cur_fold(?)`, [like, text]],
  ];
  if (NUMBER_FRAGMENT.test(text)) {
    branches.push([`select id from appeal where number ilike ?`, [containsPattern(text)]]);
  }
  const sql = branches.map(([branch]) => branch).join(' union ');
  return { [raw(`id in (${sql})`, branches.flatMap(([, values]) => values))]: true };
}

/** Builds the filter, with the caller's agency scope applied first so no filter can widen it. */
export function appealWhere(user: CurrentUser, filter: AppealFilterValues | null | undefined): FilterQuery<Appeal> {
  const conditions: FilterQuery<Appeal>[] = [];
  const scope = agencyScope(user);
  if (scope) {
    conditions.push({ agency: scope });
  }
  if (filter?.agencyId) {
    assertUuid(filter.agencyId, 'filter.agencyId');
    conditions.push({ agency: filter.agencyId });
  }
  if (filter?.statuses?.length) {
    conditions.push({ status: { $in: filter.statuses } });
  }
  if (filter?.channels?.length) {
    conditions.push({ channel: { $in: filter.channels } });
  }
  if (filter?.topicCode) {
    const code = filter.topicCode.trim();
    conditions.push({ $or: [{ topic: { code } }, { topic: { code: { $like: `${descendantPrefix(code).replace(/[\\%_]/g, '')}%` } } }] });
  }
  if (filter?.dueBefore) {
    conditions.push({ answerDueAt: { $lt: filter.dueBefore } });
  }
  if (filter?.repeat != null) {
    conditions.push({ repeatOf: filter.repeat ? { $ne: null } : null });
  }
  const text = filter?.text?.trim();
  if (text) {
    if (text.length > 200) {
      throw badField('filter.text', 'TOO_LONG', 'must be at most 200 characters');
    }
    // One letter is in nearly every name and text, and no index can find it.
    if (text.length < 2) {
      throw badField('filter.text', 'TOO_SHORT', 'must have at least 2 characters; type more of the word, name or number.');
    }
    const words = [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= MIN_SEARCH_WORD_LENGTH))].slice(0, MAX_SEARCH_WORDS);
    // The whole text matches one field, or each of its words matches some field: «Ушум ёлка»
    // finds the village in the address and the tree in the text.
    conditions.push(words.length > 1 ? { $or: [textMatch(text), { $and: words.map(textMatch) }] } : textMatch(text));
  }
  return conditions.length ? { $and: conditions } : {};
}

/**
 * Lists appeals as a keyset-paged connection: the cursor is the sort value and the id of the last row,
 * so pages stay stable when new appeals arrive. Costs two queries whatever the page size.
 */
export async function listAppeals(
  em: EntityManager,
  user: CurrentUser,
  filter: AppealFilterValues | null | undefined,
  order: AppealOrderValues | null | undefined,
  page: PageInput | undefined,
): Promise<ConnectionShape<Appeal>> {
  const first = pageSize(page);
  // The same checks as the exports, which take the filter as JSON.
  parseAppealFilter({ ...filter });
  const field = order?.field ?? AppealOrderField.REGISTERED_AT;
  if (field === AppealOrderField.RELEVANCE) {
    return listByRelevance(em, user, filter, first, page?.after);
  }
  const direction = order?.direction ?? SortDirection.DESC;
  const column = orderColumns[field];
  // Built once per query: MikroORM consumes a raw() key, such as the text filter's, when a query uses it.
  const where = appealWhere(user, filter);

  let pageWhere: FilterQuery<Appeal> = appealWhere(user, filter);
  if (page?.after) {
    const { value, id } = decodeTimeCursor(page.after);
    const operator = direction === SortDirection.ASC ? '$gt' : '$lt';
    pageWhere = {
      $and: [
        pageWhere,
        { $or: [{ [column]: { [operator]: value } }, { [column]: value, id: { [operator]: id } }] },
      ],
    } as FilterQuery<Appeal>;
  }

  const sort = direction === SortDirection.ASC ? 'asc' : 'desc';
  const [rows, totalCount] = await Promise.all([
    em.find(Appeal, pageWhere, { orderBy: { [column]: sort, id: sort }, limit: first + 1 }),
    em.count(Appeal, where),
  ]);
  return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: (node[column] as Date).toISOString(), id: node.id }));
}

/**
 * Lists the newest RELEVANCE_CANDIDATES matches of the text filter ranked by SEARCH_RANK_SQL, best
 * first. The cursor is the position in that ranking, so a page costs three queries: the candidate
 * ids, the count and the ranked page.
 */
async function listByRelevance(
  em: EntityManager,
  user: CurrentUser,
  filter: AppealFilterValues | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<ConnectionShape<Appeal>> {
  const text = filter?.text?.trim();
  if (!text) {
    throw badField('orderBy.field', 'TEXT_REQUIRED', 'RELEVANCE needs filter.text; order by REGISTERED_AT without a search text.');
  }
  const offset = after ? Number(decodeCursor(after).value) : 0;
  if (!Number.isInteger(offset) || offset < 0) {
    throw badField('page.after', 'INVALID_CURSOR', 'is not a cursor of the RELEVANCE order; pass an endCursor from an earlier page.');
  }
  const [candidates, totalCount] = await Promise.all([
    em.find(Appeal, appealWhere(user, filter), {
      fields: ['id'],
      orderBy: { registeredAt: 'desc', id: 'desc' },
      limit: RELEVANCE_CANDIDATES,
    }),
    em.count(Appeal, appealWhere(user, filter)),
  ]);

  if (candidates.length === 0) {
    return toConnection([], first, totalCount, after, () => ({ value: 0, id: '' }));
  }
  const ranked = await em.getConnection().execute<{ id: string }[]>(
    `select appeal.id from appeal left join municipality place on place.oktmo = appeal.municipality_oktmo
      where appeal.id = any(?::uuid[])
      order by ${SEARCH_RANK_SQL} desc, appeal.registered_at desc, appeal.id desc
      offset ? limit ?`,
    [uuidArrayLiteral(candidates.map((row) => row.id)), ...Array<string>(SEARCH_RANK_PARAMETERS).fill(text), offset, first + 1],
  );

  const rows = await em.find(Appeal, { id: { $in: ranked.map((row) => row.id) } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ranked.map((row) => byId.get(row.id)).filter((row): row is Appeal => row !== undefined);
  const position = new Map(ordered.map((row, index) => [row.id, offset + index + 1]));
  return toConnection(ordered, first, totalCount, after, (node) => ({ value: position.get(node.id)!, id: node.id }));
}
