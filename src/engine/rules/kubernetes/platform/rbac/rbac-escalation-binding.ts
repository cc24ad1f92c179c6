import { defineBindingGrantRule } from './define-binding-grant-rule.js';
import { RBAC_ESCALATION_GRANTS } from './rbac-escalation-role.js';

export const rbacEscalationBinding = defineBindingGrantRule({
  id: 'BW-K8S-173',
  title: 'Binding gives subjects RBAC escalation rights',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R08', 'checkov:CKV2_K8S_1', 'kubescape:C-0191'],
  description: 'This binding lets its subjects create or widen roles and bindings, and so grant themselves any permission.',
  remediation: 'Bind a role without bind/escalate or write access to RBAC objects.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping'],
  grants: RBAC_ESCALATION_GRANTS,
  grantPhrase: 'RBAC management rights',
});
