import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

// Components that belong in kube-system on common distributions; flagging them would bury
// the user workloads this rule is after.
const SYSTEM_COMPONENT = new RegExp(
  '^(kube-(apiserver|controller-manager|scheduler|proxy|dns|state-metrics)|etcd|coredns|metrics-server|cloud-controller-manager|' +
    'calico|cilium|canal|flannel|weave|kube-flannel|aws-node|ebs-csi|efs-csi|azure|gce|konnectivity|kindnet|local-path|' +
    'nvidia|csi-|cluster-autoscaler|tiller-deploy|dns-autoscaler|node-local-dns|snapshot-controller|traefik|svclb|helm-install)',
);

export const kubeSystemWorkload = defineKubeRule({
  id: 'BW-K8S-055',
  title: 'User workload placed in kube-system',
  severity: 'medium',
  category: 'control_plane',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K55', 'trivy:KSV-0037', 'kubescape:C-0061'],
  description:
    'kube-system holds the control plane\'s own accounts and secrets and is usually exempt from Pod Security ' +
    'admission; a workload placed there runs next to, and often with access to, the most privileged credentials.',
  remediation: 'Deploy the workload into its own namespace.',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces'],
  check(obj, _ctx, report) {
    if (obj.namespace !== 'kube-system' || SYSTEM_COMPONENT.test(obj.name)) return;
    report({ message: `${obj.kind} "${obj.name}" runs in kube-system`, path: ['metadata', 'namespace'] });
  },
});
