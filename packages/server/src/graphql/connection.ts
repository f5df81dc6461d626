import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { badField } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  // Abstract and unnamed: the concrete `XConnection` class that extends it is what the schema shows.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;

@InputType({ description: 'Forward paging: up to `first` items after the `after` cursor.' })
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The position of a row in a keyset order: the sort value and the id that breaks ties. */
export interface Cursor {
  value: string | number | null;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'page.after'): Cursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[1] === 'string') {
      return { value: decoded[0] as Cursor['value'], id: decoded[1] };
    }
  } catch {
    // Falls through to the error below: a cursor that does not parse is the client's mistake.
  }
  throw badField(field, 'INVALID_CURSOR', 'is not a cursor this API issued; pass an endCursor from an earlier page.');
}

export function pageSize(page: PageInput | undefined): number {
  const first = page?.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badField('page.first', 'OUT_OF_RANGE', `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  return first;
}

/**
 * Builds a connection from a page fetched with `limit: first + 1`: the extra row only shows that a
 * next page exists. `cursorOf` gives the keyset position of a row in the page's order.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  after: string | null | undefined,
  cursorOf: (row: T) => Cursor,
): ConnectionShape<T> {
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Returns an ILIKE pattern that matches `text` anywhere, with the wildcard characters in it escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Decodes a cursor of a list ordered by a timestamp, rejecting one issued for another order. */
export function decodeTimeCursor(cursor: string, field = 'page.after'): { value: Date; id: string } {
  const decoded = decodeCursor(cursor, field);
  const value = typeof decoded.value === 'string' ? new Date(decoded.value) : null;
  if (!value || Number.isNaN(value.getTime())) {
    throw badField(field, 'INVALID_CURSOR', 'does not match this order; request the first page again.');
  }
  return { value, id: decoded.id };
}

/**
 * Cost of a paged list for the complexity limit: the cost of one node times the page size, so that
 * aliasing many large pages in one operation is rejected before it runs.
 */
export function pagedComplexity({ args, childComplexity }: { args: { page?: PageInput | null }; childComplexity: number }): number {
  // Clamped, so that an oversized page reaches pageSize and fails there with the field named.
  const first = Math.min(Math.max(args.page?.first ?? 20, 1), MAX_PAGE_SIZE);
  return 1 + childComplexity * first;
}

/**
 * Lists rows newest first by a timestamp column as a keyset-paged connection, with the id breaking
 * ties. Costs two queries: the page and the total count of `where`.
 */
export async function listNewestFirst<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  timeField: keyof T & string,
  page: PageInput | undefined,
): Promise<ConnectionShape<T>> {
  const first = pageSize(page);
  let pageWhere = where;
  if (page?.after) {
    const { value, id } = decodeTimeCursor(page.after);
    pageWhere = { $and: [where, { $or: [{ [timeField]: { $lt: value } }, { [timeField]: value, id: { $lt: id } }] }] } as FilterQuery<T>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, pageWhere, { orderBy: { [timeField]: 'desc', id: 'desc' } as never, limit: first + 1 }),
    em.count(entity, where),
  ]);
  return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: (node[timeField] as Date).toISOString(), id: node.id }));
}
