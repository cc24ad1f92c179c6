import { podSpecOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

export const hostUsersEnabled = defineKubeRule({
  id: 'BW-K8S-122',
  title: 'Pod does not use a user namespace (hostUsers not false)',
  severity: 'info',
  category: 'node_escape',
  aliases: ['union:K86', 'kubesec:HostUsers'],
  description:
    'With hostUsers: false the container\'s root is mapped to an unprivileged host user, so a container breakout ' +
    'lands without host privileges. This is a hardening opportunity, reported for information.',
  remediation: 'Set spec.hostUsers: false where the node and runtime support user namespaces (Kubernetes ≥ 1.30 with a supporting runtime).',
  references: ['https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/'],
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'DeploymentConfig', 'Job', 'CronJob'],
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const pod = podSpecOf(obj);
    if (!pod || pod.spec['hostUsers'] === false) return;
    // Host namespaces cannot be combined with a user namespace; the other rules already report them.
    if (pod.spec['hostNetwork'] === true || pod.spec['hostPID'] === true || pod.spec['hostIPC'] === true) return;
    report({ message: `${obj.kind} "${obj.name}" shares the host user namespace`, path: [...pod.path, 'hostUsers'] });
  },
});
