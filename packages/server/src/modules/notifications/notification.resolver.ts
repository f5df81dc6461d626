import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireUser } from '../auth/current-user.js';
import { assertUuid } from '../../graphql/validation.js';
import { Notification, NotificationKind } from './notification.entity.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

const MAX_NOTIFICATIONS = 100;

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true })
  subjectType?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  readAt?: Date | null;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: 'Notifications to mark; omit to mark all of yours.' , nullable: true })
  notificationIds?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int)
  markedCount!: number;
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => [NotificationType], { description: `Your latest ${MAX_NOTIFICATIONS} notifications, newest first.` })
  notifications(
    @Ctx() context: RequestContext,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
  ) {
    const user = requireUser(context.user);
    return context.em.find(
      Notification,
      unreadOnly ? { recipient: user.id, readAt: null } : { recipient: user.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: MAX_NOTIFICATIONS },
    );
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() context: RequestContext) {
    const user = requireUser(context.user);
    return context.em.count(Notification, { recipient: user.id, readAt: null });
  }

  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(
    @Ctx() context: RequestContext,
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
  ) {
    const user = requireUser(context.user);
    const ids = input.notificationIds;
    ids?.forEach((id, index) => assertUuid(id, `input.notificationIds.${index}`));
    // An omitted list means all of the caller's notifications; an empty list means none.
    const where = ids ? { recipient: user.id, readAt: null, id: { $in: ids } } : { recipient: user.id, readAt: null };
    return context.em.transactional(async (tx) => {
      const markedCount = await tx.nativeUpdate(Notification, where, { readAt: new Date() });
      recordAudit(tx, user, {
        operation: 'markNotificationsRead',
        entityType: 'Notification',
        entityId: user.id,
        after: { markedCount, notificationIds: input.notificationIds ?? null },
      });
      return { markedCount };
    });
  }
}
