import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

// The namespaced sysctls Kubernetes treats as safe (isolated per pod), as of 1.29.
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);

export const unsafeSysctls = defineKubeRule({
  id: 'BW-K8S-025',
  title: 'Pod sets unsafe sysctls',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K25', 'trivy:KSV-0026', 'kics:cluster_allows_unsafe_sysctls', 'kube-linter:unsafe-sysctls', 'kubescape:C-0055'],
  description:
    'Sysctls outside the safe set are not fully isolated between pods or can starve the node; changing them from a ' +
    'pod affects neighbours and weakens kernel hardening.',
  remediation: 'Remove the sysctl from `securityContext.sysctls`, or tune it on the node for a dedicated node pool.',
  references: ['https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    asArray(asObject(pod.spec['securityContext'])?.['sysctls']).forEach((s, i) => {
      const name = asString(asObject(s)?.['name']);
      if (name !== undefined && !SAFE_SYSCTLS.has(name.replace(/\//g, '.'))) {
        report({ message: `${obj.kind} "${obj.name}" sets unsafe sysctl ${name}`, path: [...pod.path, 'securityContext', 'sysctls', i, 'name'] });
      }
    });
  },
});
