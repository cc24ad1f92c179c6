import { describe, expect, it } from 'vitest';
import { createClusterView } from '../cluster-view.js';
import { clusterRole, clusterRoleBinding, obj, roleBinding, sa, snapshotOf } from '../testing/snapshot-of.js';
import { SECRET_READ } from './dangerous-grants.js';
import { isSystemIdentity } from './rbac-subject.js';
import { rulesGranting } from './subject-permissions.js';

const view = (objects: Parameters<typeof snapshotOf>[0]) => createClusterView(snapshotOf(objects), 0);

describe('buildRbacIndex', () => {
  it('expands aggregated ClusterRoles through their label selectors', () => {
    const v = view([
      clusterRole('monitoring', [], { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } }] } }),
      clusterRole('secret-piece', [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }], {}, { 'rbac.example.com/aggregate-to-monitoring': 'true' }),
      clusterRoleBinding('monitoring', 'monitoring', [sa('prometheus', 'monitoring')]),
    ]);
    const held = v.rbac.subjects.get('ServiceAccount:monitoring/prometheus')!.rules;
    expect(rulesGranting(held, SECRET_READ)).toHaveLength(1);
  });

  it('scopes RoleBinding grants to their namespace and defaults service account namespaces to the binding\'s', () => {
    const v = view([
      clusterRole('reader', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
      roleBinding('r', 'shop', 'ClusterRole', 'reader', [{ kind: 'ServiceAccount', name: 'web' }]),
    ]);
    const held = v.rbac.subjects.get('ServiceAccount:shop/web')!.rules;
    expect(held[0]!.namespace).toBe('shop');
  });

  it('gives a service account what its groups hold and records bindings to missing roles', () => {
    const v = view([
      clusterRole('exec', [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }]),
      clusterRoleBinding('all-sa-exec', 'exec', [{ kind: 'Group', name: 'system:serviceaccounts:shop' }]),
      clusterRoleBinding('ghost', 'does-not-exist', [sa('x', 'shop')]),
    ]);
    expect(v.rbac.rulesOfServiceAccount('shop', 'web').map((h) => h.roleName)).toEqual(['exec']);
    expect(v.rbac.rulesOfServiceAccount('other', 'web')).toEqual([]);
    expect(v.rbac.danglingBindings.map((b) => b.name)).toEqual(['ghost']);
  });

  it('ignores resourceNames-limited rules when asking broad questions', () => {
    const v = view([
      obj('rbac.authorization.k8s.io/v1', 'Role', 'one-secret', 'shop', { rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['db'], verbs: ['get'] }] }),
      roleBinding('b', 'shop', 'Role', 'one-secret', [sa('web', 'shop')]),
    ]);
    expect(rulesGranting(v.rbac.subjects.get('ServiceAccount:shop/web')!.rules, SECRET_READ)).toEqual([]);
  });
});

describe('isSystemIdentity', () => {
  it('treats reserved system: names as Kubernetes\' own but never the broad groups', () => {
    expect(isSystemIdentity({ kind: 'User', name: 'system:kube-controller-manager' })).toBe(true);
    expect(isSystemIdentity({ kind: 'Group', name: 'system:masters' })).toBe(true);
    expect(isSystemIdentity({ kind: 'Group', name: 'system:authenticated' })).toBe(false);
    expect(isSystemIdentity({ kind: 'Group', name: 'system:serviceaccounts:shop' })).toBe(false);
    expect(isSystemIdentity({ kind: 'User', name: 'alice' })).toBe(false);
    expect(isSystemIdentity({ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' })).toBe(false);
  });
});
