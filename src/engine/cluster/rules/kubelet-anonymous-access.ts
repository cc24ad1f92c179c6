import { getPath } from '../../inputs/kube-object.js';
import { defineClusterRule } from './define-cluster-rule.js';
import { kubeletConfigMissingReason, kubeletConfigsOf } from './kubelet-configs.js';

export const kubeletAnonymousAccess = defineClusterRule({
  id: 'BW-CL-014',
  title: 'Kubelet serves unauthenticated or unauthorized requests',
  severity: 'critical',
  category: 'node_escape',
  aliases: ['kubescape:C-0069', 'kubescape:C-0070', 'cis:4.2.1', 'cis:4.2.2'],
  description: 'The kubelet API (port 10250) accepts anonymous requests or authorizes every request (authorization mode AlwaysAllow): anyone reaching the node can list pods and run commands in them.',
  remediation: 'Set authentication.anonymous.enabled: false and authorization.mode: Webhook in the kubelet configuration.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
  check(view, report, notEvaluated) {
    const configs = kubeletConfigsOf(view);
    if (configs.length === 0) return notEvaluated(kubeletConfigMissingReason(view));
    for (const [node, config] of configs) {
      const problems: string[] = [];
      if (getPath(config, ['authentication', 'anonymous', 'enabled']) === true) problems.push('anonymous authentication is enabled');
      if (getPath(config, ['authorization', 'mode']) === 'AlwaysAllow') problems.push('authorization mode is AlwaysAllow');
      if (problems.length > 0) report({ message: `kubelet on node "${node}": ${problems.join(' and ')}`, resource: { kind: 'Node', name: node }, path: 'kubeletconfig.authentication' });
    }
  },
});
