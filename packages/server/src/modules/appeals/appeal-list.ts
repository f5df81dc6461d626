import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { badField } from '../../graphql/errors.js';
import { containsPattern, decodeTimeCursor, pageSize, toConnection, type ConnectionShape, type PageInput } from '../../graphql/connection.js';
import { assertUuid } from '../../graphql/validation.js';
import { agencyScope, type CurrentUser } from '../auth/current-user.js';
import { APPEAL_SEARCH_VECTOR, Appeal, AppealChannel, AppealStatus } from './appeal.entity.js';

export enum AppealOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  RECEIVED_AT = 'RECEIVED_AT',
  ANSWER_DUE_AT = 'ANSWER_DUE_AT',
}

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

const orderColumns = {
  [AppealOrderField.REGISTERED_AT]: 'registeredAt',
  [AppealOrderField.RECEIVED_AT]: 'receivedAt',
  [AppealOrderField.ANSWER_DUE_AT]: 'answerDueAt',
} as const;

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
    // Words of the text or the answer by Russian stemming, the appellant's name by substring or
    // trigram similarity, or the number; cur_fold makes ё = е and Mari letters match their Russian base.
    conditions.push({
      $or: [
        { [raw(`${APPEAL_SEARCH_VECTOR} @@ websearch_to_tsquery('russian', cur_fold(?))`, [text])]: true },
        { [raw(`cur_fold(appellant_name) like '%' || cur_fold(?) || '%'`, [escapeLikeText(text)])]: true },
        { [raw(`cur_fold(appellant_name) % cur_fold(?)`, [text])]: true },
        { number: { $ilike: containsPattern(text) } },
      ],
    });
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
  const field = order?.field ?? AppealOrderField.REGISTERED_AT;
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
