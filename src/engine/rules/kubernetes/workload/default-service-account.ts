import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { serviceAccountOf } from './pod-service-account.js';

export const defaultServiceAccount = defineKubeRule({
  id: 'BW-K8S-047',
  title: 'Workload runs as the default service account',
  severity: 'low',
  category: 'access_control',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K47', 'checkov:CKV_K8S_41', 'kics:service_account_name_undefined_or_empty', 'kube-linter:default-service-account',
    'kubesec:ServiceAccountName', 'kubescape:C-0189',
  ],
  description:
    'All pods of a namespace share the default service account, so any permission granted to it for one workload ' +
    'is silently granted to every other, and its token cannot be scoped per application.',
  remediation: 'Create a dedicated ServiceAccount per workload and set `serviceAccountName` to it.',
  references: ['https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    const sa = serviceAccountOf(pod);
    if (sa.name !== 'default') return;
    const how = sa.explicit ? 'names the default service account' : 'sets no serviceAccountName, so it runs as "default"';
    report({ message: `${obj.kind} "${obj.name}" ${how}`, path: sa.path });
  },
});
