import { flagValue } from '../benchmark/control-plane-flags.js';
import { defineApiserverFlagRule } from './define-apiserver-flag-rule.js';

export const apiserverAnonymousAuth = defineApiserverFlagRule({
  id: 'BW-CL-010',
  title: 'API server accepts anonymous requests',
  severity: 'medium',
  category: 'control_plane',
  aliases: ['kubescape:C-0113', 'cis:1.2.1'],
  description: 'kube-apiserver runs without --anonymous-auth=false, so requests without credentials are served as system:anonymous. Only the default discovery roles are bound to it, but any binding added later is open to the internet.',
  remediation: 'Set --anonymous-auth=false, or on 1.32+ limit anonymous access to the health endpoints with an AuthenticationConfiguration.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
  evaluate: (apiserver) => flagValue(apiserver, 'anonymous-auth') === 'false' ? undefined
    : `kube-apiserver ${flagValue(apiserver, 'anonymous-auth') === undefined ? 'does not set --anonymous-auth (default true)' : `sets --anonymous-auth=${flagValue(apiserver, 'anonymous-auth')}`}`,
});
