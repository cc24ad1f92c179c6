import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';
import { podSpecOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

export const dnsConfigNdots = defineKubeRule({
  id: 'BW-K8S-116',
  title: 'Pod DNS configuration does not set ndots',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K82', 'kube-linter:dnsconfig-options'],
  description:
    'The cluster default ndots:5 makes every external name lookup try each search domain first, multiplying DNS ' +
    'queries and latency; workloads calling external hosts benefit from an explicit lower value.',
  remediation: 'Set spec.dnsConfig.options with `name: ndots` (for example value "2").',
  references: ['https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config'],
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'DeploymentConfig', 'Job', 'CronJob', 'Pod'],
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const pod = podSpecOf(obj);
    if (!pod) return;
    const options = asArray(getPath(pod.spec, ['dnsConfig', 'options']));
    if (options.some((o) => asObject(o)?.['name'] === 'ndots')) return;
    report({ message: `${obj.kind} "${obj.name}" has no dnsConfig ndots option`, path: [...pod.path, 'dnsConfig', 'options'] });
  },
});
