import { wrap, type EntityManager } from '@mikro-orm/postgresql';
import type { CurrentUser } from '../auth/current-user.js';
import { User } from '../auth/auth.entities.js';
import { AuditEntry } from './audit.entity.js';

const SECRET_KEY = /password|token|secret/i;

/** Copies a value for the audit log, dropping every key that could hold a secret. */
export function scrubSecrets(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(scrubSecrets);
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, inner]) => [key, scrubSecrets(inner)]),
    );
  }
  return value;
}

/** A plain copy of an entity's own columns (relations as ids) for the before and after of an entry. */
export function auditSnapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) {
    return null;
  }
  const plain = wrap(entity).toObject() as Record<string, unknown>;
  return scrubSecrets(plain) as Record<string, unknown>;
}

export interface AuditRecord {
  operation: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Adds an audit entry to the unit of work, so it commits or rolls back with the change itself. */
export function recordAudit(em: EntityManager, actor: CurrentUser | null, record: AuditRecord): AuditEntry {
  const entry = em.create(AuditEntry, {
    at: new Date(),
    actor: actor ? em.getReference(User, actor.id) : null,
    actorEmail: actor?.email ?? null,
    operation: record.operation,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ? (scrubSecrets(record.before) as Record<string, unknown>) : null,
    after: record.after ? (scrubSecrets(record.after) as Record<string, unknown>) : null,
  });
  em.persist(entry);
  return entry;
}
