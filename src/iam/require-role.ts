import { BulwarkError } from '../domain/errors.js';
import { roleAllows, type Principal, type Role } from '../domain/principal.js';

/**
 * auth.md §1 roles: viewer lists and shows, operator also creates tasks and uploads, admin
 * also registers clusters and manages identities. Too little role is 403 APIGW.0302.
 */
export function requireRole(principal: Principal, needed: Role): void {
  if (!roleAllows(principal.role, needed)) {
    throw new BulwarkError('forbidden', `The role ${principal.role} does not allow this action (needs ${needed})`);
  }
}

/** Whether the principal holds enterprise project `epId` (a `*` grant holds every EP). */
export function holdsEnterpriseProject(principal: Principal, epId: string): boolean {
  return principal.enterpriseProjects === '*' || principal.enterpriseProjects.includes(epId);
}
