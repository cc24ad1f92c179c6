import { asArray } from '../../../inputs/kube-object.js';
import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const hostAliases = defineKubeRule({
  id: 'BW-K8S-056',
  title: 'Pod overrides name resolution with hostAliases',
  severity: 'low',
  category: 'network',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K56', 'trivy:KSV-0007', 'kubesec:HostAliases'],
  description:
    'hostAliases write entries into the pod\'s /etc/hosts, bypassing cluster DNS; they can silently redirect a ' +
    'dependency (or a package mirror) to another address and go stale when the target moves.',
  remediation: 'Remove `hostAliases` and publish the name through DNS (a Service or an ExternalName Service).',
  references: ['https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (pod && asArray(pod.spec['hostAliases']).length > 0) {
      report({ message: `${obj.kind} "${obj.name}" sets hostAliases`, path: [...pod.path, 'hostAliases'] });
    }
  },
});
