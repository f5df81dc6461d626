import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { UserType } from '../auth/auth.types.js';
import { canAccessAgency, requireRole, type CurrentUser } from '../auth/current-user.js';
import { UserRole } from '../auth/auth.entities.js';
import { Appeal } from './appeal.entity.js';
import { AppealRepeatSuggestion } from './appeal-repeat.entity.js';
import {
  AppealRepeatSuggestionType,
  ConfirmAppealRepeatInput,
  ConfirmAppealRepeatPayload,
  RejectAppealRepeatInput,
  RejectAppealRepeatPayload,
} from './appeal-repeat.types.js';
import { AppealType } from './appeal.types.js';

const REPEAT_ROLES = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

/** Loads an appeal through the request's loader and returns it only if the caller may see it. */
async function visibleAppeal(context: RequestContext, user: CurrentUser, appealId: string): Promise<Appeal | null> {
  const appeal = await context.loaders.appealById.load(appealId);
  return appeal && canAccessAgency(user, appeal.agency?.id) ? appeal : null;
}

@Resolver(() => AppealType)
export class AppealRepeatFieldsResolver {
  @FieldResolver(() => [AppealRepeatSuggestionType], {
    description: 'Earlier appeals of the same appellant found at registration, the closest first; an agency official sees those of its agency.',
  })
  async repeatSuggestions(@Root() appeal: Appeal, @Ctx() context: RequestContext): Promise<AppealRepeatSuggestion[]> {
    const user = requireRole(context.user, REPEAT_ROLES);
    const suggestions = await context.loaders.repeatSuggestionsByAppealId.load(appeal.id);
    const earlier = await Promise.all(suggestions.map((suggestion) => visibleAppeal(context, user, suggestion.earlierAppeal.id)));
    return suggestions.filter((_, index) => earlier[index] !== null);
  }

  @FieldResolver(() => AppealType, { nullable: true, description: 'The earlier appeal an operator confirmed this one repeats.' })
  repeatOf(@Root() appeal: Appeal, @Ctx() context: RequestContext): Promise<Appeal | null> | null {
    const user = requireRole(context.user, REPEAT_ROLES);
    return appeal.repeatOf ? visibleAppeal(context, user, appeal.repeatOf.id) : null;
  }
}

@Resolver(() => AppealRepeatSuggestionType)
export class AppealRepeatSuggestionResolver {
  @Mutation(() => ConfirmAppealRepeatPayload, {
    description: 'Confirms that the appeal repeats the earlier one; the appeal’s other open suggestions are rejected.',
  })
  async confirmAppealRepeat(@Ctx() context: RequestContext, @Arg('input', () => ConfirmAppealRepeatInput) input: ConfirmAppealRepeatInput) {
    const user = requireRole(context.user, REPEAT_ROLES);
    const suggestion = await context.services.repeats.confirm(context.em, user, input);
    return { suggestion, appeal: suggestion.appeal };
  }

  @Mutation(() => RejectAppealRepeatPayload, { description: 'Records that the appeal does not repeat the suggested earlier one.' })
  async rejectAppealRepeat(@Ctx() context: RequestContext, @Arg('input', () => RejectAppealRepeatInput) input: RejectAppealRepeatInput) {
    const user = requireRole(context.user, REPEAT_ROLES);
    const suggestion = await context.services.repeats.reject(context.em, user, input);
    return { suggestion, appeal: suggestion.appeal };
  }

  @FieldResolver(() => AppealType, { nullable: true, description: 'The earlier appeal; null when the caller may not see it.' })
  async earlierAppeal(@Root() suggestion: AppealRepeatSuggestion, @Ctx() context: RequestContext): Promise<Appeal | null> {
    const user = requireRole(context.user, REPEAT_ROLES);
    return visibleAppeal(context, user, suggestion.earlierAppeal.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  decidedBy(@Root() suggestion: AppealRepeatSuggestion, @Ctx() context: RequestContext) {
    return suggestion.decidedBy ? context.loaders.userById.load(suggestion.decidedBy.id) : null;
  }
}
