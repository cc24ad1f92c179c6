import { isClusterAdminEquivalent, POD_EXEC, SECRET_READ, TAKEOVER, WORKLOAD_CREATE } from '../rbac/dangerous-grants.js';
import { subjectLabel, subjectRef } from '../rbac/rbac-subject.js';
import { rulesGranting } from '../rbac/subject-permissions.js';
import { defineClusterRule } from './define-cluster-rule.js';
import { describeHolding } from './define-subject-grant-rule.js';
import { rbacUnreadable } from './rbac-readable.js';

export const broadGroupSensitiveGrant = defineClusterRule({
  id: 'BW-CL-006',
  title: 'Every signed-in identity is granted sensitive permissions',
  severity: 'critical',
  category: 'access_control',
  aliases: ['kubescape:C-0265', 'trivy:KSV-01011'],
  description: 'system:authenticated (every user and service account) or system:serviceaccounts (every service account) is bound to a role that reads Secrets, runs commands in pods, creates workloads or escalates privileges, so one stolen token of any pod is enough.',
  remediation: 'Bind the role to the specific identities that need it instead of the whole group.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
  check(view, report, notEvaluated) {
    const unreadable = rbacUnreadable(view);
    if (unreadable !== undefined) return notEvaluated(unreadable);
    for (const { subject, rules } of view.rbac.subjects.values()) {
      if (subject.kind !== 'Group' || !(subject.name === 'system:authenticated' || subject.name.startsWith('system:serviceaccounts'))) continue;
      const own = rules.filter((r) => !r.defaultBinding);
      const hits = [...own.filter(isClusterAdminEquivalent), ...rulesGranting(own, [...SECRET_READ, ...POD_EXEC, ...WORKLOAD_CREATE, ...TAKEOVER])];
      if (hits.length > 0) report({ message: `${subjectLabel(subject)} is granted sensitive permissions through ${describeHolding(hits)}`, resource: subjectRef(subject) });
    }
  },
});
