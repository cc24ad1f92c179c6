import { asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { podTemplateOf } from '../shared/pod-templates.js';
import { memoizeForScan, templatesMatchingSelector } from '../shared/scan-index.js';
import type { KubeObject } from '../../../../inputs/kube-object.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import { WORKLOAD_KINDS } from '../../../../inputs/pod-spec.js';
import { policyTypesOf } from './network-policies.js';
import { isControlled } from '../shared/controlled-by.js';

/** Every workload of the scan selected by at least one ingress-isolating NetworkPolicy. */
function isolatedWorkloads(ctx: KubeRuleContext): Set<KubeObject> {
  return memoizeForScan(ctx, 'ingress-isolated-workloads', () => {
    const out = new Set<KubeObject>();
    for (const np of ctx.byKind('NetworkPolicy')) {
      if (!policyTypesOf(np).has('Ingress')) continue;
      const selector = asObject(getPath(np.body, ['spec', 'podSelector']));
      if (selector) for (const t of templatesMatchingSelector(ctx, namespaceOf(np), selector)) out.add(t.obj);
    }
    return out;
  });
}

export const podWithoutNetworkPolicy = defineKubeRule({
  id: 'BW-K8S-140',
  title: 'Pod not isolated by any NetworkPolicy',
  severity: 'medium',
  category: 'network',
  aliases: [
    'union:N10', 'checkov:CKV2_K8S_6', 'kics:pod_misconfigured_network_policy', 'kube-linter:non-isolated-pod',
    'polaris:missingNetworkPolicy', 'kube-score:pod-networkpolicy', 'kubescape:C-0260', 'kubescape:C-0206', 'cis:5.3.2',
  ],
  description:
    'Pods that no NetworkPolicy selects for ingress accept connections from every pod of the cluster, so one ' +
    'compromised pod can reach them directly. The check looks at the policies of the same namespace in this scan.',
  remediation: 'Add a NetworkPolicy selecting these pods (or a namespace-wide default-deny with explicit allows).',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies'],
  kinds: WORKLOAD_KINDS,
  check(obj, ctx, report) {
    if (isControlled(obj)) return;
    const t = podTemplateOf(obj);
    if (!t) return;
    const ns = namespaceOf(obj);
    if (!isolatedWorkloads(ctx).has(obj)) {
      report({ message: `pods of ${obj.kind} "${obj.name}" are not selected by any ingress NetworkPolicy of namespace "${ns}"`, path: t.labelsPath });
    }
  },
});
