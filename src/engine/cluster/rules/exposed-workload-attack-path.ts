import { formatPath } from '../../../domain/source-range.js';
import type { KubeObject } from '../../inputs/kube-object.js';
import { podSpecOf } from '../../inputs/pod-spec.js';
import { isClusterAdminEquivalent, POD_EXEC, SECRET_READ, TAKEOVER, WORKLOAD_CREATE } from '../rbac/dangerous-grants.js';
import { rulesGranting, type HeldRule } from '../rbac/subject-permissions.js';
import { refOfObject } from '../risk/select-judged-objects.js';
import { serviceAccountOf } from '../risk/service-account-of.js';
import { defineClusterRule } from './define-cluster-rule.js';
import { describeHolding } from './define-subject-grant-rule.js';
import { rbacUnreadable } from './rbac-readable.js';

function reachable(held: readonly HeldRule[], namespace: string): { what: string; via: HeldRule[] } | undefined {
  const admin = held.filter(isClusterAdminEquivalent);
  if (admin.length > 0) return { what: 'cluster-admin rights', via: admin };
  const takeover = rulesGranting(held, TAKEOVER);
  if (takeover.length > 0) return { what: 'rights that lead to cluster-admin', via: takeover };
  // Secrets of the workload's own namespace are usually its own; other namespaces' are not.
  const secrets = rulesGranting(held, SECRET_READ).filter((h) => h.namespace !== namespace);
  if (secrets.length > 0) return { what: 'read access to Secrets of other namespaces', via: secrets };
  const exec = rulesGranting(held, [...POD_EXEC, ...WORKLOAD_CREATE]);
  if (exec.length > 0) return { what: 'rights to run code in other pods', via: exec };
  return undefined;
}

export const exposedWorkloadAttackPath = defineClusterRule({
  id: 'BW-CL-007',
  title: 'Exposed workload can take over the cluster',
  severity: 'critical',
  category: 'access_control',
  aliases: ['kubescape:C-0267', 'kubescape:C-0272', 'kubescape:C-0255', 'kubescape:C-0259', 'kubescape:C-0256'],
  description: 'A workload reachable from outside the cluster (LoadBalancer or NodePort Service, Ingress, externalIPs, host network) mounts a service account token whose permissions reach cluster-admin, privilege escalation, other namespaces\' Secrets or code execution in other pods. One remote code execution bug in it becomes a cluster compromise.',
  remediation: 'Give the workload its own service account with only the rights it uses, or set automountServiceAccountToken: false when it does not call the API.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
  check(view, report, notEvaluated) {
    const unreadable = rbacUnreadable(view);
    if (unreadable !== undefined) return notEvaluated(unreadable);
    const serviceAccounts = new Map<string, KubeObject>();
    for (const sa of view.byKind('ServiceAccount')) serviceAccounts.set(`${sa.namespace ?? 'default'}/${sa.name}`, sa);
    for (const [workload, reasons] of view.exposure.exposed) {
      const identity = serviceAccountOf(workload, serviceAccounts);
      if (!identity?.tokenMounted) continue;
      const found = reachable(view.rbac.rulesOfServiceAccount(identity.namespace, identity.serviceAccount), identity.namespace);
      if (!found) continue;
      report({
        message: `${workload.kind} "${workload.name}" is exposed (${reasons.join(', ')}) and its service account "${identity.serviceAccount}" has ${found.what} through ${describeHolding(found.via)}`,
        resource: refOfObject(workload),
        path: formatPath([...(podSpecOf(workload)?.path ?? []), 'serviceAccountName']),
      });
    }
  },
});
