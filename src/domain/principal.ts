/** Roles in increasing order of power (auth.md §1). */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The authenticated caller of one request, scoped to one project. Produced by iam/ from a
 * token or an AK/SK signature; every use case receives it and filters by it.
 */
export interface Principal {
  readonly userId: string;
  readonly userName: string;
  readonly projectId: string;
  readonly role: Role;
  /** Enterprise projects granted in this project; `'*'` means all of them. */
  readonly enterpriseProjects: '*' | readonly string[];
}

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * The EP scope of one call. `all_granted_eps` expands to every EP the principal holds;
 * a named EP must be granted (else HSS.0013, decided in tasks/).
 */
export type EpScope = { readonly kind: 'all' } | { readonly kind: 'some'; readonly ids: readonly string[] };
