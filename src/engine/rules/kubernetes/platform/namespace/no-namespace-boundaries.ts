import type { KubeObject } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isClusterScoped, namespaceOf } from '../shared/namespace-of.js';

const SYSTEM = /^kube-/;

export const noNamespaceBoundaries = defineKubeRule({
  id: 'BW-K8S-182',
  title: 'All resources share the default namespace',
  severity: 'info',
  category: 'access_control',
  aliases: ['union:Q03', 'kics:ensure_administrative_boundaries_between_resources'],
  description:
    'Namespaces are the unit of RBAC, quotas and network policy. When every object of the scan lives in `default`, ' +
    'none of those boundaries can separate them. Reported once per scan, on the first namespaced object.',
  remediation: 'Group the resources into namespaces per application or team.',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'],
  check(obj, ctx, report) {
    if (isClusterScoped(obj) || obj.kind === 'List') return;
    const user: KubeObject[] = ctx.objects.filter((o) => !isClusterScoped(o) && !SYSTEM.test(namespaceOf(o)));
    // One object alone has nothing to be separated from.
    if (user.length < 2 || user[0] !== obj || user.some((o) => namespaceOf(o) !== 'default')) return;
    report({ message: `all ${user.length} namespaced objects of the scan are in the default namespace`, path: ['metadata', 'namespace'] });
  },
});
