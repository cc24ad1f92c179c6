import { BulwarkError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import type { DataScope } from '../storage/ports.js';

export const ALL_GRANTED_EPS = 'all_granted_eps';
export const DEFAULT_EP = '0';

/**
 * The data a call may see. `all_granted_eps` widens to every EP the principal holds; a
 * named EP must be one of them, else HSS.0013 (the caller learns only that it lacks
 * permission, not whether the EP exists).
 */
export function resolveReadScope(principal: Principal, epParam: string): DataScope {
  if (epParam === ALL_GRANTED_EPS) {
    return { projectId: principal.projectId, eps: principal.enterpriseProjects === '*' ? '*' : [...principal.enterpriseProjects] };
  }
  assertGranted(principal, epParam);
  return { projectId: principal.projectId, eps: [epParam] };
}

/** The EP new objects are stored in: the one named, or the default EP for `all_granted_eps`. */
export function resolveTargetEp(principal: Principal, epParam: string): string {
  const ep = epParam === ALL_GRANTED_EPS ? DEFAULT_EP : epParam;
  assertGranted(principal, ep);
  return ep;
}

function assertGranted(principal: Principal, ep: string): void {
  if (principal.enterpriseProjects === '*' || principal.enterpriseProjects.includes(ep)) return;
  throw new BulwarkError('ep_forbidden', `no permission on enterprise project ${ep}`, { field: 'enterprise_project_id' });
}
