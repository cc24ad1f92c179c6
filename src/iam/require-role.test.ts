import { describe, expect, it } from 'vitest';
import type { Principal, Role } from '../domain/principal.js';
import { holdsEnterpriseProject, requireRole } from './require-role.js';

const principal = (role: Role, eps: Principal['enterpriseProjects']): Principal => ({
  userId: 'u', userName: 'alice', projectId: 'p', role, enterpriseProjects: eps,
});

describe('role and EP rules', () => {
  it('orders viewer < operator < admin', () => {
    const allowed: Array<[Role, Role, boolean]> = [
      ['viewer', 'viewer', true], ['viewer', 'operator', false], ['viewer', 'admin', false],
      ['operator', 'viewer', true], ['operator', 'operator', true], ['operator', 'admin', false],
      ['admin', 'viewer', true], ['admin', 'operator', true], ['admin', 'admin', true],
    ];
    for (const [role, needed, ok] of allowed) {
      const call = () => requireRole(principal(role, '*'), needed);
      if (ok) expect(call, `${role} ${needed}`).not.toThrow();
      else expect(call, `${role} ${needed}`).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
  });

  it('a * grant holds every EP, a list only its own', () => {
    expect(holdsEnterpriseProject(principal('viewer', '*'), 'anything')).toBe(true);
    expect(holdsEnterpriseProject(principal('viewer', ['0', 'ep-a']), 'ep-a')).toBe(true);
    expect(holdsEnterpriseProject(principal('admin', ['0']), 'ep-a')).toBe(false);
  });
});
