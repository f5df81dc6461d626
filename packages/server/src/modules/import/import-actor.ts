import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User, UserRole } from '../auth/auth.entities.js';
import type { ImportActor } from './import-run-store.js';

/** The named system actor that registers appeals the CLI imports without `--user`. */
export const SYSTEM_IMPORT_EMAIL = 'import@cur.system';

/**
 * Returns the active user with `email`, or the system actor, which is created on first use as an
 * inactive account without a usable password, so that no one can sign in with it.
 */
export async function findImportActor(em: EntityManager, email?: string): Promise<ImportActor> {
  if (email) {
    const user = await em.findOne(User, { email: email.trim().toLowerCase(), active: true });
    if (!user) {
      throw new Error(`No active user has the e-mail ${email}; pass the e-mail of an existing account to --user.`);
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
