import { getPath } from '../../inputs/kube-object.js';
import { defineClusterRule } from './define-cluster-rule.js';
import { kubeletConfigMissingReason, kubeletConfigsOf } from './kubelet-configs.js';

export const kubeletReadOnlyPort = defineClusterRule({
  id: 'BW-CL-015',
  title: 'Kubelet read-only port is open',
  severity: 'high',
  category: 'node_escape',
  aliases: ['cis:4.2.4'],
  description: 'The kubelet serves its unauthenticated read-only API (usually port 10255): pod specs, environment variables and node details are readable by anyone reaching the node.',
  remediation: 'Set readOnlyPort: 0 in the kubelet configuration.',
  references: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  check(view, report, notEvaluated) {
    const configs = kubeletConfigsOf(view);
    if (configs.length === 0) return notEvaluated(kubeletConfigMissingReason(view));
    for (const [node, config] of configs) {
      const port = getPath(config, ['readOnlyPort']);
      if (typeof port === 'number' && port > 0) report({ message: `kubelet on node "${node}" serves the read-only API on port ${port}`, resource: { kind: 'Node', name: node }, path: 'kubeletconfig.readOnlyPort' });
    }
  },
});
