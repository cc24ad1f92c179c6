import { asObject, getPath } from '../../../../inputs/kube-object.js';
import { podSpecOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

export const noNodeAffinity = defineKubeRule({
  id: 'BW-K8S-115',
  title: 'Pod template has no node affinity or node selector',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K81', 'kube-linter:no-node-affinity'],
  description:
    'Without node affinity or a nodeSelector the pods may land on any node, including nodes reserved for other ' +
    'tenants, GPUs or system components.',
  remediation: 'Add spec.affinity.nodeAffinity (or a nodeSelector) naming the node pool the workload belongs on.',
  references: ['https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity'],
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'DeploymentConfig', 'Job', 'CronJob', 'Pod'],
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const pod = podSpecOf(obj);
    if (!pod) return;
    if (asObject(getPath(pod.spec, ['affinity', 'nodeAffinity'])) || asObject(pod.spec['nodeSelector']) || typeof pod.spec['nodeName'] === 'string') return;
    report({ message: `${obj.kind} "${obj.name}" does not constrain which nodes its pods run on`, path: [...pod.path, 'affinity', 'nodeAffinity'] });
  },
});
