import type { KubeObject } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isClusterScoped, namespaceOf } from '../shared/namespace-of.js';
import { memoizeForScan } from '../shared/scan-index.js';

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
    const user = memoizeForScan(ctx, 'user-namespaced-objects', () => {
      const list: KubeObject[] = ctx.objects.filter((o) => !isClusterScoped(o) && o.kind !== 'List' && !SYSTEM.test(namespaceOf(o)));
      return { first: list[0], count: list.length, allDefault: list.every((o) => namespaceOf(o) === 'default') };
    });
    // One object alone has nothing to be separated from.
    if (user.count < 2 || user.first !== obj || !user.allDefault) return;
    report({ message: `all ${user.count} namespaced objects of the scan are in the default namespace`, path: ['metadata', 'namespace'] });
  },
});
