import { asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const nodePortService = defineKubeRule({
  id: 'BW-K8S-130',
  title: 'Service of type NodePort',
  severity: 'low',
  category: 'network',
  aliases: ['union:N01', 'kics:service_type_is_nodeport', 'kube-linter:exposed-services', 'kube-score:service-type'],
  description:
    'A NodePort Service opens the same port on every node of the cluster, on every node address, usually past ' +
    'the load balancer and its access controls.',
  remediation: 'Use a ClusterIP Service behind an Ingress or a LoadBalancer with source ranges.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport'],
  kinds: ['Service'],
  check(obj, _ctx, report) {
    if (asString(getPath(obj.body, ['spec', 'type'])) === 'NodePort') {
      report({ message: `Service "${obj.name}" is of type NodePort`, path: ['spec', 'type'] });
    }
  },
});
