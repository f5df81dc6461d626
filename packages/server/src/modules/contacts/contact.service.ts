import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { badField, conflict, forbidden, notFound } from '../../graphql/errors.js';
import { email, parseInput, personName, phone, requiredText, version } from '../../graphql/validation.js';
import { Agency } from '../agencies/agency.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { canAccessAgency, type CurrentUser } from '../auth/current-user.js';
import { notifyCenter } from '../notifications/notification.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { ContactOfficial, ContactOfficialChange } from './contact.entities.js';

const contactFields = {
  surname: personName(100),
  firstName: personName(100),
  patronymic: personName(100),
  position: requiredText(300),
  email,
  phone,
};

const createSchema = z.object({ agencyId: z.uuid({ message: 'must be an agency id (UUID)' }), ...contactFields });

const updateSchema = z.object({
  contactOfficialId: z.uuid({ message: 'must be a contact official id (UUID)' }),
  expectedVersion: z.number({ message: 'is required: send the version you read' }).pipe(version),
  surname: contactFields.surname.nullish(),
  firstName: contactFields.firstName.nullish(),
  patronymic: contactFields.patronymic.nullish(),
  position: contactFields.position.nullish(),
  email: contactFields.email.nullish(),
  phone: contactFields.phone.nullish(),
});

const deactivateSchema = z.object({
  contactOfficialId: z.uuid({ message: 'must be a contact official id (UUID)' }),
  expectedVersion: version,
});

/** The fields whose changes are kept as history, in the order the history lists them. */
export const TRACKED_CONTACT_FIELDS = ['surname', 'firstName', 'patronymic', 'position', 'email', 'phone', 'active'] as const;
type TrackedField = (typeof TRACKED_CONTACT_FIELDS)[number];

const fieldLabels: Record<TrackedField, string> = {
  surname: 'фамилия',
  firstName: 'имя',
  patronymic: 'отчество',
  position: 'должность',
  email: 'e-mail',
  phone: 'телефон',
  active: 'статус',
};

function assertMayEdit(actor: CurrentUser, agencyId: string): void {
  if (actor.role !== UserRole.CENTER_ADMIN && actor.role !== UserRole.AGENCY_OFFICIAL) {
    throw forbidden('Contact officials are kept by their agency and by the center’s administrator.');
  }
  if (!canAccessAgency(actor, agencyId)) {
    throw forbidden('You may change the contact officials of your own agency only.');
  }
}

function fullName(contact: ContactOfficial): string {
  return `${contact.surname} ${contact.firstName} ${contact.patronymic}`;
}

/** Keeps contact officials, their field-by-field history, and tells the center about every change. */
export class ContactService {
  async create(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ContactOfficial> {
    const values = parseInput(createSchema, input);
    assertMayEdit(actor, values.agencyId);
    return em.transactional(async (tx) => {
      const agency = await tx.findOne(Agency, { id: values.agencyId });
      if (!agency) {
        throw badField('input.agencyId', 'NOT_FOUND', `agency ${values.agencyId} does not exist.`);
      }
      const { agencyId: _agencyId, ...fields } = values;
      const contact = tx.create(ContactOfficial, { ...fields, agency });
      for (const field of TRACKED_CONTACT_FIELDS) {
        this.addChange(tx, contact, actor, field, null, String(contact[field]));
      }
      await notifyCenter(tx, {
        kind: NotificationKind.CONTACT_OFFICIAL_CHANGED,
        title: `${agency.shortName}: новое контактное лицо`,
        body: `${fullName(contact)}, ${contact.position}, ${contact.email}, ${contact.phone}`,
        subjectType: 'AGENCY',
        subjectId: agency.id,
      });
      recordAudit(tx, actor, { operation: 'createContactOfficial', entityType: 'ContactOfficial', entityId: contact.id, after: auditSnapshot(contact) });
      return contact;
    });
  }

  async update(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ContactOfficial> {
    const values = parseInput(updateSchema, input);
    return em.transactional(async (tx) => {
      const contact = await this.loadForChange(tx, actor, values.contactOfficialId, values.expectedVersion);
      const before = auditSnapshot(contact);
      const changes: string[] = [];
      for (const field of TRACKED_CONTACT_FIELDS) {
        if (field === 'active') {
          continue;
        }
        const next = values[field];
        if (next == null || next === contact[field]) {
          continue;
        }
        this.addChange(tx, contact, actor, field, contact[field], next);
        changes.push(`${fieldLabels[field]}: «${contact[field]}» → «${next}»`);
        contact[field] = next;
      }
      if (changes.length === 0) {
        return contact;
      }
      await notifyCenter(tx, {
        kind: NotificationKind.CONTACT_OFFICIAL_CHANGED,
        title: `${contact.agency.shortName}: изменены данные контактного лица ${fullName(contact)}`,
        body: changes.join('; '),
        subjectType: 'AGENCY',
        subjectId: contact.agency.id,
      });
      await tx.flush();
      recordAudit(tx, actor, { operation: 'updateContactOfficial', entityType: 'ContactOfficial', entityId: contact.id, before, after: auditSnapshot(contact) });
      return contact;
    });
  }

  async deactivate(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ContactOfficial> {
    const values = parseInput(deactivateSchema, input);
    return em.transactional(async (tx) => {
      const contact = await this.loadForChange(tx, actor, values.contactOfficialId, values.expectedVersion);
      if (!contact.active) {
        return contact;
      }
      const before = auditSnapshot(contact);
      this.addChange(tx, contact, actor, 'active', 'true', 'false');
      contact.active = false;
      await notifyCenter(tx, {
        kind: NotificationKind.CONTACT_OFFICIAL_CHANGED,
        title: `${contact.agency.shortName}: контактное лицо ${fullName(contact)} исключено`,
        body: `${contact.position}`,
        subjectType: 'AGENCY',
        subjectId: contact.agency.id,
      });
      await tx.flush();
      recordAudit(tx, actor, { operation: 'deactivateContactOfficial', entityType: 'ContactOfficial', entityId: contact.id, before, after: auditSnapshot(contact) });
      return contact;
    });
  }

  private async loadForChange(tx: EntityManager, actor: CurrentUser, id: string, expectedVersion: number): Promise<ContactOfficial> {
    const contact = await tx.findOne(ContactOfficial, { id }, { populate: ['agency'], lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!contact || !canAccessAgency(actor, contact.agency.id)) {
      throw notFound('ContactOfficial', id);
    }
    assertMayEdit(actor, contact.agency.id);
    if (contact.version !== expectedVersion) {
      throw conflict(
        `Contact official ${fullName(contact)} changed since you read it (version ${contact.version}, you sent ${expectedVersion}); reload and try again.`,
        { currentVersion: contact.version },
      );
    }
    return contact;
  }

  private addChange(
    tx: EntityManager,
    contact: ContactOfficial,
    actor: CurrentUser,
    field: TrackedField,
    oldValue: string | null,
    newValue: string | null,
  ): void {
    tx.persist(
      tx.create(ContactOfficialChange, {
        contact,
        changedBy: tx.getReference(User, actor.id),
        changedAt: new Date(),
        field,
        oldValue,
        newValue,
      }),
    );
  }
}
