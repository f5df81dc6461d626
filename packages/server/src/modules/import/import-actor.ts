import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User, UserRole } from '../auth/auth.entities.js';
import type { ImportActor } from './import-run-store.js';

/** Only the center's administrator imports appeals and reads import runs. */
export const IMPORT_ROLES: readonly UserRole[] = [UserRole.CENTER_ADMIN];

/** The named system actor that registers appeals the CLI imports without `--user`. */
export const SYSTEM_IMPORT_EMAIL = 'import@cur.system';

/**
 * Returns the active user with `email` whose role may import, as the API requires, or else the
 * system actor. The system actor is created on first use as an inactive account without a usable
 * password, so that no one can sign in with it. Throws for any other user.
 */
export async function findImportActor(em: EntityManager, email?: string): Promise<ImportActor> {
  if (email) {
    const user = await em.findOne(User, { email: email.trim().toLowerCase() });
    if (!user) {
      throw new Error(`No user has the e-mail ${email}; pass the e-mail of an existing account to --user.`);
    }
    if (!user.active) {
      throw new Error(`The user ${user.email} is deactivated; pass the e-mail of an active account to --user.`);
    }
    if (!IMPORT_ROLES.includes(user.role)) {
      throw new Error(
        `The user ${user.email} has the role ${user.role}, which may not import appeals; pass the e-mail of a user with the role ${IMPORT_ROLES.join(' or ')} to --user.`,
      );
    }
    return { id: user.id, email: user.email };
  }
  let system = await em.findOne(User, { email: SYSTEM_IMPORT_EMAIL });
  if (!system) {
    system = em.create(User, {
      email: SYSTEM_IMPORT_EMAIL,
      // Not an argon2 hash, so no password matches it.
      passwordHash: '!',
      fullName: 'Импорт обращений (системная учётная запись)',
      role: UserRole.CENTER_ADMIN,
      active: false,
    });
    await em.persistAndFlush(system);
  }
  return { id: system.id, email: system.email };
}

/** `<input without extension>.rejected.csv` beside the input file. */
export function defaultReportPath(filePath: string): string {
  const parsed = path.parse(filePath);
  return path.join(parsed.dir, `${parsed.name}.rejected.csv`);
}
