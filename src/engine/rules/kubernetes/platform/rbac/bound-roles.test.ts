import { describe, expect, it } from 'vitest';
import type { JsonObject, KubeObject } from '../../../../inputs/kube-object.js';
import { createKubeRuleContext } from '../../../kube-rule-context.js';
import { boundRoles } from './bound-roles.js';
import { podExecBinding } from './pod-exec-binding.js';

// Objects as a live cluster returns them: no source text, so locate() finds nothing.
function live(body: JsonObject): KubeObject {
  const metadata = body['metadata'] as JsonObject;
  return {
    apiVersion: String(body['apiVersion']), kind: String(body['kind']), name: String(metadata['name']),
    namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined,
    body, locate: () => undefined,
  };
}

const rbac = 'rbac.authorization.k8s.io/v1';
const aggregated = live({
  apiVersion: rbac, kind: 'ClusterRole', metadata: { name: 'support' },
  aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'aggregate-to-support': 'true' } }] },
});
const shell = live({
  apiVersion: rbac, kind: 'ClusterRole', metadata: { name: 'shell', labels: { 'aggregate-to-support': 'true' } },
  rules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }],
});
const nsRole = live({ apiVersion: rbac, kind: 'Role', metadata: { name: 'shell', namespace: 'a' }, rules: [] });
const binding = (kind: string, ns: string | undefined, roleKind: string) => live({
  apiVersion: rbac, kind, metadata: ns ? { name: 'b', namespace: ns } : { name: 'b' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleKind === 'Role' ? 'shell' : 'support' },
  subjects: [{ kind: 'User', name: 'alice' }],
});

describe('boundRoles', () => {
  const ctx = createKubeRuleContext([aggregated, shell, nsRole], true);

  it('follows aggregationRule selectors to the ClusterRoles they pull in', () => {
    expect(boundRoles(binding('ClusterRoleBinding', undefined, 'ClusterRole'), ctx).map((r) => r.name)).toEqual(['support', 'shell']);
  });

  it('pairs a RoleBinding only with a Role of its own namespace', () => {
    expect(boundRoles(binding('RoleBinding', 'a', 'Role'), ctx)).toEqual([nsRole]);
    expect(boundRoles(binding('RoleBinding', 'b', 'Role'), ctx)).toEqual([]);
  });

  it('lets binding rules run on live objects, reporting by path', () => {
    const hits: string[] = [];
    const obj = binding('ClusterRoleBinding', undefined, 'ClusterRole');
    podExecBinding.check(obj, createKubeRuleContext([aggregated, shell, obj], true), (f) => hits.push(f.path.join('.')));
    expect(hits).toEqual(['roleRef']);
  });
});
