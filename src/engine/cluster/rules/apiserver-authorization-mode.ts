import { flagList } from '../benchmark/control-plane-flags.js';
import { defineApiserverFlagRule } from './define-apiserver-flag-rule.js';

export const apiserverAuthorizationMode = defineApiserverFlagRule({
  id: 'BW-CL-011',
  title: 'API server authorizes without RBAC',
  severity: 'critical',
  category: 'control_plane',
  aliases: ['kubescape:C-0088', 'cis:1.2.6', 'cis:1.2.8'],
  description: 'kube-apiserver\'s --authorization-mode contains AlwaysAllow or lacks RBAC: every authenticated request is allowed, or roles and bindings are not enforced.',
  remediation: 'Set --authorization-mode=Node,RBAC.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules'],
  evaluate(apiserver) {
    // Before 1.x defaults changed, an absent flag meant AlwaysAllow.
    const modes = flagList(apiserver, 'authorization-mode');
    if (modes.length === 0) return 'kube-apiserver does not set --authorization-mode (AlwaysAllow)';
    if (modes.includes('AlwaysAllow')) return `kube-apiserver --authorization-mode=${modes.join(',')} includes AlwaysAllow`;
    if (!modes.includes('RBAC')) return `kube-apiserver --authorization-mode=${modes.join(',')} does not include RBAC`;
    return undefined;
  },
});
