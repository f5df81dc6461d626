import type { EntityManager } from '@mikro-orm/postgresql';
import { User, type UserRole } from '../auth/auth.entities.js';
import { CENTER_ROLES } from '../auth/current-user.js';
import { Notification, NotificationKind } from './notification.entity.js';

export interface NotificationMessage {
  kind: NotificationKind;
  title: string;
  body: string;
  subjectType?: string | null;
  subjectId?: string | null;
}

/** Adds one notification for every active user of the center to the current unit of work. */
export async function notifyCenter(em: EntityManager, message: NotificationMessage): Promise<number> {
  const recipients = await em.find(User, { role: { $in: [...CENTER_ROLES] }, active: true }, { fields: ['id'] });
  return addNotifications(em, recipients, message);
}

/** Adds one notification for every active user of a role, such as the press service. */
export async function notifyRole(em: EntityManager, role: UserRole, message: NotificationMessage): Promise<number> {
  const recipients = await em.find(User, { role, active: true }, { fields: ['id'] });
  return addNotifications(em, recipients, message);
}

/** Adds one notification for every active official of an agency. */
export async function notifyAgency(em: EntityManager, agencyId: string, message: NotificationMessage): Promise<number> {
  const recipients = await em.find(User, { agency: agencyId, active: true }, { fields: ['id'] });
  return addNotifications(em, recipients, message);
}

function addNotifications(em: EntityManager, recipients: { id: string }[], message: NotificationMessage): number {
  const createdAt = new Date();
  for (const recipient of recipients) {
    em.persist(
      em.create(Notification, {
        recipient: em.getReference(User, recipient.id),
        kind: message.kind,
        title: message.title,
        body: message.body,
        subjectType: message.subjectType ?? null,
        subjectId: message.subjectId ?? null,
        createdAt,
      }),
    );
  }
  return recipients.length;
}
