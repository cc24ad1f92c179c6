import { POD_EXEC } from '../rbac/dangerous-grants.js';
import { rulesGranting } from '../rbac/subject-permissions.js';
import { defineSubjectGrantRule } from './define-subject-grant-rule.js';

export const subjectPodExec = defineSubjectGrantRule({
  id: 'BW-CL-003',
  title: 'Identity can run commands in pods',
  severity: 'high',
  category: 'access_control',
  aliases: ['kubescape:C-0002', 'kubescape:C-0063', 'trivy:KSV-0053', 'trivy:KSV-0054'],
  description: 'The identity may exec into, attach to or port-forward to pods, which gives it whatever the pod\'s containers can reach: mounted secrets, service account tokens, internal networks.',
  remediation: 'Remove pods/exec, pods/attach and pods/portforward from roles used by automation; grant them to people only through short-lived, audited access.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation'],
  phrase: 'exec, attach or port-forward into pods',
  subsumedByClusterAdmin: true,
  select: (held) => rulesGranting(held, POD_EXEC),
});
