import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { badField } from '../../graphql/errors.js';
import { inn, parseInput, requiredText } from '../../graphql/validation.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { UserRole } from '../auth/auth.entities.js';
import { requireRole, type CurrentUser } from '../auth/current-user.js';
import { Agency, Organization } from './agency.entity.js';

const createOrganizationSchema = z.object({
  founderAgencyId: z.uuid({ message: 'must be an agency id (UUID)' }),
  name: requiredText(500),
  inn: inn.refine((value) => value === null || value.length === 10, { message: 'must be the 10-digit INN of an organization' }),
});

/** Adds a state organization under its founder agency; the center's administrator keeps this list. */
export async function createOrganization(em: EntityManager, actor: CurrentUser | null, input: unknown): Promise<Organization> {
  const caller = requireRole(actor, [UserRole.CENTER_ADMIN]);
  const values = parseInput(createOrganizationSchema, input);
  return em.transactional(async (tx) => {
    const founder = await tx.findOne(Agency, { id: values.founderAgencyId });
    if (!founder) {
      throw badField('input.founderAgencyId', 'NOT_FOUND', `agency ${values.founderAgencyId} does not exist.`);
    }
    const organization = tx.create(Organization, { name: values.name, inn: values.inn, founder });
    recordAudit(tx, caller, {
      operation: 'createOrganization',
      entityType: 'Organization',
      entityId: organization.id,
      after: auditSnapshot(organization),
    });
    return organization;
  });
}
