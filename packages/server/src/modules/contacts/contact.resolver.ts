import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserType } from '../auth/auth.types.js';
import { canAccessAgency, requireUser } from '../auth/current-user.js';
import type { ContactOfficial, ContactOfficialChange } from './contact.entities.js';
import {
  ContactOfficialChangeType,
  ContactOfficialType,
  CreateContactOfficialInput,
  CreateContactOfficialPayload,
  DeactivateContactOfficialInput,
  DeactivateContactOfficialPayload,
  UpdateContactOfficialInput,
  UpdateContactOfficialPayload,
} from './contact.types.js';

@Resolver(() => ContactOfficialType)
export class ContactOfficialResolver {
  @Mutation(() => CreateContactOfficialPayload)
  async createContactOfficial(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateContactOfficialInput) input: CreateContactOfficialInput,
  ) {
    const user = requireUser(context.user);
    return { contactOfficial: await context.services.contacts.create(context.em, user, input) };
  }

  @Mutation(() => UpdateContactOfficialPayload)
  async updateContactOfficial(
    @Ctx() context: RequestContext,
    @Arg('input', () => UpdateContactOfficialInput) input: UpdateContactOfficialInput,
  ) {
    const user = requireUser(context.user);
    return { contactOfficial: await context.services.contacts.update(context.em, user, input) };
  }

  @Mutation(() => DeactivateContactOfficialPayload)
  async deactivateContactOfficial(
    @Ctx() context: RequestContext,
    @Arg('input', () => DeactivateContactOfficialInput) input: DeactivateContactOfficialInput,
  ) {
    const user = requireUser(context.user);
    return { contactOfficial: await context.services.contacts.deactivate(context.em, user, input) };
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() contact: ContactOfficial, @Ctx() context: RequestContext) {
    return context.loaders.agencyById.load(contact.agency.id);
  }

  @FieldResolver(() => [ContactOfficialChangeType], { description: 'Every change of every field, newest first.' })
  history(@Root() contact: ContactOfficial, @Ctx() context: RequestContext) {
    if (!canAccessAgency(requireUser(context.user), contact.agency.id)) {
      return [];
    }
    return context.loaders.contactChangesByContactId.load(contact.id);
  }
}

@Resolver(() => ContactOfficialChangeType)
export class ContactOfficialChangeResolver {
  @FieldResolver(() => UserType, { nullable: true })
  changedBy(@Root() change: ContactOfficialChange, @Ctx() context: RequestContext) {
    return change.changedBy ? context.loaders.userById.load(change.changedBy.id) : null;
  }
}
