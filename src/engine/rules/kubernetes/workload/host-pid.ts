import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const hostPid = defineKubeRule({
  id: 'BW-K8S-003',
  title: 'Pod shares the host PID namespace',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K03', 'trivy:KSV-0010', 'checkov:CKV_K8S_17', 'kics:shared_host_pid_namespace', 'kube-linter:host-pid',
    'kubesec:HostPID', 'polaris:hostPIDSet', 'kubescape:C-0038',
  ],
  description:
    'With hostPID the containers see every process on the node, can read their environment and, with ptrace or ' +
    'enough privilege, enter or signal them, which is a short path out of the container.',
  remediation: 'Remove `hostPID: true` from the pod spec; use `shareProcessNamespace` if only the pod\'s own containers must see each other.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (pod?.spec['hostPID'] === true) {
      report({ message: `${obj.kind} "${obj.name}" shares the host PID namespace`, path: [...pod.path, 'hostPID'] });
    }
  },
});
