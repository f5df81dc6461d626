import { Arg, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { AgencyType } from '../agencies/agency.types.js';
import { canAccessAgency, requireUser } from '../auth/current-user.js';
import type { CountdownFilterValues, CountdownFrame } from './countdown.service.js';
import type { Deadline } from './deadline.entity.js';
import { DeadlineCountdownFilter, DeadlineCountdownFrameType, DeadlineType } from './deadline.types.js';

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

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() deadline: Deadline, @Ctx() context: RequestContext) {
    return deadline.agency ? context.loaders.agencyById.load(deadline.agency.id) : null;
  }
}
