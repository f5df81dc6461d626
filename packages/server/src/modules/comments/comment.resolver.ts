import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { containsPattern, decodeTimeCursor, pagedComplexity, pageSize, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { badField, notFound } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserType } from '../auth/auth.types.js';
import { UserRole } from '../auth/auth.entities.js';
import { agencyScope, requireUser, type CurrentUser } from '../auth/current-user.js';
import { DeadlineType } from '../deadlines/deadline.types.js';
import { TopicType } from '../reference/reference.types.js';
import { removeCommentRoute, routeTopic, setCommentRoute } from './comment-routing.js';
import {
  CommentDraft,
  CommentRoutingRule,
  DraftReviewOutcome,
  InformationRisk,
  InformationRiskEvent,
  InformationRiskStatus,
} from './comment.entities.js';
import type { CaseChange } from './comment.service.js';
import * as types from './comment.types.js';

async function published(context: RequestContext, change: CaseChange) {
  await context.services.countdown.publish(change.changedDeadlines);
  return { informationRisk: change.risk };
}

/** Statuses in which a case has an approved comment, the only cases the press service reads. */
const WITH_APPROVED_COMMENT = [InformationRiskStatus.APPROVED, InformationRiskStatus.PUBLISHED, InformationRiskStatus.DISTRIBUTED];

function riskWhere(user: CurrentUser, filter: types.InformationRiskFilter | undefined): FilterQuery<InformationRisk> {
  const conditions: FilterQuery<InformationRisk>[] = [];
  const scope = agencyScope(user);
  if (scope) {
    conditions.push({ agency: scope });
  }
  if (user.role === UserRole.PRESS_SERVICE) {
    conditions.push({ $or: [{ status: { $in: WITH_APPROVED_COMMENT } }, { status: InformationRiskStatus.CLOSED, distributedAt: { $ne: null } }] });
  }
  if (filter?.agencyId) {
    assertUuid(filter.agencyId, 'filter.agencyId');
    conditions.push({ agency: filter.agencyId });
  }
  if (filter?.statuses?.length) {
    conditions.push({ status: { $in: filter.statuses } });
  }
  const text = filter?.text?.trim();
  if (text) {
    if (text.length > 200) {
      throw badField('filter.text', 'TOO_LONG', 'must be at most 200 characters');
    }
    const pattern = containsPattern(text);
    conditions.push({
      $or: [{ number: { $ilike: pattern } }, { title: { $ilike: pattern } }, { excerpt: { $ilike: pattern } }, { source: { $ilike: pattern } }],
    });
  }
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => types.InformationRiskType)
export class InformationRiskResolver {
  @Query(() => types.InformationRiskConnection, { description: 'Misinformation cases, newest detection first.', complexity: pagedComplexity })
  async informationRisks(
    @Ctx() context: RequestContext,
    @Arg('filter', () => types.InformationRiskFilter, { nullable: true }) filter?: types.InformationRiskFilter,
    @Arg('page', () => types.InformationRisksPageInput, { nullable: true }) page?: types.InformationRisksPageInput,
  ) {
    const user = requireUser(context.user);
    const first = pageSize(page);
    const where = riskWhere(user, filter);
    let pageWhere = where;
    if (page?.after) {
      const { value, id } = decodeTimeCursor(page.after);
      pageWhere = { $and: [where, { $or: [{ detectedAt: { $lt: value } }, { detectedAt: value, id: { $lt: id } }] }] };
    }
    const [rows, totalCount] = await Promise.all([
      context.em.find(InformationRisk, pageWhere, { orderBy: { detectedAt: 'desc', id: 'desc' }, limit: first + 1 }),
      context.em.count(InformationRisk, where),
    ]);
    return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: node.detectedAt.toISOString(), id: node.id }));
  }

  @Query(() => types.InformationRiskType, { nullable: true })
  async informationRisk(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    const user = requireUser(context.user);
    assertUuid(id, 'id');
    return context.em.findOne(InformationRisk, { $and: [{ id }, riskWhere(user, undefined)] });
  }

  @Mutation(() => types.DetectInformationRiskPayload, { description: 'Registers a publication found by the center or pushed by monitoring; the first 3-hour clock starts.' })
  async detectInformationRisk(@Ctx() context: RequestContext, @Arg('input', () => types.DetectInformationRiskInput) input: types.DetectInformationRiskInput) {
    return published(context, await context.services.comments.detect(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.RequestInformationRiskVerificationPayload, { description: 'Asks the agency’s contact official to verify the publication (center).' })
  async requestInformationRiskVerification(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.RequestInformationRiskVerificationInput) input: types.RequestInformationRiskVerificationInput,
  ) {
    return published(context, await context.services.comments.requestVerification(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.RecordInformationRiskVerificationPayload, { description: 'Records the agency’s finding; TRUE closes the case without a comment.' })
  async recordInformationRiskVerification(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.RecordInformationRiskVerificationInput) input: types.RecordInformationRiskVerificationInput,
  ) {
    return published(context, await context.services.comments.recordVerification(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.SendCommentProposalPayload, { description: 'Sends the center’s proposal; stops the first clock and starts the agency’s 3-hour clock.' })
  async sendCommentProposal(@Ctx() context: RequestContext, @Arg('input', () => types.SendCommentProposalInput) input: types.SendCommentProposalInput) {
    return published(context, await context.services.comments.sendProposal(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.SubmitCommentDraftPayload, { description: 'Submits a new version of the agency’s draft comment.' })
  async submitCommentDraft(@Ctx() context: RequestContext, @Arg('input', () => types.SubmitCommentDraftInput) input: types.SubmitCommentDraftInput) {
    return published(context, await context.services.comments.submitDraft(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.ApproveOfficialCommentPayload, { description: 'Approves the latest draft; fails naming every missing part of the comment.' })
  async approveOfficialComment(@Ctx() context: RequestContext, @Arg('input', () => types.ApproveOfficialCommentInput) input: types.ApproveOfficialCommentInput) {
    return published(context, await context.services.comments.approve(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.ReturnCommentDraftPayload, { description: 'Returns the latest draft with remarks; the agency has 3 hours again.' })
  async returnCommentDraft(@Ctx() context: RequestContext, @Arg('input', () => types.ReturnCommentDraftInput) input: types.ReturnCommentDraftInput) {
    return published(context, await context.services.comments.returnDraft(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.RecordCommentPublicationPayload, { description: 'Records where the agency published the comment and e-mails it to the head’s press service.' })
  async recordCommentPublication(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.RecordCommentPublicationInput) input: types.RecordCommentPublicationInput,
  ) {
    return published(context, await context.services.comments.recordPublication(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.RecordCommentDistributionPayload, { description: 'Records the news outlet the center passed the comment to.' })
  async recordCommentDistribution(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.RecordCommentDistributionInput) input: types.RecordCommentDistributionInput,
  ) {
    return published(context, await context.services.comments.recordDistribution(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.CloseInformationRiskPayload)
  async closeInformationRisk(@Ctx() context: RequestContext, @Arg('input', () => types.CloseInformationRiskInput) input: types.CloseInformationRiskInput) {
    return published(context, await context.services.comments.close(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.DismissInformationRiskPayload, { description: 'Dismisses the case with a reason at any step before approval.' })
  async dismissInformationRisk(@Ctx() context: RequestContext, @Arg('input', () => types.DismissInformationRiskInput) input: types.DismissInformationRiskInput) {
    return published(context, await context.services.comments.dismiss(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.SupersedeOfficialCommentPayload, { description: 'Opens a new round after approval; the approved version is kept, marked superseded.' })
  async supersedeOfficialComment(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.SupersedeOfficialCommentInput) input: types.SupersedeOfficialCommentInput,
  ) {
    return published(context, await context.services.comments.supersede(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.RerouteInformationRiskPayload, { description: 'Hands the case to another agency before approval.' })
  async rerouteInformationRisk(@Ctx() context: RequestContext, @Arg('input', () => types.RerouteInformationRiskInput) input: types.RerouteInformationRiskInput) {
    return published(context, await context.services.comments.reroute(context.em, requireUser(context.user), input));
  }

  @FieldResolver(() => TopicType)
  async topic(@Root() risk: InformationRisk, @Ctx() context: RequestContext) {
    const topic = await context.loaders.topicByCode.load(risk.topic.code);
    if (!topic) {
      throw notFound('Topic', risk.topic.code);
    }
    return topic;
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() risk: InformationRisk, @Ctx() context: RequestContext) {
    return context.loaders.agencyById.load(risk.agency.id);
  }

  @FieldResolver(() => [types.CommentDraftType], { description: 'Every version, oldest first; the approved one only for the press service.' })
  async drafts(@Root() risk: InformationRisk, @Ctx() context: RequestContext) {
    const drafts = await context.loaders.draftsByRiskId.load(risk.id);
    // The press service receives the approved comment, not the drafts and remarks that led to it.
    if (requireUser(context.user).role === UserRole.PRESS_SERVICE) {
      return drafts.filter((draft) => draft.reviewOutcome === DraftReviewOutcome.APPROVED && !draft.supersededAt);
    }
    return drafts;
  }

  @FieldResolver(() => types.CommentDraftType, { nullable: true, description: 'The approved version in force.' })
  async approvedDraft(@Root() risk: InformationRisk, @Ctx() context: RequestContext) {
    const drafts = await context.loaders.draftsByRiskId.load(risk.id);
    return drafts.findLast((draft) => draft.reviewOutcome === DraftReviewOutcome.APPROVED && !draft.supersededAt) ?? null;
  }

  @FieldResolver(() => [types.InformationRiskEventType], { description: 'The append-only history, oldest first; empty for the press service.' })
  history(@Root() risk: InformationRisk, @Ctx() context: RequestContext) {
    if (requireUser(context.user).role === UserRole.PRESS_SERVICE) {
      return [];
    }
    return context.loaders.riskEventsByRiskId.load(risk.id);
  }

  @FieldResolver(() => [DeadlineType], { description: 'The two 3-hour clocks, each round of drafting included.' })
  deadlines(@Root() risk: InformationRisk, @Ctx() context: RequestContext) {
    return context.loaders.deadlinesBySubjectId.load(risk.id);
  }
}

@Resolver(() => types.CommentDraftType)
export class CommentDraftResolver {
  @FieldResolver(() => TopicType, { nullable: true })
  topic(@Root() draft: CommentDraft, @Ctx() context: RequestContext) {
    return draft.topic ? context.loaders.topicByCode.load(draft.topic.code) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  submittedBy(@Root() draft: CommentDraft, @Ctx() context: RequestContext) {
    return draft.submittedBy ? context.loaders.userById.load(draft.submittedBy.id) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  reviewedBy(@Root() draft: CommentDraft, @Ctx() context: RequestContext) {
    return draft.reviewedBy ? context.loaders.userById.load(draft.reviewedBy.id) : null;
  }
}

@Resolver(() => types.InformationRiskEventType)
export class InformationRiskEventResolver {
  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() event: InformationRiskEvent, @Ctx() context: RequestContext) {
    return event.actor ? context.loaders.userById.load(event.actor.id) : null;
  }
}

@Resolver(() => types.CommentRoutingRuleType)
export class CommentRoutingRuleResolver {
  @Query(() => [types.CommentRoutingRuleType], { description: 'The routing table from topics to responsible agencies.' })
  commentRoutingRules(@Ctx() context: RequestContext) {
    requireUser(context.user);
    return context.em.find(CommentRoutingRule, {}, { orderBy: { topic: { code: 'asc' } } });
  }

  @Query(() => AgencyType, { nullable: true, description: 'The agency the routing table gives a topic, or null when no rule covers it.' })
  async commentRouteForTopic(@Ctx() context: RequestContext, @Arg('topicCode', () => String) topicCode: string) {
    requireUser(context.user);
    return routeTopic(context.em, topicCode.trim());
  }

  @Mutation(() => types.SetCommentRoutePayload, { description: 'Routes a topic and its subtopics to an agency (center).' })
  async setCommentRoute(@Ctx() context: RequestContext, @Arg('input', () => types.SetCommentRouteInput) input: types.SetCommentRouteInput) {
    return { rule: await setCommentRoute(context.em, context.user, input) };
  }

  @Mutation(() => types.RemoveCommentRoutePayload)
  async removeCommentRoute(@Ctx() context: RequestContext, @Arg('input', () => types.RemoveCommentRouteInput) input: types.RemoveCommentRouteInput) {
    return { removed: await removeCommentRoute(context.em, context.user, input) };
  }

  @FieldResolver(() => TopicType)
  topic(@Root() rule: CommentRoutingRule, @Ctx() context: RequestContext) {
    return context.loaders.topicByCode.load(rule.topic.code);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() rule: CommentRoutingRule, @Ctx() context: RequestContext) {
    return context.loaders.agencyById.load(rule.agency.id);
  }
}
