import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeTimeCursor, pageSize, toConnection, type ConnectionShape, type PageInput } from '../../graphql/connection.js';
import { assertUuid } from '../../graphql/validation.js';
import { agencyScope, type CurrentUser } from '../auth/current-user.js';
import { AppealFlag, AppealFlagKind } from './appeal-flag.entity.js';

export interface AppealFlagFilterValues {
  kind?: AppealFlagKind | null;
  /** True: resolved flags only; false: open flags only; null: both. */
  resolved?: boolean | null;
  agencyId?: string | null;
  appealId?: string | null;
}

/** Builds the flag filter with the caller's agency scope first, so that no filter can widen it. */
function flagWhere(user: CurrentUser, filter: AppealFlagFilterValues | null | undefined): FilterQuery<AppealFlag> {
  const conditions: FilterQuery<AppealFlag>[] = [];
  const scope = agencyScope(user);
  if (scope) {
    conditions.push({ appeal: { agency: scope } });
  }
  if (filter?.agencyId) {
    assertUuid(filter.agencyId, 'filter.agencyId');
    conditions.push({ appeal: { agency: filter.agencyId } });
  }
  if (filter?.appealId) {
    assertUuid(filter.appealId, 'filter.appealId');
    conditions.push({ appeal: filter.appealId });
  }
  if (filter?.kind) {
    conditions.push({ kind: filter.kind });
  }
  if (filter?.resolved != null) {
    conditions.push({ resolvedAt: filter.resolved ? { $ne: null } : null });
  }
  return conditions.length ? { $and: conditions } : {};
}

/** Lists flags newest first as a keyset-paged connection; two queries whatever the page size. */
export async function listAppealFlags(
  em: EntityManager,
  user: CurrentUser,
  filter: AppealFlagFilterValues | null | undefined,
  page: PageInput | undefined,
): Promise<ConnectionShape<AppealFlag>> {
  const first = pageSize(page);
  let pageWhere = flagWhere(user, filter);
  if (page?.after) {
    const { value, id } = decodeTimeCursor(page.after);
    pageWhere = { $and: [pageWhere, { $or: [{ createdAt: { $lt: value } }, { createdAt: value, id: { $lt: id } }] }] };
  }
  const [rows, totalCount] = await Promise.all([
    em.find(AppealFlag, pageWhere, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
    em.count(AppealFlag, flagWhere(user, filter)),
  ]);
  return toConnection(rows, first, totalCount, page?.after, (flag) => ({ value: flag.createdAt.toISOString(), id: flag.id }));
}
