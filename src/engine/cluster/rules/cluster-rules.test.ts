import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import type { JsonObject } from '../../inputs/kube-object.js';
import { ALIAS_TOOLS } from '../../rules/define-rule.js';
import { ALL_RULES } from '../../rules/index.js';
import { createClusterView } from '../cluster-view.js';
import { ADMIN_RULES, clusterRole, clusterRoleBinding, deployment, obj, roleBinding, sa, snapshotOf } from '../testing/snapshot-of.js';
import type { ClusterRule } from './define-cluster-rule.js';
import { CLUSTER_RULES, listClusterRules } from './index.js';

const NOW = Date.parse('2026-12-04T00:00:00Z');

function run(rule: ClusterRule, snapshot: ClusterSnapshot) {
  const messages: string[] = [];
  const skipped: string[] = [];
  rule.check(createClusterView(snapshot, NOW), (f) => messages.push(`${f.resource.kind}/${f.resource.name}: ${f.message}`), (r) => skipped.push(r));
  return { messages, skipped };
}

const apiserverPod = (flags: string[]): JsonObject => obj('v1', 'Pod', 'kube-apiserver-cp-1', 'kube-system',
  { spec: { containers: [{ name: 'kube-apiserver', command: ['kube-apiserver', ...flags] }] } },
  { labels: { component: 'kube-apiserver', tier: 'control-plane' }, annotations: { 'kubernetes.io/config.mirror': 'm' } });
const ns = (name: string, labels: Record<string, string> = {}) => obj('v1', 'Namespace', name, undefined, {}, { labels });
const lbService = (name: string, namespace: string, selector: Record<string, string>) =>
  obj('v1', 'Service', name, namespace, { spec: { type: 'LoadBalancer', selector, ports: [{ port: 80 }] } });
const kubelet = (config: JsonObject) => ({ kubeletconfig: { authentication: { anonymous: { enabled: false } }, authorization: { mode: 'Webhook' }, readOnlyPort: 0, ...config } });
const secretReader = clusterRole('secret-reader', [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }]);

/** For each rule: a snapshot where it must fire and one where it must stay silent. */
const CASES: Record<string, { fails: ClusterSnapshot; passes: ClusterSnapshot }> = {
  'BW-CL-001': {
    fails: snapshotOf([clusterRole('cluster-admin', ADMIN_RULES), clusterRoleBinding('ci', 'cluster-admin', [sa('deployer', 'ci')])]),
    passes: snapshotOf([clusterRole('cluster-admin', ADMIN_RULES), clusterRoleBinding('cluster-admin', 'cluster-admin', [{ kind: 'Group', name: 'system:masters' }])]),
  },
  'BW-CL-002': {
    fails: snapshotOf([secretReader, clusterRoleBinding('r', 'secret-reader', [{ kind: 'User', name: 'alice' }])]),
    passes: snapshotOf([secretReader, clusterRoleBinding('system:r', 'secret-reader', [{ kind: 'User', name: 'alice' }])]),
  },
  'BW-CL-003': {
    fails: snapshotOf([clusterRole('exec', [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }]), roleBinding('e', 'shop', 'ClusterRole', 'exec', [{ kind: 'Group', name: 'devs' }])]),
    passes: snapshotOf([clusterRole('exec', [{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }]), roleBinding('e', 'shop', 'ClusterRole', 'exec', [{ kind: 'Group', name: 'devs' }])]),
  },
  'BW-CL-004': {
    fails: snapshotOf([clusterRole('imp', [{ apiGroups: [''], resources: ['users'], verbs: ['impersonate'] }]), clusterRoleBinding('i', 'imp', [sa('bot', 'ops')])]),
    passes: snapshotOf([clusterRole('imp', [{ apiGroups: [''], resources: ['users'], verbs: ['get'] }]), clusterRoleBinding('i', 'imp', [sa('bot', 'ops')])]),
  },
  'BW-CL-005': {
    fails: snapshotOf([secretReader, clusterRoleBinding('oops', 'secret-reader', [{ kind: 'Group', name: 'system:unauthenticated' }])]),
    passes: snapshotOf([clusterRole('system:public-info-viewer', [{ nonResourceURLs: ['/version'], verbs: ['get'] }]),
      clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', [{ kind: 'Group', name: 'system:unauthenticated' }])]),
  },
  'BW-CL-006': {
    fails: snapshotOf([secretReader, clusterRoleBinding('all', 'secret-reader', [{ kind: 'Group', name: 'system:authenticated' }])]),
    passes: snapshotOf([clusterRole('viewer', [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }]), clusterRoleBinding('all', 'viewer', [{ kind: 'Group', name: 'system:authenticated' }])]),
  },
  'BW-CL-007': {
    fails: snapshotOf([deployment('web', 'shop', { serviceAccountName: 'web' }), lbService('web', 'shop', { app: 'web' }),
      clusterRole('cluster-admin', ADMIN_RULES), clusterRoleBinding('web-admin', 'cluster-admin', [sa('web', 'shop')])]),
    passes: snapshotOf([deployment('web', 'shop', { serviceAccountName: 'web', automountServiceAccountToken: false }), lbService('web', 'shop', { app: 'web' }),
      clusterRole('cluster-admin', ADMIN_RULES), clusterRoleBinding('web-admin', 'cluster-admin', [sa('web', 'shop')])]),
  },
  'BW-CL-008': {
    fails: snapshotOf([deployment('web', 'shop')]),
    passes: snapshotOf([deployment('web', 'shop'), obj('networking.k8s.io/v1', 'NetworkPolicy', 'deny', 'shop', { spec: { podSelector: {} } })]),
  },
  'BW-CL-009': {
    fails: snapshotOf([deployment('kubernetes-dashboard', 'kubernetes-dashboard'), lbService('dash', 'kubernetes-dashboard', { app: 'kubernetes-dashboard' })]),
    passes: snapshotOf([deployment('kubernetes-dashboard', 'kubernetes-dashboard')]),
  },
  'BW-CL-010': {
    fails: snapshotOf([apiserverPod(['--authorization-mode=Node,RBAC'])]),
    passes: snapshotOf([apiserverPod(['--anonymous-auth=false'])]),
  },
  'BW-CL-011': {
    fails: snapshotOf([apiserverPod(['--authorization-mode=AlwaysAllow'])]),
    passes: snapshotOf([apiserverPod(['--authorization-mode', 'Node,RBAC'])]),
  },
  'BW-CL-012': {
    fails: snapshotOf([apiserverPod([])]),
    passes: snapshotOf([apiserverPod(['--encryption-provider-config=/etc/kubernetes/enc.yaml'])]),
  },
  'BW-CL-013': {
    fails: snapshotOf([ns('shop')]),
    passes: snapshotOf([ns('shop', { 'pod-security.kubernetes.io/enforce': 'restricted' }), ns('kube-system')]),
  },
  'BW-CL-014': {
    fails: snapshotOf([], { kubeletConfigs: { n1: kubelet({ authorization: { mode: 'AlwaysAllow' } }) } }),
    passes: snapshotOf([], { kubeletConfigs: { n1: kubelet({}) } }),
  },
  'BW-CL-015': {
    fails: snapshotOf([], { kubeletConfigs: { n1: kubelet({ readOnlyPort: 10255 }) } }),
    passes: snapshotOf([], { kubeletConfigs: { n1: kubelet({}) } }),
  },
  'BW-CL-017': {
    fails: snapshotOf([ns('ci'), clusterRoleBinding('ghost', 'gone', [{ kind: 'User', name: 'alice' }]), secretReader, clusterRoleBinding('r', 'secret-reader', [sa('deployer', 'ci')])]),
    passes: snapshotOf([ns('ci'), obj('v1', 'ServiceAccount', 'deployer', 'ci'), secretReader, clusterRoleBinding('r', 'secret-reader', [sa('deployer', 'ci')])]),
  },
  'BW-CL-016': {
    fails: snapshotOf([], { version: { gitVersion: 'v1.27.16' } }),
    passes: snapshotOf([], { version: { gitVersion: 'v1.35.0' } }),
  },
};

describe('CLUSTER_RULES metadata', () => {
  it('has unique BW-CL ids, complete metadata and valid aliases, and no id shared with the IaC rules', () => {
    const ids = CLUSTER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const iacIds = new Set(ALL_RULES.map((r) => r.id));
    for (const rule of listClusterRules()) {
      expect(rule.id).toMatch(/^BW-CL-\d{3}$/);
      expect(iacIds.has(rule.id)).toBe(false);
      expect(rule.fileType).toBe('cluster');
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.description.length).toBeGreaterThan(40);
      expect(rule.remediation.length).toBeGreaterThan(10);
      expect(rule.references.length).toBeGreaterThan(0);
      for (const alias of rule.aliases) expect(ALIAS_TOOLS).toContain(alias.split(':')[0]);
      expect(rule.aliases.some((a) => a.startsWith('kubescape:') || a.startsWith('cis:'))).toBe(true);
    }
  });

  it('has a failing and a passing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(CLUSTER_RULES.map((r) => r.id).sort());
  });
});

describe.each(CLUSTER_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('fires on the failing case', () => {
    const { messages, skipped } = run(rule, CASES[id]!.fails);
    expect(skipped).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);
  });
  it('stays silent on the passing case', () => {
    const { messages, skipped } = run(rule, CASES[id]!.passes);
    expect(skipped).toEqual([]);
    expect(messages).toEqual([]);
  });
});

describe('not evaluated instead of clean', () => {
  it('RBAC rules say so when a binding list was forbidden', () => {
    const snapshot = snapshotOf([], { unreadable: [{ resource: 'clusterrolebindings.rbac.authorization.k8s.io', reason: 'forbidden' }] });
    const rule = CLUSTER_RULES.find((r) => r.id === 'BW-CL-001')!;
    expect(run(rule, snapshot).skipped[0]).toMatch(/clusterrolebindings.*forbidden/);
  });

  it('API server rules say the control plane is provider-managed on EKS', () => {
    const snapshot = snapshotOf([], { version: { gitVersion: 'v1.30.4-eks-a737599' } });
    const rule = CLUSTER_RULES.find((r) => r.id === 'BW-CL-010')!;
    expect(run(rule, snapshot).skipped[0]).toMatch(/provider \(eks\)/);
  });

  it('kubelet rules name the missing nodes/proxy permission', () => {
    const snapshot = snapshotOf([], { unreadable: [{ resource: 'nodes/proxy/configz', reason: 'forbidden: cannot get nodes/proxy' }] });
    const rule = CLUSTER_RULES.find((r) => r.id === 'BW-CL-014')!;
    expect(run(rule, snapshot).skipped[0]).toMatch(/no permission for nodes\/proxy/);
  });
});
