import { defineClusterRule } from './define-cluster-rule.js';

// Namespaces Kubernetes creates for itself; policies there are the platform's business.
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export const namespaceWithoutNetworkPolicy = defineClusterRule({
  id: 'BW-CL-008',
  title: 'Namespace with workloads has no NetworkPolicy',
  severity: 'medium',
  category: 'network',
  aliases: ['kubescape:C-0260', 'kubescape:C-0054', 'trivy:KSV-0038', 'cis:5.3.2'],
  description: 'Pods of the namespace accept traffic from every pod in the cluster and may connect anywhere: one compromised pod can reach them all.',
  remediation: 'Add a default-deny NetworkPolicy to the namespace, then allow the flows each workload needs.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies'],
  check(view, report, notEvaluated) {
    const unreadable = view.unreadable('networkpolicies.networking.k8s.io');
    if (unreadable !== undefined) return notEvaluated(`networkpolicies could not be read: ${unreadable}`);
    const withPolicy = new Set(view.byKind('NetworkPolicy').map((p) => p.namespace ?? 'default'));
    const workloads = new Map<string, number>();
    for (const obj of view.selection.judged) {
      if (obj.namespace === undefined || !['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController'].includes(obj.kind)) continue;
      workloads.set(obj.namespace, (workloads.get(obj.namespace) ?? 0) + 1);
    }
    for (const [ns, count] of [...workloads].sort(([a], [b]) => a.localeCompare(b))) {
      if (SYSTEM_NAMESPACES.has(ns) || withPolicy.has(ns)) continue;
      report({ message: `namespace "${ns}" runs ${count} workload(s) and has no NetworkPolicy`, resource: { kind: 'Namespace', name: ns } });
    }
  },
});
