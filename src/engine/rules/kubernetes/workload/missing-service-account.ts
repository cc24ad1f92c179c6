import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { namespaceOf, serviceAccountOf } from './pod-service-account.js';
import { findNamed } from './scan-index.js';

export const missingServiceAccount = defineKubeRule({
  id: 'BW-K8S-049',
  title: 'Workload names a service account that does not exist',
  severity: 'low',
  category: 'access_control',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K49', 'kube-linter:non-existent-service-account', 'kubescape:C-0307'],
  description:
    'Pods of a workload whose service account is missing are rejected at creation, so the workload never runs; a ' +
    'typo here also hides which permissions were intended.',
  remediation: 'Create the ServiceAccount in the same namespace or correct `serviceAccountName`.',
  references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
  check(obj, ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    // A manifest set that defines no ServiceAccount at all most likely relies on accounts managed
    // elsewhere (another chart, the platform team), and a cluster snapshot without any (every
    // namespace has one) could not read them; either way absence proves nothing, so only a set
    // that holds accounts is judged.
    if (ctx.byKind('ServiceAccount').length === 0) return;
    const sa = serviceAccountOf(pod);
    if (!sa.explicit || sa.name === 'default') return;
    const namespace = namespaceOf(obj);
    if (!findNamed(ctx, 'ServiceAccount', namespace, sa.name)) {
      report({ message: `${obj.kind} "${obj.name}" uses service account "${sa.name}", which does not exist in namespace ${namespace}`, path: sa.path });
    }
  },
});
