import { defineKubeRule } from '../../../define-rule.js';
import { isBootstrapRole, policyRulesOf } from './policy-rules.js';

export const rbacWildcardRule = defineKubeRule({
  id: 'BW-K8S-150',
  title: 'RBAC rule uses a wildcard',
  severity: 'critical',
  category: 'access_control',
  aliases: [
    'union:R01', 'trivy:KSV-0044', 'trivy:KSV-0045', 'trivy:KSV-0046', 'trivy:KSV-0112', 'checkov:CKV_K8S_49',
    'kics:rbac_wildcard_in_rule', 'kube-linter:wildcard-in-rules', 'kubescape:C-0187', 'cis:5.1.3',
  ],
  description:
    'A `*` in verbs, resources or apiGroups grants every present and future permission of that axis, including ' +
    'resource types and verbs added later by upgrades or CRDs. Such roles are rarely reviewed as broadly as they act.',
  remediation: 'List the exact verbs, resources and API groups the subject needs instead of `*`.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
  kinds: ['Role', 'ClusterRole'],
  check(obj, _ctx, report) {
    if (isBootstrapRole(obj)) return;
    for (const rule of policyRulesOf(obj)) {
      const field = rule.verbs.includes('*') ? 'verbs' : rule.resources.includes('*') ? 'resources' : rule.apiGroups.includes('*') ? 'apiGroups' : undefined;
      if (field) report({ message: `${obj.kind} "${obj.name}" rules[${rule.index}] has "*" in ${field}`, path: [...rule.path, field] });
    }
  },
});
