import type { FilterQuery } from '@mikro-orm/postgresql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, decodeCursor, pagedComplexity, PageInput, pageSize, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserRole } from '../auth/auth.entities.js';
import { requireRole } from '../auth/current-user.js';
import { AuditEntry } from './audit.entity.js';

@ObjectType('AuditEntry', { description: 'Who changed what and when, with the values before and after.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  actorEmail?: string | null;

  @Field(() => String)
  operation!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after?: Record<string, unknown> | null;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  operation?: string | null;

  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;
}

@InputType()
export class AuditPageInput extends PageInput {}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first; for the center’s administrator.', complexity: pagedComplexity })
  async auditLog(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('page', () => AuditPageInput, { nullable: true }) page?: AuditPageInput,
  ) {
    requireRole(context.user, [UserRole.CENTER_ADMIN]);
    const first = pageSize(page);
    const conditions: FilterQuery<AuditEntry>[] = [];
    assertUuid(filter?.actorId, 'filter.actorId');
    if (filter?.actorId) conditions.push({ actor: filter.actorId });
    if (filter?.operation) conditions.push({ operation: filter.operation });
    if (filter?.entityType) conditions.push({ entityType: filter.entityType });
    if (filter?.entityId) conditions.push({ entityId: filter.entityId });
    if (filter?.from) conditions.push({ at: { $gte: filter.from } });
    if (filter?.to) conditions.push({ at: { $lt: filter.to } });
    const where: FilterQuery<AuditEntry> = conditions.length ? { $and: conditions } : {};
    let pageWhere = where;
    if (page?.after) {
      const { id } = decodeCursor(page.after);
      if (!/^\d+$/.test(id)) {
        throw badField('page.after', 'INVALID_CURSOR', 'is not a cursor of the audit log; pass an endCursor from an earlier page.');
      }
      pageWhere = { $and: [where, { id: { $lt: id } }] };
    }

    const [rows, totalCount] = await Promise.all([
      context.em.find(AuditEntry, pageWhere, { orderBy: { id: 'desc' }, limit: first + 1 }),
      context.em.count(AuditEntry, where),
    ]);
    return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: null, id: String(node.id) }));
  }
}
