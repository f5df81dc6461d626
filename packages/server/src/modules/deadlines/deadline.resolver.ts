import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserRole } from '../auth/auth.entities.js';
import { canAccessAgency, requireRole, requireUser } from '../auth/current-user.js';
import type { CountdownFilterValues, CountdownFrame } from './countdown.service.js';
import type { Deadline } from './deadline.entity.js';
import { DeadlinePolicy } from './deadline-policy.entity.js';
import { setDeadlinePolicy } from './deadline-policy.service.js';
import {
  DeadlineCountdownFilter,
  DeadlineCountdownFrameType,
  DeadlineExplanationType,
  DeadlinePolicyType,
  DeadlineType,
  SetDeadlinePolicyInput,
  SetDeadlinePolicyPayload,
} from './deadline.types.js';

/** Roles that read the deadline policies: the press service handles no terms. */
const POLICY_READERS = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL] as const;

@Resolver(() => DeadlineType)
export class DeadlineResolver {
  @Subscription(() => DeadlineCountdownFrameType, {
    description:
      'A frame with every running deadline the caller may see, every COUNTDOWN_INTERVAL_MS and at once on each change.',
    subscribe: ({ args, context }) => {
      const requestContext = context as RequestContext;
      const user = requireUser(requestContext.user);
      const filter = (args.filter ?? {}) as CountdownFilterValues;
      assertUuid(filter.agencyId, 'filter.agencyId');
      if (filter.agencyId && !canAccessAgency(user, filter.agencyId)) {
        throw forbidden('You may watch the deadlines of your own agency only.');
      }
      return requestContext.services.countdown.subscribe(user, filter);
    },
  })
  deadlineCountdown(
    @Root() frame: CountdownFrame,
    @Arg('filter', () => DeadlineCountdownFilter, { nullable: true }) _filter?: DeadlineCountdownFilter,
  ): CountdownFrame {
    return frame;
  }

  @Query(() => [DeadlinePolicyType], {
    description: 'Deadline policies, newest effective date first; for the center and agency officials, whose terms they set.',
  })
  deadlinePolicies(@Ctx() context: RequestContext) {
    requireRole(context.user, POLICY_READERS);
    return context.em.find(DeadlinePolicy, {}, { orderBy: { effectiveFrom: 'desc', createdAt: 'desc' } });
  }

  @Mutation(() => SetDeadlinePolicyPayload, {
    description: 'Adds a deadline policy (CENTER_ADMIN) and recomputes the running deadlines it covers.',
  })
  async setDeadlinePolicy(@Ctx() context: RequestContext, @Arg('input', () => SetDeadlinePolicyInput) input: SetDeadlinePolicyInput) {
    const { policy, recomputed } = await setDeadlinePolicy(context.em, context.services.deadlines, context.user, input);
    await context.services.countdown.publish(recomputed);
    return { policy, recomputedCount: recomputed.length };
  }

  @FieldResolver(() => DeadlineExplanationType)
  explanation(@Root() deadline: Deadline) {
    return { ...deadline.explanation, policyId: deadline.explanation.policyId ?? null, recomputations: deadline.explanation.recomputations ?? [] };
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() deadline: Deadline, @Ctx() context: RequestContext) {
    return deadline.agency ? context.loaders.agencyById.load(deadline.agency.id) : null;
  }
}
