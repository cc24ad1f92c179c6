import { subjectLabel, subjectRef } from '../rbac/rbac-subject.js';
import { defineClusterRule } from './define-cluster-rule.js';
import { describeHolding } from './define-subject-grant-rule.js';
import { rbacUnreadable } from './rbac-readable.js';

const ANONYMOUS = ['User:system:anonymous', 'Group:system:unauthenticated'];

export const anonymousAccessGranted = defineClusterRule({
  id: 'BW-CL-005',
  title: 'Unauthenticated requests are granted permissions',
  severity: 'critical',
  category: 'access_control',
  aliases: ['kubescape:C-0262', 'trivy:KSV-0122'],
  description: 'A binding other than Kubernetes\' defaults gives permissions to system:anonymous or system:unauthenticated: anyone who can reach the API server gets them without credentials.',
  remediation: 'Delete the binding or replace the subject with the identities that need the access.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
  check(view, report, notEvaluated) {
    const unreadable = rbacUnreadable(view);
    if (unreadable !== undefined) return notEvaluated(unreadable);
    for (const key of ANONYMOUS) {
      const entry = view.rbac.subjects.get(key);
      const held = entry?.rules.filter((r) => !r.defaultBinding) ?? [];
      if (entry && held.length > 0) {
        report({ message: `${subjectLabel(entry.subject)} (anyone, without credentials) is granted permissions through ${describeHolding(held)}`, resource: subjectRef(entry.subject) });
      }
    }
  },
});
