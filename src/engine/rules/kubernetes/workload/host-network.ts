import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const hostNetwork = defineKubeRule({
  id: 'BW-K8S-005',
  title: 'Pod uses the host network namespace',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K05', 'trivy:KSV-0009', 'checkov:CKV_K8S_19', 'kics:shared_host_network_namespace', 'kube-linter:host-network',
    'kubesec:HostNetwork', 'polaris:hostNetworkSet', 'kubescape:C-0041',
  ],
  description:
    'A pod on the host network can bind node ports, sniff traffic of the node and reach services listening on ' +
    'localhost (kubelet, metadata endpoints), and NetworkPolicies no longer isolate it.',
  remediation: 'Remove `hostNetwork: true`; expose the workload through a Service instead.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (pod?.spec['hostNetwork'] === true) {
      report({ message: `${obj.kind} "${obj.name}" uses the host network`, path: [...pod.path, 'hostNetwork'] });
    }
  },
});
