import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { containsPattern, decodeCursor, pagedComplexity, pageSize, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { assertUuid } from '../../graphql/validation.js';
import { canAccessAgency, requireUser } from '../auth/current-user.js';
import { ContactOfficialType } from '../contacts/contact.types.js';
import { Agency } from './agency.entity.js';
import {
  AgenciesPageInput,
  AgencyConnection,
  AgencyFilter,
  AgencyType,
  CreateOrganizationInput,
  CreateOrganizationPayload,
  OrganizationType,
} from './agency.types.js';
import { createOrganization } from './organization.service.js';

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'The directory of agencies, ordered by short name.', complexity: pagedComplexity })
  async agencies(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter?: AgencyFilter,
    @Arg('page', () => AgenciesPageInput, { nullable: true }) page?: AgenciesPageInput,
  ) {
    requireUser(context.user);
    const first = pageSize(page);
    const conditions: FilterQuery<Agency>[] = [];
    const search = filter?.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      conditions.push({ $or: [{ shortName: { $ilike: pattern } }, { name: { $ilike: pattern } }] });
    }
    if (filter?.kinds?.length) {
      conditions.push({ kind: { $in: filter.kinds } });
    }
    const where: FilterQuery<Agency> = conditions.length ? { $and: conditions } : {};
    let pageWhere = where;
    if (page?.after) {
      const cursor = decodeCursor(page.after);
      pageWhere = {
        $and: [where, { $or: [{ shortName: { $gt: String(cursor.value) } }, { shortName: String(cursor.value), id: { $gt: cursor.id } }] }],
      };
    }
    const [rows, totalCount] = await Promise.all([
      context.em.find(Agency, pageWhere, { orderBy: { shortName: 'asc', id: 'asc' }, limit: first + 1 }),
      context.em.count(Agency, where),
    ]);
    return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: node.shortName, id: node.id }));
  }

  @Query(() => AgencyType, { nullable: true })
  agency(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    requireUser(context.user);
    assertUuid(id, 'id');
    return context.loaders.agencyById.load(id);
  }

  @FieldResolver(() => [ContactOfficialType], {
    description: 'Contact officials by surname, active ones first; empty for an agency official looking at another agency.',
  })
  async contactOfficials(
    @Root() agency: Agency,
    @Ctx() context: RequestContext,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ) {
    if (!canAccessAgency(requireUser(context.user), agency.id)) {
      return [];
    }
    const contacts = await context.loaders.contactsByAgencyId.load(agency.id);
    return includeInactive ? contacts : contacts.filter((contact) => contact.active);
  }

  @Mutation(() => CreateOrganizationPayload, { description: 'Adds an organization under its founder agency (CENTER_ADMIN).' })
  async createOrganization(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
  ) {
    return { organization: await createOrganization(context.em, context.user, input) };
  }

  @FieldResolver(() => [OrganizationType])
  organizations(@Root() agency: Agency, @Ctx() context: RequestContext) {
    return context.loaders.organizationsByAgencyId.load(agency.id);
  }
}
