import { forbidden, unauthenticated } from '../../graphql/errors.js';
import { UserRole } from './auth.entities.js';

/** The signed-in caller as every resolver and service sees it. */
export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  role: UserRole;
  /** Set for AGENCY_OFFICIAL only. */
  agencyId: string | null;
}

export const CENTER_ROLES: readonly UserRole[] = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR];

export function requireUser(user: CurrentUser | null | undefined): CurrentUser {
  if (!user) {
    throw unauthenticated();
  }
  return user;
}

export function requireRole(user: CurrentUser | null | undefined, roles: readonly UserRole[]): CurrentUser {
  const caller = requireUser(user);
  if (!roles.includes(caller.role)) {
    throw forbidden(`This action needs one of the roles ${roles.join(', ')}; you are ${caller.role}.`);
  }
  return caller;
}

export function isCenter(user: CurrentUser): boolean {
  return CENTER_ROLES.includes(user.role);
}

/**
 * The agency whose data the caller is limited to, or null when the caller sees every agency.
 * An agency official without an agency sees nothing, which `agencyScope` reports as an impossible id.
 */
export function agencyScope(user: CurrentUser): string | null {
  if (user.role !== UserRole.AGENCY_OFFICIAL) {
    return null;
  }
  return user.agencyId ?? '00000000-0000-0000-0000-000000000000';
}

/** Tells whether the caller may read or change the data of `agencyId` (null: not yet assigned to an agency). */
export function canAccessAgency(user: CurrentUser, agencyId: string | null | undefined): boolean {
  const scope = agencyScope(user);
  return scope === null || (agencyId != null && agencyId === scope);
}
