import { defineGroupBindingRule } from './group-binding-rule.js';

export const anonymousBinding = defineGroupBindingRule({
  id: 'BW-K8S-176',
  title: 'Binding grants permissions to anonymous users',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R18', 'trivy:KSV-0122', 'kubesec:BindingsToSystemAnonymous', 'kubescape:C-0262'],
  description:
    'system:anonymous and system:unauthenticated are whoever reaches the API server without credentials; ' +
    'anything bound to them is public to the network.',
  remediation: 'Remove these subjects from the binding.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
  names: ['system:anonymous', 'system:unauthenticated'],
});
