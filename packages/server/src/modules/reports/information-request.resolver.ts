import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { decodeTimeCursor, pagedComplexity, pageSize, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { assertUuid } from '../../graphql/validation.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserRole } from '../auth/auth.entities.js';
import { agencyScope, requireRole, requireUser, type CurrentUser } from '../auth/current-user.js';
import { DeadlineType } from '../deadlines/deadline.types.js';
import { StoredFileType } from '../files/stored-file.types.js';
import type { RequestChange } from './information-request.service.js';
import { InformationRequest, InformationRequestRecipient } from './report.entities.js';
import * as types from './report.types.js';

/** The center and the agencies; the press service has no part in reports and requests. */
const READERS = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

async function published(context: RequestContext, change: RequestChange) {
  await context.services.countdown.publish(change.changedDeadlines);
  return { request: change.request };
}

/** An agency official sees only requests addressed to its agency; the filter narrows further. */
function requestWhere(user: CurrentUser, filter: types.InformationRequestFilter | undefined): FilterQuery<InformationRequest> {
  const conditions: FilterQuery<InformationRequest>[] = [];
  const scope = agencyScope(user);
  if (scope) {
    conditions.push({ recipients: { $some: { agency: scope } } });
  }
  if (filter?.agencyId) {
    assertUuid(filter.agencyId, 'filter.agencyId');
    conditions.push({ recipients: { $some: { agency: filter.agencyId } } });
  }
  if (filter?.awaitingAnswer != null) {
    const awaiting: FilterQuery<InformationRequestRecipient> = { answeredAt: null, ...(scope ? { agency: scope } : {}) };
    conditions.push({ recipients: filter.awaitingAnswer ? { $some: awaiting } : { $none: awaiting } });
  }
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => types.InformationRequestType)
export class InformationRequestResolver {
  @Query(() => types.InformationRequestConnection, { description: 'Information requests, newest first; an agency official sees only those addressed to its agency.', complexity: pagedComplexity })
  async informationRequests(
    @Ctx() context: RequestContext,
    @Arg('filter', () => types.InformationRequestFilter, { nullable: true }) filter?: types.InformationRequestFilter,
    @Arg('page', () => types.InformationRequestsPageInput, { nullable: true }) page?: types.InformationRequestsPageInput,
  ) {
    const user = requireRole(context.user, READERS);
    const first = pageSize(page);
    const where = requestWhere(user, filter);
    let pageWhere = where;
    if (page?.after) {
      const { value, id } = decodeTimeCursor(page.after);
      pageWhere = { $and: [where, { $or: [{ sentAt: { $lt: value } }, { sentAt: value, id: { $lt: id } }] }] };
    }
    const [rows, totalCount] = await Promise.all([
      context.em.find(InformationRequest, pageWhere, { orderBy: { sentAt: 'desc', id: 'desc' }, limit: first + 1 }),
      context.em.count(InformationRequest, where),
    ]);
    return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: node.sentAt.toISOString(), id: node.id }));
  }

  @Query(() => types.InformationRequestType, { nullable: true })
  async informationRequest(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    const user = requireRole(context.user, READERS);
    assertUuid(id, 'id');
    return context.em.findOne(InformationRequest, { $and: [{ id }, requestWhere(user, undefined)] });
  }

  @Mutation(() => types.InformationRequestPayload, { description: 'Sends an official request to one or many agencies with a due instant; each gets its own deadline (center).' })
  async sendInformationRequest(@Ctx() context: RequestContext, @Arg('input', () => types.SendInformationRequestInput) input: types.SendInformationRequestInput) {
    return published(context, await context.services.informationRequests.send(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.InformationRequestPayload, { description: 'Records the caller’s agency’s one answer; its deadline completes as MET or MISSED (agency).' })
  async answerInformationRequest(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.AnswerInformationRequestInput) input: types.AnswerInformationRequestInput,
  ) {
    return published(context, await context.services.informationRequests.answer(context.em, requireUser(context.user), input));
  }

  @FieldResolver(() => [types.InformationRequestRecipientType], { description: 'Every addressed agency with its answer; an agency official gets only its own.' })
  async recipients(@Root() request: InformationRequest, @Ctx() context: RequestContext) {
    const scope = agencyScope(requireUser(context.user));
    const recipients = await context.loaders.requestRecipientsByRequestId.load(request.id);
    return scope ? recipients.filter((recipient) => recipient.agency.id === scope) : recipients;
  }

  @FieldResolver(() => [StoredFileType], { description: 'The center’s enclosures, oldest first.' })
  async attachments(@Root() request: InformationRequest, @Ctx() context: RequestContext) {
    const links = await context.loaders.requestFilesByRequestId.load(request.id);
    return links.filter((link) => !link.recipient).map((link) => link.file);
  }

  @FieldResolver(() => [DeadlineType], { description: 'One INFORMATION_REQUEST deadline per addressed agency; an agency official gets only its own.' })
  async deadlines(@Root() request: InformationRequest, @Ctx() context: RequestContext) {
    const scope = agencyScope(requireUser(context.user));
    const deadlines = await context.loaders.deadlinesBySubjectId.load(request.id);
    return scope ? deadlines.filter((deadline) => deadline.agency?.id === scope) : deadlines;
  }
}

@Resolver(() => types.InformationRequestRecipientType)
export class InformationRequestRecipientResolver {
  @FieldResolver(() => Boolean)
  answered(@Root() recipient: InformationRequestRecipient) {
    return recipient.answeredAt != null;
  }

  @FieldResolver(() => [StoredFileType], { description: 'Files of this agency’s answer, oldest first.' })
  async attachments(@Root() recipient: InformationRequestRecipient, @Ctx() context: RequestContext) {
    const links = await context.loaders.requestFilesByRequestId.load(recipient.request.id);
    return links.filter((link) => link.recipient?.id === recipient.id).map((link) => link.file);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() recipient: InformationRequestRecipient, @Ctx() context: RequestContext) {
    return context.loaders.agencyById.load(recipient.agency.id);
  }
}
