import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const hostIpc = defineKubeRule({
  id: 'BW-K8S-004',
  title: 'Pod shares the host IPC namespace',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K04', 'trivy:KSV-0008', 'checkov:CKV_K8S_18', 'kics:shared_host_ipc_namespace', 'kube-linter:host-ipc',
    'kubesec:HostIPC', 'polaris:hostIPCSet', 'kubescape:C-0038',
  ],
  description:
    'hostIPC gives the containers the node\'s System V shared memory and message queues, so they can read or corrupt ' +
    'data that host processes and other pods exchange there.',
  remediation: 'Remove `hostIPC: true` from the pod spec.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (pod?.spec['hostIPC'] === true) {
      report({ message: `${obj.kind} "${obj.name}" shares the host IPC namespace`, path: [...pod.path, 'hostIPC'] });
    }
  },
});
