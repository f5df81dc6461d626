import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pagedComplexity } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserRole } from '../auth/auth.entities.js';
import { UserType } from '../auth/auth.types.js';
import { canAccessAgency, requireRole } from '../auth/current-user.js';
import { DeadlineType } from '../deadlines/deadline.types.js';
import { MunicipalityType, QuestionTypeType, TopicType } from '../reference/reference.types.js';
import { Appeal, AppealEvent } from './appeal.entity.js';
import { listAppeals } from './appeal-list.js';
import {
  AnswerAppealInput,
  AnswerAppealPayload,
  AppealConnection,
  AppealEventType,
  AppealFilter,
  AppealOrder,
  AppealsPageInput,
  AppealType,
  AssignAppealInput,
  AssignAppealPayload,
  CloseAppealInput,
  CloseAppealPayload,
  ExtendAppealInput,
  ExtendAppealPayload,
  ForwardAppealInput,
  ForwardAppealPayload,
  LeaveAppealUnansweredInput,
  LeaveAppealUnansweredPayload,
  RegisterAppealInput,
  RegisterAppealPayload,
} from './appeal.types.js';
import type { AppealChange } from './appeal.service.js';

const APPEAL_ROLES = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

async function published(context: RequestContext, change: AppealChange): Promise<{ appeal: Appeal; created: boolean }> {
  await context.services.countdown.publish(change.changedDeadlines);
  return { appeal: change.appeal, created: change.created ?? false };
}

@Resolver(() => AppealType)
export class AppealResolver {
  @Query(() => AppealConnection, { description: 'Appeals the caller may see: all for the center, its own for an agency.', complexity: pagedComplexity })
  async appeals(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AppealFilter, { nullable: true }) filter?: AppealFilter,
    @Arg('orderBy', () => AppealOrder, { nullable: true }) orderBy?: AppealOrder,
    @Arg('page', () => AppealsPageInput, { nullable: true }) page?: AppealsPageInput,
  ) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return listAppeals(context.em, user, filter, orderBy, page);
  }

  @Query(() => AppealType, { nullable: true })
  async appeal(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Appeal | null> {
    const user = requireRole(context.user, APPEAL_ROLES);
    assertUuid(id, 'id');
    const appeal = await context.em.findOne(Appeal, { id });
    if (!appeal || !canAccessAgency(user, appeal.agency?.id)) {
      return null;
    }
    return appeal;
  }

  @Mutation(() => RegisterAppealPayload)
  async registerAppeal(@Ctx() context: RequestContext, @Arg('input', () => RegisterAppealInput) input: RegisterAppealInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.register(context.em, user, input));
  }

  @Mutation(() => AssignAppealPayload)
  async assignAppeal(@Ctx() context: RequestContext, @Arg('input', () => AssignAppealInput) input: AssignAppealInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.assign(context.em, user, input));
  }

  @Mutation(() => ForwardAppealPayload, { description: 'Hands an assigned appeal to the competent agency with a reason and the appellant’s notice.' })
  async forwardAppeal(@Ctx() context: RequestContext, @Arg('input', () => ForwardAppealInput) input: ForwardAppealInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.forward(context.em, user, input));
  }

  @Mutation(() => ExtendAppealPayload, { description: 'Extends the answer term once by up to 30 days, with the appellant’s notice.' })
  async extendAppeal(@Ctx() context: RequestContext, @Arg('input', () => ExtendAppealInput) input: ExtendAppealInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.extend(context.em, user, input));
  }

  @Mutation(() => LeaveAppealUnansweredPayload, { description: 'Leaves an appeal without an answer on a ground the law allows.' })
  async leaveAppealUnanswered(
    @Ctx() context: RequestContext,
    @Arg('input', () => LeaveAppealUnansweredInput) input: LeaveAppealUnansweredInput,
  ) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.leaveUnanswered(context.em, user, input));
  }

  @Mutation(() => AnswerAppealPayload)
  async answerAppeal(@Ctx() context: RequestContext, @Arg('input', () => AnswerAppealInput) input: AnswerAppealInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.answer(context.em, user, input));
  }

  @Mutation(() => CloseAppealPayload)
  async closeAppeal(@Ctx() context: RequestContext, @Arg('input', () => CloseAppealInput) input: CloseAppealInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    return published(context, await context.services.appeals.close(context.em, user, input));
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return appeal.agency ? context.loaders.agencyById.load(appeal.agency.id) : null;
  }

  @FieldResolver(() => TopicType)
  async topic(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    const topic = await context.loaders.topicByCode.load(appeal.topic.code);
    if (!topic) {
      throw notFound('Topic', appeal.topic.code);
    }
    return topic;
  }

  @FieldResolver(() => QuestionTypeType, { nullable: true })
  questionType(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return appeal.questionType ? context.loaders.questionTypeByCode.load(appeal.questionType.code) : null;
  }

  @FieldResolver(() => MunicipalityType, { nullable: true })
  municipality(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return appeal.municipality ? context.loaders.municipalityByOktmo.load(appeal.municipality.oktmo) : null;
  }

  @FieldResolver(() => [DeadlineType], { description: 'The appeal’s deadlines, oldest first.' })
  deadlines(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return context.loaders.deadlinesBySubjectId.load(appeal.id);
  }

  @FieldResolver(() => [AppealEventType], { description: 'The append-only history, oldest first.' })
  history(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return context.loaders.appealEventsByAppealId.load(appeal.id);
  }
}

@Resolver(() => AppealEventType)
export class AppealEventResolver {
  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency an assignment or forwarding gave the appeal to.' })
  agency(@Root() event: AppealEvent, @Ctx() context: RequestContext) {
    return event.agency ? context.loaders.agencyById.load(event.agency.id) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() event: AppealEvent, @Ctx() context: RequestContext) {
    return event.actor ? context.loaders.userById.load(event.actor.id) : null;
  }
}
