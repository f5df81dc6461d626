import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pagedComplexity } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserRole } from '../auth/auth.entities.js';
import { UserType } from '../auth/auth.types.js';
import { requireRole } from '../auth/current-user.js';
import type { Deadline } from '../deadlines/deadline.entity.js';
import { Appeal, AppealSatisfaction, AppealStatus } from './appeal.entity.js';
import { AppealFlag } from './appeal-flag.entity.js';
import { listAppealFlags } from './appeal-flag-list.js';
import { AppealReview } from './appeal-review.entity.js';
import { AppealType } from './appeal.types.js';
import { notSatisfiedWithLatestAnswer } from './appeal-quality.service.js';
import {
  AppealFlagConnection,
  AppealFlagFilter,
  AppealFlagsPageInput,
  AppealFlagType,
  AppealReviewType,
  FlagAppealInput,
  FlagAppealPayload,
  RecordAppealSatisfactionInput,
  RecordAppealSatisfactionPayload,
  ReopenAppealInput,
  ReopenAppealPayload,
  ResolveAppealFlagInput,
  ResolveAppealFlagPayload,
  ReviewAppealAnswerInput,
  ReviewAppealAnswerPayload,
  SubmitAppealAnswerForReviewInput,
  SubmitAppealAnswerForReviewPayload,
} from './appeal-quality.types.js';

const QUALITY_ROLES = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

async function published<T extends { changedDeadlines: Deadline[] }>(context: RequestContext, change: T): Promise<T> {
  await context.services.countdown.publish(change.changedDeadlines);
  return change;
}

/** Quality control of appeals: reviews, rework, satisfaction, reopening and flags. */
@Resolver(() => AppealType)
export class AppealQualityResolver {
  @Mutation(() => SubmitAppealAnswerForReviewPayload, { description: 'Stores the agency’s answer draft for the center’s review before sending.' })
  async submitAppealAnswerForReview(
    @Ctx() context: RequestContext,
    @Arg('input', () => SubmitAppealAnswerForReviewInput) input: SubmitAppealAnswerForReviewInput,
  ) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return published(context, await context.services.quality.submitForReview(context.em, user, input));
  }

  @Mutation(() => ReviewAppealAnswerPayload, {
    description: 'Reviews a draft or a sent answer; a failed review returns the appeal to the agency for rework.',
  })
  async reviewAppealAnswer(@Ctx() context: RequestContext, @Arg('input', () => ReviewAppealAnswerInput) input: ReviewAppealAnswerInput) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return published(context, await context.services.quality.review(context.em, user, input));
  }

  @Mutation(() => RecordAppealSatisfactionPayload, { description: 'Records the appellant’s satisfaction with the answer.' })
  async recordAppealSatisfaction(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordAppealSatisfactionInput) input: RecordAppealSatisfactionInput,
  ) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return published(context, await context.services.quality.recordSatisfaction(context.em, user, input));
  }

  @Mutation(() => ReopenAppealPayload, { description: 'Opens an appeal again after the appellant was not satisfied with the latest answer.' })
  async reopenAppeal(@Ctx() context: RequestContext, @Arg('input', () => ReopenAppealInput) input: ReopenAppealInput) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return published(context, await context.services.quality.reopen(context.em, user, input));
  }

  @Mutation(() => FlagAppealPayload, { description: 'Flags a conflict situation or a communication error on an appeal.' })
  async flagAppeal(@Ctx() context: RequestContext, @Arg('input', () => FlagAppealInput) input: FlagAppealInput) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return context.services.quality.flag(context.em, user, input);
  }

  @Mutation(() => ResolveAppealFlagPayload)
  async resolveAppealFlag(@Ctx() context: RequestContext, @Arg('input', () => ResolveAppealFlagInput) input: ResolveAppealFlagInput) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return context.services.quality.resolveFlag(context.em, user, input);
  }

  @Query(() => AppealFlagConnection, { description: 'Flags, newest first: all for the center, its own appeals’ for an agency.', complexity: pagedComplexity })
  async appealFlags(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AppealFlagFilter, { nullable: true }) filter?: AppealFlagFilter,
    @Arg('page', () => AppealFlagsPageInput, { nullable: true }) page?: AppealFlagsPageInput,
  ) {
    const user = requireRole(context.user, QUALITY_ROLES);
    return listAppealFlags(context.em, user, filter, page);
  }

  @FieldResolver(() => [AppealReviewType], { description: 'The center’s reviews of the answer, oldest first.' })
  reviews(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return context.loaders.reviewsByAppealId.load(appeal.id);
  }

  @FieldResolver(() => [AppealFlagType], { description: 'Flags on the appeal, oldest first.' })
  flags(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return context.loaders.flagsByAppealId.load(appeal.id);
  }

  @FieldResolver(() => AppealSatisfaction, { nullable: true, description: 'The latest satisfaction the appellant expressed.' })
  satisfaction(@Root() appeal: Appeal): AppealSatisfaction | null {
    return appeal.satisfaction ?? null;
  }

  @FieldResolver(() => DateTime, { nullable: true, description: 'When the latest satisfaction was recorded.' })
  satisfactionAt(@Root() appeal: Appeal): Date | null {
    return appeal.satisfactionAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The agency’s answer draft awaiting the center’s review.' })
  answerDraft(@Root() appeal: Appeal): string | null {
    return appeal.answerDraft ?? null;
  }

  @FieldResolver(() => DateTime, { nullable: true })
  answerDraftSubmittedAt(@Root() appeal: Appeal): Date | null {
    return appeal.answerDraftSubmittedAt ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when reopenAppeal is allowed: the appellant is not satisfied with the latest answer.' })
  reopenable(@Root() appeal: Appeal): boolean {
    return (appeal.status === AppealStatus.ANSWERED || appeal.status === AppealStatus.CLOSED) && notSatisfiedWithLatestAnswer(appeal);
  }
}

@Resolver(() => AppealReviewType)
export class AppealReviewResolver {
  @FieldResolver(() => UserType, { nullable: true })
  reviewer(@Root() review: AppealReview, @Ctx() context: RequestContext) {
    return review.reviewer ? context.loaders.userById.load(review.reviewer.id) : null;
  }
}

@Resolver(() => AppealFlagType)
export class AppealFlagResolver {
  @FieldResolver(() => AppealType, { description: 'The flagged appeal.' })
  appeal(@Root() flag: AppealFlag, @Ctx() context: RequestContext) {
    return context.loaders.appealById.load(flag.appeal.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  createdBy(@Root() flag: AppealFlag, @Ctx() context: RequestContext) {
    return flag.createdBy ? context.loaders.userById.load(flag.createdBy.id) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  resolvedBy(@Root() flag: AppealFlag, @Ctx() context: RequestContext) {
    return flag.resolvedBy ? context.loaders.userById.load(flag.resolvedBy.id) : null;
  }
}
