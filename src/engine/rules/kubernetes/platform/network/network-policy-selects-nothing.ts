import type { PathSegment } from '../../../../../domain/source-range.js';
import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isEmptySelector } from '../shared/label-selector.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { templatesMatchingSelector } from '../shared/scan-index.js';

export const networkPolicySelectsNothing = defineKubeRule({
  id: 'BW-K8S-141',
  title: 'NetworkPolicy selector matches no pod',
  severity: 'low',
  category: 'network',
  aliases: [
    'union:N11', 'kics:network_policy_is_not_targeting_any_pod', 'kube-linter:dangling-networkpolicy',
    'kube-linter:dangling-networkpolicypeer-podselector', 'kube-score:networkpolicy-targets-pod',
  ],
  description:
    'The policy (or one of its same-namespace peers) selects labels that no pod template of the namespace carries, ' +
    'so it protects or admits nothing — usually a typo that leaves the intended pods open or blocked.',
  remediation: 'Make the podSelector match the labels of the intended pods.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'],
  kinds: ['NetworkPolicy'],
  check(obj, ctx, report) {
    const ns = namespaceOf(obj);
    const dangling = (path: PathSegment[]) => {
      const selector = asObject(getPath(obj.body, path));
      if (!selector || isEmptySelector(selector)) return false;
      return templatesMatchingSelector(ctx, ns, selector).length === 0;
    };
    if (dangling(['spec', 'podSelector'])) {
      report({ message: `NetworkPolicy "${obj.name}" podSelector matches no pod in this scan`, path: ['spec', 'podSelector'] });
    }
    for (const [dir, peersKey] of [['ingress', 'from'], ['egress', 'to']] as const) {
      asArray(getPath(obj.body, ['spec', dir])).forEach((rule, i) => {
        asArray(getPath(rule, [peersKey])).forEach((peer, j) => {
          // With a namespaceSelector the peer's pods live in other namespaces the scan may not hold.
          if (asObject(peer)?.['namespaceSelector'] !== undefined) return;
          const path = ['spec', dir, i, peersKey, j, 'podSelector'];
          if (dangling(path)) report({ message: `NetworkPolicy "${obj.name}" ${dir} peer podSelector matches no pod in this scan`, path });
        });
      });
    }
  },
});
