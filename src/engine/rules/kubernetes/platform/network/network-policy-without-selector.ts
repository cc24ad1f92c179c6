import { asObject } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const networkPolicyWithoutSelector = defineKubeRule({
  id: 'BW-K8S-142',
  title: 'NetworkPolicy has no podSelector',
  severity: 'medium',
  category: 'network',
  aliases: ['union:N12', 'trivy:KSV-0038'],
  description:
    'spec.podSelector decides which pods a NetworkPolicy isolates; without it the API server rejects the policy, ' +
    'and the isolation it was meant to provide never exists. Use `{}` to select every pod of the namespace.',
  remediation: 'Set spec.podSelector (an empty `{}` selects all pods of the namespace).',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'],
  kinds: ['NetworkPolicy'],
  check(obj, _ctx, report) {
    const spec = asObject(obj.body['spec']);
    if (spec?.['podSelector'] !== undefined && spec['podSelector'] !== null) return;
    report({ message: `NetworkPolicy "${obj.name}" has no spec.podSelector`, path: ['spec', 'podSelector'] });
  },
});
