import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { namespaceOf, serviceAccountOf } from './pod-service-account.js';
import { isTopLevel, workloadsUsingAccount } from './scan-index.js';

export const sharedServiceAccount = defineKubeRule({
  id: 'BW-K8S-050',
  title: 'Service account shared by several workloads',
  severity: 'low',
  category: 'access_control',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K50', 'kics:shared_service_account'],
  description:
    'Workloads that share a service account share its permissions: each one holds the union of what all of them ' +
    'need, and a compromise of the least trusted one yields the rights of all.',
  remediation: 'Give each workload its own ServiceAccount with only the permissions it needs.',
  references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
  check(obj, ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod || !isTopLevel(obj)) return;
    const sa = serviceAccountOf(pod);
    // The implicit default account is BW-K8S-047's concern.
    if (!sa.explicit || sa.name === 'default') return;
    const others = workloadsUsingAccount(ctx, namespaceOf(obj), sa.name).filter((o) => o !== obj);
    if (others.length > 0) {
      const names = others.slice(0, 3).map((o) => `${o.kind}/${o.name}`).join(', ');
      report({ message: `${obj.kind} "${obj.name}" shares service account "${sa.name}" with ${names}${others.length > 3 ? ', ...' : ''}`, path: sa.path });
    }
  },
});
